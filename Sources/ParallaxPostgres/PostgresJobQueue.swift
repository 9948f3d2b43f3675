internal import Crypto
public import Foundation
public import Parallax
public import ParallaxStore
internal import PostgresNIO

/// The settings of the job queue and its workers.
public struct JobQueueConfiguration: Sendable {
    /// How long a taken job is its worker's: after it another worker may take it (the first
    /// one died). Not measured as a tail: a take of `analyzeJobsPerTake` documents takes
    /// about a second here, so 60 s leaves room for a machine fifty times slower.
    public var lease: TimeInterval = 60
    /// Attempts before a job is marked failed (each take counts, a dead worker's too).
    public var maximumAttempts = 5
    /// The pause before the second attempt; each later one waits twice as long as the one
    /// before, up to `longestRetryDelay`.
    public var firstRetryDelay: TimeInterval = 2
    public var longestRetryDelay: TimeInterval = 300
    /// Documents a worker takes and analyzes at once: enough to use every core of a worker's
    /// host (`StoryPipeline.analyze` spreads from 8 articles a core), small enough that a
    /// killed worker's lease holds back little work.
    public var analyzeJobsPerTake = 16
    /// Stories whose briefs a worker takes at once.
    public var briefJobsPerTake = 16
    /// Analyzed articles the assigning worker puts in one batch transaction: `ingest`'s batch.
    public var articlesPerAssignment = 200
    /// How long an idle worker waits before looking for work again.
    public var idlePause: TimeInterval = 0.5
    /// How long a worker waits after a failure (PostgreSQL away) before trying again.
    public var failurePause: TimeInterval = 1
    /// How long a draining worker (`--drain`) goes on while every step fails before it gives
    /// up: a PostgreSQL restart takes seconds here (`scripts/postgres-worker-check.sh`), so five
    /// minutes ends only a drain that cannot finish, which would otherwise retry for ever.
    public var drainPatience: TimeInterval = 300

    public init() {}

    /// The pause before attempt `attempt + 1`, after `attempt` failed ones.
    public func retryDelay(after attempt: Int) -> TimeInterval {
        min(longestRetryDelay, firstRetryDelay * pow(2, Double(max(0, attempt - 1))))
    }
}

/// What a job asks: analyze a document (any worker, in parallel), or bring a story's brief up
/// to date (any worker; queued by the assigning worker with each story revision).
public enum JobKind: String, Sendable {
    case analyze, brief
}

/// A job taken by a worker, leased to it.
struct TakenJob {
    var id: Int64
    var payload: Data
    var attempts: Int
}

/// What is in the queue: jobs waiting (or leased), failed, done, and analyzed articles waiting
/// for assignment.
public struct QueueCounts: Sendable, Hashable {
    public var queued = 0
    public var failed = 0
    public var done = 0
    public var awaitingAssignment = 0

    /// Nothing left to do but what failed for good.
    public var isDrained: Bool { queued == 0 && awaitingAssignment == 0 }
}

/// The job queue on PostgreSQL: `parallax ingest --queue` puts documents in, `parallax worker`
/// processes take them out with `FOR UPDATE SKIP LOCKED` (two workers never take one job),
/// each under a lease measured by PostgreSQL's clock, the one clock every host shares.
extension PostgresStore {
    /// Queues documents for analysis, one job each, keyed by the SHA-256 of the document: a
    /// document queued before is not queued again. Returns how many were new.
    @discardableResult
    public func enqueue(_ documents: [RawDocument]) throws(StoreError) -> Int {
        var queued = 0
        // Chunks of a transaction each: a failure leaves whole chunks queued, and a re-run
        // queues the rest.
        for start in stride(from: 0, to: documents.count, by: 500) {
            let chunk = documents[start..<min(start + 500, documents.count)]
            queued += try write { session in
                var added = 0
                for document in chunk {
                    let payload = try JSONEncoder.sorted.encode(document)
                    let key = SHA256.hash(data: payload).map { String(format: "%02x", $0) }.joined()
                    added += try session.execute(
                        """
                        INSERT INTO job (kind, key, payload) VALUES (\(JobKind.analyze.rawValue), \(key), \(payload))
                        ON CONFLICT (kind, key) DO NOTHING
                        """)
                }
                return added
            }
        }
        return queued
    }

    public func queueCounts() throws(StoreError) -> QueueCounts {
        try read { session in
            var counts = QueueCounts()
            for row in try session.rows("SELECT state, count(*)::bigint FROM job GROUP BY state") {
                let (state, count) = try row.decode((String, Int64).self)
                switch state {
                case "queued": counts.queued = Int(count)
                case "failed": counts.failed = Int(count)
                default: counts.done += Int(count)
                }
            }
            counts.awaitingAssignment =
                try session.value("SELECT count(*)::bigint FROM analyzed_article", as: Int64.self)
                .map(Int.init) ?? 0
            return counts
        }
    }

