public import Foundation
internal import GRDB
public import Parallax
internal import Synchronization

/// Adds read documents to the store: builds and analyses new articles, assigns each to a
/// story, and brings the briefs of changed stories up to date.
///
/// Crash safety: each batch (articles, search index, analysis, story membership, clustering
/// state) is one transaction. Briefs are written afterwards, each in its own transaction, and
/// carry the story revision they were made from, so a brief left stale by a kill is simply
/// remade by the next run (`refreshBriefs`). Re-running an ingest skips every article already
/// stored (same id, canonical URL or text).
public struct Ingestor: Sendable {
    public let database: NewsroomDatabase
    /// Documents per transaction.
    public var batchSize = 200
    public var analysis = AnalysisConfiguration()
    /// The clock stamped on rows; tests set it.
    public var now: @Sendable () -> Date = { Date() }
    private let assignerCache = AssignerCache()

    public init(database: NewsroomDatabase) {
        self.database = database
    }

    /// Reports progress as (stage, done, total).
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    public struct Summary: Sendable, Hashable {
        public var added = 0
        public var duplicates = 0
        public var storiesStarted = 0
        /// Stories that gained articles (started ones included).
        public var storiesChanged = 0
        public var briefsWritten = 0
        /// Ids of the stored articles, in input order (duplicates name the stored article).
        public var articleIDs: [String] = []
    }

    /// Ingests `documents` in batches, then refreshes the changed stories' briefs. When a
    /// step fails after batches were committed (a full disk while writing briefs), the error
    /// carries what was committed (`StoreError.committed`), so callers can say so.
    public func ingest(_ documents: [RawDocument], progress: Progress? = nil) throws(StoreError) -> Summary {
        var summary = Summary()
        var changed = Set<String>()
        var start = 0
        do {
            while start < documents.count {
                let batch = Array(documents[start..<min(start + batchSize, documents.count)])
                try ingest(batch: batch, summary: &summary, changed: &changed)
                start += batch.count
                progress?("ingest", start, documents.count)
            }
            summary.storiesChanged = changed.count
            summary.briefsWritten = try refreshBriefs(progress: progress)
        } catch {
            var failure = error
            summary.storiesChanged = changed.count
            if !summary.articleIDs.isEmpty { failure.committed = summary }
            throw failure
        }
        return summary
    }

    private func ingest(batch documents: [RawDocument], summary: inout Summary, changed: inout Set<String>)
        throws(StoreError)
    {
        let builder = ArticleBuilder()
        let stamp = now()
        var records: [ArticleRecord] = []
        var seen = DuplicateKeys()
        for document in documents {
            let record = ArticleRecord(builder.article(from: document), ingestedAt: stamp)
            if let earlier = seen.match(record) {
                summary.duplicates += 1
                summary.articleIDs.append(earlier)
                continue
            }
            seen.insert(record)
            records.append(record)
        }
        // Skip what is stored before spending time on analysis; checked again when writing.
        let stored = try database.read { db in try records.map { try Self.storedID(matching: $0, db) } }
        var fresh: [ArticleRecord] = []
        for (record, storedID) in zip(records, stored) {
            if let storedID {
                summary.duplicates += 1
                summary.articleIDs.append(storedID)
            } else {
                fresh.append(record)
            }
        }
        guard !fresh.isEmpty else { return }
        fresh.sort(by: Self.precedes)
        var pipeline = DigestPipeline()
        pipeline.analysis = analysis
        let analysed = pipeline.analyse(fresh.map(\.article))
        let stems = SearchStems()
        let titles = analysed.map { stems.indexText($0.article.title ?? "", language: $0.article.language) }
        let featurizer = ClusterFeaturizer()
        let clusterDocuments = analysed.map { featurizer.document($0.article) }

        let cached = assignerCache.current
        let outcome = try database.write { db -> BatchOutcome in
            var outcome = BatchOutcome()
            var assigner = try Self.loadAssigner(db, cached: cached)
            for (index, var record) in fresh.enumerated() {
                if let storedID = try Self.storedID(matching: record, db) {
                    outcome.duplicateIDs.append(storedID)
                    continue
                }
                let article = analysed[index]
                record.language = article.article.language
                try record.insert(db)
                let body = article.sentences.lazy.flatMap(\.tokens).map(\.stem).joined(separator: " ")
                try db.execute(
                    sql: "INSERT INTO articleSearch(rowid, title, body) VALUES (?, ?, ?)",
                    arguments: [record.number, titles[index], body])
                try ArticleAnalysisRecord(article).insert(db)
                var clusterDocument = clusterDocuments[index]
                clusterDocument.id = record.id
                let assignment = assigner.state.assign(clusterDocument)
                if case .started(let storyID) = assignment {
                    try StoryRecord(
                        id: storyID, headline: record.title ?? "Untitled story", createdAt: stamp, updatedAt: stamp,
                        articleCount: 0, outletCount: 0, firstPublished: nil, lastPublished: nil, revision: 0
                    ).insert(db)
                    outcome.started += 1
                }
                var membership = StoryMembershipRecord(
                    articleId: record.id, storyId: assignment.storyID, joinedAt: stamp, leftAt: nil)
                try membership.insert(db)
                outcome.changed.insert(assignment.storyID)
                outcome.addedIDs.append(record.id)
            }
            for storyID in outcome.changed { try Self.recount(storyID: storyID, at: stamp, db) }
            assigner.version += 1
            try Self.saveAssigner(assigner, db)
            outcome.assigner = assigner
            return outcome
        }
        if let assigner = outcome.assigner { assignerCache.current = assigner }
        summary.added += outcome.addedIDs.count
        summary.duplicates += outcome.duplicateIDs.count
        summary.storiesStarted += outcome.started
        summary.articleIDs += outcome.addedIDs + outcome.duplicateIDs
        changed.formUnion(outcome.changed)
    }

