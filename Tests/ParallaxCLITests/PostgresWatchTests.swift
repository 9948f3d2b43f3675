import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ParallaxTestSupport
import Synchronization
import Testing

/// `parallax watch` on PostgreSQL with the real binary: several watchers share one feed
/// schedule (issue 16), against feeds served on loopback that count their requests.
@Suite(
    "Watch on PostgreSQL, end to end", .serialized,
    .enabled(
        if: PostgresTestServer.url != nil,
        "PARALLAX_TEST_POSTGRES_URL is not set: PostgreSQL watch checks skipped (scripts/postgres-local.sh start)"))
struct PostgresWatchTests {
    @Test("two watchers poll each feed once per interval, validators shared, nothing stored twice")
    func twoWatchersShareTheSchedule() async throws {
        let database = try PostgresTestServer.freshDatabaseURL()
        let feeds = FeedServer(answerDelay: .seconds(2))
        let app = Application(router: feeds.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let urls = ["growing/1", "growing/2", "still/3", "still/4"].map { "\(base)/\($0)" }
            let arguments = [
                "watch", "--db", database, "--interval", "10", "--host-interval", "0", "--feeds-per-take", "1",
            ]
            let watchers = try (1...2).map { try WatchProcess(arguments + ["--name", "w\($0)"] + urls) }
            // Until every feed was polled twice (an interval apart), however slow the machine.
            let started = ContinuousClock.now
            let paths = urls.map { String($0.dropFirst(base.count)) }
            while ContinuousClock.now - started < .seconds(120) {
                let requests = feeds.requests
                if paths.allSatisfy({ path in requests.count { $0.path == path } >= 2 }) { break }
                try await Task.sleep(for: .milliseconds(200))
            }
            let elapsed = ContinuousClock.now - started
            var outputs: [ChildProcess.Ending] = []
            for watcher in watchers { outputs.append(await watcher.stop()) }
            feeds.release()
            for output in outputs { #expect(output.status == 0, "\(output.stderr)") }

            let requests = feeds.requests
            // One poll per interval begun: two watchers each polling a feed would make twice as many.
            let intervals = Int(elapsed / .seconds(10)) + 1
            for path in paths {
                let times = requests.filter { $0.path == path }.map(\.time)
                #expect(
                    (2...intervals + 1).contains(times.count),
                    "\(path) polled \(times.count) times in \(elapsed), interval 10 s")
                // The interval runs from the take, on PostgreSQL's clock; a request reaches the
                // server up to seconds later on a loaded machine, so only half is asked here:
                // two watchers polling at once would send their requests within a second or two.
                for (earlier, later) in zip(times, times.dropFirst()) {
                    #expect(later.timeIntervalSince(earlier) > 5, "\(path) polled twice within one interval: \(times)")
                }
            }
            for path in ["/still/3", "/still/4"] {
                let conditional = requests.filter { $0.path == path }.dropFirst().map(\.etag)
                #expect(conditional.allSatisfy { $0 == "\"v1\"" }, "every later poll of \(path) sends its ETag")
            }
            for (index, output) in outputs.enumerated() {
                #expect(output.stderr.contains("new articles"), "watcher \(index + 1) polled nothing: \(output.stderr)")
            }
            // Each answer of a growing feed brings one new item; a still feed has one. (A poll
            // under way at SIGTERM is cancelled before its answer, or ingests it before exiting.)
            let served = feeds.answered.filter { $0.hasPrefix("/growing/") }.count + 2
            let listing = try await ParallaxBinary.run([
                "stories", "--db", database, "--format", "json", "--limit", "500",
            ])
            let stories = try PipelineParityTests.object(listing.stdout)["stories"] as? [[String: Any]] ?? []
            let stored = stories.compactMap { $0["articleCount"] as? Int }.reduce(0, +)
            #expect(stored == served, "\(served) items served, \(stored) articles stored: \(outputs.map(\.stderr))")
        }
        feeds.release()
    }

    @Test("a watcher killed mid-poll: another polls its feed once the lease runs out")
    func killedWatchersFeedIsTakenOver() async throws {
        let database = try PostgresTestServer.freshDatabaseURL()
        let feeds = FeedServer(answerDelay: .zero)
        let app = Application(router: feeds.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let arguments = ["watch", "--db", database, "--interval", "60", "--host-interval", "0", "--lease", "6"]
            // The first request of /hanging/1 is never answered.
            let first = try WatchProcess(arguments + ["--name", "first", base + "/hanging/1"])
            let waited = ContinuousClock.now
            while feeds.requests.isEmpty, ContinuousClock.now - waited < .seconds(60) {
                try await Task.sleep(for: .milliseconds(50))
            }
            let killed = Date()
            let dead = await first.stop(signal: SIGKILL)
            #expect(dead.status == SIGKILL, "\(dead.stderr)")
            let taken = try #require(feeds.requests.first).time

            // A watcher given no feed watches the store's.
            let second = try WatchProcess(arguments + ["--name", "second"])
            while feeds.requests.count < 2, Date().timeIntervalSince(killed) < 40 {
                try await Task.sleep(for: .milliseconds(100))
            }
            try await Task.sleep(for: .seconds(3))
            let output = await second.stop()
            feeds.release()
            #expect(output.status == 0, "\(output.stderr)")
            let requests = feeds.requests
            #expect(requests.count == 2, "polled again once, by the second watcher: \(requests)")
            if requests.count >= 2 {
                let retaken = requests[1].time.timeIntervalSince(taken)
                #expect(retaken > 5, "not before the 6 s lease ran out: \(retaken) s")
            }
            #expect(output.stderr.contains("/hanging/1: 1 new articles"), "\(output.stderr)")
        }
        feeds.release()
    }

