public import ParallaxFetch

/// What a conditional GET of a feed returned.
public enum FeedResponse: Sendable, Hashable {
    /// 200: the body and the validators to send next time.
    case fetched(body: [UInt8], etag: String?, lastModified: String?)
    /// 304: nothing new since the validators we sent.
    case notModified
    /// Any other status; `retryAfter` from the header, in whole seconds, where given.
    case failed(status: Int, retryAfter: Int?)
}

/// Fetches a feed with a conditional GET. A seam: the watcher polls through it, tests use a
/// scripted one.
public protocol FeedFetching: Sendable {
    func fetch(_ url: String, etag: String?, lastModified: String?) async throws -> FeedResponse
}

/// Conditional GET through the `ParallaxFetch` page fetcher: its timeouts, size limit,
/// redirects, gzip and user agent. The page fetcher belongs to the caller, who shuts it down.
public struct PageFeedFetcher: FeedFetching {
    public let fetcher: PageFetcher

    public init(fetcher: PageFetcher) {
        self.fetcher = fetcher
    }

    /// HTTP error statuses come back as `.failed` (with `Retry-After` in seconds, a date
    /// turned into the wait until it); timeouts and transport failures are thrown.
    public func fetch(_ url: String, etag: String?, lastModified: String?) async throws -> FeedResponse {
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(url, etag: etag, lastModified: lastModified)
        } catch {
            guard error.code == .httpStatus, let status = error.status else { throw error }
            let seconds = error.retryAfter.map { Int(($0 / .milliseconds(1) / 1000).rounded(.up)) }
            return .failed(status: status, retryAfter: seconds)
        }
        if page.notModified { return .notModified }
        return .fetched(body: page.body, etag: page.etag, lastModified: page.lastModified)
    }
}