    /// Takes up to `limit` jobs of `kind` that are due and not leased, oldest first, leasing
    /// them to `worker`. Jobs already tried `maximumAttempts` times (their workers died) are
    /// marked failed instead of taken again.
    func takeJobs(_ kind: JobKind, limit: Int, worker: String, configuration: JobQueueConfiguration)
        throws(StoreError) -> [TakenJob]
    {
        try write { session in
            try session.execute(
                """
                UPDATE job SET state = 'failed', finished_at = clock_timestamp(), lease_until = NULL,
                    last_error = coalesce(last_error, 'its workers stopped before finishing it')
                WHERE kind = \(kind.rawValue) AND state = 'queued' AND attempts >= \(configuration.maximumAttempts)
                    AND lease_until < clock_timestamp()
                """)
            return try session.rows(
                """
                UPDATE job SET taken_by = \(worker), attempts = attempts + 1,
                    lease_until = clock_timestamp() + \(configuration.lease) * interval '1 second'
                WHERE id IN (
                    SELECT id FROM job
                    WHERE kind = \(kind.rawValue) AND state = 'queued' AND run_after <= clock_timestamp()
                        AND (lease_until IS NULL OR lease_until < clock_timestamp())
                    ORDER BY id LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED)
                RETURNING id, payload, attempts
                """
            ).map { row in
                let (id, payload, attempts) = try row.decode((Int64, Data, Int).self)
                return TakenJob(id: id, payload: payload, attempts: attempts)
            }.sorted { $0.id < $1.id }
        }
    }

    /// Marks jobs done, inside the transaction that wrote their effects. A job another worker
    /// took after this one's lease ran out is done all the same: its effects are kept once.
    static func finish(_ jobs: [Int64], in session: PostgresSession) throws {
        try session.execute(
            """
            UPDATE job SET state = 'done', finished_at = clock_timestamp(), lease_until = NULL, last_error = NULL
            WHERE id = ANY(\(jobs)) AND state = 'queued'
            """)
    }

    func finish(_ jobs: [Int64]) throws(StoreError) {
        guard !jobs.isEmpty else { return }
        try write { session in try Self.finish(jobs, in: session) }
    }

    /// Gives jobs back after a failure: each is due again after its backoff, or failed for good
    /// after `maximumAttempts` (or at once when `permanent`). Only jobs still leased to
    /// `worker` are changed: one whose lease ran out is another worker's now.
    func giveBack(
        _ jobs: [TakenJob], worker: String, error: String, permanent: Bool = false,
        configuration: JobQueueConfiguration
    ) throws(StoreError) {
        try write { session in
            for job in jobs {
                let failed = permanent || job.attempts >= configuration.maximumAttempts
                try session.execute(
                    """
                    UPDATE job SET lease_until = NULL, last_error = \(error),
                        state = \(failed ? "failed" : "queued"),
                        finished_at = CASE WHEN \(failed) THEN clock_timestamp() END,
                        run_after = clock_timestamp() + \(configuration.retryDelay(after: job.attempts)) * interval '1 second'
                    WHERE id = \(job.id) AND taken_by = \(worker) AND state = 'queued'
                    """)
            }
        }
    }

    /// Keeps what analyze jobs made and marks them done, in one transaction: a worker killed
    /// before the commit leaves its jobs to be taken again, one killed after leaves them done.
    /// An article analyzed twice (a lease ran out) is kept once.
    func saveAnalyzed(_ documents: [AnalyzedDocument], finishing jobs: [Int64]) throws(StoreError) {
        try write { session in
            for document in documents {
                let record = try JSONEncoder.sorted.encode(document.record)
                try session.execute(
                    """
                    INSERT INTO analyzed_article (article_id, record, analysis, signature)
                    VALUES (\(document.record.id), \(record), \(document.analysis), \(document.signature))
                    ON CONFLICT (article_id) DO NOTHING
                    """)
            }
            try Self.finish(jobs, in: session)
        }
    }

    /// The analyzed articles waiting for assignment, oldest first.
    func awaitingAssignment(limit: Int, in session: PostgresSession) throws -> [(number: Int64, AnalyzedDocument)] {
        try session.rows(
            "SELECT number, record, analysis, signature FROM analyzed_article ORDER BY number LIMIT \(limit)"
        ).map { row in
            let (number, record, analysis, signature) = try row.decode((Int64, Data, Data, Data?).self)
            return (
                number,
                AnalyzedDocument(
                    record: try JSONDecoder().decode(ArticleRecord.self, from: record), analysis: analysis,
                    signature: signature)
            )
        }
    }

    /// Queues a brief job for every story whose brief is older than its revision, keyed by
    /// story and revision: each revision's brief is asked for once, in the transaction that
    /// made the revision.
    static func queueStaleBriefs(in session: PostgresSession) throws {
        try session.execute(
            """
            INSERT INTO job (kind, key, payload)
            SELECT \(JobKind.brief.rawValue), story.id || '@' || story.revision, convert_to(story.id, 'UTF8')
            FROM \(unescaped: PostgresStore.staleBriefStories)
            ON CONFLICT (kind, key) DO NOTHING
            """)
    }
}

extension JSONEncoder {
    /// Sorted keys: equal values are equal bytes (the queue's keys are their digests).
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
