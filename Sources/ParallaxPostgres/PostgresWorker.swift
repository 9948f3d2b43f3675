internal import Foundation
public import Parallax
internal import ParallaxStore
internal import PostgresNIO
internal import Synchronization

/// One `parallax worker` process: takes jobs from the queue until stopped (or until the queue
/// is drained), on any host. Every worker analyzes documents and writes briefs; story
/// assignment is one ordered stream, so exactly one worker at a time assigns: the one holding
/// the session-level assignment lock on a connection of its own. When that worker dies its
/// connection closes, PostgreSQL releases the lock, and the next worker to ask takes it over.
///
/// All work goes through the `Ingestor`'s stages (`analyzedDocuments`, `assign`,
/// `refreshBriefs(of:)`), the ones `parallax ingest` runs: a document is stored and briefed as
/// `ingest` would.
public final class PostgresWorker: Sendable {
    public let store: PostgresStore
    /// The name leases carry (`taken_by`): host and process by default.
    public let name: String
    public let configuration: JobQueueConfiguration
    public let pipeline: StoryPipeline
    private let hold: AssignmentHold

    public init(
        store: PostgresStore, name: String, configuration: JobQueueConfiguration = .init(),
        pipeline: StoryPipeline = .init()
    ) {
        self.store = store
        self.name = name
        self.configuration = configuration
        self.pipeline = pipeline
        hold = AssignmentHold(connections: store.connections)
    }

    /// What a worker did.
    public struct Summary: Sendable, Hashable {
        public var analyzed = 0
        /// Documents whose article was stored already when analysis began.
        public var alreadyStored = 0
        public var assigned = 0
        /// Analyzed articles found stored when assigned (analyzed twice after a lost lease).
        public var assignedBefore = 0
        public var briefsWritten = 0
        /// Times this worker took the assignment lock.
        public var assignmentTakes = 0
        /// Failures: jobs given back, or steps that failed (PostgreSQL away) and were tried again.
        public var failures = 0
        /// True when a drain ended because every step failed for `drainPatience`.
        public var gaveUp = false
    }

    /// Works until `shouldStop` says so, or, with `untilDrained`, until no job is queued and
    /// no analyzed article waits. Failures are reported to `log` and the loop goes on after a
    /// pause: a worker outlives a PostgreSQL restart. A drain gives up once every step has
    /// failed for `drainPatience` (`Summary.gaveUp`).
    public func run(
        untilDrained: Bool, shouldStop: @Sendable () -> Bool = { false }, log: @Sendable (String) -> Void
    ) -> Summary {
        var summary = Summary()
        defer { hold.release() }
        var failingSince: ContinuousClock.Instant?
        while !shouldStop() {
            do throws(StoreError) {
                let worked = try step(&summary, log: log)
                failingSince = nil
                if worked { continue }
                if untilDrained, try store.queueCounts().isDrained { break }
                Thread.sleep(forTimeInterval: configuration.idlePause)
            } catch {
                summary.failures += 1
                if hold.isHeld { log("gave up the story assignment") }
                hold.release()
                let since = failingSince ?? .now
                failingSince = since
                if untilDrained, ContinuousClock.now - since > .seconds(configuration.drainPatience) {
                    log(
                        "\(error.description); gave up draining: every step failed for \(configuration.drainPatience) s"
                    )
                    summary.gaveUp = true
                    break
                }
                log("\(error.description); trying again in \(configuration.failurePause) s")
                Thread.sleep(forTimeInterval: configuration.failurePause)
            }
        }
        return summary
    }

    /// One piece of work, assignment first (it keeps the analyzed articles few), then analysis,
    /// then briefs; false when there was nothing to do.
    func step(_ summary: inout Summary, log: (String) -> Void) throws(StoreError) -> Bool {
        if hold.wasLost() { log("lost the story assignment: its connection ended") }
        if !hold.isHeld, try hold.take() {
            summary.assignmentTakes += 1
            log("holds the story assignment")
        }
        if let session = hold.session, try assign(on: session, summary: &summary) { return true }
        if try analyze(&summary) { return true }
        return try writeBriefs(&summary)
    }

