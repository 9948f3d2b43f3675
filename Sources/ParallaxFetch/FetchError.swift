/// Why a URL could not be fetched. Names the URL and the reason.
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

    public init(_ code: Code, url: String, reason: String, status: Int? = nil) {
        self.code = code
        self.url = url
        self.reason = reason
        self.status = status
    }

    public var description: String { "\(url): \(reason)" }
}
