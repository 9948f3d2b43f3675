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
        container["entities"] = Self.json(entities)
        container["quotes"] = Self.json(quotes)
    }

    /// `[Span]` as `JSONEncoder` with sorted keys writes it (`DatabaseJSON.text(of:)` writes the
    /// same): each span's fields in key order, an absent label left out. Written field by field:
    /// the generic `Codable` way was 1.4% of an ingest's CPU, the most of writing an article's
    /// rows (round 13, `docs/pipeline.md`).
    static func json(_ spans: [Span]) -> String {
        let json = DatabaseJSON()
        json.literal("[")
        for (index, span) in spans.enumerated() {
            json.literal(index == 0 ? #"{"end":"# : #",{"end":"#)
            json.integer(span.end)
            json.literal(#","kind":"#)
            json.string(span.kind)
            if let label = span.label {
                json.literal(#","label":"#)
                json.string(label)
            }
            json.literal(#","start":"#)
            json.integer(span.start)
            json.literal("}")
        }
        json.literal("]")
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
