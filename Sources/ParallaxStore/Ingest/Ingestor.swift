public import Foundation
public import Parallax
internal import Synchronization

/// Adds read documents to the store through the `StoryPipeline`'s stages: prepares and
/// analyzes new articles (each once: the analysis is stored with the article), assigns each to
/// a story with the pipeline's clustering settings, and brings the briefs of changed stories
/// up to date from the stored analyses.
///
/// Crash safety: each batch (articles, copies found, search index, analysis, story membership,
/// clustering state) is one transaction. Briefs are written afterwards, each in its own
/// transaction, and carry the story revision they were made from, so a brief left stale by a
/// kill is simply remade by the next run (`refreshBriefs`). Re-running an ingest skips every
/// article already stored (same id, canonical URL or text).
public struct Ingestor: Sendable {
    /// The store written to: SQLite or PostgreSQL.
    public let store: any IngestStore
    /// Documents per transaction.
    public var batchSize = 200
    public var pipeline = StoryPipeline()
    /// The clock stamped on rows; tests set it.
    public var now: @Sendable () -> Date = { Date() }
    private let assignerCache = AssignerCache()

    public init(store: any IngestStore) {
        self.store = store
    }

    public init(database: NewsroomDatabase) {
        self.init(store: database)
    }

    /// Reports progress as (stage, done, total).
    public typealias Progress = StoryPipeline.Progress

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

