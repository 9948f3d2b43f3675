internal import Foundation

// What stands between a subject and its cue: a time adjunct ("Name on Tuesday night said") or a
// clause set off by commas ("Name, who …, told").

extension QuoteExtractor {
    /// The first token of a time adjunct ending at token `last`, joined by spaces: "on Wednesday
    /// morning", "last week", "earlier this month", "a month later", "two years ago".
    func timeAdjunctStart(endingAt last: Int, in tokens: [Token], context: Context) -> Int? {
        func word(_ index: Int) -> String { tokens[index].text.lowercased() }
        func joined(_ index: Int) -> Bool { index >= 1 && context.gap(tokens, before: index) == " " }
        var first = last
        if ["later", "earlier", "ago"].contains(word(first)), joined(first), joined(first - 1), first >= 2,
            Self.timeNouns.contains(word(first - 1)),
            ["a", "one", "two", "three", "four", "several", "few", "some"].contains(word(first - 2))
        {
            return first - 2
        }
        // "a month later" after "later" was taken for an adverb.
        if Self.timeNouns.contains(word(last)), first >= 1, joined(first), last + 1 < tokens.count,
            ["later", "earlier", "ago"].contains(word(last + 1)),
            ["a", "one", "two", "three", "four", "several", "few", "some"].contains(word(first - 1))
        {
            return first - 1
        }
        // "have in the past said"
        if word(last) == "past", last >= 2, word(last - 1) == "the", word(last - 2) == "in", joined(last),
            joined(last - 1)
        {
            return last - 2
        }
        if Self.timeNouns.contains(word(first)), joined(first) { first -= 1 }
        let calendar = EntityLexicon.calendarWords.contains(word(first)) ? first : nil
        guard let day = calendar ?? (first < last ? first : nil), joined(day) else { return nil }
        first = day - (calendar == nil ? 0 : 1)
        let lead = word(first)
        guard ["on", "last", "this", "late", "early", "earlier", "next", "that", "in"].contains(lead),
            lead != "in" || calendar != nil
        else {
            // "Sanders Tuesday night warned": a weekday with no preposition (never "Theresa May").
            return calendar.flatMap { Self.weekdays.contains(word($0)) ? $0 : nil }
        }
        // "earlier this month"
        if first >= 1, joined(first), ["earlier", "later"].contains(word(first - 1)) { return first - 1 }
        return first
    }

