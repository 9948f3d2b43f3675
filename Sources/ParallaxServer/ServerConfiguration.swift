/// Settings of the web server, with defaults; filled from `parallax serve` flags in one place.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port; the bound one is reported through `onListening`.
    public var port = 8080
    /// Largest request body accepted (`POST /api/articles`); larger ones get 413.
    public var maximumBodyBytes = 2 << 20
    /// Stories per page of the story list.
    public var storiesPerPage = 30
    /// Most results of a search.
    public var searchResults = 30
    /// Bounds on one request's work and on idle connections.
    public var limits = RequestLimits()

    public init() {}
}
