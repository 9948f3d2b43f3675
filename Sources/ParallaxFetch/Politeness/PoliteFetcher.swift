/// A page fetcher that behaves well towards the sites it reads: requests to one host are
/// spaced by the rate limiter, and a failure worth retrying (timeout, connection error, 429,
/// 5xx) is tried again after an exponential backoff with jitter that honours `Retry-After`.
/// A wait longer than `longestWait` is not sat out: the error is returned instead, for the
/// caller to try much later.
public struct PoliteFetcher<C: Clock>: Sendable where C.Duration == Duration {
    public let fetcher: PageFetcher
    public let limiter: HostRateLimiter<C>
    public var backoff: Backoff
    /// Attempts per fetch, the first included.
    public var attempts: Int
    /// The longest wait before a retry; a server asking for more gets its error returned.
    public var longestWait: Duration

    public init(
        fetcher: PageFetcher, limiter: HostRateLimiter<C>, backoff: Backoff = Backoff(), attempts: Int = 3,
        longestWait: Duration = .seconds(60)
    ) {
        self.fetcher = fetcher
        self.limiter = limiter
        self.backoff = backoff
        self.attempts = max(1, attempts)
        self.longestWait = longestWait
    }

    /// Fetches `url` in turn with its host's other requests, retrying what may succeed later.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws(FetchError)
        -> FetchedPage
    {
        var failures = 0
        while true {
            do {
                try await limiter.waitForTurn(url)
            } catch {
                throw FetchError(.transport, url: url, reason: "cancelled")
            }
            do {
                return try await fetcher.fetch(url, etag: etag, lastModified: lastModified)
            } catch {
                failures += 1
                guard error.isRetryable, failures < attempts else { throw error }
                let wait = backoff.delay(afterFailures: failures, retryAfter: error.retryAfter)
                guard wait <= longestWait else { throw error }
                await limiter.backOff(url, for: wait)
            }
        }
    }
}
