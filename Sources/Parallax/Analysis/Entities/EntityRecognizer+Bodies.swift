/// Bodies whose names run on past a lower-case word: "Committee on Energy Independence and Global
/// Warming", "Sallow Fire and Rescue Service".
extension EntityRecognizer {
    /// Whether "and" at `position` goes on with the subject of a body named "… Committee on X"
    /// ("Energy Independence and Global Warming"): one or two capitalized words after it and none
    /// after those, the first no given name.
    static func namesTheSubject(
        of current: [Token], before position: Int, in sentence: AnalyzedSentence, gap: (Int, Int) -> String
    ) -> Bool {
        guard let on = current.lastIndex(where: { $0.text == "on" }), on > 0,
            EntityLexicon.subjectBodyWords.contains(current[on - 1].text.lowercased())
        else { return false }
        // "… Council on Foreign Relations and Maria Vell": a given name opens another name.
        guard position + 1 < sentence.tokens.count,
            Gender(givenName: sentence.tokens[position + 1].text) == nil
        else { return false }
        var index = position + 1
        while index < sentence.tokens.count, sentence.tokens[index].isCapitalized, !sentence.tokens[index].isNumber,
            gap(sentence.tokens[index - 1].end, sentence.tokens[index].start) == " "
        {
            index += 1
        }
        return (1...2).contains(index - position - 1)
    }

    static func continuesAnOrganization(
        after position: Int, in sentence: AnalyzedSentence, gap: (Int, Int) -> String
    ) -> Bool {
        var words: [String] = []
        var index = position + 1
        while index < sentence.tokens.count, sentence.tokens[index].isCapitalized,
            index == position + 1 || gap(sentence.tokens[index - 1].end, sentence.tokens[index].start) == " "
        {
            words.append(sentence.tokens[index].text.lowercased())
            index += 1
        }
        guard words.count >= 2, let last = words.last, EntityLexicon.organizationWords.contains(last) else {
            return false
        }
        var back = position - 1
        while back >= 0, sentence.tokens[back].isCapitalized {
            if EntityLexicon.organizationWords.contains(sentence.tokens[back].text.lowercased()) { return false }
            // "Britain and France …" are two places; "U.S. Fish and Wildlife Service" is one body.
            if back == position - 1, EntityLexicon.places.contains(sentence.tokens[back].text.lowercased()) {
                return false
            }
            back -= 1
        }
        return back < position - 1
    }
}
