/// The tense of a clause read from its first verb group (thirteenth round).
extension DatedSentence {
    /// Whether the first verb group of `words` is in the past: its auxiliary ("was", "were",
    /// "had", "did") or, with none, a past form of its verb ("arrested", "made"). A present perfect
    /// ("has made"), a present passive ("is organised"), a modal ("will", "would have") or a
    /// present verb ("says", a word in -s after a name or a pronoun and before no verb: "Ashgabat
    /// hosts a seminar") puts the group out of the past, and a participle after it ("a seminar
    /// organised with …") is no second verb of the clause. ECB+ open brief 11_ecbplus and the
    /// twelfth round's PolNeAR reading of the report rule (docs/analysis-evaluation.md).
    static func isToldInThePast(_ words: [Token]) -> Bool {
        for position in words.indices {
            let word = words[position].text.lowercased()
            if TimePhraseParser.pastAuxiliaries.contains(word) { return true }
            if modals.contains(word) || presentAuxiliaries.contains(word)
                || presentVerbs.contains(word)
            {
                return false
            }
            if isPastVerb(at: position, in: words) { return true }
            if isPresentVerb(at: position, in: words) { return false }
        }
        return false
    }

    /// A past form, or a word in -ed not after a determiner ("the organised crime") and not a
    /// number ("hundred").
    private static func isPastVerb(at position: Int, in words: [Token]) -> Bool {
        let token = words[position]
        let word = token.text.lowercased()
        if TimePhraseParser.pastForms.contains(word) { return true }
        guard !token.isCapitalized, word.count > 4, word.hasSuffix("ed"), !notPastForms.contains(word) else {
            return false
        }
        return position == 0 || !tenseDeterminers.contains(words[position - 1].text.lowercased())
    }

    /// A lower-case word in -s right after a name or "he", "she", "it", with no verb after it
    /// ("Ashgabat hosts a seminar"; not "Microsoft shares fell").
    private static func isPresentVerb(at position: Int, in words: [Token]) -> Bool {
        let token = words[position]
        let word = token.text.lowercased()
        guard position > 0, !token.isCapitalized, word.count > 3, word.hasSuffix("s"),
            !["ss", "us", "is"].contains(String(word.suffix(2)))
        else { return false }
        let before = words[position - 1]
        guard before.isCapitalized || ["he", "she", "it"].contains(before.text.lowercased()) else { return false }
        guard position + 1 < words.count else { return true }
        let after = words[position + 1].text.lowercased()
        return !TimePhraseParser.pastAuxiliaries.contains(after) && !TimePhraseParser.pastForms.contains(after)
            && !modals.contains(after) && !after.hasSuffix("ed")
    }

    /// Auxiliaries of a present group: a perfect ("has made") or a passive ("is organised").
    private static let presentAuxiliaries: Set<String> = ["has", "have", "is", "are", "am"]

    /// Words in -ed that are no verb.
    private static let notPastForms: Set<String> = ["hundred", "indeed", "proceed", "succeed", "exceed"]
}
