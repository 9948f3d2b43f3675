internal import Foundation
internal import ParallaxStore
internal import Synchronization

/// Slows down password guessing: after `maximumFailures` failed sign-ins for one account name
/// within `window`, further attempts on that name are refused until the window has passed. Kept
/// in the store when it shares them between servers (`SignInFailureLog`: PostgreSQL), else in
/// memory (a restart forgets it); Argon2id's cost already makes each guess slow.
final class SignInThrottle: Sendable {
    struct Policy: Sendable {
        /// Five wrong passwords in a row is more than typing mistakes.
        var maximumFailures = 5
        /// Fifteen minutes, OWASP's usual lockout period.
        var window: TimeInterval = 15 * 60
        /// Names tracked at most in memory; past it the oldest failures are forgotten first.
        var capacity = 10_000
    }

    let policy: Policy
    private let shared: (any SignInFailureLog)?
    private let failures = Mutex<[String: [Date]]>([:])

    init(policy: Policy = Policy(), shared: (any SignInFailureLog)? = nil) {
        self.policy = policy
        self.shared = shared
    }

    /// Whether a sign-in for `name` may be tried now.
    func allows(_ name: String, now: Date = Date()) throws -> Bool {
        if let shared {
            return try shared.signInFailures(name: name.lowercased(), since: now.addingTimeInterval(-policy.window))
                < policy.maximumFailures
        }
        return failures.withLock { failures in
            let recent = (failures[name.lowercased()] ?? []).filter { now.timeIntervalSince($0) < policy.window }
            failures[name.lowercased()] = recent.isEmpty ? nil : recent
            return recent.count < policy.maximumFailures
        }
    }

    func recordFailure(_ name: String, now: Date = Date()) throws {
        if let shared { return try shared.recordSignInFailure(name: name.lowercased(), at: now) }
        failures.withLock { failures in
            if failures.count >= policy.capacity, failures[name.lowercased()] == nil {
                let oldest = failures.min { ($0.value.last ?? now) < ($1.value.last ?? now) }?.key
                if let oldest { failures[oldest] = nil }
            }
            failures[name.lowercased(), default: []].append(now)
        }
    }

    func recordSuccess(_ name: String) throws {
        if let shared { return try shared.clearSignInFailures(name: name.lowercased()) }
        failures.withLock { failures in failures[name.lowercased()] = nil }
    }
}
