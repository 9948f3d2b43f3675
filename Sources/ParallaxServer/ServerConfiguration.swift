public import ParallaxStore

/// Settings of the web server, with defaults; filled from `parallax serve` flags in one place.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port; the bound one is reported through `onListening`.
    public var port = 8080
    /// Names a request's `Host` header may carry (any port); others get 421, which stops DNS
    /// rebinding. Loopback names by default; `parallax serve --allowed-host` adds public ones.
    public var allowedHosts: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
    /// Largest request body accepted (`POST /api/articles`); larger ones get 413.
    public var maximumBodyBytes = 2 << 20
    /// Stories per page of the story list.
    public var storiesPerPage = 30
    /// Highest page number of the story list accepted (`/?page=`); higher ones get 400.
    /// 100,000 pages of 30 is three million stories, past any store this serves.
    public var maximumPage = 100_000
    /// Most results of a search.
    public var searchResults = 30
    /// Bounds on one request's work and on idle connections.
    public var limits = RequestLimits()
    /// Argon2id costs of new password hashes (see `PasswordHasher.Costs` for the defaults' source).
    public var passwordCosts = PasswordHasher.Costs()

    public init() {}

    /// Whether `host` (the listening address) is a loopback one, reachable from this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        return name == "localhost" || name == "::1" || name == "[::1]" || name.hasPrefix("127.")
    }
}
