/// Why a store operation failed: a code, a message for people, and the underlying cause.
/// Never carries article text.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public static let cannotOpen = Code(name: "cannot-open")
        public static let migrationFailed = Code(name: "migration-failed")
        public static let databaseFailed = Code(name: "database-failed")
        public static let corruptState = Code(name: "corrupt-state")
        /// The caller's task was cancelled (a client that left, a deadline) and the work stopped.
        public static let cancelled = Code(name: "cancelled")
        /// A feed address the schedule does not take (not http or https, too long, or malformed).
        public static let invalidFeed = Code(name: "invalid-feed")
        /// The database belongs to another application.
        public static let foreignStore = Code(name: "foreign-store")
        /// The store was written by a newer Parallax.
        public static let newerSchema = Code(name: "newer-schema")
        /// The store's location is not a file path (`postgres://…`).
        public static let unsupportedLocation = Code(name: "unsupported-location")
        public static let passwordHashingFailed = Code(name: "password-hashing-failed")
        public static let invalidAccount = Code(name: "invalid-account")
        public static let invalidReview = Code(name: "invalid-review")
        /// An article holds text the store cannot keep (a NUL character, on PostgreSQL).
        public static let unstorableText = Code(name: "unstorable-text")
        public var description: String { name }
    }

    public var code: Code
    public var message: String
    public var cause: (any Error)?
    /// What an ingest had committed before it failed (nil when nothing was).
    public var committed: Ingestor.Summary?

    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        cause.map { "\(message) (\($0))" } ?? message
    }
}

extension StoreError {
    /// Runs `body`: a `StoreError` it throws passes on as it is, any other failure becomes a
    /// `StoreError` of `code` with `message`, that failure its cause (through `cause`, which
    /// lets a store keep a readable form of its driver's errors). Every store's read, write,
    /// open and migration goes through it.
    package static func wrapping<Value>(
        _ code: Code, _ message: @autoclosure () -> String, cause: (any Error) -> any Error = { $0 },
        _ body: () throws -> Value
    ) throws(StoreError) -> Value {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code, message(), cause: cause(error))
        }
    }
}
