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
public struct AnalysedSentence: Hashable, Sendable, Codable {
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
        tokens.lazy.filter { !$0.isStopWord && !$0.isNumber && $0.stem.count > 1 }.map(\.stem)
    }

    /// Stems of the capitalized words after the first (which may be capitalized for its place).
    var nameStems: Set<String> {
        Set(tokens.dropFirst().lazy.filter { $0.isCapitalized && !$0.isStopWord }.map(\.stem))
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
public struct AnalysedArticle: Hashable, Sendable, Codable {
    public var article: Article
    public var sentences: [AnalysedSentence]
    public var entities: [EntityMention]
    public var quotes: [QuoteMention]
    public var times: [TimeExpression]
    /// Content-stem counts over the whole article, with the title counted twice.
    public var termCounts: [String: Int]

    public var id: String { article.id }
}

extension Token: Codable {
    /// A token is one short array, `[start, end, text, stem, flags]`: an article has hundreds, and
    /// keyed objects made the stored analysis four times as large and as slow to read.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
        text = try container.decode(String.self)
        stem = try container.decode(String.self)
        let flags = try container.decode(Int.self)
        isStopWord = flags & 1 != 0
        isCapitalized = flags & 2 != 0
        isNumber = flags & 4 != 0
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
        try container.encode(text)
        try container.encode(stem)
        try container.encode((isStopWord ? 1 : 0) | (isCapitalized ? 2 : 0) | (isNumber ? 4 : 0))
    }
}
