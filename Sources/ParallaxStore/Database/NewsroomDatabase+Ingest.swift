public import Foundation
internal import GRDB
public import Parallax

/// The statements an ingest runs, all inside the `Ingestor`'s transactions: what is stored
/// already, the earlier copies of new articles, the rows of a new article, story counts, the
/// clustering state and briefs.
extension Database {
    /// The id of a stored article with the same id, canonical URL or text, if any.
    func storedArticleID(matching record: ArticleRecord) throws -> String? {
        try String.fetchOne(
            cachedStatement(
                sql: """
                    SELECT id FROM article WHERE id = ? OR contentHash = ? OR (canonicalURL IS NOT NULL AND canonicalURL = ?)
                    LIMIT 1
                    """),
            arguments: [record.id, record.contentHash, record.canonicalURL])
    }

    /// Stored articles sharing a near-duplicate band key with any of `keys`: the candidates
    /// for originals of new articles.
    func earlierArticles(sharing keys: Set<UInt64>) throws -> [EarlierArticle] {
        guard !keys.isEmpty else { return [] }
        var found: [EarlierArticle] = []
        // SQLite limits the number of parameters of one statement.
        let sortedKeys = keys.sorted()
        for start in stride(from: 0, to: sortedKeys.count, by: 500) {
            let chunk = sortedKeys[start..<min(start + 500, sortedKeys.count)].map { Int64(bitPattern: $0) }
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                self,
                sql: """
                    SELECT id, duplicateOf, minHash FROM article WHERE number IN (
                        SELECT article.number FROM nearDuplicateBand JOIN article ON article.id = nearDuplicateBand.articleId
                        WHERE nearDuplicateBand.key IN (\(marks)))
                    ORDER BY number
                    """,
                arguments: StatementArguments(chunk))
            for row in rows {
                guard let data: Data = row["minHash"] else { continue }
                found.append(
                    EarlierArticle(
                        id: row["id"], duplicateOf: row["duplicateOf"], signature: ArticleRecord.signature(from: data)))
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.id).inserted }
    }

    /// Inserts a new article: its row, its search entry, its analysis and its band keys. The
    /// statements are prepared once per connection (thousands of articles an ingest).
    func insertArticle(_ record: inout ArticleRecord, analysis: StoredAnalysis, bandKeys: [UInt64]) throws {
        try record.insert(self)
        try cachedStatement(sql: "INSERT INTO articleSearch(rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [record.number, analysis.searchTitle, analysis.searchBody])
        try analysis.highlights.insert(self)
        try cachedStatement(sql: "UPDATE articleAnalysis SET analysis = ? WHERE articleId = ?")
            .execute(arguments: [analysis.archive, record.id])
        let band = try cachedStatement(sql: "INSERT INTO nearDuplicateBand(key, articleId) VALUES (?, ?)")
        for key in bandKeys {
            try band.execute(arguments: [Int64(bitPattern: key), record.id])
        }
    }

    /// Keeps an article's analysis (`AnalysisArchive`) beside its highlights.
    func saveAnalysis(_ analysis: AnalyzedArticle) throws {
        try execute(
            sql: "UPDATE articleAnalysis SET analysis = ? WHERE articleId = ?",
            arguments: [StoredAnalysis.archive(of: analysis), analysis.id])
    }

    /// A story's current articles with their stored analyses (nil where an article was stored
    /// before analyses were kept).
    func membersWithAnalyses(of storyID: String) throws -> [(article: ArticleRecord, analysis: Data?)] {
        try Row.fetchAll(
            self,
            sql: """
                SELECT article.*, articleAnalysis.analysis AS storedAnalysis FROM article
                JOIN storyMembership ON storyMembership.articleId = article.id AND storyMembership.leftAt IS NULL
                LEFT JOIN articleAnalysis ON articleAnalysis.articleId = article.id
                WHERE storyMembership.storyId = ?
                ORDER BY article.number
                """,
            arguments: [storyID]
        ).map { row in (try ArticleRecord(row: row), row["storedAnalysis"]) }
    }

    /// Moves a story's current articles to another story (the clusterer merged them): each
    /// membership row is closed and a new one opened, so the move stays on record.
    func moveMembers(from storyID: String, to survivorID: String, at stamp: Date) throws {
        let members = try String.fetchAll(
            self, sql: "SELECT articleId FROM storyMembership WHERE storyId = ? AND leftAt IS NULL",
            arguments: [storyID])
        try execute(
            sql: "UPDATE storyMembership SET leftAt = ? WHERE storyId = ? AND leftAt IS NULL",
            arguments: [stamp, storyID])
        for article in members {
            var membership = StoryMembershipRecord(
                articleId: article, storyId: survivorID, joinedAt: stamp, leftAt: nil)
            try membership.insert(self)
        }
    }

    /// Counts a story's articles and outlets again and bumps its revision.
    func recountStory(_ storyID: String, at stamp: Date) throws {
        try cachedStatement(
            sql: """
                UPDATE story SET
                    articleCount = counts.articles, outletCount = counts.outlets,
                    firstPublished = counts.first, lastPublished = counts.last,
                    revision = revision + 1, updatedAt = ?
                FROM (
                    SELECT COUNT(*) AS articles, COUNT(DISTINCT article.outlet) AS outlets,
                        MIN(article.published) AS first, MAX(article.published) AS last
                    FROM storyMembership JOIN article ON article.id = storyMembership.articleId
                    WHERE storyMembership.storyId = ? AND storyMembership.leftAt IS NULL
                ) AS counts
                WHERE story.id = ?
                """
        ).execute(arguments: [stamp, storyID, storyID])
    }

    func clusteringVersion() throws -> Int? {
        try Int.fetchOne(self, sql: "SELECT version FROM clusteringState WHERE id = 1")
    }

    func clusteringState() throws -> Data? {
        try Data.fetchOne(self, sql: "SELECT state FROM clusteringState WHERE id = 1")
    }

    func saveClusteringState(version: Int, state: Data) throws {
        try execute(
            sql: "INSERT OR REPLACE INTO clusteringState(id, version, state) VALUES (1, ?, ?)",
            arguments: [version, state])
    }

    /// Stories whose brief is missing or older than their membership, by id; a story emptied
    /// by a merge (its articles moved to the story that absorbed it) needs none.
    func storiesWithStaleBriefs() throws -> [StoryRecord] {
        try StoryRecord.fetchAll(
            self,
            sql: """
                SELECT story.* FROM story LEFT JOIN brief ON brief.storyId = story.id
                WHERE (brief.revision IS NULL OR brief.revision < story.revision) AND story.articleCount > 0
                ORDER BY story.id
                """)
    }

    /// Saves a brief made at `story`'s revision; the story takes its headline unless it
    /// changed meanwhile (then this brief is already stale and the next refresh remakes it).
    func saveBrief(_ brief: Brief, of story: StoryRecord, at stamp: Date) throws {
        guard let current = try StoryRecord.fetchOne(self, key: story.id) else { return }
        // The statements GRDB's `save` runs for a `BriefRevision` (an update by the primary key,
        // an insert where it changed no row), the brief's JSON made once: `save` encoded the row
        // for its primary key, for the update and again for the insert, 2.7% of an ingest's CPU
        // (round 13, `docs/pipeline.md`). The triggers copy the row into `briefRevision` either way.
        let json = try DatabaseJSON.text(of: brief)
        try cachedStatement(sql: "UPDATE brief SET revision = ?, story = ?, synthesizedAt = ? WHERE storyId = ?")
            .execute(arguments: [story.revision, json, stamp, story.id])
        if changesCount == 0 {
            try cachedStatement(sql: "INSERT INTO brief (storyId, revision, story, synthesizedAt) VALUES (?, ?, ?, ?)")
                .execute(arguments: [story.id, story.revision, json, stamp])
        }
        if current.revision == story.revision {
            try execute(sql: "UPDATE story SET headline = ? WHERE id = ?", arguments: [brief.headline, story.id])
        }
    }
}

