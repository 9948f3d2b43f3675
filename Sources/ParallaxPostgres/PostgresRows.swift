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
        try PostgresRowDecoder.decode(ArticleRecord.self, from: row)
    }

    static let storyColumns = """
        story.id, story.headline, story.created_at, story.updated_at, story.article_count, story.outlet_count,
        story.first_published, story.last_published, story.revision
        """

    static func story(from row: PostgresRow) throws -> StoryRecord {
        try PostgresRowDecoder.decode(StoryRecord.self, from: row)
    }
}
