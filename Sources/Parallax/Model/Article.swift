/// One article after reading and cleaning: its body text and what is known about it.
public struct Article: Hashable, Sendable, Codable {
    /// Stable id: the input's own id where it has one, else derived from the content.
    public var id: String
    /// Where it came from: a path as given, a URL, or `path#line` for JSONL.
    public var input: String
    public var url: String?
    /// The publication, not the aggregator that republished it.
    public var outlet: String?
    public var title: String?
    public var published: PublicationDate?
    public var authors: [String]
    /// ISO 639-1 code of the text's language.
    public var language: String?
    /// ISO 639-1 code of the language the article was first written in, where it says so.
    public var originalLanguage: String?
    /// The id of the earlier article this one republishes (a syndicated or near-identical
    /// copy), which corroborates nothing on its own.
    public var duplicateOf: String?
    /// The body after cleaning: paragraphs separated by a blank line.
    public var text: String
    /// Lines cleaning removed from the input, in input order.
    public var removed: [String]

    public init(
        id: String, input: String, url: String? = nil, outlet: String? = nil,
        title: String? = nil, published: PublicationDate? = nil, authors: [String] = [],
        language: String? = nil, originalLanguage: String? = nil, text: String,
        removed: [String] = []
    ) {
        self.id = id
        self.input = input
        self.url = url
        self.outlet = outlet
        self.title = title
        self.published = published
        self.authors = authors
        self.language = language
        self.originalLanguage = originalLanguage
        self.text = text
        self.removed = removed
    }
}
