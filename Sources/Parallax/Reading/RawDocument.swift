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