    /// Assigns the oldest analyzed articles in one batch transaction on the held connection;
    /// false when none wait.
    private func assign(on session: PostgresSession, summary: inout Summary) throws(StoreError) -> Bool {
        let waiting: [(number: Int64, AnalyzedDocument)]
        do {
            waiting = try store.awaitingAssignment(limit: configuration.articlesPerAssignment, in: session)
        } catch {
            throw StoreError(.databaseFailed, "a PostgreSQL read failed", cause: PostgresFailure.from(error))
        }
        guard !waiting.isEmpty else { return false }
        let assigning = hold.ingestor(store: store, pipeline: pipeline)
        assigning.consuming.withLock { $0 = waiting.map(\.number) }
        let result = try assigning.ingestor.assign(waiting.map(\.1))
        summary.assigned += result.added
        summary.assignedBefore += result.duplicates
        return true
    }

    /// Takes analyze jobs and keeps their analyzed articles; false when none are due.
    private func analyze(_ summary: inout Summary) throws(StoreError) -> Bool {
        let jobs = try store.takeJobs(
            .analyze, limit: configuration.analyzeJobsPerTake, worker: name, configuration: configuration)
        guard !jobs.isEmpty else { return false }
        var documents: [RawDocument] = []
        var readable: [Int64] = []
        var unreadable: [TakenJob] = []
        for job in jobs {
            if let document = try? JSONDecoder().decode(RawDocument.self, from: job.payload) {
                documents.append(document)
                readable.append(job.id)
            } else {
                unreadable.append(job)
            }
        }
        if !unreadable.isEmpty {
            try store.giveBack(
                unreadable, worker: name, error: "the queued document cannot be read", permanent: true,
                configuration: configuration)
            summary.failures += unreadable.count
        }
        do throws(StoreError) {
            let analyzed = try Ingestor(store: store, pipeline: pipeline).analyzedDocuments(documents)
            try store.saveAnalyzed(analyzed, finishing: readable)
            summary.analyzed += analyzed.count
            summary.alreadyStored += documents.count - analyzed.count
        } catch {
            try? store.giveBack(
                jobs.filter { readable.contains($0.id) }, worker: name, error: error.description,
                configuration: configuration)
            throw error
        }
        return true
    }

    /// Takes brief jobs and brings those stories' briefs up to date; false when none are due.
    private func writeBriefs(_ summary: inout Summary) throws(StoreError) -> Bool {
        let jobs = try store.takeJobs(
            .brief, limit: configuration.briefJobsPerTake, worker: name, configuration: configuration)
        guard !jobs.isEmpty else { return false }
        let stories = Set(jobs.map { String(decoding: $0.payload, as: UTF8.self) })
        do throws(StoreError) {
            summary.briefsWritten += try Ingestor(store: store, pipeline: pipeline).refreshBriefs(of: stories)
            try store.finish(jobs.map(\.id))
        } catch {
            try? store.giveBack(jobs, worker: name, error: error.description, configuration: configuration)
            throw error
        }
        return true
    }
}

extension Ingestor {
    init(store: any IngestStore, pipeline: StoryPipeline) {
        self.init(store: store)
        self.pipeline = pipeline
    }
}

/// The session-level story-assignment lock, held on a connection of its own for as long as
/// the worker lives: PostgreSQL releases it when the connection ends (a kill, a dropped
/// connection, a restart), and the assignment transactions run on that same connection, so a
/// worker that lost the lock cannot assign.
final class AssignmentHold: Sendable {
    private let connections: PostgresConnections
    private let state = Mutex<(connection: PostgresConnection?, held: Bool, assigning: HeldAssignment?)>(
        (nil, false, nil))

    init(connections: PostgresConnections) {
        self.connections = connections
    }

    var isHeld: Bool {
        state.withLock { $0.held && !($0.connection?.isClosed ?? true) }
    }

    /// True once when the lock was held and its connection has ended since (PostgreSQL
    /// released the lock): the worker no longer assigns.
    func wasLost() -> Bool {
        state.withLock { current in
            guard current.held, current.connection?.isClosed ?? true else { return false }
            current.held = false
            return true
        }
    }

