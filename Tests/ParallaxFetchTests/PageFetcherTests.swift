import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ParallaxFetch
import Testing

/// The fetcher against a real HTTP server on loopback, never the internet.
@Suite("Fetching pages over HTTP")
struct PageFetcherTests {
    static let page = "<html><head><title>Bridge</title></head><body><p>The bridge reopened.</p></body></html>"
    /// gzip of a small page of our own, made with Python's gzip module (mtime 0).
    static let gzippedPage = Data(
        base64Encoded:
            "H4sIAAAAAAACAz2OQQ7CMAwEv7IvIB+wcuXEjQ84xCURJbZcI1ReT0sljrs70iy1eM6ZmnDNFD1myedPN5NK6YiUjrFoXTOxR7/treVrEzT2oi9H8V7vAhc1GVKhAxcdlVfwFOJgvEUe0GlDjLsvCEWPBUM9mvjAYjxOlGzz/R3pcKbfxy/Or1p6qgAAAA=="
    )!

    /// gzip of a 300 KB page of one repeated letter (Python's gzip module, mtime 0): a few
    /// hundred bytes on the wire that decode past a 100 KB limit.
    static let gzipBomb = Data(
        base64Encoded:
            "H4sIAAAAAAACA+3FsQ3AIAwAsJN4IMovRQwMIBhY+L69o7IXRz9zZNTVbsbOBwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfiTKzih1tfvVzxz5ApLlr6wBlAQA"
    )!

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/page") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=ISO-8859-1", .eTag: "\"v1\""],
                body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("/gzip") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html", .contentEncoding: "gzip"],
                body: .init(byteBuffer: ByteBuffer(bytes: gzippedPage)))
        }
        router.get("/moved") { _, _ in Response(status: .movedPermanently, headers: [.location: "/hop"]) }
        router.get("/hop") { _, _ in Response(status: .found, headers: [.location: "page"]) }
        router.get("/loop-a") { _, _ in Response(status: .found, headers: [.location: "/loop-b"]) }
        router.get("/loop-b") { _, _ in Response(status: .found, headers: [.location: "/loop-a"]) }
        router.get("/big") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html"],
                body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "a"), count: 300_000)))
        }
        router.get("/big-streamed") { _, _ in
            // Chunked, with no Content-Length to refuse it by.
            Response(
                status: .ok, headers: [.contentType: "text/html"],
                body: ResponseBody { writer in
                    for _ in 0..<30 { try await writer.write(ByteBuffer(repeating: UInt8(ascii: "a"), count: 10_000)) }
                    try await writer.finish(nil)
                })
        }
        router.get("/gzip-bomb") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html", .contentEncoding: "gzip"],
                body: .init(byteBuffer: ByteBuffer(bytes: gzipBomb)))
        }
        router.get("/etag") { request, _ in
            if request.headers[.ifNoneMatch] == "\"v1\"" { return Response(status: .notModified) }
            return Response(
                status: .ok, headers: [.eTag: "\"v1\""], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("/absolute") { request, _ in
            Response(status: .seeOther, headers: [.location: "http://\(request.head.authority ?? "")/hop"])
        }
        for step in 0..<7 {
            router.get("/chain/\(step)") { _, _ in Response(status: .found, headers: [.location: "\(step + 1)"]) }
        }
        router.get("/modified") { request, _ in
            let stamp = "Wed, 04 Mar 2026 08:00:00 GMT"
            if request.headers[.ifModifiedSince] == stamp { return Response(status: .notModified) }
            return Response(
                status: .ok, headers: [.lastModified: stamp], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("/agent") { request, _ in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: request.headers[.userAgent] ?? "")))
        }
        router.get("/busy") { _, _ in Response(status: .tooManyRequests, headers: [.retryAfter: "7"]) }
        router.get("/down") { _, _ in
            Response(status: .serviceUnavailable, headers: [.retryAfter: "Fri, 31 Dec 2100 23:59:59 GMT"])
        }
        router.get("/trickle") { _, _ in
            // Headers at once, then a byte every 150 ms for 3 s: each read is quick, the whole is not.
            Response(
                status: .ok, headers: [.contentType: "text/html"],
                body: ResponseBody { writer in
                    for _ in 0..<20 {
                        try await writer.write(ByteBuffer(string: "<"))
                        try await Task.sleep(for: .milliseconds(150))
                    }
                    try await writer.finish(nil)
                })
        }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(3))
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        return router
    }

    /// Runs `body` with a fetcher and the base address of a live server.
    static func withServer(
        _ configuration: FetchConfiguration = .init(), _ body: @Sendable (PageFetcher, String) async throws -> Void
    ) async throws {
        let app = Application(router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let fetcher = PageFetcher(configuration: configuration)
            do {
                try await body(fetcher, "http://127.0.0.1:\(client.port!)")
            } catch {
                try await fetcher.shutdown()
                throw error
            }
            try await fetcher.shutdown()
        }
    }

    static func fetchError(_ fetcher: PageFetcher, _ url: String) async -> FetchError? {
        do {
            _ = try await fetcher.fetch(url)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPageComesWithItsTypeCharsetAndValidators() async throws {
        try await Self.withServer { fetcher, base in
            let page = try await fetcher.fetch(base + "/page")
            #expect(page.status == 200)
            #expect(String(decoding: page.body, as: UTF8.self) == Self.page)
            #expect(page.charset == "iso-8859-1")
            #expect(page.etag == "\"v1\"")
            #expect(!page.notModified)
        }
    }

    @Test func gzipIsDecoded() async throws {
        try await Self.withServer { fetcher, base in
            let page = try await fetcher.fetch(base + "/gzip")
            #expect(String(decoding: page.body, as: UTF8.self).contains("harbour bridge reopened"))
        }
    }

    @Test func redirectsAreFollowedToTheFinalAddress() async throws {
        try await Self.withServer { fetcher, base in
            let page = try await fetcher.fetch(base + "/moved")
            #expect(page.url == base + "/page")
            #expect(String(decoding: page.body, as: UTF8.self) == Self.page)
        }
    }

    @Test func absoluteAndRelativeRedirectsChain() async throws {
        try await Self.withServer { fetcher, base in
            let page = try await fetcher.fetch(base + "/absolute")
            #expect(page.url == base + "/page")
            #expect(page.status == 200)
        }
    }

    @Test func moreRedirectsThanTheLimitAreRefused() async throws {
        var configuration = FetchConfiguration()
        configuration.maximumRedirects = 5
        try await Self.withServer(configuration) { fetcher, base in
            let refused = await Self.fetchError(fetcher, base + "/chain/0")
            #expect(refused?.code == .tooManyRedirects)
            #expect(refused?.description.hasPrefix(base + "/chain/0: ") == true)
            let followed = await Self.fetchError(fetcher, base + "/chain/2")
            #expect(followed?.code == .httpStatus && followed?.status == 404, "five hops reach /chain/7, not found")
        }
    }

    @Test func aConditionalGetWithLastModifiedAnswers304() async throws {
        try await Self.withServer { fetcher, base in
            let first = try await fetcher.fetch(base + "/modified")
            let second = try await fetcher.fetch(base + "/modified", lastModified: first.lastModified)
            #expect(first.lastModified == "Wed, 04 Mar 2026 08:00:00 GMT" && !first.notModified)
            #expect(second.notModified && second.status == 304)
        }
    }

    @Test func theUserAgentNamesParallax() async throws {
        try await Self.withServer { fetcher, base in
            let agent = String(decoding: try await fetcher.fetch(base + "/agent").body, as: UTF8.self)
            #expect(agent == PageFetcher.userAgent)
            #expect(agent.hasPrefix("Parallax/") && agent.contains("+https://"))
        }
    }

    @Test func tooManyRequestsCarriesRetryAfter() async throws {
        try await Self.withServer { fetcher, base in
            let busy = await Self.fetchError(fetcher, base + "/busy")
            #expect(busy?.status == 429 && busy?.retryAfter == .seconds(7) && busy?.isRetryable == true)
            let down = await Self.fetchError(fetcher, base + "/down")
            #expect(down?.status == 503)
            #expect((down?.retryAfter ?? .zero) > .seconds(365 * 24 * 3600), "an HTTP date far ahead")
        }
    }

    @Test func theTotalTimeoutCoversASlowBody() async throws {
        var configuration = FetchConfiguration()
        configuration.readTimeout = .seconds(5)
        configuration.totalTimeout = .seconds(1)
        try await Self.withServer(configuration) { fetcher, base in
            let error = await Self.fetchError(fetcher, base + "/trickle")
            #expect(error?.code == .timeout)
            #expect(error?.reason.contains("1 s") == true)
        }
    }

    @Test func aRedirectLoopIsRefused() async throws {
        try await Self.withServer { fetcher, base in
            #expect(await Self.fetchError(fetcher, base + "/loop-a")?.code == .tooManyRedirects)
        }
    }

    @Test func errorStatusesNameTheStatus() async throws {
        try await Self.withServer { fetcher, base in
            let error = await Self.fetchError(fetcher, base + "/missing")
            #expect(error?.code == .httpStatus)
            #expect(error?.status == 404)
            #expect(error?.description.contains(base + "/missing") == true)
        }
    }

    @Test func aBodyOverTheLimitIsRefused() async throws {
        var configuration = FetchConfiguration()
        configuration.maximumBytes = 100_000
        try await Self.withServer(configuration) { fetcher, base in
            #expect(await Self.fetchError(fetcher, base + "/big")?.code == .tooLarge)
        }
    }

    @Test func aStreamedBodyOverTheLimitIsRefused() async throws {
        var configuration = FetchConfiguration()
        configuration.maximumBytes = 100_000
        try await Self.withServer(configuration) { fetcher, base in
            #expect(await Self.fetchError(fetcher, base + "/big-streamed")?.code == .tooLarge)
        }
    }

    @Test func aSmallGzipBodyThatDecodesPastTheLimitIsRefused() async throws {
        var configuration = FetchConfiguration()
        configuration.maximumBytes = 100_000
        try await Self.withServer(configuration) { fetcher, base in
            #expect(Self.gzipBomb.count < 1000)
            let refused = await Self.fetchError(fetcher, base + "/gzip-bomb")
            #expect(refused?.code == .tooLarge, "\(String(describing: refused))")
        }
        try await Self.withServer { fetcher, base in
            let page = try await fetcher.fetch(base + "/gzip-bomb")
            #expect(page.body.count > 300_000, "within the default limit")
        }
    }

    @Test func aConditionalGetAnswers304AsNotModified() async throws {
        try await Self.withServer { fetcher, base in
            let first = try await fetcher.fetch(base + "/etag")
            let second = try await fetcher.fetch(base + "/etag", etag: first.etag)
            #expect(!first.notModified && first.etag == "\"v1\"")
            #expect(second.notModified && second.body.isEmpty)
        }
    }

    @Test func aSlowServerTimesOut() async throws {
        var configuration = FetchConfiguration()
        configuration.totalTimeout = .milliseconds(500)
        configuration.readTimeout = .milliseconds(500)
        try await Self.withServer(configuration) { fetcher, base in
            #expect(await Self.fetchError(fetcher, base + "/slow")?.code == .timeout)
        }
    }

    @Test func onlyHTTPAddressesAreFetched() async throws {
        let fetcher = PageFetcher()
        #expect(await Self.fetchError(fetcher, "ftp://example.org/file")?.code == .invalidURL)
        #expect(await Self.fetchError(fetcher, "not a url")?.code == .invalidURL)
        try await fetcher.shutdown()
    }
}
