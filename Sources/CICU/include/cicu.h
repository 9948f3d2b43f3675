#ifndef CICU_H
#define CICU_H

#include <stdint.h>

/// Boundary kinds for `cicu_breaks`.
enum {
    CICU_BREAK_SENTENCE = 0,
    CICU_BREAK_WORD = 1,
};

/// Writes the break positions (UTF-16 offsets, the leading 0 excluded) of `text` into
/// `boundaries`, and for word breaks the rule status of the segment ending there into
/// `statuses` (0 for spaces and punctuation; may be NULL). Returns the number of
/// boundaries found, which may exceed `capacity` (then only `capacity` were written),
/// or -1 when ICU reports an error.
int32_t cicu_breaks(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                    int32_t *boundaries, int32_t *statuses, int32_t capacity);

#endif
