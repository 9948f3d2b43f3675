internal import Foundation

// A sentence's opening phrase: "In a CNN poll released Monday, 31% of voters said …" names its
// teller there.

extension QuoteExtractor {
    /// Nouns of a poll, whose findings its respondents' "said" reports ("In a CNN poll, 31% said").
    static let pollNouns: Set<String> = ["poll", "polls", "survey", "surveys"]

    /// Words of a share of those asked ("79 percent of Democrats", "a majority of voters").
    static let shareWords: Set<String> = [
        "percent", "majority", "majorities", "half", "plurality", "third", "thirds", "quarter", "fifth", "fifths",
        "most",
    ]

    /// The poll of an opening "In a … poll …," when the cue at `index` has a share of its
    /// respondents for subject ("In a CNN/ORC poll released Monday, 31% of Republicans said …"): the
    /// poll tells what they said, as in "a CNN/ORC poll found that 31% …" (PolNeAR annotates the
    /// poll as the source and "in" as the cue).
    func openingPoll(of sentence: AnalyzedSentence, before index: Int, context: Context) -> Source? {
        let tokens = sentence.tokens
        guard index >= 4, tokens[0].text.lowercased() == "in",
            let comma = (2..<index).first(where: { context.gap(tokens, before: $0).contains(",") }),
            tokens[1..<comma].contains(where: { Self.pollNouns.contains($0.text.lowercased()) }),
            !((comma + 1)..<index).contains(where: { context.gap(tokens, before: $0).contains(",") }),
            tokens[comma..<index].contains(where: { token in
                token.isNumber || Self.shareWords.contains(token.text.lowercased())
                    || token.text.first?.isNumber == true
            })
        else { return nil }
        let span = tokens[1].start..<tokens[comma - 1].end
        return Source(span: span, kind: .description, description: context.text(span.lowerBound, span.upperBound))
    }

    /// "Polls show that …", "records show.", "new filings show it has …": a plain "show" or
    /// "indicate" after a plural noun (not a stop word, not a possessor) and before "that", an
    /// object's first word (a determiner, a pronoun, a name, a number), "how", "as" or the clause's end.
    func isEvidenceVerb(at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard index > 0 else { return false }
        let subject = tokens[index - 1]
        let noun = subject.text.lowercased()
        guard !subject.isStopWord, noun.hasSuffix("s") || noun.hasSuffix("data"), !noun.hasSuffix("'s"),
            !noun.hasSuffix("’s"), context.gap(tokens, before: index) == " "
        else { return false }
        guard index + 1 < tokens.count, context.gap(tokens, before: index + 1) == " " else { return true }
        let next = tokens[index + 1]
        let object = next.text.lowercased()
        return Self.contentOpeners.contains(object) || object == "as" || next.isCapitalized || next.isNumber
            || Self.determiners.contains(object)
            || Self.pronouns.contains(object) || ["him", "them", "us", "no", "little"].contains(object)
    }
}
