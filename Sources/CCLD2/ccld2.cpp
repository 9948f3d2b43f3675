#include <cstdio>
#include <cstring>

#include <cld2/public/compact_lang_det.h>

#include "ccld2.h"

namespace CLD2 {
const char *LanguageCode(Language lang);
}

extern "C" int ccld2_detect(const char *text, int length, int is_plain_text, char *code,
                            int *is_reliable) {
    CLD2::Language languages[3];
    int percents[3];
    int text_bytes = 0;
    bool reliable = false;
    CLD2::Language language = CLD2::DetectLanguageSummary(
        text, length, is_plain_text != 0, languages, percents, &text_bytes, &reliable);
    *is_reliable = reliable ? 1 : 0;
    code[0] = '\0';
    if (language == CLD2::UNKNOWN_LANGUAGE) {
        return 0;
    }
    const char *name = CLD2::LanguageCode(language);
    std::strncpy(code, name, 15);
    code[15] = '\0';
    return percents[0];
}
