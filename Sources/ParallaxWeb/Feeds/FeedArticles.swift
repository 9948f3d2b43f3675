internal import Foundation

/// Turns feed items into articles: the item's metadata, the feed as outlet, and the item's
/// content as clean paragraphs — or the full page's text when that page is at hand.
public struct FeedArticleBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// One article per item, in feed order; items with no text at all are left out.
    public func articles(from feed: Feed, pages: LocalPages = LocalPages()) -> [WebArticle] {
        feed.items.compactMap { article(from: $0, feed: feed, pages: pages) }
    }

    /// The article of one item, or nil when neither the item nor a local page has text.
    public func article(from item: FeedItem, feed: Feed, pages: LocalPages = LocalPages()) -> WebArticle? {
        var article = WebArticle(
            url: item.link ?? item.guid.flatMap { LocalPages.isWebAddress($0) ? $0 : nil },
            title: item.title,
            authors: item.authors,
            published: item.published,
            updated: item.updated,
            outlet: feed.title,
            language: Self.languageCode(item.language ?? feed.language),
            image: item.enclosures.first { $0.type?.hasPrefix("image/") == true }?.url)
        let summary = item.summary.map(HTMLText.paragraphs) ?? []
        if !summary.isEmpty { article.description = summary.joined(separator: " ") }
        if let url = article.url, let page = pages.page(for: url) {
            article.paragraphs = page.paragraphs
            article.title = article.title ?? page.title
            article.authors = article.authors.isEmpty ? page.authors : article.authors
            article.published = article.published ?? page.published
            article.language = article.language ?? page.language
            article.image = article.image ?? page.image
        } else {
            let content = item.content.map(HTMLText.paragraphs) ?? []
            article.paragraphs = content.isEmpty ? summary : content
        }
        return article.paragraphs.isEmpty ? nil : article
    }

    /// "en-US" → "en"; nil unless the tag starts with two or three letters.
    static func languageCode(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return primary
    }
}

/// Full pages available on disk, found by the URL they declare (canonical link, `og:url`,
/// JSON-LD `url`).
///
/// The rule for feeds read from files: a page saved in the same folder as the feed whose
/// declared URL equals an item's link (ignoring scheme, `www.`, a trailing slash and the
/// fragment) stands for that item, and its extracted text replaces the item's excerpt.
public struct LocalPages: Sendable {
    private var byURL: [String: WebArticle] = [:]

    /// No pages.
    public init() {}

    /// Pages already extracted; those without a URL are ignored.
    public init(articles: [WebArticle]) {
        for article in articles {
            guard let url = article.url, let key = Self.key(url) else { continue }
            if byURL[key] == nil { byURL[key] = article }
        }
    }

    /// Extracts the `.html` and `.htm` pages directly in `folder` (not below it), skipping
    /// pages that cannot be read or hold no text.
    public static func load(folder: String, extractor: HTMLArticleExtractor = .init()) -> LocalPages {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return LocalPages() }
        var articles: [WebArticle] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let kind = (name as NSString).pathExtension.lowercased()
            guard kind == "html" || kind == "htm",
                let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)),
                let article = try? extractor.extract(html: Array(data), url: nil)
            else { continue }
            articles.append(article)
        }
        return LocalPages(articles: articles)
    }

    /// Whether no page is known.
    public var isEmpty: Bool { byURL.isEmpty }

    /// The page declaring `url`, if any.
    public func page(for url: String) -> WebArticle? {
        Self.key(url).flatMap { byURL[$0] }
    }

    /// `url` without scheme, `www.`, fragment and trailing slash, host lowercased.
    static func key(_ url: String) -> String? {
        var text = TextNormalizer.collapse(url)
        guard let schemeEnd = text.range(of: "://") else { return nil }
        text = String(text[schemeEnd.upperBound...])
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        while text.hasSuffix("/") { text.removeLast() }
        let hostEnd = text.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? text.endIndex
        var host = text[..<hostEnd].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        guard !host.isEmpty else { return nil }
        return host + text[hostEnd...]
    }

    static func isWebAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://")
    }
}
