import Foundation
import GRDB
import Testing

@testable import Parallax
@testable import ParallaxStore

/// The rows of round 13 of the ingest's speed (docs/pipeline.md) written directly, against the
/// GRDB way they replaced.
@Suite("Ingest rows, round 13")
struct IngestRound13StoreTests {
    /// `saveBrief` before round 13: GRDB's `save` of the revision (update by the primary key, an
    /// insert where no row changed), then the story's headline.
    static func savedTheGRDBWay(_ brief: Brief, of story: StoryRecord, at stamp: Date, in db: Database) throws {
        guard let current = try StoryRecord.fetchOne(db, key: story.id) else { return }
        try BriefRevision(storyID: story.id, revision: story.revision, story: brief, synthesizedAt: stamp).save(db)
        if current.revision == story.revision {
            try db.execute(sql: "UPDATE story SET headline = ? WHERE id = ?", arguments: [brief.headline, story.id])
        }
    }

    static func rows(_ database: NewsroomDatabase) throws -> [[Row]] {
        try database.read { db in
            try [
                "SELECT * FROM brief ORDER BY storyId", "SELECT * FROM briefRevision ORDER BY storyId, revision",
                "SELECT * FROM story ORDER BY id",
            ].map { try Row.fetchAll(db, sql: $0) }
        }
    }

    /// A first brief (inserted), a later revision (updated), the same revision again, a brief of a
    /// story whose revision moved on meanwhile, and one of a story not stored: the same rows in
    /// `brief`, `briefRevision` and `story` either way.
    @Test func briefsAreSavedAsGRDBSavedThem() throws {
        var texts = BriefJSONTests.Texts()
        let direct = try NewsroomDatabase.inMemory()
        let grdb = try NewsroomDatabase.inMemory()
        let stamp = Date(timeIntervalSince1970: 1_765_000_000.125)
        let stories = (0..<3).map { number in
            StoryRecord(
                id: "s\(number)", headline: "Story \(number)", createdAt: stamp, updatedAt: stamp, articleCount: 1,
                outletCount: 1, firstPublished: nil, lastPublished: nil, revision: 1)
        }
        for database in [direct, grdb] {
            try database.write { db in for story in stories { try story.insert(db) } }
        }
        var saves: [(StoryRecord, Date)] = []
        for round in 0..<4 {
            for var story in stories {
                story.revision = 1 + round / 2
                saves.append((story, stamp.addingTimeInterval(Double(round))))
            }
        }
        // Moved on: the stored story is at revision 5, the brief made at 3; and a story not stored.
        var stale = stories[0]
        stale.revision = 3
        saves.append((stale, stamp))
        saves.append(
            (
                StoryRecord(
                    id: "gone", headline: "", createdAt: stamp, updatedAt: stamp, articleCount: 0, outletCount: 0,
                    firstPublished: nil, lastPublished: nil, revision: 1), stamp
            ))
        for (index, (story, at)) in saves.enumerated() {
            if index == saves.count - 2 {
                for database in [direct, grdb] {
                    try database.write { db in try db.execute(sql: "UPDATE story SET revision = 5 WHERE id = 's0'") }
                }
            }
            let brief = BriefJSONTests.randomBrief(&texts)
            try direct.write { db in try db.saveBrief(brief, of: story, at: at) }
            try grdb.write { db in try Self.savedTheGRDBWay(brief, of: story, at: at, in: db) }
        }
        let written = try Self.rows(direct)
        #expect(written == (try Self.rows(grdb)))
        #expect(written[0].count == 3)
        #expect(written[1].count == 7)
    }

    /// Memberships inserted by the cached statement are the rows the record's insert wrote.
    @Test func membershipsAreTheRecordsRows() throws {
        var tables: [[Row]] = []
        for direct in [true, false] {
            let queue = try DatabaseQueue()
            try queue.write { db in
                try db.create(table: "storyMembership") { t in
                    t.autoIncrementedPrimaryKey("number")
                    t.column("articleId", .text).notNull()
                    t.column("storyId", .text).notNull()
                    t.column("joinedAt", .datetime).notNull()
                    t.column("leftAt", .datetime)
                }
                for number in 0..<20 {
                    let stamp = Date(timeIntervalSince1970: 1_765_000_000 + Double(number) / 7)
                    if direct {
                        try SQLiteIngestTransaction(db: db).insertMembership(
                            articleID: "a\(number)", storyID: "s\(number % 3)", at: stamp)
                    } else {
                        var record = StoryMembershipRecord(
                            articleId: "a\(number)", storyId: "s\(number % 3)", joinedAt: stamp, leftAt: nil)
                        try record.insert(db)
                    }
                }
                tables.append(try Row.fetchAll(db, sql: "SELECT * FROM storyMembership ORDER BY number"))
            }
        }
        #expect(tables[0] == tables[1])
        #expect(tables[0].count == 20)
    }

    /// The highlights' JSON written field by field is the encoder's, for spans from an analysis.
    @Test func highlightsOfAnAnalysisAreTheEncodersText() throws {
        let encoder = ArticleAnalysisRecord.databaseJSONEncoder(for: "entities")
        let analyzed = ArticleAnalyzer().analyze(
            Article(
                id: "a", input: "a", language: "en",
                text:
                    "Ana Díaz of Acme Corp. spoke in Kyiv on Monday.\n\n\"We will rebuild the bridge/road by May,\" Díaz said."
            ))
        let record = ArticleAnalysisRecord(analyzed)
        #expect(!record.entities.isEmpty && !record.quotes.isEmpty)
        for spans in [record.entities, record.quotes, []] {
            #expect(ArticleAnalysisRecord.json(spans) == String(decoding: try encoder.encode(spans), as: UTF8.self))
        }
    }
}
