import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ParallaxFetch
import ParallaxServer
import ParallaxStore
import Synchronization
import Testing

/// A feed written for these tests.
enum HarbourFeed {
    static let etag = "\"v1\""
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harbour Times</title><link>https://harbour.example/</link>
        <item><title>Ferry strike halts crossings</title><link>https://harbour.example/ferry-strike</link>
        <guid>harbour-ferry-strike</guid><pubDate>Mon, 06 Apr 2026 08:00:00 GMT</pubDate>
        <description>Ferry crews walked out on Monday, halting every crossing to the islands. The union said the strike would last two days.</description></item>
        <item><title>New lighthouse keeper named</title><link>https://harbour.example/lighthouse</link>
        <guid>harbour-lighthouse</guid><pubDate>Sun, 05 Apr 2026 10:00:00 GMT</pubDate>
        <description>The port authority named Edda Wren as keeper of the north lighthouse, the first in forty years.</description></item>
        </channel></rss>
        """
}

/// A second feed written for these tests, served from another host.
enum ValleyFeed {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Valley Post</title><link>https://valley.example/</link>
        <item><title>Orchard frost ruins early blossom</title><link>https://valley.example/frost</link>
        <guid>valley-frost</guid><pubDate>Tue, 07 Apr 2026 06:30:00 GMT</pubDate>
        <description>A hard frost on Monday night killed most of the early apple blossom in the upper valley, growers said. Some orchards lit fires between the rows to keep the trees warm.</description></item>
        </channel></rss>
        """
}

/// Holds every request until one from each of `expected` hosts has arrived, so requests get
/// answers only when they are in flight at the same time. Gives up after `limit`.
final class Rendezvous: Sendable {
    let expected: Int
    let arrived = Mutex<Set<String>>([])

    init(expected: Int) {
        self.expected = expected
    }