    /// Ingests `documents` in batches, then refreshes the changed stories' briefs. The next
    /// batch is prepared and analyzed while one is written: the write is one thread's work.
    /// When a step fails after batches were committed (a full disk while writing briefs), the
    /// error carries what was committed (`StoreError.committed`), so callers can say so.
    @discardableResult
    public func ingest(_ documents: [RawDocument], progress: Progress? = nil) throws(StoreError) -> Summary {
        var summary = Summary()
        var changed = Set<String>()
        let starts = Array(stride(from: 0, to: documents.count, by: batchSize))
        let batch = { (start: Int) in Array(documents[start..<min(start + batchSize, documents.count)]) }
        do throws(StoreError) {
            var upcoming = try starts.first.map { start throws(StoreError) in try prepare(batch(start)) }
            for (number, start) in starts.enumerated() {
                guard let current = upcoming else { break }
                var ahead: BackgroundResult<PreparedBatch>?
                if starts.indices.contains(number + 1) {
                    let next = batch(starts[number + 1])
                    ahead = Self.inBackground { () throws(StoreError) in try prepare(next) }
                }
                do throws(StoreError) {
                    try commit(current, summary: &summary, changed: &changed)
                } catch {
                    _ = try? ahead?.result()
                    throw error
                }
                upcoming = try ahead?.result()
                progress?("ingest", min(start + batchSize, documents.count), documents.count)
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

    /// Runs `work` on another thread; `result()` waits for it.
    private static func inBackground<Value: Sendable>(_ work: @escaping @Sendable () throws(StoreError) -> Value)
        -> BackgroundResult<Value>
    {
        let result = BackgroundResult<Value>()
        DispatchQueue.global(qos: .userInitiated).async {
            do throws(StoreError) {
                result.finish(.success(try work()))
            } catch {
                result.finish(.failure(error))
            }
        }
        return result
    }

    /// `ingest(_:progress:)` on the ingest thread, never on the caller's (a server's event
    /// loop): analysis and briefs are CPU work of seconds. One ingest at a time per process.
    public func ingestOffLoop(_ documents: [RawDocument]) async throws(StoreError) -> Summary {
        let result: Result<Summary, StoreError> = await withCheckedContinuation { continuation in
            Self.ingestQueue.async {
                do throws(StoreError) {
                    continuation.resume(returning: .success(try ingest(documents)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    /// Where `ingestOffLoop` runs: one serial queue, so the server's ingests (API, watcher)
    /// take turns rather than contend for the writer and the cores.
    private static let ingestQueue = DispatchQueue(label: "parallax.ingest", qos: .utility)

    /// A batch built, checked against the store and analyzed, ready to be written.
    struct PreparedBatch: Sendable {
        var stamp: Date
        /// Ids of the stored (or earlier in the batch) articles its repeats stand for.
        var repeatIDs: [String] = []
        /// New articles in publication order, with their rows, signatures and analyses.
        var fresh: [Article] = []
        var records: [ArticleRecord] = []
        var signatures: [[UInt64]?] = []
        var analyzed: [AnalyzedArticle] = []
        /// What is written of each analysis, made here, off the writing thread.
        var stored: [StoredAnalysis] = []
    }

    /// Stages 1 and 2 of the pipeline for a batch: build, drop what the batch or the store
    /// already has, publication order; then analyze, once.
    func prepare(_ documents: [RawDocument]) throws(StoreError) -> PreparedBatch {
        var batch = PreparedBatch(stamp: now())
        var records: [ArticleRecord] = []
        var articles: [Article] = []
        var seen = DuplicateKeys()
        let built = StoryPipeline.articles(from: documents)
        let stamp = batch.stamp
        let rows = StoryPipeline.inParallel(
            built, stage: "rows", progress: nil, makeWorker: {},
            transform: { _, article in ArticleRecord(article, ingestedAt: stamp) })
        for (article, record) in zip(built, rows) {
            if let earlier = seen.match(record) {
                batch.repeatIDs.append(earlier)
                continue
            }
            seen.insert(record)
            records.append(record)
            articles.append(article)
        }
        // Skip what is stored before spending time on analysis; checked again when writing.
        let stored = try store.storedArticleIDs(matching: records)
        var unstored: [Int] = []
        for (index, storedID) in stored.enumerated() {
            if let storedID {
                batch.repeatIDs.append(storedID)
            } else {
                unstored.append(index)
            }
        }
        guard !unstored.isEmpty else { return batch }
        let order = StoryPipeline.publicationOrder(of: unstored.map { articles[$0] }).map { unstored[$0] }
        batch.fresh = order.map { articles[$0] }
        batch.records = order.map { records[$0] }
        // Stage 2 with what the store keeps of it, one article per task on all cores: its MinHash
        // signature, its analysis, and the rows made of the analysis.
        let detector = pipeline.configuration.nearDuplicates
        let analysis = pipeline.configuration.analysis
        let made = StoryPipeline.inParallel(
            batch.fresh, stage: "analysis", progress: nil,
            makeWorker: { (analyzer: ArticleAnalyzer(configuration: analysis), stems: SearchStems()) },
            transform: { worker, article in
                let analyzed = worker.analyzer.analyze(article)
                return (
                    signature: detector.signature(of: article.text), analyzed: analyzed,
                    stored: StoredAnalysis(analyzed, stems: worker.stems)
                )
            })
        batch.signatures = made.map(\.signature)
        batch.analyzed = made.map(\.analyzed)
        batch.stored = made.map(\.stored)
        return batch
    }

    /// Stages 3 of the pipeline for a prepared batch, in one transaction: copies marked against
    /// the store, articles written with their analyses, clustered into stories.
    func commit(_ batch: PreparedBatch, summary: inout Summary, changed: inout Set<String>)
        throws(StoreError)
    {
        summary.duplicates += batch.repeatIDs.count
        summary.articleIDs += batch.repeatIDs
        guard !batch.fresh.isEmpty else { return }
        let stamp = batch.stamp
        let fresh = batch.fresh
        let freshRecords = batch.records
        let signatures = batch.signatures
        let analyzed = batch.analyzed
        let stored = batch.stored
        let detector = pipeline.configuration.nearDuplicates
        let cached = assignerCache.current
        let configuration = pipeline.configuration.clustering
        let outcome = try store.assigningStories { db -> BatchOutcome in
            var outcome = BatchOutcome()
            var kept: [Int] = []
            for (index, record) in freshRecords.enumerated() {
                if let storedID = try db.storedArticleID(matching: record) {
                    outcome.duplicateIDs.append(storedID)
                } else {
                    kept.append(index)
                }
            }
            // Copies: of each other and of stored articles sharing a band key.
            let keys = kept.map { signatures[$0].map(detector.bandKeys(of:)) ?? [] }
            let earlier = try db.earlierArticles(sharing: Set(keys.joined()))
            let marked = pipeline.markingCopies(
                kept.map { fresh[$0] }, signatures: kept.map { signatures[$0] }, earlier: earlier)
            // 3. Cluster, in publication order, continuing the saved state.
            var assigner = try VersionedAssigner.saved(in: db, cached: cached, configuration: configuration)
            let eventsBefore = assigner.state.clusterer.events.count
            let assignments = assigner.state.clusterer.assign(marked)
            for (position, index) in kept.enumerated() {
                var analysis = analyzed[index]
                analysis.article.duplicateOf = marked[position].duplicateOf
                var record = freshRecords[index]
                record.language = analysis.article.language
                record.duplicateOf = analysis.article.duplicateOf
                record.minHash = signatures[index].map(ArticleRecord.minHash)
                try db.insertArticle(&record, analysis: stored[index], bandKeys: keys[position])
                let assignment = assignments[position]
                let storyID = assigner.state.clusterer.stories[assignment.story].id
                if assignment.started {
                    try db.insertStory(
                        StoryRecord(
                            id: storyID, headline: record.title ?? "Untitled story", createdAt: stamp, updatedAt: stamp,
                            articleCount: 0, outletCount: 0, firstPublished: nil, lastPublished: nil, revision: 0))
                    outcome.started += 1
                }
                try db.insertMembership(articleID: record.id, storyID: storyID, at: stamp)
                outcome.changed.insert(storyID)
                outcome.addedIDs.append(record.id)
            }
            // Stories merged in this batch (by the second pass): their articles move on.
            for event in assigner.state.clusterer.events[eventsBefore...] where event.kind == .merged {
                guard let survivor = event.into else { continue }
                try db.moveMembers(from: event.story, to: survivor, at: stamp)
                outcome.changed.insert(event.story)
                outcome.changed.insert(survivor)
            }
            for storyID in outcome.changed { try db.recountStory(storyID, at: stamp) }
            assigner.version += 1
            try db.saveClusteringState(version: assigner.version, state: assigner.state.saved)
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
    /// Stories in the first chunk, the largest: it is read before any brief is made, the cores
    /// waiting (the later chunks are read while the one before is written), so it is kept small,
    /// still several stories for each core. With the analyses decoded on all cores, the wait at
    /// 10,000 generated articles fell from about 3.5% of the run to about 1.3% (`docs/pipeline.md`,
    /// round 10: both changes measured together).
    static let firstBriefChunk = 16

    /// Writes the brief of every story whose brief is missing or older than its membership
    /// (of those in `storyIDs`, when given), from the stored analyses; returns how many were
    /// written.
    ///
    /// Stories go in chunks, largest first. While a chunk's briefs are written on all cores,
    /// one background task saves the chunk before and reads (and decodes) the chunk after, so
    /// the store is used by one thread at a time and the cores never wait for it (they waited
    /// before: the task was started after the briefs, 4% of an ingest's CPU time on one core).
    @discardableResult
    public func refreshBriefs(of storyIDs: Set<String>? = nil, progress: Progress? = nil) throws(StoreError) -> Int {
        let stale = try store.storiesWithStaleBriefs().filter { storyIDs?.contains($0.id) ?? true }.sorted {
            $0.articleCount != $1.articleCount ? $0.articleCount > $1.articleCount : $0.id < $1.id
        }
        let starts =
            stale.isEmpty ? [] : [0] + Array(stride(from: Self.firstBriefChunk, to: stale.count, by: Self.briefChunk))
        let chunks = starts.map { start in
            Array(stale[start..<min(start + (start == 0 ? Self.firstBriefChunk : Self.briefChunk), stale.count)])
        }
        guard let firstChunk = chunks.first else { return 0 }
        var written = 0
        var upcoming = try loaded(firstChunk)
        var unsaved: [(story: StoryRecord, brief: Brief)] = []
        for number in chunks.indices {
            let work = upcoming
            let previous = unsaved
            let next = chunks.indices.contains(number + 1) ? chunks[number + 1] : nil
            // Started before this chunk's briefs, so the store's work overlaps them. One
            // transaction for a chunk's briefs: each is stamped with its story's revision, so a
            // kill leaves every brief current or stale, never half written.
            let background = Self.inBackground { () throws(StoreError) -> [LoadedStory] in
                if !previous.isEmpty { try store.saveBriefs(previous, at: now()) }
                return try next.map { chunk throws(StoreError) in try loaded(chunk) } ?? []
            }
            let briefs = pipeline.briefs(of: work.map { ($0.story.id, $0.members) })
            unsaved = zip(work, briefs).map { (story: $0.story, brief: $1) }
            upcoming = try background.result()
            written += previous.count
            if !previous.isEmpty { progress?("briefs", written, stale.count) }
        }
        if !unsaved.isEmpty { try store.saveBriefs(unsaved, at: now()) }
        written += unsaved.count
        progress?("briefs", written, stale.count)
        return written
    }

    /// A story with its members' analyses, ready for its brief.
    private typealias LoadedStory = (story: StoryRecord, members: [AnalyzedArticle])

    /// The stories' members with their stored analyses decoded (and analyzed again where
    /// missing); stories without members are left out.
    private func loaded(_ chunk: [StoryRecord]) throws(StoreError) -> [LoadedStory] {
        let members = try store.membersWithAnalyses(of: chunk.map(\.id))
        // Decoded on all cores: the first chunk, the largest stories, is read before any brief is
        // made, so one core decoded while the others waited.
        let decoded = StoryPipeline.inParallel(
            members, stage: "decoding", progress: nil, makeWorker: {},
            transform: { _, rows in Self.decodedAnalyses(of: rows) })
        var result: [LoadedStory] = []
        for (story, found) in zip(chunk, decoded) {
            let analyzed = try found.analyses + analyzingAgain(found.missing)
            guard !analyzed.isEmpty else { continue }
            result.append((story, analyzed))
        }
        return result
    }

    /// The stored analyses of a story's articles, and the articles whose analysis is missing
    /// (stored before analyses were kept, or in an older layout).
    private static func decodedAnalyses(of members: [(article: ArticleRecord, analysis: Data?)])
        -> (analyses: [AnalyzedArticle], missing: [ArticleRecord])
    {
        var result: [AnalyzedArticle] = []
        var missing: [ArticleRecord] = []
        for (record, data) in members {
            if let data, let analysis = try? StoredAnalysis.decode(data, of: record) {
                result.append(analysis)
            } else {
                missing.append(record)
            }
        }
        return (result, missing)
    }

    /// Analyzes articles whose analysis is missing, and keeps their analyses.
    private func analyzingAgain(_ missing: [ArticleRecord]) throws(StoreError) -> [AnalyzedArticle] {
        guard !missing.isEmpty else { return [] }
        let made = pipeline.analyze(missing.map(\.article))
        try store.saveAnalyses(made)
        return made
    }

    private struct BatchOutcome {
        var addedIDs: [String] = []
        var duplicateIDs: [String] = []
        var started = 0
        var changed = Set<String>()
        var assigner: VersionedAssigner?
    }
}

/// The clustering state with the version it was saved under.
struct VersionedAssigner: Sendable {
    var version: Int
    var state: StoryAssigner
}

extension VersionedAssigner {
    /// The saved clustering state, or a new one; `cached` is reused when it is the saved
    /// version. Either way it clusters with `configuration`.
    static func saved(
        in assignment: any IngestTransaction, cached: VersionedAssigner?, configuration: ClusteringConfiguration
    ) throws -> VersionedAssigner {
        guard let version = try assignment.clusteringVersion() else {
            return VersionedAssigner(version: 0, state: StoryAssigner(configuration: configuration))
        }
        var loaded: VersionedAssigner
        if let cached, cached.version == version {
            loaded = cached
        } else {
            do {
                let data = try assignment.clusteringState() ?? Data()
                loaded = VersionedAssigner(version: version, state: try StoryAssigner(saved: data))
            } catch {
                throw StoreError(.corruptState, "the saved clustering state cannot be read", cause: error)
            }
        }
        loaded.state.clusterer.configuration = configuration
        return loaded
    }
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

/// The outcome of work on another thread, waited for once.
final class BackgroundResult<Value: Sendable>: Sendable {
    private let value = Mutex<Result<Value, StoreError>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func finish(_ result: Result<Value, StoreError>) {
        value.withLock { $0 = result }
        done.signal()
    }

    func result() throws(StoreError) -> Value {
        done.wait()
        return try value.withLock { $0! }.get()
    }
}
