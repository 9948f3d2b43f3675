import Foundation
import Parallax
import ParallaxStore
import PostgresNIO
import Synchronization
import Testing

@testable import ParallaxPostgres

/// The job queue and workers on a real PostgreSQL (`PARALLAX_TEST_POSTGRES_URL`): leases,
/// retries, the one assignment stream, and the same stories as `ingest`.
@Suite(
    "Workers on PostgreSQL",
    .enabled(
        if: PostgresTestServer.url != nil,
        "PARALLAX_TEST_POSTGRES_URL is not set: worker checks skipped (scripts/postgres-local.sh start)"))
struct PostgresWorkerTests {
    static func freshStore() throws -> PostgresStore {
        try PostgresStore.open(url: try #require(PostgresTestServer.freshDatabaseURL()))
    }

    /// A configuration whose leases and pauses fit a test (long enough that a loaded machine
    /// does not see a lease or a backoff run out between two statements).
    static var quick: JobQueueConfiguration {
        var configuration = JobQueueConfiguration()
        configuration.lease = 3
        configuration.idlePause = 0.05
        configuration.firstRetryDelay = 3
        configuration.analyzeJobsPerTake = 1
        configuration.maximumAttempts = 2
        return configuration
    }

    @Test("two workers drain the queue: the stories and briefs `ingest` makes, each article once")
    func workersMatchIngest() async throws {
        let store = try Self.freshStore()
        #expect(try store.enqueue(Reports.all) == 3)
        #expect(try store.enqueue(Reports.all) == 0, "a document queued before is not queued again")
        // All three documents in one take, so one assignment batch, as `ingest` makes.
        var configuration = Self.quick
        configuration.analyzeJobsPerTake = 16
        let workers = (1...2).map { PostgresWorker(store: store, name: "w\($0)", configuration: configuration) }
        let done = await withTaskGroup(of: PostgresWorker.Summary.self) { group in
            for worker in workers { group.addTask { await Self.drain(worker) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(done.map(\.analyzed).reduce(0, +) == 3 && done.map(\.assigned).reduce(0, +) == 3)
        #expect(done.map(\.assignmentTakes).reduce(0, +) >= 1)
        #expect(try store.queueCounts() == QueueCounts(queued: 0, failed: 0, done: 3 + 2, awaitingAssignment: 0))

        let reference = try NewsroomDatabase.inMemory()
        try Ingestor(store: reference).ingest(Reports.all)
        let expected = try reference.stories(StoryQuery(order: .biggest))
        let stories = try store.stories(StoryQuery(order: .biggest))
        #expect(stories.map(\.id) == expected.map(\.id))
        #expect(stories.map(\.articleCount) == [2, 1])
        for story in stories {
            let detail = try #require(try store.story(story.id))
            let expectedDetail = try #require(try reference.story(story.id))
            #expect(detail.isBriefCurrent)
            #expect(detail.brief == expectedDetail.brief)
        }
        #expect(try store.storiesWithStaleBriefs().isEmpty)
    }

    @Test("a dead worker's job is taken again when its lease runs out; attempts are counted")
    func leaseExpiry() async throws {
        let store = try Self.freshStore()
        try store.enqueue([Reports.harbourFire])
        let configuration = Self.quick
        let taken = try store.takeJobs(.analyze, limit: 5, worker: "dead", configuration: configuration)
        #expect(taken.map(\.attempts) == [1])
        #expect(try store.takeJobs(.analyze, limit: 5, worker: "other", configuration: configuration).isEmpty)
        try await Task.sleep(for: .seconds(configuration.lease + 0.3))
        let again = try store.takeJobs(.analyze, limit: 5, worker: "other", configuration: configuration)
        #expect(again.map(\.id) == taken.map(\.id) && again.map(\.attempts) == [2])
        // The second taker dies too: that was the last attempt, and the job is failed, not retaken.
        try await Task.sleep(for: .seconds(configuration.lease + 0.3))
        #expect(try store.takeJobs(.analyze, limit: 5, worker: "third", configuration: configuration).isEmpty)
        #expect(try store.queueCounts().failed == 1)
    }

    @Test("a failed job waits out its backoff, then fails for good after its last attempt")
    func retryBackoff() async throws {
        let store = try Self.freshStore()
        try store.enqueue([Reports.harbourFire])
        let configuration = Self.quick
        #expect(configuration.retryDelay(after: 1) == 3 && configuration.retryDelay(after: 3) == 12)
        #expect(JobQueueConfiguration().retryDelay(after: 20) == JobQueueConfiguration().longestRetryDelay)
        let first = try store.takeJobs(.analyze, limit: 1, worker: "w", configuration: configuration)
        try store.giveBack(first, worker: "w", error: "disk full", configuration: configuration)
        #expect(try store.takeJobs(.analyze, limit: 1, worker: "w", configuration: configuration).isEmpty)
        try await Task.sleep(for: .seconds(configuration.retryDelay(after: 1) + 0.2))
        let second = try store.takeJobs(.analyze, limit: 1, worker: "w", configuration: configuration)
        #expect(second.map(\.attempts) == [2])
        // Given back by a worker whose lease ran out and whose job another took: nothing changes.
        try store.giveBack(second, worker: "someone else", error: "late", configuration: configuration)
        #expect(try store.queueCounts().queued == 1)
        try store.giveBack(second, worker: "w", error: "disk full", configuration: configuration)
        #expect(try store.queueCounts() == QueueCounts(queued: 0, failed: 1, done: 0, awaitingAssignment: 0))
    }

    @Test("one worker holds the story assignment; another takes it over when its connection ends")
    func assignmentTakeover() async throws {
        let store = try Self.freshStore()
        let first = AssignmentHold(connections: store.connections)
        let second = AssignmentHold(connections: store.connections)
        #expect(try first.take())
        #expect(try !second.take())
        #expect(first.isHeld && !second.isHeld)
        // The holder's connection is dropped from outside (an operator, a network fault).
        let holderPID = try #require(try first.session?.value("SELECT pg_backend_pid()", as: Int32.self))
        _ = try store.read { session in try session.execute("SELECT pg_terminate_backend(\(holderPID))") }
        #expect(try await Self.takesWithin(seconds: 5, second), "another worker takes the assignment over")
        try await Task.sleep(for: .seconds(0.2))
        #expect(!first.isHeld, "the worker whose connection was dropped knows it lost the assignment")
        #expect(try !first.take())
        // A worker that stops closes its connection; the server releases the lock as it ends it.
        second.release()
        #expect(try await Self.takesWithin(seconds: 5, first))
        first.release()
    }

    @Test("a drain whose every step fails gives up after its patience instead of retrying for ever")
    func aFailingDrainGivesUp() async throws {
        let store = try Self.freshStore()
        try store.enqueue([Reports.harbourFire])
        _ = try store.read { session in try session.execute("ALTER TABLE job RENAME TO job_away") }
        var configuration = Self.quick
        configuration.drainPatience = 2
        configuration.failurePause = 0.2
        let lines = Lines()
        let worker = PostgresWorker(store: store, name: "w", configuration: configuration)
        let summary = await Self.drain(worker, log: lines.add)
        #expect(summary.gaveUp && summary.failures >= 2, "\(lines.all)")
        #expect(lines.all.last?.contains("gave up draining: every step failed for 2.0 s") == true, "\(lines.all)")
        // Once the queue is back, a drain ends as usual.
        _ = try store.read { session in try session.execute("ALTER TABLE job_away RENAME TO job") }
        let again = await Self.drain(worker)
        #expect(!again.gaveUp && again.analyzed == 1)
    }

    /// `worker` drained on a thread of its own: its loop blocks while it waits, which must
    /// not hold one of the test's cooperative threads.
    static func drain(_ worker: PostgresWorker, log: @escaping @Sendable (String) -> Void = { _ in }) async
        -> PostgresWorker.Summary
    {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: worker.run(untilDrained: true, log: log)) }
        }
    }

    /// Whether `hold` gets the lock within `seconds`, asking every 0.1 s (PostgreSQL releases
    /// a session's locks as it ends it, shortly after the connection closes).
    static func takesWithin(seconds: Double, _ hold: AssignmentHold) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try hold.take() { return true }
            try await Task.sleep(for: .seconds(0.1))
        }
        return false
    }
}

/// Log lines gathered from a worker's thread.
final class Lines: Sendable {
    private let list = Mutex<[String]>([])

    func add(_ line: String) { list.withLock { $0.append(line) } }
    var all: [String] { list.withLock { $0 } }
}