    /// Records `host` and waits for the others; false when they did not come within `limit`.
    func meet(_ host: String, within limit: Duration) async -> Bool {
        arrived.withLock { _ = $0.insert(host) }
        let deadline = ContinuousClock.now.advanced(by: limit)
        while ContinuousClock.now < deadline {
            if arrived.withLock({ $0.count }) >= expected { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}

/// Answers from a script and records the validators it was sent.
final class ScriptedFetcher: FeedFetching {
    let responses: Mutex<[FeedResponse]>
    let requests = Mutex<[(etag: String?, lastModified: String?)]>([])

    init(_ responses: [FeedResponse]) {
        self.responses = Mutex(responses)
    }

    func fetch(_ url: String, etag: String?, lastModified: String?) async throws -> FeedResponse {
        requests.withLock { $0.append((etag, lastModified)) }
        return responses.withLock { $0.removeFirst() }
    }
}

/// A clock the test moves by hand.
final class TestClock: Sendable {
    let current = Mutex(Date(timeIntervalSince1970: 1_775_000_000))
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var now: Date { current.withLock { $0 } }
}

@Suite("Feed watching")
struct FeedWatcherTests {
    static let url = "https://harbour.example/rss"

    func watcher(_ database: NewsroomDatabase, _ fetcher: ScriptedFetcher, _ clock: TestClock) -> FeedWatcher {
        var configuration = WatchConfiguration()
        configuration.perHostInterval = .zero
        configuration.backoffJitter = 0
        var watcher = FeedWatcher(
            database: database, feeds: [Self.url], configuration: configuration, fetcher: fetcher,
            logger: Logger(label: "test"))
        watcher.now = { clock.now }
        return watcher
    }

    @Test("items are ingested; the next poll is conditional and a 304 adds nothing")
    func conditionalPolls() async throws {
        let database = try NewsroomDatabase.inMemory()
        let fetcher = ScriptedFetcher([
            .fetched(
                body: Array(HarbourFeed.rss.utf8), etag: HarbourFeed.etag, lastModified: "Mon, 06 Apr 2026 08:00:00 GMT"
            ),
            .notModified,
            .fetched(body: Array(HarbourFeed.rss.utf8), etag: HarbourFeed.etag, lastModified: nil),
        ])
        let clock = TestClock()
        let watcher = watcher(database, fetcher, clock)

        let first = await watcher.pollDueFeeds()
        let early = await watcher.pollDueFeeds()
        clock.advance(901)
        let second = await watcher.pollDueFeeds()
        clock.advance(901)
        let third = await watcher.pollDueFeeds()

        #expect(first[Self.url] == .ingested(added: 2, duplicates: 0))
        #expect(early[Self.url] == .skipped)
        #expect(second[Self.url] == .notModified)
        #expect(third[Self.url] == .ingested(added: 0, duplicates: 2))
        let sent = fetcher.requests.withLock { $0 }
        #expect(sent.count == 3)
        #expect(sent[0].etag == nil)
        #expect(sent[1].etag == HarbourFeed.etag && sent[1].lastModified == "Mon, 06 Apr 2026 08:00:00 GMT")
        #expect(try database.article("harbour-ferry-strike")?.article.outlet == "Harbour Times")
        let state = try database.feed(Self.url)
        #expect(state.title == "Harbour Times" && state.consecutiveErrors == 0)
    }

    @Test("errors back off, longer each time, and honour Retry-After")
    func backoff() async throws {
        let database = try NewsroomDatabase.inMemory()
        let fetcher = ScriptedFetcher([
            .failed(status: 503, retryAfter: nil), .failed(status: 503, retryAfter: nil),
            .failed(status: 429, retryAfter: 7200),
        ])
        let clock = TestClock()
        let watcher = watcher(database, fetcher, clock)
        var waits: [TimeInterval] = []
        for _ in 0..<3 {
            let outcome = await watcher.pollDueFeeds()
            #expect(outcome[Self.url] == .failed("HTTP \(fetcher.requests.withLock { $0.count } == 3 ? 429 : 503)"))
            let state = try database.feed(Self.url)
            let wait = try #require(state.nextPollAt).timeIntervalSince(clock.now)
            waits.append(wait)
            #expect(await watcher.pollDueFeeds()[Self.url] == .skipped)
            clock.advance(wait + 1)
        }
        #expect(waits[1] == waits[0] * 2)
        #expect(waits[2] == 7200)
        #expect(try database.feed(Self.url).consecutiveErrors == 3)
    }

    @Test("the page fetcher sends validators and reads 200, 304 and Retry-After from a real server")
    func urlFetcherOverLoopback() async throws {
        let router = Router()
        router.get("feed.xml") { request, _ -> Response in
            if request.headers[.ifNoneMatch] == HarbourFeed.etag { return Response(status: .notModified) }
            return Response(
                status: .ok, headers: [.contentType: "application/rss+xml", .eTag: HarbourFeed.etag],
                body: ResponseBody(byteBuffer: ByteBuffer(string: HarbourFeed.rss)))
        }
        router.get("gone") { _, _ in Response(status: .gone) }
        router.get("busy") { _, _ in
            let later = Date().addingTimeInterval(3600)
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            return Response(status: .tooManyRequests, headers: [.retryAfter: formatter.string(from: later)])
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port ?? 0)"
            let pages = PageFetcher()
            let fetcher = PageFeedFetcher(fetcher: pages)
            let first = try await fetcher.fetch(base + "/feed.xml", etag: nil, lastModified: nil)
            let second = try await fetcher.fetch(base + "/feed.xml", etag: HarbourFeed.etag, lastModified: nil)
            let gone = try await fetcher.fetch(base + "/gone", etag: nil, lastModified: nil)
            let busy = try await fetcher.fetch(base + "/busy", etag: nil, lastModified: nil)
            try await pages.shutdown()

            guard case .fetched(let body, let etag, _) = first else {
                Issue.record("expected a body, got \(first)")
                return
            }
            #expect(body.count == HarbourFeed.rss.utf8.count && etag == HarbourFeed.etag)
            #expect(second == .notModified)
            #expect(gone == .failed(status: 410, retryAfter: nil))
            guard case .failed(429, let retryAfter?) = busy else {
                Issue.record("expected a 429 with Retry-After, got \(busy)")
                return
            }
            #expect((3590...3601).contains(retryAfter), "an HTTP date an hour ahead")
        }
    }

    @Test("feeds on different hosts are fetched at the same time")
    func hostsPolledConcurrently() async throws {
        // Each server answers only once the other has been asked too: polled one host after
        // the other, the first request would wait in vain and get a 503.
        let rendezvous = Rendezvous(expected: 2)
        let database = try NewsroomDatabase.inMemory()
        try await Self.server("harbour", feed: HarbourFeed.rss, rendezvous).test(.live) { harbour in
            try await Self.server("valley", feed: ValleyFeed.rss, rendezvous).test(.live) { valley in
                let feeds = [
                    "http://127.0.0.1:\(harbour.port ?? 0)/feed.xml", "http://127.0.0.1:\(valley.port ?? 0)/feed.xml",
                ]
                let pages = PageFetcher()
                let watcher = FeedWatcher(
                    database: database, feeds: feeds, fetcher: PageFeedFetcher(fetcher: pages),
                    logger: Logger(label: "test"))
                let outcomes = await watcher.pollDueFeeds()
                try await pages.shutdown()

                #expect(outcomes[feeds[0]] == .ingested(added: 2, duplicates: 0))
                #expect(outcomes[feeds[1]] == .ingested(added: 1, duplicates: 0))
                #expect(rendezvous.arrived.withLock { $0 } == ["harbour", "valley"])
            }
        }
        #expect(try database.article("valley-frost")?.article.outlet == "Valley Post")
    }

    /// A loopback server whose feed is answered only when the rendezvous is complete.
    static func server(_ name: String, feed: String, _ rendezvous: Rendezvous) -> some ApplicationProtocol {
        let router = Router()
        router.get("feed.xml") { _, _ -> Response in
            guard await rendezvous.meet(name, within: .seconds(10)) else {
                return Response(status: .serviceUnavailable)
            }
            return Response(
                status: .ok, headers: [.contentType: "application/rss+xml"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: feed)))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }
}
