import Foundation
import ParallaxFetch
import ParallaxTestSupport
import Synchronization
import Testing

/// A clock that never waits: it records every sleep and, when asked to, jumps to its end.
final class ManualClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleeps: [Duration] = []
    }

    private let state = Mutex(State())
    private let advancesOnSleep: Bool

    init(advancesOnSleep: Bool = true) {
        self.advancesOnSleep = advancesOnSleep
    }

    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }
    /// The deadlines slept until, as offsets from the clock's start.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        state.withLock { state in
            state.sleeps.append(deadline.offset)
            if advancesOnSleep, deadline > state.now { state.now = deadline }
        }
    }

    func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }
}

@Suite("Politeness: Retry-After, backoff, per-host spacing")
struct PolitenessTests {
    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.delay("120", now: now) == .seconds(120))
        #expect(RetryAfter.delay(" 0 ", now: now) == .zero)
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:51:07 GMT", now: now) == .seconds(90))
        #expect(RetryAfter.delay("Sunday, 06-Nov-94 08:50:37 GMT", now: now) == .seconds(60))
        #expect(RetryAfter.delay("Sun Nov  6 08:49:47 1994", now: now) == .seconds(10))
        #expect(RetryAfter.delay("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero, "a past date means no wait")
        #expect(RetryAfter.delay("soon", now: now) == nil)
        #expect(RetryAfter.delay("-5", now: now) == nil)
    }

    @Test func backoffDoublesUpToItsMaximum() {
        let backoff = Backoff(initial: .seconds(2), maximum: .seconds(60), jitter: 0)
        #expect(
            (0...7).map { backoff.ceiling(afterFailures: $0) } == [0, 2, 4, 8, 16, 32, 60, 60].map(Duration.seconds))
        #expect(backoff.delay(afterFailures: 3) == .seconds(8))
        #expect(backoff.ceiling(afterFailures: 10_000) == .seconds(60))
    }

    @Test func jitterTakesOffAtMostItsShareAndSpreadsClients() {
        let backoff = Backoff(initial: .seconds(10), maximum: .seconds(3600), jitter: 0.5)
        var generator = SeededGenerator(state: 42)
        let delays = (0..<200).map { _ in backoff.delay(afterFailures: 3, using: &generator) }
        #expect(delays.allSatisfy { $0 > .seconds(20) && $0 <= .seconds(40) })
        #expect(Set(delays).count > 150, "clients that failed together come back at different times")
    }

    @Test func retryAfterIsAFloorForTheBackoff() {
        let backoff = Backoff(initial: .seconds(1), maximum: .seconds(60), jitter: 0.5)
        var generator = SeededGenerator(state: 7)
        #expect(backoff.delay(afterFailures: 1, retryAfter: .seconds(120), using: &generator) == .seconds(120))
        let small = backoff.delay(afterFailures: 4, retryAfter: .milliseconds(1), using: &generator)
        #expect(small > .seconds(4) && small <= .seconds(8))
    }

    @Test func requestsToOneHostAreSpacedAndOtherHostsGoAtOnce() async throws {
        let clock = ManualClock()
        let limiter = HostRateLimiter(interval: .seconds(2), clock: clock)
        try await limiter.waitForTurn("https://news.example/a")
        try await limiter.waitForTurn("https://NEWS.example/b")
        try await limiter.waitForTurn("https://other.example/a")
        try await limiter.waitForTurn("https://news.example/c")
        clock.advance(by: .seconds(10))
        try await limiter.waitForTurn("https://news.example/d")
        // Sleeps happen only when a slot lies ahead: news at 2 s and 4 s; other.example and
        // the request after a long pause go at once.
        #expect(clock.sleeps == [.seconds(2), .seconds(4)])
        #expect(clock.now.offset == .seconds(14))
    }

    @Test func concurrentCallersGetDistinctSlots() async throws {
        let clock = ManualClock(advancesOnSleep: false)
        let limiter = HostRateLimiter(interval: .milliseconds(500), clock: clock)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for page in 0..<6 {
                group.addTask { try await limiter.waitForTurn("http://127.0.0.1:8080/\(page)") }
            }
            try await group.waitForAll()
        }
        #expect(clock.sleeps.sorted() == (1...5).map { .milliseconds(500 * $0) })
    }

    @Test func backingOffAHostDelaysItsNextSlot() async throws {
        let clock = ManualClock()
        let limiter = HostRateLimiter(interval: .seconds(1), clock: clock)
        try await limiter.waitForTurn("https://busy.example/feed")
        await limiter.backOff("https://busy.example/feed", for: .seconds(30))
        await limiter.backOff("https://busy.example/other", for: .seconds(5))
        try await limiter.waitForTurn("https://busy.example/feed")
        #expect(clock.sleeps == [.seconds(30)])
    }

    @Test func hostsIncludeTheirPort() {
        #expect(HostRateLimiter<ContinuousClock>.host(of: "http://127.0.0.1:8080/x") == "127.0.0.1:8080")
        #expect(HostRateLimiter<ContinuousClock>.host(of: "https://Example.ORG/a?b") == "example.org")
    }

    @Test func retryableErrorsAreTheOnesLaterMayFix() {
        func status(_ code: Int) -> FetchError { FetchError(.httpStatus, url: "u", reason: "r", status: code) }
        #expect(status(429).isRetryable && status(503).isRetryable && status(408).isRetryable)
        #expect(!status(404).isRetryable && !status(410).isRetryable)
        #expect(FetchError(.timeout, url: "u", reason: "r").isRetryable)
        #expect(!FetchError(.tooLarge, url: "u", reason: "r").isRetryable)
        #expect(!FetchError(.tooManyRedirects, url: "u", reason: "r").isRetryable)
    }
}
