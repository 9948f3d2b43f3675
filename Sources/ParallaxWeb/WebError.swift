/// A failure to read a web page, feed or evaluation folder.
public struct WebError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short name for the code.
        public var name: String

        /// Creates a code with a short name.
        public init(_ name: String) { self.name = name }

        /// The input is not HTML (binary data, or no markup at all).
        public static let notHTML = Code("notHTML")
        /// The page parsed but holds no main text.
        public static let noContent = Code("noContent")
        /// The input is larger than the configured limit.
        public static let tooLarge = Code("tooLarge")
        /// The parser could not build a document.
        public static let parseFailed = Code("parseFailed")
        /// The input is not an RSS, Atom or RDF feed.
        public static let notFeed = Code("notFeed")
        /// A file could not be read.
        public static let unreadable = Code("unreadable")
        /// An element carries more attributes than `MarkupLimits.maximumAttributes` allows.
        public static let tooManyAttributes = Code("tooManyAttributes")
        /// Parsing ran past `MarkupLimits.parseTimeLimit` and was stopped.
        public static let parseTimeLimit = Code("parseTimeLimit")

        public var description: String { name }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A human-readable explanation, without page content.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
