/// Turns a read document into an article: cleans plain text, keeps what the source
/// states, and gives it a stable id. Only an http(s) address is kept as its `url` (`WebLink`).
public struct ArticleBuilder: Sendable {
    public var cleaner = PlainTextCleaner()

    public init() {}

    public func article(from document: RawDocument) -> Article {
        var article = Article(
            id: document.id ?? "", input: document.input, url: document.url.flatMap(WebLink.linkable),
            outlet: document.outlet,
            title: document.title, published: document.published, authors: document.authors,
            language: document.language, text: document.text)
        if document.format == .plainText {
            let cleaned = cleaner.clean(document.text)
            article.text = cleaned.text
            article.removed = cleaned.removed
            article.title = article.title ?? cleaned.title
            article.outlet = article.outlet ?? cleaned.outlet
            article.published = article.published ?? cleaned.published
            article.authors = article.authors.isEmpty ? cleaned.authors : article.authors
            article.originalLanguage = cleaned.originalLanguage
        } else {
            article.text = Self.normalizedParagraphs(document.text)
        }
        if article.id.isEmpty {
            article.id = StableID.make(prefix: "a-", from: [article.title ?? "", article.text])
        }
        return article
    }

    /// Paragraphs separated by one blank line, lines trimmed.
    static func normalizedParagraphs(_ text: String) -> String {
        // Scalars rather than characters: the same lines ("\r\n" gives an empty piece that is
        // dropped), without grapheme breaking over every article.
        text.unicodeScalars.split(whereSeparator: {
            (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value)
        })
        .map { String(String.UnicodeScalarView($0)).trimmingASCIIWhitespace() }
        .filter { !$0.isEmpty }
        .joined(separator: "\n\n")
    }
}
