/// Why a URL could not be fetched. Names the URL and the reason, never the body.
public struct FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public static let invalidURL = Code(name: "invalid-url")
        public static let timeout = Code(name: "timeout")
        public static let tooLarge = Code(name: "too-large")
        public static let httpStatus = Code(name: "http-status")
        public static let tooManyRedirects = Code(name: "too-many-redirects")
        public static let transport = Code(name: "transport")
        public var description: String { name }
    }

    public var code: Code
    public var url: String
    public var reason: String
    /// The HTTP status, for `httpStatus`.
    public var status: Int?
    /// How long the server asked us to wait (`Retry-After` on a 429 or 503), where it said.
    public var retryAfter: Duration?

    public init(_ code: Code, url: String, reason: String, status: Int? = nil, retryAfter: Duration? = nil) {
        self.code = code
        self.url = url
        self.reason = reason
        self.status = status
        self.retryAfter = retryAfter
    }

    /// Whether trying again later may succeed: timeouts, connection failures, 408, 429 and
    /// server errors. Client errors, bad addresses, loops and oversized bodies stay as they are.
    public var isRetryable: Bool {
        switch code {
        case .timeout, .transport: return true
        case .httpStatus: return status.map { $0 == 408 || $0 == 429 || (500...599).contains($0) } ?? false
        default: return false
        }
    }

    public var description: String { "\(url): \(reason)" }
}
