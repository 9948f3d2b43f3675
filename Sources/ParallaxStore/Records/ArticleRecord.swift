public import Foundation
public import GRDB
public import Parallax

/// One stored article: the `article` table.
public struct ArticleRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"

    /// Row number, also the article's row in the search index.
    public var number: Int64?
    public var id: String
    public var input: String
    public var url: String?
    public var canonicalURL: String?
    public var contentHash: String
    public var outlet: String?
    public var title: String?
    /// ISO 8601 as precise as the source allows; sorts as text.
    public var published: String?
    public var authors: [String]
    public var language: String?
    public var originalLanguage: String?
    public var text: String
    public var removed: [String]
    public var ingestedAt: Date

    public init(_ article: Article, ingestedAt: Date) {
        id = article.id
        input = article.input
        url = article.url
        canonicalURL = article.url.flatMap(CanonicalURL.make)
        contentHash = ContentHash.of(article)
        outlet = article.outlet
        title = article.title
        published = article.published?.iso8601
        authors = article.authors
        language = article.language
        originalLanguage = article.originalLanguage
        text = article.text
        removed = article.removed
        self.ingestedAt = ingestedAt
    }

    /// The article as the core library knows it.
    public var article: Article {
        Article(
            id: id, input: input, url: url, outlet: outlet, title: title,
            published: published.flatMap(PublicationDate.init(iso8601:)), authors: authors, language: language,
            originalLanguage: originalLanguage, text: text, removed: removed)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        number = inserted.rowID
    }
}
