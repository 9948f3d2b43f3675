public import GRDB
public import Parallax

/// What analysis found in one article, with offsets into its text (Unicode scalars), kept
/// so pages can highlight quotes and names without analyzing again: `articleAnalysis`.
public struct ArticleAnalysisRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "articleAnalysis"

    public struct Span: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// The entity type, or the quote kind.
        public var kind: String
        /// The entity's full name, or the quote's speaker.
        public var label: String?
    }

    public var articleId: String
    public var entities: [Span]
    public var quotes: [Span]

    public init(articleId: String, entities: [Span], quotes: [Span]) {
        self.articleId = articleId
        self.entities = entities
        self.quotes = quotes
    }

    public init(_ analyzed: AnalyzedArticle) {
        articleId = analyzed.id
        entities = analyzed.entities.map { Span(start: $0.start, end: $0.end, kind: $0.type.rawValue, label: $0.name) }
        quotes = analyzed.quotes.map { Span(start: $0.start, end: $0.end, kind: $0.kind.rawValue, label: $0.speaker) }
    }

    /// The row as GRDB's `Codable` way writes it, the spans as `DatabaseJSON` text.
    public func encode(to container: inout PersistenceContainer) throws {
        container["articleId"] = articleId
        container["entities"] = try Self.json(entities)
        container["quotes"] = try Self.json(quotes)
    }

    /// `[Span]` as `JSONEncoder` with sorted keys writes it.
    static func json(_ spans: [Span]) throws -> String {
        try DatabaseJSON.text(of: spans)
    }
}
