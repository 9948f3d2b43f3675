internal import Foundation
public import Parallax
public import ParallaxWeb

/// Web pages and feeds as documents: the extractor and the feed parser, for files, fetched
/// addresses and the feed watcher alike.
///
/// `.rss`, `.atom` and `.rdf` files must be feeds; `.xml` files and pages are read as feeds
/// when their first element is `rss`, `rdf:RDF`, `feed` or `channel`, else as pages.
public enum WebDocuments {
    static let extractor = HTMLArticleExtractor()
    static let feedParser = FeedParser()
    static let feedExtensions: Set<String> = ["rss", "atom", "rdf"]

    /// `url` is the address a fetched page or feed came from (after redirects), nil for files;
    /// `charset` the one its `Content-Type` header named.
    public static func documents(bytes: [UInt8], input: String, url: String?, charset: String? = nil)
        throws(InputError)
        -> [RawDocument]
    {
        let kind = url == nil ? (input as NSString).pathExtension.lowercased() : ""
        if feedExtensions.contains(kind) || kind == "xml" || FeedParser.looksLikeFeed(bytes) {
            return try feedDocuments(bytes: bytes, input: input, url: url)
        }
        return [try pageDocument(bytes: bytes, input: input, url: url, charset: charset)]
    }

    static func pageDocument(bytes: [UInt8], input: String, url: String? = nil, charset: String? = nil)
        throws(InputError) -> RawDocument
    {
        let article: WebArticle
        do {
            article = try extractor.extract(html: bytes, url: url, charset: charset)
        } catch {
            throw inputError(error, input: input)
        }
        return document(article, input: input)
    }

    /// One document per item with text; the item's saved page in the same folder supplies
    /// the full text when there is one.
    static func feedDocuments(bytes: [UInt8], input: String, url: String? = nil) throws(InputError) -> [RawDocument] {
        let feed: Feed
        do {
            feed = try feedParser.parse(bytes, url: url)
        } catch {
            throw inputError(error, input: input)
        }
        let folder = (input as NSString).deletingLastPathComponent
        // A fetched feed has no folder of saved pages beside it.
        let pages =
            feed.items.isEmpty || url != nil ? LocalPages() : LocalPages.load(folder: folder.isEmpty ? "." : folder)
        let documents = documents(of: feed, input: input, pages: pages)
        guard !documents.isEmpty else {
            throw InputError(.empty, input: input, reason: "no item of the feed has text (\(feed.items.count) read)")
        }
        return documents
    }

    /// The items of a feed with text as documents, named `input#N` for item N: the item's guid
    /// as the article id where it has one (a re-fetched item is recognised even when its text
    /// changed), and the item's saved page in `pages` supplying the full text when there is one.
    public static func documents(of feed: Feed, input: String, pages: LocalPages = LocalPages()) -> [RawDocument] {
        let builder = FeedArticleBuilder()
        return feed.items.enumerated().compactMap { position, item in
            guard let article = builder.article(from: item, feed: feed, pages: pages) else { return nil }
            var document = document(article, input: "\(input)#\(position + 1)")
            document.id = item.guid.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
                $0.isEmpty ? nil : $0
            }
            return document
        }
    }

    static func document(_ article: WebArticle, input: String) -> RawDocument {
        RawDocument(
            input: input, format: .structured, text: article.text, title: article.title, url: article.url,
            outlet: article.outlet, published: article.published.flatMap(PublicationDate.init(iso8601:)),
            authors: article.authors, language: article.language)
    }

    static func inputError(_ error: WebError, input: String) -> InputError {
        let code: InputError.Code =
            switch error.code {
            case .tooLarge: .tooLarge
            case .notHTML: .binary
            case .noContent: .empty
            case .notFeed: .unsupported
            default: .unreadable
            }
        return InputError(code, input: input, reason: error.message)
    }
}
