/// A word of an article, with the forms the later stages compare.
public struct Token: Hashable, Sendable {
    /// Offsets in Unicode scalars from the start of the article's text.
    public var start: Int
    public var end: Int
    public var text: String
    public var stem: String
    public var isStopWord: Bool
    public var isCapitalized: Bool
    public var isNumber: Bool
}

/// One sentence of an article, verbatim, with its words.
public struct AnalyzedSentence: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Index of the paragraph holding the sentence.
    public var paragraph: Int
    /// Index of the sentence in the article.
    public var index: Int
    public var tokens: [Token]

    /// Stems of the content words, stop words and numbers left out.
    public var contentStems: [String] {
        tokens.lazy.filter { !$0.isStopWord && !$0.isNumber && $0.stem.hasMoreCharacters(than: 1) }.map(\.stem)
    }

    /// Stems of the capitalized words after the first (which may be capitalized for its place).
    var nameStems: Set<String> {
        Set(tokens.dropFirst().lazy.filter { $0.isCapitalized && !$0.isStopWord }.map(\.stem))
    }

    /// The sentence's text between two article offsets (the gap between two tokens, most often);
    /// empty where the offsets are not in order inside the sentence.
    func text(from: Int, to: Int) -> String {
        let scalars = text.unicodeScalars
        let lower = from - start
        let upper = to - start
        guard lower >= 0, lower < upper, upper <= scalars.count else { return "" }
        let first = scalars.index(scalars.startIndex, offsetBy: lower)
        return String(scalars[first..<scalars.index(first, offsetBy: upper - lower)])
    }
}

/// A name found in an article's text.
public struct EntityMention: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// Normalised full form the mention refers to, after merging within the article.
    public var name: String
    public var sentence: Int
}

/// A quotation found in one article, with its offsets.
public struct QuoteMention: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    /// The person or body speaking, pronouns resolved to the last named speaker.
    public var speaker: String?
    public var speakerDescription: String?
    public var cue: String?
    public var sentence: Int
    /// Scalar offsets of the speaker's mention in the text the quote is attributed from: the
    /// name, or the description or pronoun when that is what the text gives there.
    public var speakerStart: Int? = nil
    public var speakerEnd: Int? = nil
    /// Scalar offsets of the cue ("said", "according to", a transcript label's colon).
    public var cueStart: Int? = nil
    public var cueEnd: Int? = nil
    /// Goes on with the quotation before it after an attribution or a paragraph break
    /// (`"…," she said. "…"`): the two are one statement.
    public var isContinuation = false
}

/// An article with everything the analysis stage found in it. `Codable`, so the store keeps
/// it whole and a brief is made from the analysis made at ingest, never a second one; a field
/// added here is kept with it.
public struct AnalyzedArticle: Hashable, Sendable, Codable {
    public var article: Article
    public var sentences: [AnalyzedSentence]
    public var entities: [EntityMention]
    public var quotes: [QuoteMention]
    public var times: [TimeExpression]
    /// Content-stem counts over the whole article, with the title counted twice.
    public var termCounts: [String: Int]

    public var id: String { article.id }
}

extension AnalyzedSentence {
    private enum CodingKeys: String, CodingKey {
        case text, start, end, paragraph, index, tokens
    }

    /// A sentence's tokens are stored as one string: per token its offsets within the sentence,
    /// flags and stem (`start end flags stem`, fields split by U+001F, tokens by U+001E); its text
    /// is the sentence's at those offsets. An article has hundreds of tokens, and one JSON value
    /// per field made storing and reading an analysis cost as much as making it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        paragraph = try container.decode(Int.self, forKey: .paragraph)
        index = try container.decode(Int.self, forKey: .index)
        let packed = try container.decode(String.self, forKey: .tokens)
        let scalars = Array(text.unicodeScalars)
        tokens = []
        for entry in packed.unicodeScalars.split(separator: "\u{1E}") {
            let fields = entry.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let from = Int(String(String.UnicodeScalarView(fields[0]))),
                let to = Int(String(String.UnicodeScalarView(fields[1]))),
                let flags = Int(String(String.UnicodeScalarView(fields[2]))), 0 <= from, from <= to,
                to <= scalars.count
            else {
                throw DecodingError.dataCorruptedError(
                    forKey: .tokens, in: container, debugDescription: "a token cannot be read")
            }
            tokens.append(
                Token(
                    start: start + from, end: start + to,
                    text: String(String.UnicodeScalarView(scalars[from..<to])),
                    stem: String(String.UnicodeScalarView(fields[3])), isStopWord: flags & 1 != 0,
                    isCapitalized: flags & 2 != 0, isNumber: flags & 4 != 0))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(index, forKey: .index)
        var packed = ""
        for token in tokens {
            if !packed.isEmpty { packed.unicodeScalars.append("\u{1E}") }
            let flags = (token.isStopWord ? 1 : 0) | (token.isCapitalized ? 2 : 0) | (token.isNumber ? 4 : 0)
            packed += "\(token.start - start)\u{1F}\(token.end - start)\u{1F}\(flags)\u{1F}\(token.stem)"
        }
        try container.encode(packed, forKey: .tokens)
    }
}
