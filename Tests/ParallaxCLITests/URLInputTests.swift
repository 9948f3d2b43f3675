import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ParallaxTestSupport
import Testing

/// `extract` and `digest` given http addresses, served by a real server on loopback.
@Suite("parallax with URL inputs, end to end")
struct URLInputTests {
    static let article = """
        <html lang="en"><head><title>Ferry service resumes across the Marrow Sound</title>
        <meta property="og:site_name" content="The Sound Courier">
        <meta property="article:published_time" content="2026-03-04T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
        <h1>Ferry service resumes across the Marrow Sound</h1>
        <p>Ferries between Ostwick and the island of Hale sailed again on Wednesday morning, two weeks after a storm \
        damaged the landing stage at Ostwick harbour.</p>
        <p>The operator, Sound Lines, said the first crossing carried 140 passengers and that the full timetable \
        would return by Friday.</p>
        <p>Harbour engineers replaced three of the landing stage's pontoons, the council said.</p>
        </article><footer>Copyright The Sound Courier</footer></body></html>
        """

    /// A page in ISO-8859-1 whose only statement of its charset is the HTTP header.
    static let latin1Article: [UInt8] = Array(
        """
        <html><head><title>Caf\u{E9} reopens in Z\u{FC}rich</title></head><body><article>
        <p>The caf\u{E9} on the Limmatquai in Z\u{FC}rich reopened on Saturday after a year of repairs to its \
        ceiling, its owner said, and served its first cr\u{E8}me br\u{FB}l\u{E9}e to a queue of regulars.</p>
        </article></body></html>
        """.data(using: .isoLatin1)!)

    /// A page in ISO-8859-7 ("Αθήνα" is C1 E8 DE ED E1), its charset again only in the header.
    static let greekArticle: [UInt8] =
        Array("<html><head><title>".utf8) + [0xC1, 0xE8, 0xDE, 0xED, 0xE1]
        + Array("</title></head><body><article><p>".utf8) + [0xC1, 0xE8, 0xDE, 0xED, 0xE1]
        + Array(" reopened its port to ferries on Monday after a week of strikes by dock workers.</p>".utf8)
        + Array("</article></body></html>".utf8)

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Sound Courier</title><link>https://sound.example/</link>
        <item><title>Ferry service resumes</title><link>https://sound.example/ferry</link><guid>sound-ferry</guid>
        <pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate><description>Ferries between Ostwick and Hale sailed again \
        on Wednesday, two weeks after a storm damaged the landing stage.</description></item>
        </channel></rss>
        """

    /// An article as people save it in a text file, served as ISO-8859-1 text.
    static let savedArticle = """
        Ferry timetable restored after storm repairs
        The Sound Courier

        Ferries between Ostwick and Hale will run the full timetable from Friday, the operator said, \
        after engineers finished repairs to the landing stage at Ostwick harbour. The café on the quay \
        reopened on the same day.