    @Test("feed addresses that are not http(s), too long or malformed are refused, none added")
    func hostileAddressesAreRefused() async throws {
        let database = try PostgresTestServer.freshDatabaseURL()
        let refusals = [
            "file:///etc/passwd": "neither a feed URL nor a readable OPML file",
            "http://feeds.example/" + String(repeating: "a", count: 3000): "not a feed address: 3021 bytes",
            "http://feeds.example/a feed": "not a feed address: spaces",
        ]
        for (address, message) in refusals {
            let run = try await ParallaxBinary.run([
                "watch", "--db", database, "--once", "http://ok.example/feed", address,
            ])
            #expect(run.status != 0, "\(address.prefix(40)): \(run.stdout)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        let empty = try await ParallaxBinary.run(["watch", "--db", database, "--once"])
        #expect(empty.status != 0 && empty.stderr.contains("no feeds to watch"), "\(empty.stderr)")
    }
}

/// Feeds on loopback that record every request (path, time, If-None-Match). `/growing/N` has
/// one more item at each request; `/still/N` never changes (ETag "v1", 304 when sent back);
/// `/hanging/N` answers its first request only when the test ends.
final class FeedServer: Sendable {
    struct Request: Sendable {
        var path: String
        var time: Date
        var etag: String?
    }

    let answerDelay: Duration
    private let log = Mutex<[Request]>([])
    private let answers = Mutex<[String]>([])
    private let released = Atomic<Bool>(false)

    init(answerDelay: Duration) {
        self.answerDelay = answerDelay
    }

    var requests: [Request] { log.withLock { $0 } }
    /// The paths of the requests answered with a feed, in order.
    var answered: [String] { answers.withLock { $0 } }

    /// Lets a hanging request end.
    func release() { released.store(true, ordering: .relaxed) }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/:kind/:number") { request, context in
            let kind = context.parameters.get("kind") ?? ""
            let number = context.parameters.get("number", as: Int.self) ?? 0
            let path = "/\(kind)/\(number)"
            let etag = request.headers[.ifNoneMatch]
            let count = self.log.withLock { log in
                log.append(Request(path: path, time: Date(), etag: etag))
                return log.filter { $0.path == path }.count
            }
            try await Task.sleep(for: self.answerDelay)
            defer { self.answers.withLock { $0.append(path) } }
            switch kind {
            case "still":
                if etag == "\"v1\"" { return Response(status: .notModified) }
                return Self.feed(number, items: 1, etag: "\"v1\"")
            case "hanging":
                let started = ContinuousClock.now
                while count == 1, !self.released.load(ordering: .relaxed), ContinuousClock.now - started < .seconds(90)
                {
                    try await Task.sleep(for: .milliseconds(50))
                }
                return Self.feed(number, items: 1, etag: nil)
            default:
                return Self.feed(number, items: count, etag: nil)
            }
        }
        return router
    }

    /// An RSS feed of `items` items, each with its own words (so none is a near-duplicate of another).
    static func feed(_ number: Int, items: Int, etag: String?) -> Response {
        let entries = (1...items).map { item in
            var seed = UInt64(number * 1_000 + item)
            let words = (0..<40).map { _ in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Self.words[Int(seed >> 33) % Self.words.count]
            }
            return """
                <item><title>Report \(number)-\(item) on \(words[0]) and \(words[1])</title>\
                <link>https://feeds.example/\(number)/\(item)</link><guid>feed-\(number)-\(item)</guid>\
                <pubDate>Wed, 04 Mar 2026 0\(item % 10):00:00 GMT</pubDate>\
                <description>\(words.joined(separator: " ")). Report \(number)-\(item) ends here.</description></item>
                """
        }
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Feed \(number)</title><link>https://feeds.example/\(number)</link>
            \(entries.joined(separator: "\n"))
            </channel></rss>
            """
        var headers: HTTPFields = [.contentType: "application/rss+xml"]
        if let etag { headers[.eTag] = etag }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static let words = """
        harbour council ferry storm pontoon timetable engineer island passenger landing bridge river school \
        library budget election mayor hospital nurse strike union factory export wheat harvest drought reservoir \
        pipeline railway station tunnel airport runway museum festival orchestra theatre stadium league referee \
        court judge verdict appeal senate minister treaty border customs tariff satellite launch telescope comet \
        glacier volcano earthquake flood wildfire vaccine clinic research laboratory patent startup merger \
        shareholder pension mortgage inflation currency
        """.split(separator: " ").map(String.init)
}

/// A `parallax watch` process running beside the test.
struct WatchProcess {
    private let child: ChildProcess

    init(_ arguments: [String]) throws {
        child = try ParallaxBinary.start(arguments)
    }

    /// Sends `signal` and waits for the end (killed after a minute): what the process wrote.
    func stop(signal: Int32 = SIGTERM) async -> ChildProcess.Ending {
        child.send(signal)
        return await child.ending(within: .seconds(60))
    }
}
