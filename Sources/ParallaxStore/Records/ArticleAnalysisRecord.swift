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

    /// The row as GRDB's `Codable` way writes it (the spans as the JSON text of its
    /// `databaseJSONEncoder`: keys sorted, "/" escaped), written directly: going through the
    /// `Encoder` machinery was most of an article's insert on the writing thread.
    /// `HighlightJSONTests` holds the text to `JSONEncoder`'s.
    public func encode(to container: inout PersistenceContainer) {
        container["articleId"] = articleId
        container["entities"] = Self.json(entities)
        container["quotes"] = Self.json(quotes)
    }

    /// `[Span]` as `JSONEncoder` with sorted keys writes it.
    static func json(_ spans: [Span]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (index, span) in spans.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"end":"#.utf8)
            out.append(contentsOf: String(span.end).utf8)
            out.append(contentsOf: #","kind":"#.utf8)
            appendJSONString(span.kind, to: &out)
            if let label = span.label {
                out.append(contentsOf: #","label":"#.utf8)
                appendJSONString(label, to: &out)
            }
            out.append(contentsOf: #","start":"#.utf8)
            out.append(contentsOf: String(span.start).utf8)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string as `JSONEncoder` escapes it: the quotation mark, the backslash and the slash
    /// with a backslash, the control characters by their short escape or `\u00XX` (lower-case
    /// hex); everything else, ASCII or not, as it is.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                out.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x00..<0x20:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
