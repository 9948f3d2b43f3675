/// A year that names a thing in a sentence telling what someone or something is (twelfth round).
extension DatedSentence {
    /// A year modifying a noun ("the 1978 product of West Texas State", "the Sixers' 1983 NBA
    /// title team", "Mike Lowell, the 2007 World Series MVP") in a sentence that says what
    /// someone or something is or was dates the thing it names, not an event: no entry, even
    /// where nothing else dates the sentence (`isNounModifier` leaves such a year out where
    /// something does). The year stands in the subject of a copula, in a copula's predicate, or in
    /// an apposition that closes the sentence. A relative clause after the noun ("It was the
    /// 2004 tsunami that killed …", "the 2008 team that won …") tells an event and keeps its
    /// year; so does a noun phrase after a preposition of time ("in the 2008 election").
    /// ECB+ open briefs (twelfth round's label pool): four entries of this shape, all read R/W.
    static func isNamingYear(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        // The year told in figures ("1978", "the 1982-83"), not a phrase ("The same year").
        let figures = time.text.lowercased().split(separator: " ").last { $0 != "the" } ?? ""
        guard time.precision == .year, time.start >= sentence.start, time.end <= sentence.end,
            figures.first?.isNumber == true, figures.allSatisfy({ $0.isNumber || "-–'".contains($0) })
        else { return false }
        let tokens = sentence.tokens
        guard var opener = tokens.firstIndex(where: { $0.end > time.start }),
            let head = tokens.firstIndex(where: { $0.start >= time.end }),
            tokens[head].text.first?.isLetter == true,
            !namingEnders.contains(tokens[head].text.lowercased()),
            sentence.text(from: time.end, to: tokens[head].start).allSatisfy({ $0 == " " })
        else { return false }
        // The tagger may take "the" into its span ("the 1988 season").
        if !namingDeterminers.contains(tokens[opener].text.lowercased()) { opener -= 1 }
        guard opener >= 0, opensNounPhrase(at: opener, before: time.start, in: sentence) else { return false }
        if tokens[(head + 1)...].contains(where: { relativeWords.contains($0.text.lowercased()) }) { return false }
        // "at the first President George Bush's 1992 holiday party", "at the club's 2014 party":
        // a preposition of time within `governorReach` words back, no verb between.
        let governed = tokens[max(0, opener - governorReach)..<opener].reversed().prefix { !isFiniteVerb($0) }
            .contains { timePrepositions.contains($0.text.lowercased()) }
        if governed { return false }
        let verbsBefore = tokens[..<opener].indices.filter { isFiniteVerb(tokens[$0]) }
        let verbsAfter = tokens.indices[(head + 1)...].filter { isFiniteVerb(tokens[$0]) }
        if !verbsBefore.isEmpty {
            // A copula's predicate ("He was the point guard of the Sixers' 1983 NBA title team"),
            // or an apposition closing the sentence (", the 2007 World Series MVP.").
            let predicate = verbsBefore.allSatisfy { isCopula(at: $0, in: tokens) }
            let apposition =
                verbsAfter.isEmpty && opener > 0
                && sentence.text(from: tokens[opener - 1].end, to: tokens[opener].start).contains(",")
            return predicate || apposition
        }
        // The subject of a copula ("The 1978 product of West Texas State was a four-year starter").
        return verbsAfter.first.map { isCopula(at: $0, in: tokens) } ?? false
    }

    /// A copula, not an auxiliary: no participle after it ("was developed", "was referring":
    /// a passive or a progressive tells an event).
    private static func isCopula(at index: Int, in tokens: [Token]) -> Bool {
        guard copulas.contains(tokens[index].text.lowercased()) else { return false }
        var next = index + 1
        while next < tokens.count,
            ["not", "also", "initially", "now", "still", "then"].contains(tokens[next].text.lowercased())
                || tokens[next].text.lowercased().hasSuffix("ly")
        {
            next += 1
        }
        guard next < tokens.count else { return true }
        let word = tokens[next].text.lowercased()
        return !(word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")))
            && !TimePhraseParser.pastForms.contains(word)
    }

    /// Whether the word at `index` opens the noun phrase the year at `start` modifies: a
    /// determiner ("the 1978 product") or a possessive ("the Sixers' 1983 team", "Bush's 2000
    /// campaign").
    private static func opensNounPhrase(at index: Int, before start: Int, in sentence: AnalyzedSentence) -> Bool {
        let token = sentence.tokens[index]
        let word = token.text.lowercased()
        if namingDeterminers.contains(word) || word.hasSuffix("'s") || word.hasSuffix("’s") { return true }
        // "Sixers' 1983", or a possessive the tokenizer split ("club ' s").
        let after = sentence.text(from: token.end, to: start)
        return after.hasPrefix("'") || after.hasPrefix("’") || word == "s" && index > 0
    }

    /// Words back from a year's noun phrase a preposition is looked for ("at the first President
    /// George Bush's": six).
    private static let governorReach = 6

    /// Verbs that say what something is.
    private static let copulas: Set<String> = [
        "is", "was", "are", "were", "be", "been", "remains", "remained", "became", "becomes",
    ]

    private static let namingDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]

    /// Words after a year that end its phrase or start a clause instead of naming a thing.
    private static let namingEnders: Set<String> = [
        "and", "or", "to", "in", "on", "at", "for", "of", "as", "with", "by", "when", "that", "which", "who",
        "season", "seasons", "year", "years", "campaign", "election", "elections", "race", "primary", "war",
    ]

    private static let relativeWords: Set<String> = ["who", "which", "that", "whose", "where", "whom", "when"]

    /// Prepositions that make a noun phrase say when ("in the 2008 election", "during his 2000
    /// campaign").
    private static let timePrepositions: Set<String> = [
        "in", "during", "since", "after", "before", "until", "through", "throughout", "from", "following", "at",
    ]
}
