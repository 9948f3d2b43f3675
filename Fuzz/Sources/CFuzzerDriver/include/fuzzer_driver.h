// libFuzzer's driver, linked by -sanitize=fuzzer. SwiftPM gives each executable its own main,
// so the fuzz targets start libFuzzer themselves through this entry point.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
