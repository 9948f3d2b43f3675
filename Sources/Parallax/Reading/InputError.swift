/// Why one input could not be read. Names the input and the reason, never its content.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public static let notFound = Code(name: "not-found")
        public static let unreadable = Code(name: "unreadable")
        public static let empty = Code(name: "empty")
        public static let binary = Code(name: "binary")
        public static let invalidEncoding = Code(name: "invalid-encoding")
        public static let tooLarge = Code(name: "too-large")
        public static let malformedRecord = Code(name: "malformed-record")
        public static let unsupported = Code(name: "unsupported")
        public var description: String { name }
    }

    public var code: Code
    /// The input as the user named it: a path, `path#line` or a URL.
    public var input: String
    public var reason: String

    public init(_ code: Code, input: String, reason: String) {
        self.code = code
        self.input = input
        self.reason = reason
    }

    public var description: String { "\(input): \(reason)" }
}
