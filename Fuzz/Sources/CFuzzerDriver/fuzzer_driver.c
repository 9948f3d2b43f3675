// Declarations only; the definition comes from libFuzzer (-sanitize=fuzzer).
#include "fuzzer_driver.h"
