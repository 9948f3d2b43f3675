public import Foundation
public import Parallax
public import ParallaxStore
internal import PostgresNIO

/// Ingest on PostgreSQL. Each batch is one transaction holding the story-assignment advisory
/// lock from its first statement: a second ingest (another process, another host) waits for
/// it, then finds the articles it had stored and counts them as already stored. Under
/// READ COMMITTED every statement after the lock sees all batches committed before it.
extension PostgresStore {
    public func storedArticleIDs(matching records: [ArticleRecord]) throws(StoreError) -> [String?] {
        try read { session in
            try records.map { try PostgresIngestTransaction.storedArticleID(matching: $0, in: session) }
        }
    }

    public func assigningStories<Value>(_ body: (any IngestTransaction) throws -> Value) throws(StoreError) -> Value {
        try write { session in
            try session.execute(
                "SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockSpace), \(PostgresMigrations.storyAssignmentLock))"
            )
            return try body(PostgresIngestTransaction(session: session))
        }
    }

    /// The FROM and WHERE of every stale-brief query: stories whose brief is missing or older
    /// than the story; a story a second-pass merge emptied needs none.
    static let staleBriefStories = """
        story LEFT JOIN brief ON brief.story_id = story.id
        WHERE (brief.revision IS NULL OR brief.revision < story.revision) AND story.article_count > 0
        """

    public func storiesWithStaleBriefs() throws(StoreError) -> [StoryRecord] {
        try read { session in
            try session.rows(
                """
                SELECT \(unescaped: PostgresRows.storyColumns) FROM \(unescaped: Self.staleBriefStories)
                ORDER BY story.id COLLATE "C"
                """
            ).map(PostgresRows.story(from:))
        }
    }

    public func membersWithAnalyses(of storyIDs: [String]) throws(StoreError) -> [[StoredMember]] {
        try read { session in
            try storyIDs.map { storyID in
                try session.rows(
                    """
                    SELECT \(unescaped: PostgresRows.articleColumns), article_analysis.analysis AS stored_analysis
                    FROM article
                    JOIN story_membership ON story_membership.article_id = article.id AND story_membership.left_at IS NULL
                    LEFT JOIN article_analysis ON article_analysis.article_id = article.id
                    WHERE story_membership.story_id = \(storyID)
                    ORDER BY article.number
                    """
                ).map { row -> StoredMember in
                    (
                        try PostgresRows.article(from: row),
                        try row.makeRandomAccess()["stored_analysis"].decode(Data?.self)
                    )
                }
            }
        }
    }

    /// A brief is written only over an older one: two processes refreshing the same story
    /// leave the newer revision's brief.
    public func saveBriefs(_ briefs: [(story: StoryRecord, brief: Brief)], at stamp: Date) throws(StoreError) {
        try write { session in
            for (story, brief) in briefs {
                let json = try StoredJSON.encode(brief)
                try session.execute(
                    """
                    INSERT INTO brief (story_id, revision, story, synthesized_at)
                    SELECT id, \(story.revision), \(json)::json, \(stamp) FROM story WHERE id = \(story.id)
                    ON CONFLICT (story_id) DO UPDATE SET
                        revision = excluded.revision, story = excluded.story, synthesized_at = excluded.synthesized_at
                    WHERE brief.revision <= excluded.revision
                    """)
                try session.execute(
                    "UPDATE story SET headline = \(brief.headline) WHERE id = \(story.id) AND revision = \(story.revision)"
                )
            }
        }
    }

    public func saveAnalyses(_ analyses: [AnalyzedArticle]) throws(StoreError) {
        try write { session in
            for analysis in analyses { try PostgresIngestTransaction.saveAnalysis(analysis, in: session) }
        }
    }
}

/// One ingest batch's transaction on PostgreSQL.
struct PostgresIngestTransaction: IngestTransaction {
    let session: PostgresSession

    static func storedArticleID(matching record: ArticleRecord, in session: PostgresSession) throws -> String? {
        try PostgresText.checkStorable(record)
        return try session.value(
            """
            SELECT id FROM article WHERE id = \(record.id) OR content_hash = \(record.contentHash)
                OR (canonical_url IS NOT NULL AND canonical_url = \(record.canonicalURL))
            LIMIT 1
            """, as: String.self)
    }

    func storedArticleID(matching record: ArticleRecord) throws -> String? {
        try Self.storedArticleID(matching: record, in: session)
    }

    func earlierArticles(sharing keys: Set<UInt64>) throws -> [EarlierArticle] {
        guard !keys.isEmpty else { return [] }
        let bands = keys.sorted().map { Int64(bitPattern: $0) }
        return try session.rows(
            """
            SELECT id, duplicate_of, min_hash FROM article WHERE id IN (
                SELECT article_id FROM near_duplicate_band WHERE key = ANY(\(bands)))
            ORDER BY number
            """
        ).compactMap { row in
            let (id, duplicateOf, minHash) = try row.decode((String, String?, Data?).self)
            return minHash.map {
                EarlierArticle(id: id, duplicateOf: duplicateOf, signature: ArticleRecord.signature(from: $0))
            }
        }
    }