    /// Stories whose briefs are made together (bounds the articles held in memory at once).
    static let briefChunk = 64

    /// Writes the brief of every story whose brief is missing or older than its membership;
    /// returns how many were written.
    @discardableResult
    public func refreshBriefs(progress: Progress? = nil) throws(StoreError) -> Int {
        let stale = try database.read { db in
            try StoryRecord.fetchAll(
                db,
                sql: """
                    SELECT story.* FROM story LEFT JOIN brief ON brief.storyId = story.id
                    WHERE brief.revision IS NULL OR brief.revision < story.revision
                    ORDER BY story.id
                    """)
        }
        var written = 0
        var pipeline = DigestPipeline()
        pipeline.analysis = analysis
        // Stories in chunks: each chunk's articles analysed on all cores and its briefs
        // synthesised in parallel, then written one transaction per brief, in story order.
        var start = 0
        while start < stale.count {
            let chunk = Array(stale[start..<min(start + Self.briefChunk, stale.count)])
            start += chunk.count
            let members = try database.read { db in
                try chunk.map { try ArticleRecord.members(of: $0.id).fetchAll(db) }
            }
            let analysed = pipeline.analyse(members.flatMap { $0.map(\.article) })
            let ends = members.reduce(into: [0]) { ends, articles in ends.append(ends[ends.count - 1] + articles.count)
            }
            let ranges = members.indices.map { ends[$0]..<ends[$0 + 1] }
            let briefs = Mutex<[Story?]>(Array(repeating: nil, count: chunk.count))
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                guard !ranges[index].isEmpty else { return }
                let brief = StorySynthesizer().story(of: Array(analysed[ranges[index]]))
                briefs.withLock { $0[index] = brief }
            }
            for (story, synthesized) in zip(chunk, briefs.withLock { $0 }) {
                guard var brief = synthesized else { continue }
                brief.id = story.id
                let stamp = now()
                try database.write { db in
                    // A concurrent ingest may have changed the story meanwhile: then this brief is
                    // already stale and the next refresh remakes it.
                    guard let current = try StoryRecord.fetchOne(db, key: story.id) else { return }
                    try BriefRecord(storyId: story.id, revision: story.revision, story: brief, synthesizedAt: stamp)
                        .save(db)
                    if current.revision == story.revision {
                        try db.execute(
                            sql: "UPDATE story SET headline = ? WHERE id = ?", arguments: [brief.headline, story.id])
                    }
                }
                written += 1
                progress?("briefs", written, stale.count)
            }
        }
        return written
    }

    // MARK: - Steps inside the write transaction

    private struct BatchOutcome {
        var addedIDs: [String] = []
        var duplicateIDs: [String] = []
        var started = 0
        var changed = Set<String>()
        var assigner: VersionedAssigner?
    }

    /// The id of a stored article with the same id, canonical URL or text, if any.
    static func storedID(matching record: ArticleRecord, _ db: Database) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT id FROM article WHERE id = ? OR contentHash = ? OR (canonicalURL IS NOT NULL AND canonicalURL = ?)
                LIMIT 1
                """,
            arguments: [record.id, record.contentHash, record.canonicalURL])
    }

    private static func loadAssigner(_ db: Database, cached: VersionedAssigner?) throws -> VersionedAssigner {
        guard let row = try Row.fetchOne(db, sql: "SELECT version, state FROM clusteringState WHERE id = 1") else {
            return VersionedAssigner(version: 0, state: StoryAssigner())
        }
        let version: Int = row["version"]
        if let cached, cached.version == version { return cached }
        do {
            let data: Data = row["state"]
            return VersionedAssigner(version: version, state: try JSONDecoder().decode(StoryAssigner.self, from: data))
        } catch {
            throw StoreError(.corruptState, "the saved clustering state cannot be read", cause: error)
        }
    }

    private static func saveAssigner(_ assigner: VersionedAssigner, _ db: Database) throws {
        let data = try JSONEncoder().encode(assigner.state)
        try db.execute(
            sql: "INSERT OR REPLACE INTO clusteringState(id, version, state) VALUES (1, ?, ?)",
            arguments: [assigner.version, data])
    }

    /// Counts a story's articles and outlets again and bumps its revision.
    private static func recount(storyID: String, at stamp: Date, _ db: Database) throws {
        try db.execute(
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
                """,
            arguments: [stamp, storyID, storyID])
    }

    /// Publication order, undated last, then by input: the order the clusterer sees.
    static func precedes(_ lhs: ArticleRecord, _ rhs: ArticleRecord) -> Bool {
        switch (lhs.published, rhs.published) {
        case (let left?, let right?) where left != right: return left < right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.input != rhs.input ? lhs.input < rhs.input : lhs.id < rhs.id
        }
    }
}

/// The clustering state with the version it was saved under.
struct VersionedAssigner: Sendable {
    var version: Int
    var state: StoryAssigner
}

/// The last committed clustering state, so a batch does not decode it again.
final class AssignerCache: Sendable {
    private let value = Mutex<VersionedAssigner?>(nil)

    var current: VersionedAssigner? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Keys that make two articles one, within a batch.
struct DuplicateKeys {
    private var byKey: [String: String] = [:]

    func match(_ record: ArticleRecord) -> String? {
        byKey["id:" + record.id] ?? byKey["hash:" + record.contentHash]
            ?? record.canonicalURL.flatMap { byKey["url:" + $0] }
    }

    mutating func insert(_ record: ArticleRecord) {
        byKey["id:" + record.id] = record.id
        byKey["hash:" + record.contentHash] = record.id
        if let url = record.canonicalURL { byKey["url:" + url] = record.id }
    }
}
