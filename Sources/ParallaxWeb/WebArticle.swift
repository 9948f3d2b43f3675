/// An article read from a web page: its metadata and its main text.
public struct WebArticle: Hashable, Sendable {
    /// The canonical URL, or the URL the page was fetched from.
    public var url: String?
    /// The headline.
    public var title: String?
    /// The names of the authors, in page order.
    public var authors: [String]
    /// The publication time, ISO 8601 as precise as known ("2026-01-07", "2026-01-15T18:18:00").
    public var published: String?
    /// The time of the last update, ISO 8601 as precise as known.
    public var updated: String?
    /// The name of the site.
    public var outlet: String?
    /// The ISO 639-1 code of the page language.
    public var language: String?
    /// The summary the page gives of itself.
    public var description: String?
    /// The lead image URL.
    public var image: String?
    /// The main content as text blocks in order: paragraphs, headings, list items, quotes.
    public var paragraphs: [String]

    /// The main content as one text, blocks separated by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// Creates an article.
    public init(
        url: String? = nil,
        title: String? = nil,
        authors: [String] = [],
        published: String? = nil,
        updated: String? = nil,
        outlet: String? = nil,
        language: String? = nil,
        description: String? = nil,
        image: String? = nil,
        paragraphs: [String] = []
    ) {
        self.url = url
        self.title = title
        self.authors = authors
        self.published = published
        self.updated = updated
        self.outlet = outlet
        self.language = language
        self.description = description
        self.image = image
        self.paragraphs = paragraphs
    }
}
