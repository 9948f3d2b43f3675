/// One input as read, before cleaning: text plus what the source itself states. `Codable` (the
/// date as ISO 8601 text) so that a document can wait in a job queue as it was read.
public struct RawDocument: Hashable, Sendable, Codable {
    public enum Format: String, Hashable, Sendable, Codable {
        /// A saved article whose chrome must be cleaned.
        case plainText
        /// An article whose text was already separated from its page (JSONL, extracted HTML).
        case structured
    }

    public var input: String
    public var format: Format
    public var text: String
    public var id: String?
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: PublicationDate?
    public var authors: [String]
    public var language: String?

    public init(
        input: String, format: Format, text: String, id: String? = nil, title: String? = nil,
        url: String? = nil, outlet: String? = nil, published: PublicationDate? = nil,
        authors: [String] = [], language: String? = nil
    ) {
        self.input = input
        self.format = format
        self.text = text
        self.id = id
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.authors = authors
        self.language = language
    }
}

extension RawDocument {
    /// Jobs queued before `format` was written kept `"structured": true/false` instead.
    private enum LegacyKeys: String, CodingKey {
        case structured
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format: Format
        if let written = try container.decodeIfPresent(Format.self, forKey: .format) {
            format = written
        } else if let structured = try decoder.container(keyedBy: LegacyKeys.self).decodeIfPresent(
            Bool.self, forKey: .structured)
        {
            format = structured ? .structured : .plainText
        } else {
            throw DecodingError.keyNotFound(
                CodingKeys.format,
                DecodingError.Context(
                    codingPath: container.codingPath, debugDescription: "a document needs \"format\""))
        }
        self.init(
            input: try container.decode(String.self, forKey: .input), format: format,
            text: try container.decode(String.self, forKey: .text),
            id: try container.decodeIfPresent(String.self, forKey: .id),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            outlet: try container.decodeIfPresent(String.self, forKey: .outlet),
            published: try container.decodeIfPresent(PublicationDate.self, forKey: .published),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            language: try container.decodeIfPresent(String.self, forKey: .language))
    }
}
