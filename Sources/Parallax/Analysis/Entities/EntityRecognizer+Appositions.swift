/// What the words right after a name, set off by a comma, say it is: an apposition ("Rite Aid,
/// the drugstore chain,", "Kimani Gray, 16,", "Queens, a borough of New York") or a relative
/// pronoun ("Gray, who", "Aria Health, which", "Astoria, where"). A definition outweighs the
/// verbs around a name, so it counts `EntityConfiguration.appositionWeight` votes.
extension EntityRecognizer {
    /// What an apposition or a relative pronoun after a name makes it.
    enum Apposition: Equatable {
        case person
        case body
        case place
        /// "which": a thing or a body, not a person.
        case notPerson
    }

    /// Determiners that open an apposition: "a 16-year-old", "the drugstore chain", "its parent".
    private static let appositionOpeners: Set<String> = ["a", "an", "the", "its", "their"]

    /// Prepositions that open a sentence's first phrase ("In suburban Velmora, …", "After Vantry, …").
    private static let phraseOpeners: Set<String> = [
        "in", "at", "on", "from", "near", "outside", "after", "before", "during", "by", "with", "across",
        "throughout", "inside", "beyond", "like", "unlike", "for", "since", "until", "under",
    ]

    /// Verbs after a noun phrase that make it a clause's subject, not an apposition.
    private static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does", "do",
    ]

    /// The apposition or relative pronoun after `mention`, where a comma and a space follow it.
    static func apposition(after mention: EntityMention, next: Int?, in sentence: AnalyzedSentence) -> Apposition? {
        let tokens = sentence.tokens
        guard let next, sentence.text(from: mention.end, to: tokens[next].start) == ", " else { return nil }
        let first = tokens[next]
        switch first.text.lowercased() {
        case "who", "whose": return .person
        case "where": return .place
        case "which": return .notPerson
        default: break
        }
        // "Kimani Gray, 16, was shot": an age between commas (or before a full stop).
        if first.isNumber, first.text.allSatisfy(\.isNumber), let age = Int(first.text),
            EntityConfiguration.appositionAges.contains(age)
        {
            let after = next + 1 < tokens.count ? sentence.text(from: first.end, to: tokens[next + 1].start) : ""
            return after.hasPrefix(",") || after.hasPrefix(".") || next + 1 == tokens.count ? .person : nil
        }
        guard appositionOpeners.contains(first.text.lowercased()) else { return nil }
        // "In suburban Velmora, a former clerk was arrested": a name ending the phrase that opens a
        // sentence is followed by the clause's subject, not by an apposition.
        if let opening = tokens.first, phraseOpeners.contains(opening.text.lowercased()), opening.start < mention.start,
            !sentence.text(from: opening.end, to: mention.start).contains(",")
        {
            return nil
        }
        // The head is the last lower-case word before a preposition, a relative, a verb's comma or
        // the end of the phrase: "the nation's largest bank", "a former director of", "a
        // 16-year-old boy from".
        var head: String?
        var previousWord = ""
        var index = next + 1
        while index < tokens.count, index - next <= EntityConfiguration.appositionWords {
            let token = tokens[index]
            let lower = token.text.lowercased()
            if token.isStopWord, !(token.isCapitalized && head == nil) {
                // "…, a former clerk was arrested": a verb after the noun makes it a subject.
                if auxiliaries.contains(lower) { return nil }
                break
            }
            if !token.isCapitalized, !token.isNumber, token.text.first?.isLetter == true {
                head = lower
                // "a 16-year-old": the age names a person.
                if lower == "old", previousWord == "year" { return .person }
            }
            previousWord = lower
            let following =
                index + 1 < tokens.count ? sentence.text(from: token.end, to: tokens[index + 1].start) : ""
            // Words of one phrase are joined by a space, a hyphen or a possessive.
            guard
                ["", " ", "-", "’s ", "'s "].contains(following) || token.text.hasSuffix("’s")
                    || token.text.hasSuffix("'s")
            else { break }
            if following.isEmpty { break }
            index += 1
        }
        guard let head else { return nil }
        // ("the public broadcaster", "the film's producer": a body's noun before a person's.)
        if EntityLexicon.bodyNouns.contains(head) { return .body }
        if EntityLexicon.personNouns.contains(head)
            || EntityLexicon.titles.contains(head) && !EntityLexicon.titleQualifiers.contains(head)
        {
            return .person
        }
        if EntityLexicon.placeNouns.contains(head) { return .place }
        return nil
    }
}
