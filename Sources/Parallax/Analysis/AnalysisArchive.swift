/// An article's analysis as bytes, for the store: what the later stages read of an
/// `AnalyzedArticle` (sentences with their tokens, names, quotes, times, term counts), without
/// the article itself (the store has it as a row).
///
/// Compact and quick rather than self-describing: JSON of the same analysis was 2.6 times the
/// size, and encoding and decoding it cost more than making the analysis again
/// (`docs/pipeline.md`). Integers are LEB128 varints, strings UTF-8 with their length, and
/// every stem, name, speaker and cue is written once per article in a string table that the
/// rest refers to by number. A sentence's text is the article's at its offsets, and a token's
/// its sentence's (each written out only where it is not). A field added to `AnalyzedArticle` or to the types it holds must be
/// written here too: `AnalysisArchiveTests` fails until it is, and `version` goes up so that
/// analyses in the old layout are read as absent (the store then analyzes those articles again).
public enum AnalysisArchive {
    /// Bumped whenever the layout changes.
    public static let version: UInt8 = 2
    private static let magic: [UInt8] = Array("PXA".utf8)

    public struct DecodingError: Error, Hashable, Sendable {
        public var offset: Int
    }

    public static func encode(_ analysis: AnalyzedArticle) -> [UInt8] {
        // Most strings are the article's stems, each one of its terms; names, speakers and cues add a few.
        var table = StringTable(capacity: analysis.termCounts.count + analysis.entities.count + 16)
        var body = ArchiveWriter()
        body.count(analysis.sentences.count)
        var articleText = ScalarSlicer(analysis.article.text, startingAt: 0)
        for sentence in analysis.sentences {
            encode(sentence, into: &body, table: &table, articleText: &articleText)
        }
        body.count(analysis.entities.count)
        for entity in analysis.entities {
            body.span(entity.text, entity.start, entity.end)
            body.count(table.number(of: entity.type.rawValue))
            body.count(table.number(of: entity.name))
            body.integer(entity.sentence)
        }
        body.count(analysis.quotes.count)
        for quote in analysis.quotes {
            body.span(quote.text, quote.start, quote.end)
            body.count(table.number(of: quote.kind.rawValue))
            body.optionalCount(quote.speaker.map { table.number(of: $0) })
            body.optionalCount(quote.speakerDescription.map { table.number(of: $0) })
            body.optionalCount(quote.cue.map { table.number(of: $0) })
            body.integer(quote.sentence)
            body.optionalInteger(quote.speakerStart)
            body.optionalInteger(quote.speakerEnd)
            body.optionalInteger(quote.cueStart)
            body.optionalInteger(quote.cueEnd)
            body.count(quote.isContinuation ? 1 : 0)
        }
        body.count(analysis.times.count)
        for time in analysis.times {
            body.span(time.text, time.start, time.end)
            body.count(table.number(of: time.value))
            body.count(table.number(of: time.precision.rawValue))
        }
        // Sorted, so one analysis always gives the same bytes.
        let terms = analysis.termCounts.sorted { $0.key < $1.key }
        body.count(terms.count)
        for (term, count) in terms {
            body.count(table.number(of: term))
            body.integer(count)
        }
        var output = ArchiveWriter()
        output.bytes = magic + [version]
        output.count(table.strings.count)
        for string in table.strings { output.string(string) }
        output.bytes += body.bytes
        return output.bytes
    }

