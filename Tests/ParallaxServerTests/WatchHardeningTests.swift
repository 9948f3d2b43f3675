import Foundation
import Logging
import ParallaxServer
import ParallaxStore
import Testing

/// Issue 15, finding 10: the watcher's answers to hostile or broken feeds.
@Suite("Hardening: feed watching")
struct WatchHardeningTests {
    static let url = FeedWatcherTests.url

    @Test("Retry-After: 999999999 waits at most the six-hour cap, not 31 years")
    func hugeRetryAfter() async throws {
        let database = try NewsroomDatabase.inMemory()
        let clock = TestClock()
        let watcher = FeedWatcherTests().watcher(
            database, ScriptedFetcher([.failed(status: 503, retryAfter: 999_999_999)]), clock)
        _ = await watcher.pollDueFeeds()
        let wait = try #require(try database.feed(Self.url).nextPollAt).timeIntervalSince(clock.now)
        #expect(wait <= 6 * 60 * 60)
        #expect(wait >= 60 * 60)
    }

    @Test("a malformed feed is reported as failed, not as 0 new")
    func malformedFeed() async throws {
        let broken = [
            "<rss>this is not a channel",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><chan",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><<<>>>",
        ]
        for body in broken {
            let database = try NewsroomDatabase.inMemory()
            let watcher = FeedWatcherTests().watcher(
                database, ScriptedFetcher([.fetched(body: Array(body.utf8), etag: nil, lastModified: nil)]),
                TestClock())
            let outcome = await watcher.pollDueFeeds()[Self.url]
            guard case .failed(let reason)? = outcome else {
                Issue.record("\(body): \(String(describing: outcome))")
                continue
            }
            #expect(reason.contains("malformed"), "\(body): \(reason)")
            #expect(try database.feed(Self.url).consecutiveErrors == 1)
        }
    }

    @Test("an empty but well-formed feed is not a failure")
    func emptyFeed() async throws {
        let body = "<rss version=\"2.0\"><channel><title>Quiet Harbour</title></channel></rss>"
        let database = try NewsroomDatabase.inMemory()
        let watcher = FeedWatcherTests().watcher(
            database, ScriptedFetcher([.fetched(body: Array(body.utf8), etag: nil, lastModified: nil)]), TestClock())
        #expect(await watcher.pollDueFeeds()[Self.url] == .ingested(added: 0, duplicates: 0))
    }
}