/// An article's analysis as the store keeps it: `AnalysisArchive`'s bytes, the highlights
/// pages show and the search entry; made while the batch before is written.
public struct StoredAnalysis: Sendable {
    public var archive: Data
    public var highlights: ArticleAnalysisRecord
    public var searchTitle: String
    public var searchBody: String

    init(_ analysis: AnalyzedArticle, stems: SearchStems) {
        archive = Self.archive(of: analysis)
        highlights = ArticleAnalysisRecord(analysis)
        searchTitle = stems.indexText(analysis.article.title ?? "", language: analysis.article.language)
        searchBody = Self.searchBody(of: analysis)
    }

    /// The stems of every token, one space between: written into one string (a lazy flattened
    /// `joined` was half the cost of making the stored analysis).
    static func searchBody(of analysis: AnalyzedArticle) -> String {
        var body = ""
        var length = 0
        for sentence in analysis.sentences {
            for token in sentence.tokens { length += token.stem.utf8.count + 1 }
        }
        body.reserveCapacity(length)
        var first = true
        for sentence in analysis.sentences {
            for token in sentence.tokens {
                if !first { body.append(" ") }
                first = false
                body.append(token.stem)
            }
        }
        return body
    }

    public static func archive(of analysis: AnalyzedArticle) -> Data {
        Data(AnalysisArchive.encode(analysis))
    }

    /// The stored analysis of `record`'s article, its article fields as the row has them now
    /// (a copy found later changes `duplicateOf`).
    static func decode(_ data: Data, of record: ArticleRecord) throws -> AnalyzedArticle {
        try AnalysisArchive.decode([UInt8](data), article: record.article)
    }
}
