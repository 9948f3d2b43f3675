internal import Foundation

// Coordinated tellers: two people named as one subject ("said Zadan and Meron").

extension QuoteExtractor {
    /// The person named by `source` and another joined to it by "and" after it, when the second
    /// name closes the subject (`…," said Ada Wren and Tom Brandt.`): both speak.
    func coordinated(after last: Int, _ source: Source, in tokens: [Token], context: Context) -> (Int, Source)? {
        guard source.kind == .name, let speaker = source.speaker, last + 2 < tokens.count,
            tokens[last + 1].text.lowercased() == "and", context.gap(tokens, before: last + 1) == " ",
            context.gap(tokens, before: last + 2) == " ",
            isPerson(endingAt: tokens[last].end, context: context),
            let other = context.entities(in: tokens[last + 2].start..<tokens[last + 2].end).first(where: {
                $0.type == .person && $0.start == tokens[last + 2].start
            }),
            let otherLast = tokens.lastIndex(where: { $0.end <= other.end }), otherLast > last + 1,
            otherLast + 1 == tokens.count
                || context.gap(tokens, before: otherLast + 1).contains(where: { ",.;".contains($0) })
        else { return nil }
        return (
            otherLast,
            Source(
                span: source.span.lowerBound..<other.end, kind: .name, speaker: speaker + " and " + other.name,
                description: source.description)
        )
    }

    /// A person named by `source` and another joined to it by "and" before it, when the first name
    /// opens the clause (`Ada Wren and Tom Brandt said …`, `…, Ada Wren and Tom Brandt said`).
    func coordinated(before first: Int, _ source: Source, in tokens: [Token], context: Context) -> (Int, Source)? {
        guard source.kind == .name, let speaker = source.speaker, first >= 2,
            tokens[first - 1].text.lowercased() == "and", context.gap(tokens, before: first) == " ",
            context.gap(tokens, before: first - 1) == " ",
            context.entities(in: source.span).contains(where: {
                $0.type == .person && $0.start == source.span.lowerBound
            }),
            let other = context.entities(in: 0..<tokens[first - 2].end).last(where: {
                $0.type == .person && $0.end == tokens[first - 2].end
            }),
            let otherFirst = tokens.firstIndex(where: { $0.start >= other.start })
        else { return nil }
        // The first name's phrase opens its clause ("Producers Ada Wren and …"): the name is not the
        // object of a verb ("the guild thanked Wren and Brandt said").
        var opening = otherFirst
        while opening > 0, context.gap(tokens, before: opening) == " " {
            let word = tokens[opening - 1].text.lowercased()
            let verb =
                !tokens[opening - 1].isCapitalized
                && (word.hasSuffix("ed") || Self.cueVerbs.contains(word) || Self.objectCues.contains(word))
            guard !verb, !Self.boundaries.contains(word) || word == "the" else { break }
            opening -= 1
        }
        guard opening == 0 || context.commaInGap(tokens, before: opening) else { return nil }
        return (
            otherFirst,
            Source(
                span: other.start..<source.span.upperBound, kind: .name, speaker: other.name + " and " + speaker,
                description: source.description)
        )
    }

    /// Whether a person's name ends at `offset`.
    func isPerson(endingAt offset: Int, context: Context) -> Bool {
        context.entities(in: max(0, offset - configuration.appositiveScalars)..<offset).contains {
            $0.type == .person && $0.end == offset
        }
    }
}
