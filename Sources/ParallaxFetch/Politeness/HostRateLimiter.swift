internal import Foundation

/// Spaces requests to one host by at least `interval`, however many tasks ask at once.
///
/// Each caller reserves the host's next free slot inside the actor before it sleeps, so
/// concurrent callers get distinct slots in the order they asked. A host that answered 429 or
/// 503 can be pushed back with `backOff(_:for:)`. The clock is injected so tests can read the
/// schedule without waiting.
public actor HostRateLimiter<C: Clock> where C.Duration == Duration {
    /// Least time between the starts of two requests to one host.
    public let interval: Duration
    private let clock: C
    /// The earliest moment the next request to each host may start.
    private var nextSlot: [String: C.Instant] = [:]

    public init(interval: Duration, clock: C) {
        self.interval = interval
        self.clock = clock
    }

    /// Waits until a request to `url`'s host may start, and takes that slot.
    public func waitForTurn(_ url: String) async throws {
        let slot = reserve(host: Self.host(of: url))
        if slot > clock.now {
            try await clock.sleep(until: slot, tolerance: nil)
        }
    }

    /// Takes the host's next slot: now, or the earliest moment the spacing allows.
    public func reserve(host: String) -> C.Instant {
        let now = clock.now
        let slot = nextSlot[host].map { max($0, now) } ?? now
        nextSlot[host] = slot.advanced(by: interval)
        return slot
    }

    /// Keeps the next request to `url`'s host from starting for `delay` from now (after a
    /// 429 or 503, say); an already later slot stays.
    public func backOff(_ url: String, for delay: Duration) {
        let host = Self.host(of: url)
        let until = clock.now.advanced(by: delay)
        nextSlot[host] = nextSlot[host].map { max($0, until) } ?? until
    }

    /// The host a URL names, lower-cased with its port; the whole string when it has none.
    public static func host(of url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return url
        }
        return components.port.map { "\(host):\($0)" } ?? host
    }
}

extension HostRateLimiter where C == ContinuousClock {
    /// A limiter on the continuous clock.
    public init(interval: Duration) {
        self.init(interval: interval, clock: ContinuousClock())
    }
}
