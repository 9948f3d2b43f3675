internal import Foundation

/// Finds direct quotations, transcript speech and reported speech, and attributes each to a
/// speaker: a named person or body where the text names one, else the description it gives
/// ("a source close to the Kremlin"). Works on the tokens of the analyzed sentences; the text
/// between two tokens (commas, quotation marks, colons) tells clause boundaries apart.
struct QuoteExtractor {
    var configuration = QuoteConfiguration()

    func quotes(in text: String, sentences: [AnalyzedSentence], entities: [EntityMention]) -> [QuoteMention] {
        var context = Context(
            scalars: Array(text.unicodeScalars), sentences: sentences, entities: entities,
            configuration: configuration)
        var result = transcriptQuotes(in: sentences, people: entities)
        let transcribed = result.map { $0.start..<$0.end }
        let spans = context.quotationSpans().filter { span in
            !transcribed.contains { $0.overlaps(span.contentStart..<span.contentEnd) }
        }
        context.quoted = spans.filter(\.isLong).map { $0.contentStart..<$0.contentEnd }
        context.cues = sentences.map { cues(in: $0, context: context) }
        result += directQuotes(spans, context: context)
        let direct = result.map { $0.start..<$0.end }
        // `"…?" Trump said of Apple`: a cue after the question it attributes reports nothing more.
        let spent = Set(
            result.compactMap { quote in
                quote.cueStart.flatMap { $0 >= quote.end && quote.text.last.map("?!".contains) == true ? $0 : nil }
            })
        for sentence in sentences {
            result += reportedSpeech(in: sentence, context: context, taken: direct, spentCues: spent)
        }
        return resolved(result.sorted { $0.start < $1.start }, context: context)
    }

    // MARK: Context

    struct Context {
        let scalars: [Unicode.Scalar]
        let sentences: [AnalyzedSentence]
        let entities: [EntityMention]
        let configuration: QuoteConfiguration
        /// The texts the recognizer typed as places, folded: never a speaker.
        let placeNames: Set<String>
        /// Contents of the quotations long enough to be quotes.
        var quoted: [Range<Int>] = []
        /// The cues of each sentence, found once.
        var cues: [[Cue]] = []

        init(
            scalars: [Unicode.Scalar], sentences: [AnalyzedSentence], entities: [EntityMention],
            configuration: QuoteConfiguration
        ) {
            self.scalars = scalars
            self.configuration = configuration
            self.sentences = sentences
            self.entities = entities.filter { $0.type != .place }.sorted { $0.start < $1.start }
            placeNames = Set(entities.filter { $0.type == .place }.map { EntityName.folded($0.text) })
        }

        func text(_ start: Int, _ end: Int) -> String {
            guard start < end, start >= 0, end <= scalars.count else { return "" }
            return String(scalars: scalars[start..<end])
        }

        /// The characters between two tokens.
        /// The characters between two tokens, no-break spaces as spaces.
        func gap(_ tokens: [Token], before index: Int) -> String {
            guard index > 0, index < tokens.count else { return index == 0 ? " " : "" }
            let gap = text(tokens[index - 1].end, tokens[index].start)
            // No U+00A0 scalar (bytes C2 A0), no such character: the bytes settle most gaps.
            guard gap.utf8.contains(0xA0) else { return gap }
            return gap.contains("\u{00A0}") ? gap.replacingOccurrences(of: "\u{00A0}", with: " ") : gap
        }

        /// Whether the gap before the token holds a comma (`gap(tokens, before:).contains(",")`).
        func commaInGap(_ tokens: [Token], before index: Int) -> Bool {
            QuoteExtractor.holdsComma(gap(tokens, before: index))
        }

        /// The entities starting inside `range`, by binary search over their sorted starts.
        func entities(in range: Range<Int>) -> ArraySlice<EntityMention> {
            var low = 0
            var high = entities.count
            while low < high {
                let middle = (low + high) / 2
                if entities[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < entities.count, entities[end].start < range.upperBound { end += 1 }
            return entities[low..<end]
        }

        /// The last sentence starting at or before `offset` (or before it, when `strictly`).
        func sentence(at offset: Int, strictly: Bool = false) -> AnalyzedSentence? {
            var low = 0
            var high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                let start = sentences[middle].start
                if strictly ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
            }
            return low > 0 ? sentences[low - 1] : nil
        }

        /// Binary search: the quotations are sorted and do not overlap.
        func isQuoted(_ offset: Int) -> Bool {
            var low = 0
            var high = quoted.count
            while low < high {
                let middle = (low + high) / 2
                if quoted[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low < quoted.count && quoted[low].contains(offset)
        }

        /// Share of the words of `range` inside quotations.
        func quotedShare(_ tokens: ArraySlice<Token>) -> Double {
            guard !tokens.isEmpty else { return 0 }
            return Double(tokens.filter { isQuoted($0.start) }.count) / Double(tokens.count)
        }
    }

    // MARK: Quotation marks

    struct Span {
        var contentStart: Int
        var contentEnd: Int
        /// Runs to the end of its paragraph unclosed; the next paragraph opens it again.
        var isContinued = false
        /// Four words or more: a quote on its own; shorter ones only with a cue next to them.
        var isLong = true
    }

    // MARK: Sources

    enum SourceKind {
        case name, pronoun, description, reference
    }

    struct Source {
        var span: Range<Int>
        var kind: SourceKind
        var speaker: String?
        var description: String?
    }

    struct Cue {
        var span: Range<Int>
        var text: String
        var source: Source
        /// Token index of the cue and of the first and last token of its source.
        var index: Int
        var sourceFirst: Int
        var sourceLast: Int
    }
}

extension QuoteExtractor {
    func quote(
        _ start: Int, _ end: Int, kind: QuoteKind, cue: Cue?, sentence: Int, context: Context
    ) -> QuoteMention {
        QuoteMention(
            text: context.text(start, end), start: start, end: end, kind: kind, speaker: cue?.source.speaker,
            speakerDescription: cue?.source.description, cue: cue?.text, sentence: sentence,
            speakerStart: cue?.source.span.lowerBound, speakerEnd: cue?.source.span.upperBound,
            cueStart: cue?.span.lowerBound, cueEnd: cue?.span.upperBound)
    }
}

extension QuoteExtractor {
    /// Foundation's `text.contains(",")`, answered from the bytes where they settle it
    /// (`TextSearch.settledAnswer`): a gap is most often one space, and bridging it to `NSString`
    /// to look was about 1% of an ingest (round 12 of `docs/pipeline.md`).
    static func holdsComma(_ text: String) -> Bool {
        TextSearch.settledAnswer(text, ",") ?? text.contains(",")
    }
}

extension QuoteExtractor {
    /// Whether `gap` begins with ")", after one "." or none: `gap.trimmingPrefix(".").hasPrefix(")")`
    /// (both compare characters), whose generic trimming was a third of `subject(before:in:context:)`
    /// (round 13 of `docs/pipeline.md`).
    static func closesABracket(_ gap: String) -> Bool {
        gap.hasPrefix(")") || gap.hasPrefix(".)")
    }
}