    /// The held connection, while the lock is held.
    var session: PostgresSession? {
        state.withLock { current in
            guard current.held, let connection = current.connection, !connection.isClosed else { return nil }
            return PostgresSession(connection: connection, logger: connections.logger)
        }
    }

    /// Asks for the lock without waiting; true when this worker holds it now.
    func take() throws(StoreError) -> Bool {
        do {
            var connection = state.withLock { $0.connection }
            if connection?.isClosed ?? true {
                connection = try connections.open()
                state.withLock { $0 = (connection, false, nil) }
            }
            guard let connection else { return false }
            let session = PostgresSession(connection: connection, logger: connections.logger)
            let taken =
                try session.value(
                    """
                    SELECT pg_try_advisory_lock(\(PostgresMigrations.lockSpace), \(PostgresMigrations.assignmentHolderLock))
                    """, as: Bool.self) ?? false
            state.withLock { $0.held = taken }
            return taken
        } catch {
            release()
            throw StoreError(.databaseFailed, "cannot ask for the story assignment", cause: PostgresFailure.from(error))
        }
    }

    /// The assigning `Ingestor` over the held connection, made once per hold (it keeps the
    /// clustering state it last saved).
    func ingestor(store: PostgresStore, pipeline: StoryPipeline) -> HeldAssignment {
        state.withLock { current in
            if let assigning = current.assigning { return assigning }
            let assigning = HeldAssignment(
                store: store, session: PostgresSession(connection: current.connection!, logger: connections.logger),
                pipeline: pipeline)
            current.assigning = assigning
            return assigning
        }
    }

    /// Closes the connection, which releases the lock.
    func release() {
        let connection = state.withLock { current in
            defer { current = (nil, false, nil) }
            return current.connection
        }
        _ = try? connection?.close().wait()
    }
}

/// The store as the assigning worker sees it: batch transactions run on the connection that
/// holds the assignment lock, and consume the analyzed articles they assign.
final class HeldAssignment: IngestStore {
    let store: PostgresStore
    let session: PostgresSession
    /// The `analyzed_article` rows the next batch assigns.
    let consuming = Mutex<[Int64]>([])
    /// The `Ingestor` assigning through this store (made with it, kept with it: it caches the
    /// clustering state it last saved).
    var ingestor: Ingestor { ingestorBox.withLock { $0! } }
    private let ingestorBox = Mutex<Ingestor?>(nil)

    init(store: PostgresStore, session: PostgresSession, pipeline: StoryPipeline) {
        self.store = store
        self.session = session
        ingestorBox.withLock { $0 = Ingestor(store: self, pipeline: pipeline) }
    }

    /// One batch transaction: the transaction-level assignment lock too (plain `ingest`
    /// processes take it), the batch, the analyzed rows deleted, brief jobs queued.
    func assigningStories<Value>(_ body: (any IngestTransaction) throws -> Value) throws(StoreError) -> Value {
        let numbers = consuming.withLock { $0 }
        return try StoreError.wrapping(.databaseFailed, "a PostgreSQL write failed", cause: PostgresFailure.from) {
            try session.transaction {
                try session.execute(
                    """
                    SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockSpace), \(PostgresMigrations.storyAssignmentLock))
                    """)
                let value = try body(PostgresIngestTransaction(session: session))
                try session.execute("DELETE FROM analyzed_article WHERE number = ANY(\(numbers))")
                try PostgresStore.queueStaleBriefs(in: session)
                return value
            }
        }
    }

    func storedArticleIDs(matching records: [ArticleRecord]) throws(StoreError) -> [String?] {
        try store.storedArticleIDs(matching: records)
    }

    func storiesWithStaleBriefs() throws(StoreError) -> [StoryRecord] {
        try store.storiesWithStaleBriefs()
    }

    func membersWithAnalyses(of storyIDs: [String]) throws(StoreError) -> [[StoredMember]] {
        try store.membersWithAnalyses(of: storyIDs)
    }

    func saveBriefs(_ briefs: [(story: StoryRecord, brief: Brief)], at stamp: Date) throws(StoreError) {
        try store.saveBriefs(briefs, at: stamp)
    }

    func saveAnalyses(_ analyses: [AnalyzedArticle]) throws(StoreError) {
        try store.saveAnalyses(analyses)
    }
}
