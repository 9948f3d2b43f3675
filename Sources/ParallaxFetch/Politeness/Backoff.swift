/// Exponential backoff with jitter: how long to wait before trying a host or feed again
/// after consecutive failures.
///
/// The wait doubles with each failure from `initial` up to `maximum`; jitter then takes a
/// random share of up to `jitter` off it, so clients that failed together do not come back
/// together. A `Retry-After` from the server is a floor: we never come back sooner than asked.
public struct Backoff: Sendable, Hashable {
    /// The wait after the first failure, before jitter.
    public var initial: Duration
    /// The longest wait computed from the failure count (a longer `Retry-After` still wins).
    public var maximum: Duration
    /// The largest share of the wait that jitter may remove, from 0 (none) to 1.
    public var jitter: Double

    public init(initial: Duration = .seconds(1), maximum: Duration = .seconds(6 * 60 * 60), jitter: Double = 0.5) {
        self.initial = initial
        self.maximum = maximum
        self.jitter = min(max(jitter, 0), 1)
    }

    /// The wait before the next attempt after `failures` consecutive failures (1 for the
    /// first), at least `retryAfter` when the server named one.
    public func delay(
        afterFailures failures: Int, retryAfter: Duration? = nil, using generator: inout some RandomNumberGenerator
    ) -> Duration {
        let exponential = ceiling(afterFailures: failures)
        let share = jitter > 0 ? Double.random(in: 0..<jitter, using: &generator) : 0
        let jittered = exponential * (1 - share)
        return max(jittered, retryAfter ?? .zero)
    }

    /// The wait after `failures` failures, with the system's random numbers.
    public func delay(afterFailures failures: Int, retryAfter: Duration? = nil) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(afterFailures: failures, retryAfter: retryAfter, using: &generator)
    }

    /// The wait before jitter: `initial` doubled `failures - 1` times, at most `maximum`.
    public func ceiling(afterFailures failures: Int) -> Duration {
        guard failures > 0 else { return .zero }
        var wait = initial
        for _ in 1..<min(failures, 64) {
            wait *= 2
            if wait >= maximum { return maximum }
        }
        return min(wait, maximum)
    }
}
