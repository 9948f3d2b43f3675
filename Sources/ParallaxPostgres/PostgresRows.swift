internal import Foundation
internal import Parallax
internal import ParallaxStore
internal import PostgresNIO

/// Rows of the PostgreSQL store as the store's records.
enum PostgresRows {
    /// The `article` columns `article(from:)` reads, qualified by the table name.
    static let articleColumns = """
        article.number, article.id, article.input, article.url, article.canonical_url, article.content_hash,
        article.outlet, article.title, article.published, article.authors, article.language,
        article.original_language, article.text, article.removed, article.ingested_at, article.duplicate_of,
        article.min_hash
        """

    static func article(from row: PostgresRow) throws -> ArticleRecord {
        let cells = row.makeRandomAccess()
        let published = try cells["published"].decode(String?.self)
        var article = Article(
            id: try cells["id"].decode(String.self), input: try cells["input"].decode(String.self),
            url: try cells["url"].decode(String?.self), outlet: try cells["outlet"].decode(String?.self),
            title: try cells["title"].decode(String?.self),
            published: published.flatMap(PublicationDate.init(iso8601:)),
            authors: try cells["authors"].decode([String].self), language: try cells["language"].decode(String?.self),
            originalLanguage: try cells["original_language"].decode(String?.self),
            text: try cells["text"].decode(String.self), removed: try cells["removed"].decode([String].self))
        article.duplicateOf = try cells["duplicate_of"].decode(String?.self)
        var record = ArticleRecord(article, ingestedAt: try cells["ingested_at"].decode(Date.self))
        // As stored, not as worked out again.
        record.number = try cells["number"].decode(Int64.self)
        record.published = published
        record.canonicalURL = try cells["canonical_url"].decode(String?.self)
        record.contentHash = try cells["content_hash"].decode(String.self)
        record.minHash = try cells["min_hash"].decode(Data?.self)
        return record
    }

    static let storyColumns = """
        story.id, story.headline, story.created_at, story.updated_at, story.article_count, story.outlet_count,
        story.first_published, story.last_published, story.revision
        """

    static func story(from row: PostgresRow) throws -> StoryRecord {
        try PostgresRowDecoder.decode(StoryRecord.self, from: row)
    }
}
