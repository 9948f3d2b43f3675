internal import CArgon2
internal import Foundation

/// Argon2id password hashes in the PHC string format (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`),
/// through the reference implementation (libargon2). The string carries its own parameters, so
/// hashes made with older settings keep verifying after the settings change.
public struct PasswordHasher: Sendable {
    /// Argon2id costs. The defaults are the first of the OWASP Password Storage Cheat Sheet's
    /// equivalent Argon2id settings (19 MiB, 2 passes, 1 lane): about 40 ms per hash on one core
    /// of this project's 2-core build machine, slow enough for guessing, quick enough for sign-in.
    public struct Costs: Sendable, Hashable {
        /// Memory in KiB.
        public var memoryKiB: UInt32 = 19 * 1024
        /// Passes over the memory.
        public var iterations: UInt32 = 2
        /// Lanes.
        public var parallelism: UInt32 = 1
        /// Random salt bytes (RFC 9106 recommends 16).
        public var saltBytes = 16
        /// Hash bytes.
        public var hashBytes = 32

        public init() {}
    }

    public var costs: Costs

    public init(costs: Costs = Costs()) {
        self.costs = costs
    }

    /// The PHC string of `password` with a fresh random salt.
    public func hash(_ password: String) throws(StoreError) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<costs.saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let length = argon2_encodedlen(
            costs.iterations, costs.memoryKiB, costs.parallelism, UInt32(salt.count), UInt32(costs.hashBytes),
            Argon2_id)
        var encoded = [CChar](repeating: 0, count: length)
        let password = Array(password.utf8)
        let status = argon2id_hash_encoded(
            costs.iterations, costs.memoryKiB, costs.parallelism, password, password.count, salt, salt.count,
            costs.hashBytes, &encoded, length)
        guard status == ARGON2_OK.rawValue else {
            throw StoreError(
                .passwordHashingFailed, "argon2id failed: \(String(cString: argon2_error_message(status)))")
        }
        return String(decoding: encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `password` matches `encoded` (a PHC string); false for a malformed string.
    public func verify(_ password: String, against encoded: String) -> Bool {
        guard encoded.hasPrefix("$argon2id$") else { return false }
        let password = Array(password.utf8)
        return argon2id_verify(encoded, password, password.count) == ARGON2_OK.rawValue
    }
}