    func clusteringVersion() throws -> Int? {
        try session.value("SELECT version FROM clustering_state WHERE id = 1", as: Int.self)
    }

    func clusteringState() throws -> Data? {
        try session.value("SELECT state FROM clustering_state WHERE id = 1", as: Data.self)
    }

    func saveClusteringState(version: Int, state: Data) throws {
        try session.execute(
            """
            INSERT INTO clustering_state (id, version, state) VALUES (1, \(version), \(state))
            ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state
            """)
    }

    /// The article is new (checked under the lock); a unique key taken all the same means
    /// something outside Parallax's ingest wrote it, and the batch is rolled back.
    func insertArticle(_ record: inout ArticleRecord, analysis: StoredAnalysis, bandKeys: [UInt64]) throws {
        let number = try session.value(
            """
            INSERT INTO article (id, input, url, canonical_url, content_hash, outlet, title, published, authors,
                language, original_language, text, removed, ingested_at, duplicate_of, min_hash)
            VALUES (\(record.id), \(record.input), \(record.url), \(record.canonicalURL), \(record.contentHash),
                \(record.outlet), \(record.title), \(record.published), \(record.authors), \(record.language),
                \(record.originalLanguage), \(record.text), \(record.removed), \(record.ingestedAt),
                \(record.duplicateOf), \(record.minHash))
            ON CONFLICT DO NOTHING
            RETURNING number
            """, as: Int64.self)
        guard let number else {
            throw StoreError(
                .databaseFailed, "article \(record.id) was stored by another writer during this batch's transaction")
        }
        record.number = number
        try Self.saveAnalysis(
            archive: analysis.archive, highlights: analysis.highlights, of: record.id, in: session)
        if !bandKeys.isEmpty {
            let bands = bandKeys.map { Int64(bitPattern: $0) }
            try session.execute(
                "INSERT INTO near_duplicate_band (key, article_id) SELECT unnest(\(bands)::bigint[]), \(record.id)")
        }
    }

    /// Highlights and the whole analysis of an article, written once or brought up to date.
    static func saveAnalysis(_ analysis: AnalyzedArticle, in session: PostgresSession) throws {
        try saveAnalysis(
            archive: StoredAnalysis.archive(of: analysis), highlights: ArticleAnalysisRecord(analysis),
            of: analysis.id, in: session)
    }

    static func saveAnalysis(
        archive: Data, highlights: ArticleAnalysisRecord, of articleID: String, in session: PostgresSession
    ) throws {
        let entities = try StoredJSON.encode(highlights.entities)
        let quotes = try StoredJSON.encode(highlights.quotes)
        let whole = archive
        try session.execute(
            """
            INSERT INTO article_analysis (article_id, entities, quotes, analysis)
            VALUES (\(articleID), \(entities)::json, \(quotes)::json, \(whole))
            ON CONFLICT (article_id) DO UPDATE SET analysis = excluded.analysis
            """)
    }

    func insertStory(_ story: StoryRecord) throws {
        try session.execute(
            """
            INSERT INTO story (id, headline, created_at, updated_at, article_count, outlet_count, first_published,
                last_published, revision)
            VALUES (\(story.id), \(story.headline), \(story.createdAt), \(story.updatedAt), \(story.articleCount),
                \(story.outletCount), \(story.firstPublished), \(story.lastPublished), \(story.revision))
            """)
    }

    func insertMembership(articleID: String, storyID: String, at stamp: Date) throws {
        try session.execute(
            "INSERT INTO story_membership (article_id, story_id, joined_at) VALUES (\(articleID), \(storyID), \(stamp))"
        )
    }

    func moveMembers(from storyID: String, to survivorID: String, at stamp: Date) throws {
        try session.execute(
            """
            WITH moved AS (
                UPDATE story_membership SET left_at = \(stamp)
                WHERE story_id = \(storyID) AND left_at IS NULL
                RETURNING article_id
            )
            INSERT INTO story_membership (article_id, story_id, joined_at)
            SELECT article_id, \(survivorID), \(stamp) FROM moved
            """)
    }

    func recountStory(_ storyID: String, at stamp: Date) throws {
        try session.execute(
            """
            UPDATE story SET
                article_count = counts.articles, outlet_count = counts.outlets,
                first_published = counts.first, last_published = counts.last,
                revision = revision + 1, updated_at = \(stamp)
            FROM (
                SELECT count(*) AS articles, count(DISTINCT article.outlet) AS outlets,
                    min(article.published COLLATE "C") AS first, max(article.published COLLATE "C") AS last
                FROM story_membership JOIN article ON article.id = story_membership.article_id
                WHERE story_membership.story_id = \(storyID) AND story_membership.left_at IS NULL
            ) AS counts
            WHERE story.id = \(storyID)
            """)
    }
}
