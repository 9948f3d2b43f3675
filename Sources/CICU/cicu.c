#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

int32_t cicu_breaks(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                    int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t position = ubrk_next(iterator); position != UBRK_DONE;
         position = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = position;
            if (statuses != NULL) {
                statuses[count] = ubrk_getRuleStatus(iterator);
            }
        }
        count++;
    }
    ubrk_close(iterator);
    return count;
}
