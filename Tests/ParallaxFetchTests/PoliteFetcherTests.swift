import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ParallaxFetch
import Synchronization
import Testing

/// The polite fetcher against a loopback server that is busy at first, on a manual clock so
/// the waits it chooses are read, not sat out.
@Suite("Polite fetching: spacing and retries")
struct PoliteFetcherTests {
    /// Counts the requests each path received.
    final class Hits: Sendable {
        private let counts = Mutex<[String: Int]>([:])
        func record(_ path: String) -> Int {
            counts.withLock { counts in
                counts[path, default: 0] += 1
                return counts[path, default: 0]
            }
        }
        func count(_ path: String) -> Int { counts.withLock { $0[path, default: 0] } }
    }

    static func router(_ hits: Hits) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/busy-once") { request, _ in
            if hits.record(request.uri.path) == 1 {
                return Response(status: .tooManyRequests, headers: [.retryAfter: "7"])
            }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "<p>fine now</p>")))
        }
        router.get("/gone") { request, _ in
            _ = hits.record(request.uri.path)
            return Response(status: .gone)
        }
        router.get("/closed-for-a-day") { request, _ in
            _ = hits.record(request.uri.path)
            return Response(status: .serviceUnavailable, headers: [.retryAfter: "86400"])
        }
        router.get("/always-busy") { request, _ in
            _ = hits.record(request.uri.path)
            return Response(status: .tooManyRequests)
        }
        return router
    }

    static func withServer(
        _ body: @Sendable (PoliteFetcher<ManualClock>, ManualClock, Hits, String) async throws -> Void
    )
        async throws
    {
        let hits = Hits()
        let app = Application(router: router(hits), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let clock = ManualClock()
            let fetcher = PageFetcher()
            let polite = PoliteFetcher(
                fetcher: fetcher, limiter: HostRateLimiter(interval: .seconds(2), clock: clock),
                backoff: Backoff(initial: .seconds(1), maximum: .seconds(60), jitter: 0), attempts: 3,
                longestWait: .seconds(600))
            do {
                try await body(polite, clock, hits, "http://127.0.0.1:\(client.port!)")
            } catch {
                try await fetcher.shutdown()
                throw error
            }
            try await fetcher.shutdown()
        }
    }

    @Test func aBusyAnswerIsRetriedAfterTheWaitItAskedFor() async throws {
        try await Self.withServer { polite, clock, hits, base in
            let page = try await polite.fetch(base + "/busy-once")
            #expect(page.status == 200)
            #expect(hits.count("/busy-once") == 2)
            // The retry waited for Retry-After (7 s), longer than the backoff (1 s) or spacing (2 s).
            #expect(clock.sleeps == [.seconds(7)])
        }
    }

    @Test func backoffDoublesBetweenRetriesAndGivesUpAfterTheAttempts() async throws {
        try await Self.withServer { polite, clock, hits, base in
            await #expect(throws: FetchError.self) { try await polite.fetch(base + "/always-busy") }
            #expect(hits.count("/always-busy") == 3)
            // The first retry is held by the 2 s spacing (backoff 1 s); the second by the 2 s backoff.
            #expect(clock.sleeps == [.seconds(2), .seconds(4)])
        }
    }

    @Test func aPermanentErrorIsNotRetried() async throws {
        try await Self.withServer { polite, clock, hits, base in
            let error = await #expect(throws: FetchError.self) { try await polite.fetch(base + "/gone") }
            #expect(error?.status == 410)
            #expect(hits.count("/gone") == 1 && clock.sleeps.isEmpty)
        }
    }

    @Test func aWaitLongerThanTheLongestIsNotSatOut() async throws {
        try await Self.withServer { polite, clock, hits, base in
            let error = await #expect(throws: FetchError.self) { try await polite.fetch(base + "/closed-for-a-day") }
            #expect(error?.retryAfter == .seconds(86400))
            #expect(hits.count("/closed-for-a-day") == 1 && clock.sleeps.isEmpty)
        }
    }
}
