/// Why a store operation failed: a code, a message for people, and the underlying cause.
/// Never carries article text.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public static let cannotOpen = Code(name: "cannot-open")
        public static let migrationFailed = Code(name: "migration-failed")
        public static let databaseFailed = Code(name: "database-failed")
        public static let corruptState = Code(name: "corrupt-state")
        public static let passwordHashingFailed = Code(name: "password-hashing-failed")
        public static let invalidAccount = Code(name: "invalid-account")
        public static let invalidReview = Code(name: "invalid-review")
        public var description: String { name }
    }

    public var code: Code
    public var message: String
    public var cause: (any Error)?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        cause.map { "\(message) (\($0))" } ?? message
    }
}
