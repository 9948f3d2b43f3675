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

        let ingest = try ParallaxBinary.run(["ingest", "--db", database, input.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.hasPrefix("ingested 2 new articles (0 already stored)"))
        let again = try ParallaxBinary.run(["ingest", "--db", database, input.path])
        #expect(again.stdout.hasPrefix("ingested 0 new articles (2 already stored)"))

        let server = Process()
        server.executableURL = try ParallaxBinary.url()
        server.arguments = ["serve", "--db", database, "--port", "0"]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }

        let base = try #require(Self.address(from: output.fileHandleForReading), "no address printed")
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
        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationReason == .exit && server.terminationStatus == 0)
    }

    /// Reads stdout until the "serving http://…/" line; nil after 30 s or at end of output.
    static func address(from handle: FileHandle) -> String? {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            text += String(decoding: chunk, as: UTF8.self)
            if let match = text.firstMatch(of: /serving (http:\/\/[^\/\s]+)\//) { return String(match.1) }
        }
        return nil
    }

    static func get(_ url: String) async throws -> (String, Int) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return (String(decoding: data, as: UTF8.self), (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}