        """

    /// Two JSON lines, one malformed.
    static let records = """
        {"id":"pier-1","title":"Pier reopens","outlet":"Coast Weekly","text":"The pier at Hale reopened on Thursday after \
        a month of repairs, the council said. Anglers returned within the hour."}
        {"id":

        """

    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/news/ferry") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: article)))
        }
        router.get("/latin-1") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=ISO-8859-1"],
                body: .init(byteBuffer: ByteBuffer(bytes: latin1Article)))
        }
        router.get("/greek") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html;charset=\"iso-8859-7\""],
                body: .init(byteBuffer: ByteBuffer(bytes: greekArticle)))
        }
        router.get("/feed.xml") { request, _ in
            if request.headers[.ifNoneMatch] == "\"f1\"" { return Response(status: .notModified) }
            return Response(
                status: .ok, headers: [.contentType: "application/rss+xml", .eTag: "\"f1\""],
                body: .init(byteBuffer: ByteBuffer(string: feed)))
        }
        router.get("/notes/ferry.txt") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; charset=ISO-8859-1"],
                body: .init(byteBuffer: ByteBuffer(bytes: savedArticle.data(using: .isoLatin1)!)))
        }
        router.get("/export") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/x-ndjson"],
                body: .init(byteBuffer: ByteBuffer(string: records)))
        }
        router.get("/old-ferry") { _, _ in Response(status: .movedPermanently, headers: [.location: "/news/ferry"]) }
        return router
    }

    /// Runs the binary off the concurrency pool, whose threads the server's handlers need.
    @Test func extractFetchesAPageFollowsRedirectsAndReportsFailures() async throws {
        let app = Application(router: Self.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let run = try await ParallaxBinary.run([
                "extract", base + "/old-ferry", base + "/gone", "--format", "jsonl",
            ])
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            let record = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
            #expect(record?["input"] as? String == base + "/old-ferry")
            #expect(record?["url"] as? String == base + "/news/ferry")
            #expect(record?["title"] as? String == "Ferry service resumes across the Marrow Sound")
            #expect((record?["text"] as? String)?.contains("Sound Lines") == true)
            #expect((record?["text"] as? String)?.contains("Home") == false)
            #expect(run.stderr.contains(base + "/gone") && run.stderr.contains("404"))
        }
    }

    @Test func theCharsetOfTheHeaderIsHonoured() async throws {
        let app = Application(router: Self.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let run = try await ParallaxBinary.run(["extract", base + "/latin-1", base + "/greek"])
            #expect(run.status == 0)
            let records = try run.stdout.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            #expect(records.count == 2)
            #expect(records.first??["title"] as? String == "Café reopens in Zürich")
            #expect((records.first??["text"] as? String)?.contains("crème brûlée") == true)
            #expect(records.last??["title"] as? String == "Αθήνα")
            #expect((records.last??["text"] as? String)?.hasPrefix("Αθήνα reopened") == true)
        }
    }

    @Test func textAndJSONLinesAddressesAreReadAsFilesAre() async throws {
        let app = Application(router: Self.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let run = try await ParallaxBinary.run(["extract", base + "/notes/ferry.txt", base + "/export"])
            #expect(run.status == 0)
            let records = try run.stdout.split(separator: "\n").map {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            #expect(records.count == 2)
            let text = records.first { ($0?["input"] as? String) == base + "/notes/ferry.txt" }
            #expect(text??["url"] as? String == base + "/notes/ferry.txt")
            #expect(text??["title"] as? String == "Ferry timetable restored after storm repairs")
            #expect((text??["text"] as? String)?.contains("The café on the quay") == true)
            let record = records.first { ($0?["input"] as? String)?.hasPrefix(base + "/export") == true }
            #expect(record??["title"] as? String == "Pier reopens")
            #expect(run.stderr.contains(base + "/export#2"), "the malformed line is reported by its number")
        }
    }

    @Test func watchOncePollsAFeedOverHTTP() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-watch-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("news.sqlite").path
        let app = Application(router: Self.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port!)"
            let run = try await ParallaxBinary.run([
                "watch", "--once", "--db", database, "--host-interval", "0", base + "/feed.xml", base + "/no-feed",
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains(base + "/feed.xml: 1 new, 0 already stored"))
            #expect(run.stdout.contains(base + "/no-feed: failed (HTTP 404)"))
        }
    }

    @Test func digestReadsAURLLikeAFile() async throws {
        let app = Application(router: Self.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let run = try await ParallaxBinary.run([
                "digest", "http://127.0.0.1:\(client.port!)/news/ferry", "--format", "json", "--quiet",
            ])
            #expect(run.status == 0)
            let digest = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            let articles = digest?["articles"] as? [[String: Any]]
            #expect(articles?.count == 1)
            #expect(articles?.first?["outlet"] as? String == "The Sound Courier")
        }
    }
}
