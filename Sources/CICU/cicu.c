#include "cicu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// Opening a break iterator is far dearer than running it (ICU copies the rules, and the
// `ss=standard` sentence iterator rebuilds its exception list), so each thread keeps one
// iterator per kind for the last locale asked and points it at each new text.
typedef struct {
    UBreakIterator *iterator;
    char *locale;
} CachedIterator;

static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void free_cache(void *value) {
    CachedIterator *cache = value;
    for (int kind = 0; kind < 2; kind++) {
        if (cache[kind].iterator != NULL) {
            ubrk_close(cache[kind].iterator);
        }
        free(cache[kind].locale);
    }
    free(cache);
}

static void make_cache_key(void) { pthread_key_create(&cache_key, free_cache); }

/// The calling thread's iterator of `type` for `locale`, pointed at `text`; NULL on error.
static UBreakIterator *iterator_for(int32_t kind, UBreakIteratorType type, const char *locale,
                                    const UChar *text, int32_t length) {
    pthread_once(&cache_once, make_cache_key);
    CachedIterator *cache = pthread_getspecific(cache_key);
    if (cache == NULL) {
        cache = calloc(2, sizeof(CachedIterator));
        if (cache == NULL || pthread_setspecific(cache_key, cache) != 0) {
            free(cache);
            return NULL;
        }
    }
    CachedIterator *entry = &cache[kind];
    UErrorCode status = U_ZERO_ERROR;
    if (entry->iterator != NULL && strcmp(entry->locale, locale) == 0) {
        ubrk_setText(entry->iterator, text, length, &status);
        return U_FAILURE(status) ? NULL : entry->iterator;
    }
    UBreakIterator *iterator = ubrk_open(type, locale, text, length, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    char *copy = strdup(locale);
    if (copy == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    if (entry->iterator != NULL) {
        ubrk_close(entry->iterator);
    }
    free(entry->locale);
    entry->iterator = iterator;
    entry->locale = copy;
    return iterator;
}

int32_t cicu_breaks(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                    int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    int32_t slot = kind == CICU_BREAK_WORD ? 1 : 0;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = iterator_for(slot, type, locale, (const UChar *)text, length);
    if (iterator == NULL) {
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
    // Let go of the caller's buffer, which is freed after this returns.
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, empty, 0, &status);
    return count;
}
