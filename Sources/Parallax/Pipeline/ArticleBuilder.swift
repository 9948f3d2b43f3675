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
        if let ascii = asciiParagraphs(text) { return ascii }
        // Scalars rather than characters: the same lines ("\r\n" gives an empty piece that is
        // dropped), without grapheme breaking over every article.
        return text.unicodeScalars.split(whereSeparator: {
            (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value)
        })
        .map { String(String.UnicodeScalarView($0)).trimmingASCIIWhitespace() }
        .filter { !$0.isEmpty }
        .joined(separator: "\n\n")
    }

    /// `normalizedParagraphs` of an ASCII text, byte by byte (nil for any other text). In ASCII
    /// every character is one byte but "\r\n", which the line breaks 0x0A-0x0D split anyway, and
    /// the only whitespace left inside a line is the tab and the space.
    static func asciiParagraphs(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, !(0x0A...0x0D).contains(bytes[end]) {
                    guard bytes[end] < 0x80 else { return nil }
                    end += 1
                }
                var lower = start
                var upper = end
                while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                if lower < upper {
                    if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
                    out.append(contentsOf: bytes[lower..<upper])
                }
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