    /// The analysis of `article` from `bytes` made by `encode`.
    public static func decode(_ bytes: [UInt8], article: Article) throws(DecodingError) -> AnalyzedArticle {
        guard bytes.count > magic.count, Array(bytes[..<magic.count]) == magic, bytes[magic.count] == version
        else { throw DecodingError(offset: 0) }
        var reader = ArchiveReader(bytes: bytes, offset: magic.count + 1)
        var table: [String] = []
        for _ in 0..<(try reader.count()) { table.append(try reader.string()) }
        let string = { (reader: inout ArchiveReader) throws(DecodingError) -> String in
            let number = try reader.count()
            guard number < table.count else { throw DecodingError(offset: reader.offset) }
            return table[number]
        }
        var sentences: [AnalyzedSentence] = []
        var articleText = ScalarSlicer(article.text, startingAt: 0)
        for _ in 0..<(try reader.count()) {
            sentences.append(try decodeSentence(from: &reader, table: table, articleText: &articleText))
        }
        var entities: [EntityMention] = []
        for _ in 0..<(try reader.count()) {
            let (text, start, end) = try reader.span()
            guard let type = EntityType(rawValue: try string(&reader)) else {
                throw DecodingError(offset: reader.offset)
            }
            entities.append(
                EntityMention(
                    text: text, start: start, end: end, type: type, name: try string(&reader),
                    sentence: try reader.integer()))
        }
        var quotes: [QuoteMention] = []
        for _ in 0..<(try reader.count()) {
            let (text, start, end) = try reader.span()
            guard let kind = QuoteKind(rawValue: try string(&reader)) else {
                throw DecodingError(offset: reader.offset)
            }
            let optional = { (reader: inout ArchiveReader) throws(DecodingError) -> String? in
                guard let number = try reader.optionalCount() else { return nil }
                guard number < table.count else { throw DecodingError(offset: reader.offset) }
                return table[number]
            }
            let speaker = try optional(&reader)
            let description = try optional(&reader)
            let cue = try optional(&reader)
            var quote = QuoteMention(
                text: text, start: start, end: end, kind: kind, speaker: speaker, speakerDescription: description,
                cue: cue, sentence: try reader.integer())
            quote.speakerStart = try reader.optionalInteger()
            quote.speakerEnd = try reader.optionalInteger()
            quote.cueStart = try reader.optionalInteger()
            quote.cueEnd = try reader.optionalInteger()
            quote.isContinuation = try reader.count() == 1
            quotes.append(quote)
        }
        var times: [TimeExpression] = []
        for _ in 0..<(try reader.count()) {
            let (text, start, end) = try reader.span()
            let value = try string(&reader)
            guard let precision = TimePrecision(rawValue: try string(&reader)) else {
                throw DecodingError(offset: reader.offset)
            }
            times.append(TimeExpression(text: text, start: start, end: end, value: value, precision: precision))
        }
        var termCounts: [String: Int] = [:]
        let termTotal = try reader.count()
        termCounts.reserveCapacity(termTotal)
        for _ in 0..<termTotal { termCounts[try string(&reader)] = try reader.integer() }
        guard reader.offset == bytes.count else { throw DecodingError(offset: reader.offset) }
        return AnalyzedArticle(
            article: article, sentences: sentences, entities: entities, quotes: quotes, times: times,
            termCounts: termCounts)
    }

    // MARK: Sentences

    /// The sentence's text differs from the article's text at its offsets and follows.
    private static let sentenceOwnText = 1

    private enum TokenFlag {
        static let stopWord = 1
        static let capitalized = 2
        static let number = 4
        /// The token's text differs from its sentence's text at its offsets and follows.
        static let ownText = 8
    }

    private static func encode(
        _ sentence: AnalyzedSentence, into body: inout ArchiveWriter, table: inout StringTable,
        articleText: inout ScalarSlicer
    ) {
        body.integer(sentence.start)
        body.integer(sentence.end)
        if articleText.holds(sentence.text, from: sentence.start, to: sentence.end) {
            body.count(0)
        } else {
            body.count(sentenceOwnText)
            body.string(sentence.text)
        }
        body.integer(sentence.paragraph)
        body.integer(sentence.index)
        body.count(sentence.tokens.count)
        var slicer = ScalarSlicer(sentence.text, startingAt: sentence.start)
        for token in sentence.tokens {
            let flags =
                (token.isStopWord ? TokenFlag.stopWord : 0) | (token.isCapitalized ? TokenFlag.capitalized : 0)
                | (token.isNumber ? TokenFlag.number : 0)
                | (slicer.holds(token.text, from: token.start, to: token.end) ? 0 : TokenFlag.ownText)
            body.integer(token.start - sentence.start)
            body.integer(token.end - token.start)
            body.count(flags)
            body.count(table.number(of: token.stem))
            if flags & TokenFlag.ownText != 0 { body.string(token.text) }
        }
    }

