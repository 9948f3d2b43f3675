import Foundation
import ParallaxStore
import Testing

@testable import ParallaxPostgres

/// The feed schedule watchers share on a real PostgreSQL (`PARALLAX_TEST_POSTGRES_URL`):
/// leases, a dead watcher's feed taken again, state kept per feed, hostile values bounded.
@Suite(
    "Feed schedule on PostgreSQL",
    .enabled(
        if: PostgresTestServer.url != nil,
        "PARALLAX_TEST_POSTGRES_URL is not set: feed schedule checks skipped (scripts/postgres-local.sh start)"))
struct PostgresFeedScheduleTests {
    static let feeds = ["https://a.example/rss", "https://b.example/atom", "http://c.example:8080/feed"]

    static func schedules(lease: TimeInterval = 60) throws -> (PostgresFeedSchedule, PostgresFeedSchedule) {
        let store = try PostgresWorkerTests.freshStore()
        var configuration = FeedScheduleConfiguration()
        configuration.lease = lease
        return (
            PostgresFeedSchedule(store: store, watcher: "first", configuration: configuration),
            PostgresFeedSchedule(store: store, watcher: "second", configuration: configuration)
        )
    }

    @Test("a feed taken by one watcher is not taken by another; a polled feed waits for its next poll")
    func leasesExclude() throws {
        let (first, second) = try Self.schedules()
        #expect(try first.add(Self.feeds) == 3)
        #expect(try second.add(Self.feeds) == 0, "a feed added before is not added again")
        let taken = try first.takeDueFeeds(now: Date())
        #expect(taken.map(\.state.url) == Self.feeds.sorted())
        #expect(try second.takeDueFeeds(now: Date()).isEmpty, "every feed is leased to the first watcher")
        #expect(try second.secondsUntilNextDue(now: Date()).map { $0 > 50 } == true, "due when the lease ends")

        for feed in taken {
            var state = feed.state
            state.etag = "\"e-\(state.url.count)\""
            state.lastModified = "Wed, 04 Mar 2026 08:00:00 GMT"
            state.lastPolledAt = feed.takenAt
            state.nextPollAt = feed.takenAt.addingTimeInterval(120)
            #expect(try second.finish(state) == false, "the second watcher cannot save the first one's feed")
            #expect(try first.finish(state))
        }
        #expect(try second.takeDueFeeds(now: Date()).isEmpty, "not due for two minutes")
        let wait = try #require(try second.secondsUntilNextDue(now: Date()))
        #expect(wait > 100 && wait <= 120)
        let kept = try first.feeds()
        #expect(kept.map(\.etag) == kept.map { "\"e-\($0.url.count)\"" }, "validators kept per feed")
        #expect(kept.allSatisfy { $0.lastModified == "Wed, 04 Mar 2026 08:00:00 GMT" })
    }

    @Test("a dead watcher's feed is taken again when its lease runs out; its late save is dropped")
    func deadWatchersFeedIsTakenAgain() async throws {
        let (first, second) = try Self.schedules(lease: 1.5)
        try first.add([Self.feeds[0]])
        let lost = try #require(try first.takeDueFeeds(now: Date()).first)
        #expect(try second.takeDueFeeds(now: Date()).isEmpty)
        try await Task.sleep(for: .seconds(2))
        let retaken = try #require(try second.takeDueFeeds(now: Date()).first)
        #expect(retaken.state.url == lost.state.url)
        #expect(retaken.takenAt > lost.takenAt.addingTimeInterval(1.5), "taken on PostgreSQL's clock after the lease")
        var late = lost.state
        late.lastError = "late"
        late.consecutiveErrors = 1
        #expect(try first.finish(late) == false)
        var current = retaken.state
        current.nextPollAt = retaken.takenAt.addingTimeInterval(60)
        #expect(try second.finish(current))
        let kept = try #require(try first.feeds().first)
        #expect(kept.lastError == nil && kept.consecutiveErrors == 0, "the late watcher's state is not saved")
    }

    @Test("hostile addresses are refused with a code; oversized values from a feed are bounded")
    func hostileValues() throws {
        let (first, _) = try Self.schedules()
        let hostile = [
            "file:///etc/passwd", "javascript:alert(1)", "https://",
            "http://a.example/" + String(repeating: "x", count: 3000),
            "http://a.example/\u{0}feed", "http://a .example/", "gopher://a.example/",
        ]
        for address in hostile {
            let error = #expect(throws: StoreError.self) { try first.add([Self.feeds[0], address]) }
            #expect(error?.code == .invalidFeed && error?.message.hasPrefix("not a feed address") == true)
            #expect((error?.message.count ?? 0) < 300, "the message quotes a long address in part")
        }
        #expect(try first.feeds().isEmpty, "none added when one is refused")

        try first.add([Self.feeds[1]])
        var state = try #require(try first.takeDueFeeds(now: Date()).first).state
        state.title = String(repeating: "t", count: 100_000)
        state.etag = String(repeating: "e", count: 100_000)
        state.lastModified = "Wed, 04 Mar 2026 08:00:00 GMT"
        state.lastError = String(repeating: "r", count: 100_000)
        #expect(try first.finish(state))
        let kept = try #require(try first.feeds().first)
        #expect(kept.title?.count == FeedScheduleConfiguration().longestTitle)
        #expect(kept.etag == nil, "an oversized validator is dropped, not cut")
        #expect(kept.lastModified == "Wed, 04 Mar 2026 08:00:00 GMT")
        #expect(kept.lastError?.count == FeedScheduleConfiguration().longestError)
    }
}
