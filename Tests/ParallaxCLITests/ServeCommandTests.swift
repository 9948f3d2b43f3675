import Foundation
import ParallaxTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Starts the real `parallax serve` on a temporary database and reads pages over loopback.
@Suite("parallax ingest and serve, end to end")
struct ServeCommandTests {
    /// Two articles written for this test, as JSON lines.
    static let articles = """
        {"id":"tide-1","title":"Spring tide floods Marrow quay","outlet":"Quay Courier","published":"2026-04-10","text":"A spring tide flooded the Marrow quay on Friday morning, closing the fish market.\\n\\n\\"The water rose faster than any of us expected,\\" said harbour master Ines Calder."}
        {"id":"tide-2","title":"Marrow fish market shut by flooding","outlet":"Coast Weekly","published":"2026-04-11","text":"The Marrow fish market stayed shut after a spring tide flooded the quay, harbour master Ines Calder said.\\n\\nTraders expect to reopen on Monday."}

        """

    @Test func ingestThenServePagesOverHTTP() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-serve-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("news.sqlite").path
        let input = folder.appendingPathComponent("tides.jsonl")
        try Self.articles.write(to: input, atomically: true, encoding: .utf8)

        let ingest = try await ParallaxBinary.run(["ingest", "--db", database, input.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.hasPrefix("ingested 2 new articles (0 already stored)"))
        let again = try await ParallaxBinary.run(["ingest", "--db", database, input.path])
        #expect(again.stdout.hasPrefix("ingested 0 new articles (2 already stored)"))

        let server = try ParallaxBinary.start(["serve", "--db", database, "--port", "0"])
        defer { server.send(SIGKILL) }

        let base = try #require(await Self.address(of: server), "no address printed")
        let (home, homeStatus) = try await Self.get(base + "/")
        #expect(homeStatus == 200)
        let storyPath = try #require(home.firstMatch(of: /href="(\/stories\/[^"]+)"/)?.1)
        #expect(home.contains("2 articles from 2 outlets"))
        let (story, storyStatus) = try await Self.get(base + String(storyPath))
        #expect(storyStatus == 200)
        #expect(story.contains("<h3>Summary</h3>") && story.contains("href=\"/articles/tide-1\""))
        let (article, articleStatus) = try await Self.get(base + "/articles/tide-1")
        #expect(articleStatus == 200)
        #expect(article.contains("<q class=\"quote\""))
        let (search, _) = try await Self.get(base + "/api/search?q=floods")
        #expect(search.contains("\"id\": \"tide-1\"") && search.contains("\"id\": \"tide-2\""))
        let (_, missingStatus) = try await Self.get(base + "/api/stories/none")
        #expect(missingStatus == 404)

        // SIGTERM stops the server gracefully, with exit status 0.
        server.send(SIGTERM)
        let ending = await server.ending(within: .seconds(60))
        #expect(!ending.signalled && ending.status == 0, "\(ending.stderr)")
    }

    /// The address in `server`'s "serving http://…/" line; nil if the server ends or prints
    /// none within 30 s.
    static func address(of server: ChildProcess) async -> String? {
        await server.waitForOutput(/serving (http:\/\/[^\/\s]+)\//, within: .seconds(30))
    }

    static func get(_ url: String) async throws -> (String, Int) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return (String(decoding: data, as: UTF8.self), (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}