    /// "R-Fla", "D-Calv": a party's letter and a state's abbreviation as one token.
    static func isPartyTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 1 && parts[0].first?.isUppercase == true
            && parts[1].first?.isUppercase == true && parts[1].count <= 5
    }

    /// The subject before a relative, prepositional or appositive clause set off by commas and
    /// ending at token `last` ("Name, who … candidate, told", "Name, in response to X, accused",
    /// "Name, a candidate … campaign, tweeted"): the name or pronoun before the opening comma, never
    /// a name inside the clause. The clause of a relative pronoun describes the name.
    /// `closedByScareQuote` lets a short quotation close the clause ("Name, who calls X a
    /// “sociopath,” said").
    func interruptedSubject(
        endingAt last: Int, in tokens: [Token], context: Context, closedByScareQuote: Bool = false
    ) -> (Int, Int, Source)? {
        let closing = context.gap(tokens, before: last + 1)
        guard last >= 2, last + 1 < tokens.count,
            closing == ", " || closedByScareQuote && closing.filter({ !Self.quoteCharacters.contains($0) }) == ", ",
            // A comma between two capitalized words goes on with a place ("in Harnow, Calvany,"), not
            // with a name after its description ("her adviser, Jake Sullivan,").
            let opening = (max(1, last - configuration.interrupterTokens)...last).last(where: {
                context.commaInGap(tokens, before: $0)
                    && !(tokens[$0].isCapitalized && tokens[$0 - 1].isCapitalized)
            }),
            opening >= 1, [", ", "., "].contains(context.gap(tokens, before: opening)), !tokens[opening].isCapitalized
        else { return nil }
        let word = tokens[opening].text.lowercased()
        let relative = ["who", "whose", "which"].contains(word)
        let participle = word.hasSuffix("ing") && word.count > 4
        // "Name, president of the union, said": a lower-case noun opens an appositive too.
        let appositive =
            !participle && !Self.boundaries.contains(word) && !Self.isAuxiliary(word) && !word.hasSuffix("ed")
            && !Self.cueVerbs.contains(word) && !Self.objectCues.contains(word)
            && tokens[opening].text.first?.isLetter == true
        guard
            relative || participle || appositive || Self.interrupterOpeners.contains(word)
                || Self.determiners.contains(word)
        else { return nil }
        // "Sen. Marco Rubio, R-Fla., appearing on …, said": a party tag between commas goes with the name.
        var end = opening - 1
        if end >= 3, context.gap(tokens, before: end) == "-", tokens[end - 1].text.count == 1,
            tokens[end - 1].isCapitalized, context.gap(tokens, before: end - 1) == ", "
        {
            end -= 2
        } else if end >= 2, Self.isPartyTag(tokens[end].text), context.gap(tokens, before: end) == ", " {
            end -= 1
        }
        // "Jacob Shiansky, 24, who …": an age between commas goes with the name too.
        if end >= 2, tokens[end].isNumber, context.gap(tokens, before: end) == ", " { end -= 1 }
        // "Powell's office, when contacted by Reuters, said": a described subject before a clause
        // that a relative or an interrupter opens tells too.
        guard let (first, found) = subject(endingAt: end, in: tokens, context: context),
            found.kind == .name
                || found.kind == .pronoun && !["who", "which"].contains(tokens[first].text.lowercased())
                || found.kind != .pronoun && (relative || Self.interrupterOpeners.contains(word))
        else { return nil }
        var source = found
        if relative || appositive || Self.determiners.contains(word), found.kind == .name {
            source.description = source.description ?? context.text(tokens[opening].start, tokens[last].end)
        }
        return (first, end, source)
    }

    /// The subject before a relative clause that no comma sets off, ending at token `last`
    /// ("Republicans who have praised his candidacy warned", "officials who spoke with the Post
    /// said"): the noun phrase before "who" tells, not a name or a predicate inside the clause.
    /// "Obama, who he noted was …" is left to the pronoun after "who".
    func restrictedSubject(endingAt last: Int, in tokens: [Token], context: Context) -> (Int, Int, Source)? {
        // "… — including some who warned": a relative right before the cue is its own subject, not
        // the end of an earlier relative clause.
        guard last >= 2, !["who", "which"].contains(tokens[last].text.lowercased()),
            let relative = (max(1, last - configuration.interrupterTokens)..<last).last(where: {
                tokens[$0].text.lowercased() == "who"
            }),
            relative >= 1, !Self.pronouns.contains(tokens[relative + 1].text.lowercased()),
            last + 1 < tokens.count, context.gap(tokens, before: last + 1) == " ",
            // One clause: auxiliaries only right after "who", prepositions anywhere, no other
            // clause word ("a list of those who … gathered steam as writers suggested").
            ((relative + 1)...last).allSatisfy({ index in
                let word = tokens[index].text.lowercased()
                return !Self.boundaries.contains(word) || Self.clausePrepositions.contains(word)
                    || Self.isAuxiliary(word)
                        && (relative + 1..<index).allSatisfy { Self.isAuxiliary(tokens[$0].text.lowercased()) }
            }),
            (relative...last).allSatisfy({ index in
                let gap = context.gap(tokens, before: index)
                return ["’s ", "'s "].contains(gap)
                    || !gap.contains(where: { ",;:()—–".contains($0) || Self.quoteCharacters.contains($0) })
            }),
            !Self.boundaries.contains(tokens[relative - 1].text.lowercased()),
            let (first, found) = subject(endingAt: relative - 1, in: tokens, context: context),
            found.kind != .pronoun
        else { return nil }
        return (first, relative - 1, found)
    }
}
