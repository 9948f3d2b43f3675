#ifndef CCLD2_H
#define CCLD2_H

#ifdef __cplusplus
extern "C" {
#endif

/// Identifies the language of UTF-8 `text`. Writes its ISO 639-1 code (or CLD2's code
/// for languages without one) into `code` (at least 16 bytes) and returns the percentage
/// of the text in that language, or 0 when the language is unknown.
int ccld2_detect(const char *text, int length, int is_plain_text, char *code, int *is_reliable);

#ifdef __cplusplus
}
#endif

#endif
