import Foundation
import ParallaxTestSupport
import Testing

/// Issue 16's acceptance, with the real binary against a real PostgreSQL
/// (`PARALLAX_TEST_POSTGRES_URL`, started by `.ci/run` or `scripts/postgres-local.sh start`):
/// two ingests of the seed story at once into one new database give one story of five
/// articles, each stored once, and the same listing and brief as SQLite.
@Suite(
    "Ingest on PostgreSQL, end to end",
    .enabled(
        if: PostgresTestServer.url != nil,
        "PARALLAX_TEST_POSTGRES_URL is not set: PostgreSQL end-to-end checks skipped (scripts/postgres-local.sh start)"),
    .enabled(
        if: SeedStory.folder != nil,
        "../shared/corpus/seed-story is absent: PostgreSQL seed story checks skipped"))
struct PostgresIngestTests {
    static func freshDatabaseURL() throws -> String {
        try PostgresTestServer.freshDatabaseURL()
    }

    @Test("two ingests of the seed story at once: one story of five articles, as on SQLite")
    func concurrentSeedIngest() async throws {
        let folder = try #require(SeedStory.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0).path
        }
        #expect(files.count == 5)
        let sqlite = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-pg-\(UUID()).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlite + suffix) }
        }
        let reference = try await ParallaxBinary.run(["ingest", "--db", sqlite, "--quiet"] + files)
        try #require(reference.status == 0, "\(reference.stderr)")
        let expectedStories = try await ParallaxBinary.run(["stories", "--db", sqlite, "--format", "json"])
        try #require(expectedStories.status == 0, "\(expectedStories.stderr)")

        for round in 0..<2 {
            let database = try Self.freshDatabaseURL()
            let outputs = try await ParallaxBinary.together(2) { ["ingest", "--db", database, "--quiet"] + files }
            var added = 0
            for output in outputs {
                #expect(output.status == 0, "round \(round): \(output.stderr)")
                added += Int(output.stdout.split(separator: " ").dropFirst().first ?? "") ?? -100
            }
            #expect(added == 5, "round \(round): each article stored by exactly one ingest: \(outputs.map(\.stdout))")

            let stories = try await ParallaxBinary.run(["stories", "--db", database, "--format", "json"])
            #expect(stories.status == 0, "\(stories.stderr)")
            #expect(stories.stdout == expectedStories.stdout, "round \(round): the listing differs from SQLite's")
            let listing = try PipelineParityTests.object(stories.stdout)
            let only = try #require((listing["stories"] as? [[String: Any]])?.first)
            #expect((listing["stories"] as? [Any])?.count == 1)
            #expect(only["articleCount"] as? Int == 5)

            let id = try #require(only["id"] as? String)
            let brief = try await ParallaxBinary.run(["brief", id, "--db", database, "--format", "json"])
            let expectedBrief = try await ParallaxBinary.run(["brief", id, "--db", sqlite, "--format", "json"])
            #expect(brief.status == 0 && expectedBrief.status == 0, "\(brief.stderr) \(expectedBrief.stderr)")
            #expect(brief.stdout == expectedBrief.stdout, "round \(round): the brief differs from SQLite's")
            let articles = try #require(try PipelineParityTests.object(brief.stdout)["articles"] as? [[String: Any]])
            let ids = articles.compactMap { $0["id"] as? String }
            #expect(ids.count == 5 && Set(ids).count == 5, "each article once: \(ids)")
        }
    }

    @Test("search, tokens and settings work on PostgreSQL; what is not yet on it says so")
    func otherCommands() async throws {
        let database = try Self.freshDatabaseURL()
        let ingest = try await ParallaxBinary.run(["ingest", "--db", database, "--quiet", "Samples/news"])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let search = try await ParallaxBinary.run(["search", "--db", database, "--format", "json", "spillways"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("parallax.search/1") && search.stdout.contains("Dunmarrow"))
        let token = try await ParallaxBinary.run(["token", "create", "--db", database, "--role", "reader"])
        #expect(token.status == 0 && token.stdout.hasPrefix("plx_"), "\(token.stderr)")
        let set = try await ParallaxBinary.run(["settings", "set", "publication", "reviewed", "--db", database])
        #expect(set.status == 0, "\(set.stderr)")
        let settings = try await ParallaxBinary.run(["settings", "show", "--db", database])
        #expect(settings.status == 0 && settings.stdout.contains("publication reviewed"), "\(settings.stderr)")
        let watching = try await ParallaxBinary.run(["serve", "--db", database, "--watch", "feeds.opml"])
        #expect(watching.status == 1 && watching.stderr.contains("SQLite stores only"), "\(watching.stderr)")
        let unreachable = try await ParallaxBinary.run(["stories", "--db", "postgres://nobody@127.0.0.1:1/none"])
        #expect(unreachable.status == 1 && unreachable.stderr.contains("cannot connect to PostgreSQL"))
    }

    @Test("the seed story queued twice and drained by two workers: one story of five articles, briefed")
    func queuedSeedStory() async throws {
        let folder = try #require(SeedStory.folder)
        let database = try Self.freshDatabaseURL()
        let queued = try await ParallaxBinary.run(["ingest", "--db", database, "--queue", folder.path])
        #expect(queued.status == 0 && queued.stdout.hasPrefix("queued 5 documents (0 queued before)"), "\(queued)")
        let again = try await ParallaxBinary.run(["ingest", "--db", database, "--queue", folder.path])
        #expect(again.stdout.hasPrefix("queued 0 documents (5 queued before)"), "\(again.stdout)")
        let workers = try await ParallaxBinary.together(2) { ["worker", "--db", database, "--drain"] }
        for worker in workers { #expect(worker.status == 0, "\(worker.stderr)") }
        #expect(workers.map(\.stderr).joined().components(separatedBy: "holds the story assignment").count - 1 >= 1)
        let listing = try PipelineParityTests.object(
            try await ParallaxBinary.run(["stories", "--db", database, "--format", "json"]).stdout)
        let stories = try #require(listing["stories"] as? [[String: Any]])
        #expect(stories.count == 1 && stories.first?["articleCount"] as? Int == 5)
        let id = try #require(stories.first?["id"] as? String)
        let brief = try await ParallaxBinary.run(["brief", id, "--db", database, "--format", "json"])
        let articles = try #require(try PipelineParityTests.object(brief.stdout)["articles"] as? [[String: Any]])
        #expect(Set(articles.compactMap { $0["id"] as? String }).count == 5)
        // The workers wrote the brief (`brief` would remake a stale one, hiding it).
        let written = workers.compactMap { worker in
            worker.stdout.firstMatch(of: /wrote (\d+) briefs/).map { Int($0.1)! }
        }
        #expect(written.reduce(0, +) >= 1, "\(workers.map(\.stdout))")
        let sqlite = try await ParallaxBinary.run(["worker", "--db", "/tmp/parallax-not-postgres.sqlite"])
        #expect(sqlite.status == 2 && sqlite.stderr.contains("takes a PostgreSQL store"), "\(sqlite.stderr)")
    }
}

/// The PostgreSQL server the tests may use: `PARALLAX_TEST_POSTGRES_URL`.
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// A URL for a new database on the test server; the first ingest creates it.
    static func freshDatabaseURL() throws -> String {
        let server = try #require(url)
        var components = try #require(URLComponents(string: server))
        components.path = "/parallax_cli_" + UUID().uuidString.prefix(8).lowercased()
        return try #require(components.string)
    }
}
