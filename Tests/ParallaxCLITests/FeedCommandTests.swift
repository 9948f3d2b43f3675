import Foundation
import ParallaxTestSupport
import Testing

/// Feeds through the real binary: `extract` gives one record per item, `digest` reads them.
@Suite("parallax with feeds, end to end")
struct FeedCommandTests {
    static let paragraph =
        "The harbour authority confirmed on Tuesday that every ferry route reopened at dawn after a week-long strike."

    /// A folder with a feed, the saved page of its first item, and a page that is not a feed.
    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
            <item><title>Ferry strike ends</title><link>https://gazette.example/ferry</link>
            <pubDate>Tue, 03 Mar 2026 18:05:00 +0100</pubDate><description>Teaser only.</description></item>
            <item><title>Caf\u{E9} reopens</title><link>https://gazette.example/cafe</link>
            <pubDate>Wed, 04 Mar 2026 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;The caf\u{E9} on the quay reopened.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        try feed.data(using: .isoLatin1)!.write(to: folder.appendingPathComponent("gazette.rss"))
        let page = """
            <html><head><link rel="canonical" href="https://gazette.example/ferry"><title>Ferry strike ends</title>
            </head><body><article><h1>Ferry strike ends</h1><p>\(paragraph)</p>
            <p>\(paragraph) Crews said they were relieved to be back.</p></article></body></html>
            """
        try page.write(to: folder.appendingPathComponent("ferry.html"), atomically: true, encoding: .utf8)
        try "<html><body><p>Moved</p></body></html>".write(
            to: folder.appendingPathComponent("moved.rss"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func extractWritesOneRecordPerItemAndUsesTheSavedPage() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ParallaxBinary.run(["extract", folder.appendingPathComponent("gazette.rss").path])
        #expect(run.status == 0, "\(run.stderr)")
        let records = try run.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 2)
        #expect(records.first?["published"] as? String == "2026-03-03T17:05:00")
        #expect(records.first?["outlet"] as? String == "Harbour Gazette")
        #expect((records.first?["text"] as? String)?.hasPrefix(Self.paragraph) == true)
        #expect(records.last?["title"] as? String == "Café reopens")
        #expect(records.last?["text"] as? String == "The café on the quay reopened.")
        #expect((records.last?["input"] as? String)?.hasSuffix("gazette.rss#2") == true)
    }

    @Test func aFeedFileThatIsAPageIsReportedAndTheRestIsRead() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ParallaxBinary.run(["extract", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("moved.rss") && run.stderr.contains("not rss, RDF or feed"))
        // The saved page and the feed item it stands for are one article, read once.
        #expect(run.stdout.split(separator: "\n").count == 2)
    }

    @Test func digestReadsFeeds() async throws {
        let folder = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try await ParallaxBinary.run(["digest", folder.path, "--format", "json", "--quiet"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("Harbour Gazette"))
    }
}
