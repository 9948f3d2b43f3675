public import Foundation

#if canImport(FoundationNetworking)
    public import FoundationNetworking
#endif

/// What a conditional GET of a feed returned.
public enum FeedResponse: Sendable, Hashable {
    /// 200: the body and the validators to send next time.
    case fetched(body: [UInt8], etag: String?, lastModified: String?)
    /// 304: nothing new since the validators we sent.
    case notModified
    /// Any other status; `retryAfter` from the header, in seconds, where given.
    case failed(status: Int, retryAfter: Int?)
}

/// Fetches a feed with a conditional GET. A seam: the watcher polls through it, tests use a
/// scripted one, and the `ParallaxFetch` page fetcher can stand in when it lands.
public protocol FeedFetching: Sendable {
    func fetch(_ url: String, etag: String?, lastModified: String?) async throws -> FeedResponse
}

/// Conditional GET through Foundation's URL loading, with a timeout and a size cap.
public struct URLSessionFeedFetcher: FeedFetching {
    public var timeout: TimeInterval = 30
    public var maximumBytes = 16 << 20
    public var userAgent = "Parallax/1 (+https://github.com/parallax-news; feed watcher)"

    public init() {}

    public func fetch(_ url: String, etag: String?, lastModified: String?) async throws -> FeedResponse {
        guard let address = URL(string: url), ["http", "https"].contains(address.scheme?.lowercased() ?? "") else {
            throw URLError(.badURL)
        }
        var request = URLRequest(url: address, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5",
            forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        switch http.statusCode {
        case 200:
            guard data.count <= maximumBytes else { throw URLError(.dataLengthExceedsMaximum) }
            return .fetched(
                body: [UInt8](data), etag: http.value(forHTTPHeaderField: "ETag"),
                lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
        case 304:
            return .notModified
        default:
            return .failed(
                status: http.statusCode, retryAfter: http.value(forHTTPHeaderField: "Retry-After").flatMap { Int($0) })
        }
    }
}
