public import Foundation
internal import GRDB
public import Parallax

/// The SQLite store as a `NewsroomStore`: the statements of `NewsroomDatabase+Ingest`, each
/// batch in one write transaction. SQLite has one writer at a time, so a write transaction is
/// already the only one assigning stories.
extension NewsroomDatabase: NewsroomStore {
    public var location: String { writer.path }

    public func storedArticleIDs(matching records: [ArticleRecord]) throws(StoreError) -> [String?] {
        try read { db in try records.map { try db.storedArticleID(matching: $0) } }
    }

    public func assigningStories<Value>(_ body: (any IngestTransaction) throws -> Value) throws(StoreError) -> Value {
        try write { db in try body(SQLiteIngestTransaction(db: db)) }
    }

    public func storiesWithStaleBriefs() throws(StoreError) -> [StoryRecord] {
        try read { db in try db.storiesWithStaleBriefs() }
    }

    public func membersWithAnalyses(of storyIDs: [String]) throws(StoreError) -> [[StoredMember]] {
        try read { db in try storyIDs.map { try db.membersWithAnalyses(of: $0) } }
    }

    public func saveBriefs(_ briefs: [(story: StoryRecord, brief: Brief)], at stamp: Date) throws(StoreError) {
        try write { db in
            for (story, brief) in briefs { try db.saveBrief(brief, of: story, at: stamp) }
        }
    }

    public func saveAnalyses(_ analyses: [AnalyzedArticle]) throws(StoreError) {
        try write { db in
            for analysis in analyses {
                if try ArticleAnalysisRecord.fetchOne(db, key: analysis.id) == nil {
                    try ArticleAnalysisRecord(analysis).insert(db)
                }
                try db.saveAnalysis(analysis)
            }
        }
    }
}

/// The SQLite store as a `NewsroomSiteStore`: its statements are in `Accounts/`, `Review/` and
/// `NewsroomDatabase+Queries`.
extension NewsroomDatabase: NewsroomSiteStore {}

/// One SQLite write transaction of an ingest batch.
struct SQLiteIngestTransaction: IngestTransaction {
    let db: Database

    func storedArticleID(matching record: ArticleRecord) throws -> String? {
        try db.storedArticleID(matching: record)
    }

    func earlierArticles(sharing keys: Set<UInt64>) throws -> [EarlierArticle] {
        try db.earlierArticles(sharing: keys)
    }

    func clusteringVersion() throws -> Int? { try db.clusteringVersion() }

    func clusteringState() throws -> Data? { try db.clusteringState() }

    func saveClusteringState(version: Int, state: Data) throws {
        try db.saveClusteringState(version: version, state: state)
    }

    func insertArticle(_ record: inout ArticleRecord, analysis: StoredAnalysis, bandKeys: [UInt64]) throws {
        try db.insertArticle(&record, analysis: analysis, bandKeys: bandKeys)
    }

    func insertStory(_ story: StoryRecord) throws {
        try story.insert(db)
    }

    /// The row `StoryMembershipRecord.insert` writes (the number left to SQLite), by a cached
    /// statement: the record's way encoded it through a container for every article (round 13).
    func insertMembership(articleID: String, storyID: String, at stamp: Date) throws {
        try db.cachedStatement(
            sql:
                "INSERT INTO storyMembership (number, articleId, storyId, joinedAt, leftAt) VALUES (NULL, ?, ?, ?, NULL)"
        ).execute(arguments: [articleID, storyID, stamp])
    }

    func moveMembers(from storyID: String, to survivorID: String, at stamp: Date) throws {
        try db.moveMembers(from: storyID, to: survivorID, at: stamp)
    }

    func recountStory(_ storyID: String, at stamp: Date) throws {
        try db.recountStory(storyID, at: stamp)
    }
}
