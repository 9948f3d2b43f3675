internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1
internal import NIOHTTPCompression

/// Settings of fetching, with defaults for reading news pages politely.
public struct FetchConfiguration: Sendable {
    public var connectTimeout: Duration = .seconds(10)
    /// Longest silence while reading a response.
    public var readTimeout: Duration = .seconds(30)
    /// Longest time for a whole fetch, redirects included.
    public var totalTimeout: Duration = .seconds(60)
    /// Largest body accepted, after decompression.
    public var maximumBytes = 16 << 20
    public var maximumRedirects = 5
    public var userAgent = PageFetcher.userAgent

    public init() {}
}

/// What a fetch returned.
public struct FetchedPage: Sendable, Hashable {
    /// The address after redirects.
    public var url: String
    public var status: Int
    public var contentType: String?
    public var body: [UInt8]
    public var etag: String?
    public var lastModified: String?
    /// True when a conditional GET was answered 304: `body` is empty.
    public var notModified: Bool

    /// The media type of the Content-Type header (`text/html`), lowercased, without parameters.
    public var mediaType: String? {
        guard let contentType, let type = contentType.split(separator: ";").first else { return nil }
        let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The charset named by the Content-Type header, lowercased.
    public var charset: String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased()
        }
        return nil
    }
}

/// Fetches pages and feeds over HTTP(S) with async-http-client: timeouts, a size limit
/// (checked while the body streams in, so memory stays bounded), redirects followed up to a
/// limit with cycles refused, gzip and deflate decoded, a clear user agent, and conditional
/// GET. One instance holds one connection pool; call `shutdown()` when done.
public final class PageFetcher: Sendable {
    public static let userAgent = "Parallax/0.1 (news-intelligence engine; +https://github.com/parallax-news/parallax)"

    public let configuration: FetchConfiguration
    private let client: HTTPClient

    public init(configuration: FetchConfiguration = .init()) {
        self.configuration = configuration
        let clientConfiguration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: configuration.maximumRedirects, allowCycles: false),
            timeout: .init(
                connect: .nanoseconds(Int64(configuration.connectTimeout / .nanoseconds(1))),
                read: .nanoseconds(Int64(configuration.readTimeout / .nanoseconds(1)))),
            decompression: .enabled(limit: .size(configuration.maximumBytes)))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Fetches `url`; with `etag` or `lastModified` from an earlier fetch, a 304 answer comes
    /// back as `notModified`. Statuses other than 2xx and 304 are errors (with the server's
    /// `Retry-After`, where it sent one). The total timeout covers redirects and the body.
    public func fetch(_ url: String, etag: String? = nil, lastModified: String? = nil) async throws(FetchError)
        -> FetchedPage
    {
        let request = try Self.request(url, etag: etag, lastModified: lastModified, userAgent: configuration.userAgent)
        let total = configuration.totalTimeout
        let start = ContinuousClock.now
        do {
            return try await withThrowingTaskGroup(of: FetchedPage?.self) { group in
                group.addTask { try await self.perform(request, url: url) }
                group.addTask {
                    try await Task.sleep(for: total)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let page = first else {
                    throw FetchError(.timeout, url: url, reason: "no complete answer within \(Self.seconds(total))")
                }
                return page
            }
        } catch let error as FetchError {
            throw error
        } catch {
            let described = Self.describe(error, url: url, limit: configuration.maximumBytes, total: total)
            // On a loaded machine the client's connect or read timer can fire after the whole
            // allowance is spent; the reader is owed the limit that actually ran out.
            guard described.code == .timeout, ContinuousClock.now - start >= total else { throw described }
            throw FetchError(.timeout, url: url, reason: "no complete answer within \(Self.seconds(total))")
        }
    }

    static func request(_ url: String, etag: String?, lastModified: String?, userAgent: String) throws(FetchError)
        -> HTTPClientRequest
    {
        guard let address = URL(string: url), let scheme = address.scheme?.lowercased(),
            scheme == "http" || scheme == "https", address.host != nil
        else {
            throw FetchError(.invalidURL, url: url, reason: "not an http or https address")
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: userAgent)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        request.headers.add(
            name: "Accept",
            value:
                "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
        )
        if let etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        return request
    }

    /// One request, redirects followed, body read up to the limit.
    private func perform(_ request: HTTPClientRequest, url: String) async throws -> FetchedPage {
        let response = try await client.execute(
            request, timeout: .nanoseconds(Int64(configuration.totalTimeout / .nanoseconds(1))))
        let finalURL = response.url?.absoluteString ?? url
        let status = Int(response.status.code)
        var page = FetchedPage(
            url: finalURL, status: status, contentType: response.headers.first(name: "Content-Type"), body: [],
            etag: response.headers.first(name: "ETag"),
            lastModified: response.headers.first(name: "Last-Modified"), notModified: status == 304)
        guard status == 304 || (200..<300).contains(status) else {
            throw FetchError(
                .httpStatus, url: url, reason: "the server answered \(status) \(response.status.reasonPhrase)",
                status: status, retryAfter: response.headers.first(name: "Retry-After").flatMap { RetryAfter.delay($0) }
            )
        }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
            length > configuration.maximumBytes
        {
            throw FetchError(
                .tooLarge, url: url, reason: "\(length) bytes exceed the limit of \(configuration.maximumBytes)")
        }
        if !page.notModified {
            let buffer = try await response.body.collect(upTo: configuration.maximumBytes)
            page.body = Array(buffer.readableBytesView)
        }
        return page
    }

    static func seconds(_ duration: Duration) -> String {
        let milliseconds = Int(duration / .milliseconds(1))
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(Double(milliseconds) / 1000) s"
    }

    /// `total` is the overall timeout. The client's own deadline is set to it too and races the
    /// timer in `fetch`; whichever fires first, the error says the same.
    private static func describe(_ error: any Error, url: String, limit: Int, total: Duration) -> FetchError {
        if error is NIOTooManyBytesError {
            return FetchError(.tooLarge, url: url, reason: "the body exceeds the limit of \(limit) bytes")
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .redirectLimitReached:
                return FetchError(.tooManyRedirects, url: url, reason: "more redirects than the limit")
            case .redirectCycleDetected:
                return FetchError(.tooManyRedirects, url: url, reason: "a redirect loop")
            case .connectTimeout:
                return FetchError(.timeout, url: url, reason: "timed out connecting")
            case .readTimeout:
                return FetchError(.timeout, url: url, reason: "timed out waiting for data")
            case .deadlineExceeded:
                return FetchError(.timeout, url: url, reason: "no complete answer within \(seconds(total))")
            default:
                break
            }
        }
        if let error = error as? NIOHTTPDecompression.DecompressionError {
            if error == .limit {
                return FetchError(.tooLarge, url: url, reason: "the decoded body exceeds the limit of \(limit) bytes")
            }
            return FetchError(.transport, url: url, reason: "the compressed body could not be decoded")
        }
        return FetchError(.transport, url: url, reason: "\(error)")
    }
}
