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
    /// The stored article this one republishes, if any (see `NearDuplicateDetector`).
    public var duplicateOf: String?
    /// The MinHash signature of the text, little-endian words; nil when too short to compare.
    public var minHash: Data?

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
        duplicateOf = article.duplicateOf
    }

    /// The article as the core library knows it.
    public var article: Article {
        var article = Article(
            id: id, input: input, url: url, outlet: outlet, title: title,
            published: published.flatMap(PublicationDate.init(iso8601:)), authors: authors, language: language,
            originalLanguage: originalLanguage, text: text, removed: removed)
        article.duplicateOf = duplicateOf
        return article
    }

    /// The MinHash signature as the near-duplicate detector compares it.
    var signature: [UInt64]? { minHash.map(Self.signature(from:)) }

    /// The signature a stored `minHash` holds.
    public static func signature(from data: Data) -> [UInt64] {
        stride(from: 0, to: data.count - 7, by: 8).map { offset in
            data[(data.startIndex + offset)..<(data.startIndex + offset + 8)].reversed().reduce(0) {
                $0 << 8 | UInt64($1)
            }
        }
    }

    static func minHash(_ signature: [UInt64]) -> Data {
        var data = Data(capacity: signature.count * 8)
        for word in signature {
            for shift in stride(from: 0, to: 64, by: 8) {
                data.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return data
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        number = inserted.rowID
    }
}
