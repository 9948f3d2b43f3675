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

    /// The signature a stored `minHash` holds: one word for every whole 8 bytes, read from the
    /// bytes at once (slicing `Data` for each word was a third of reading the earlier articles).
    public static func signature(from data: Data) -> [UInt64] {
        data.withUnsafeBytes { bytes in
            (0..<(bytes.count / 8)).map { word in
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self))
            }
        }
    }

    /// The bytes of `signature`, little-endian words, made in one buffer (appending to `Data`
    /// byte by byte was most of the cost of an article's row on the writing thread).
    static func minHash(_ signature: [UInt64]) -> Data {
        var bytes = [UInt8](repeating: 0, count: signature.count * 8)
        bytes.withUnsafeMutableBytes { buffer in
            for (index, word) in signature.enumerated() {
                buffer.storeBytes(of: word.littleEndian, toByteOffset: index * 8, as: UInt64.self)
            }
        }
        return Data(bytes)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        number = inserted.rowID
    }

    /// The row as GRDB's `Codable` way writes it, the two lists as `DatabaseJSON` text, written
    /// directly (the `Encoder` machinery was a third of an article's insert on the writing thread).
    public func encode(to container: inout PersistenceContainer) throws {
        container["number"] = number
        container["id"] = id
        container["input"] = input
        container["url"] = url
        container["canonicalURL"] = canonicalURL
        container["contentHash"] = contentHash
        container["outlet"] = outlet
        container["title"] = title
        container["published"] = published
        container["authors"] = try DatabaseJSON.text(of: authors)
        container["language"] = language
        container["originalLanguage"] = originalLanguage
        container["text"] = text
        container["removed"] = try DatabaseJSON.text(of: removed)
        container["ingestedAt"] = ingestedAt
        container["duplicateOf"] = duplicateOf
        container["minHash"] = minHash
    }
}