    private static func decodeSentence(
        from reader: inout ArchiveReader, table: [String], articleText: inout ScalarSlicer
    ) throws(DecodingError) -> AnalyzedSentence {
        let start = try reader.integer()
        let end = try reader.integer()
        let text =
            try reader.count() == sentenceOwnText ? try reader.string() : articleText.text(from: start, to: end)
        guard let text else { throw DecodingError(offset: reader.offset) }
        var sentence = AnalyzedSentence(
            text: text, start: start, end: end, paragraph: try reader.integer(), index: try reader.integer(),
            tokens: [])
        let count = try reader.count()
        sentence.tokens.reserveCapacity(count)
        var slicer = ScalarSlicer(sentence.text, startingAt: sentence.start)
        for _ in 0..<count {
            let start = sentence.start + (try reader.integer())
            let end = start + (try reader.integer())
            let flags = try reader.count()
            let stem = try reader.count()
            guard stem < table.count, end >= start else {
                throw DecodingError(offset: reader.offset)
            }
            let tokenText = flags & TokenFlag.ownText != 0 ? try reader.string() : slicer.text(from: start, to: end)
            guard let tokenText else { throw DecodingError(offset: reader.offset) }
            sentence.tokens.append(
                Token(
                    start: start, end: end, text: tokenText, stem: table[stem],
                    isStopWord: flags & TokenFlag.stopWord != 0, isCapitalized: flags & TokenFlag.capitalized != 0,
                    isNumber: flags & TokenFlag.number != 0))
        }
        return sentence
    }
}

/// A text at article offsets (Unicode scalars): the article's, or a sentence's starting at
/// `base`. Quickest when asked in increasing order.
private struct ScalarSlicer {
    let scalars: String.UnicodeScalarView
    private let text: String
    private let base: Int
    /// The article offset `index` stands at.
    private var offset: Int
    private var index: String.UnicodeScalarView.Index
    /// Whether every byte of the text is ASCII, so that scalar offsets are byte offsets (found at
    /// the first slice).
    private var isASCII: Bool?

    init(_ text: String, startingAt base: Int) {
        self.text = text
        scalars = text.unicodeScalars
        self.base = base
        offset = base
        index = scalars.startIndex
    }

    /// Nil where the offsets fall outside the text.
    mutating func text(from start: Int, to end: Int) -> String? {
        range(from: start, to: end).map { String(scalars[$0]) }
    }

    /// Whether the text between the offsets is `other`, byte for byte (`text(from:to:)` equal to
    /// it), without making the string; false where the offsets fall outside the text.
    mutating func holds(_ other: String, from start: Int, to end: Int) -> Bool {
        guard let range = range(from: start, to: end) else { return false }
        let bytes = text.utf8
        let lower = bytes.distance(from: bytes.startIndex, to: range.lowerBound)
        let upper = lower + bytes.distance(from: range.lowerBound, to: range.upperBound)
        guard other.utf8.count == upper - lower else { return false }
        let equal: Bool?? = bytes.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                UnsafeBufferPointer(rebasing: mine[lower..<upper]).elementsEqual(theirs)
            }
        }
        guard case .some(.some(let answer)) = equal else {
            return Substring(scalars[range]).utf8.elementsEqual(other.utf8)
        }
        return answer
    }

    private mutating func range(from start: Int, to end: Int) -> Range<String.UnicodeScalarView.Index>? {
        if isASCII == nil { isASCII = text.utf8.allSatisfy { $0 < 0x80 } }
        if isASCII == true {
            let bytes = text.utf8
            guard start >= base, end >= start, end - base <= bytes.count else { return nil }
            let lower = bytes.index(bytes.startIndex, offsetBy: start - base)
            return lower..<bytes.index(lower, offsetBy: end - start)
        }
        if start < offset {
            offset = base
            index = scalars.startIndex
        }
        guard start >= offset, end >= start,
            let lower = scalars.index(index, offsetBy: start - offset, limitedBy: scalars.endIndex),
            let upper = scalars.index(lower, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return nil }
        index = lower
        offset = start
        return lower..<upper
    }
}

/// Strings written once, numbered in the order first seen.
private struct StringTable {
    var strings: [String] = []
    private var numbers: [String: Int]

    /// Room for `capacity` strings without growing (growing hashes every string again).
    init(capacity: Int) {
        numbers = Dictionary(minimumCapacity: capacity)
        strings.reserveCapacity(capacity)
    }

    /// The string's number, a new one the first time: one look-up either way.
    mutating func number(of string: String) -> Int {
        let next = strings.count
        let number = Self.value(&numbers[string, default: next])
        if number == next { strings.append(string) }
        return number
    }

    private static func value(_ slot: inout Int) -> Int { slot }
}
