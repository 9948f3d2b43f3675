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

/// A date inside a comparison (thirteenth round).
extension DatedSentence {
    /// A date after "than" in its clause ("… more honest than he was in December", "loses by a
    /// larger margin than it did in 2008", "larger than 58 of 61 debates in the 2012 cycle") dates
    /// the thing compared with, not the sentence's event: no entry. The words between "than" and
    /// the date hold no mark and no verb but an auxiliary ("than he was"), and are at most
    /// `comparisonReach`. Kept: a quantity ("more than 20 boatmen on Monday"), a name alone
    /// ("fewer votes than Al Gore in 2000": both sides' date), a deadline ("no
    /// later than Friday"), "rather than", "other than", and a clause of its own after "than"
    /// ("more than 20 people were killed Monday"). PolNeAR train draw AUDIT_SEED=1213: three RW;
    /// on all of PolNeAR train 29 entries out, read: 26 compared-with dates.
    static func isComparisonDate(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.start >= time.start }),
            let than = tokens[..<first].lastIndex(where: { $0.text.lowercased() == "than" }), than > 0,
            first - than - 1 <= comparisonReach
        else { return false }
        let between = tokens[(than + 1)..<first]
        let before = tokens[than - 1].text.lowercased()
        if notComparisons.contains(before) { return false }
        if quantityWords.contains(before), let next = between.first,
            next.isNumber || cardinals.contains(next.text.lowercased())
        {
            return false
        }
        // A name alone compared ("fewer votes than Al Gore in 2000"): the date is both sides'.
        let named = between.filter { !["and", "or", "in", "on", "at", "during"].contains($0.text.lowercased()) }
        if !named.isEmpty, named.allSatisfy(\.isCapitalized) { return false }
        let gap = sentence.text(from: tokens[than].end, to: time.start)
        guard !gap.unicodeScalars.contains(where: { ClaimReader.clauseMarks.contains($0) }) else { return false }
        return !between.contains { token in
            let word = token.text.lowercased()
            guard !comparisonAuxiliaries.contains(word) else { return false }
            return isFiniteVerb(token) || word.count > 5 && word.hasSuffix("ing") && !token.isCapitalized
        }
    }

    /// Words between "than" and its date: "than 58 of 61 Democratic and Republican debates in
    /// the": nine, the longest of the draw's three.
    private static let comparisonReach = 9

    /// Auxiliaries that stand for the compared clause's verb ("than he was", "than it did").
    private static let comparisonAuxiliaries: Set<String> = [
        "was", "were", "did", "had", "is", "are", "has", "have", "do", "does", "not",
    ]

    /// Words before "than" that make no comparison of two times.
    private static let notComparisons: Set<String> = ["later", "earlier", "sooner", "rather", "other"]

    /// Words before "than" that count what follows ("more than 20 boatmen", "less than one
    /// percentage point in 2000").
    private static let quantityWords: Set<String> = ["more", "less", "fewer"]

    /// Spelled counts after "more than" ("more than four years in prison Thursday").
    private static let cardinals: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "half", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "billion",
    ]
}
