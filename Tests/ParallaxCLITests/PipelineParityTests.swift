import Foundation
import ParallaxTestSupport
import Testing

/// `digest` and the newsroom go through one pipeline: the store holds the stories `digest`
/// finds, no more, and for every story the brief `digest` writes and the brief `ingest` stores
/// (`brief ID --format json`) are the same, copies and all.
@Suite("digest and ingest give the same briefs", .serialized)
struct PipelineParityTests {
    @Test func bundledSample() async throws {
        try await expectSameBriefs(for: "Samples/news")
    }

    @Test func syndicatedCopiesUnderOtherOutlets() async throws {
        let digest = try await expectSameBriefs(for: "Tests/ParallaxCLITests/Fixtures/syndicated-copies.jsonl")
        // The copies are marked in both, so the viaduct story is told by two independent articles.
        let articles = try #require(digest["articles"] as? [[String: Any]])
        let copies = articles.filter { $0["duplicateOf"] as? String == "gazette-viaduct" }.compactMap {
            $0["id"] as? String
        }
        #expect(copies.sorted() == ["coastline-viaduct", "courier-viaduct"])
    }

    @Test func seedStory() async throws {
        guard let seedStory = SeedStory.folder else {
            print("seed story parity skipped: ../shared/corpus/seed-story is absent")
            return
        }
        try await expectSameBriefs(for: seedStory.path)
    }

    /// Runs both ways over `input` and compares every story's brief and its articles; returns
    /// the digest.
    @discardableResult
    func expectSameBriefs(for input: String) async throws -> [String: Any] {
        let digestRun = try await ParallaxBinary.run(["digest", input, "--format", "json", "--quiet"])
        try #require(digestRun.status == 0, "\(digestRun.stderr)")
        let digest = try Self.object(digestRun.stdout)
        let stories = try #require(digest["stories"] as? [[String: Any]])
        let articles = try #require(digest["articles"] as? [[String: Any]])
        try #require(!stories.isEmpty)

        let database = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-parity-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        }
        let ingest = try await ParallaxBinary.run(["ingest", "--db", database.path, "--quiet", input])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        // The store holds the same stories, no more: a story ingest split off or merged shows here.
        let listing = try await ParallaxBinary.run([
            "stories", "--db", database.path, "--format", "json", "--limit", "10000",
        ])
        try #require(listing.status == 0, "\(listing.stderr)")
        let listed = try #require(try Self.object(listing.stdout)["stories"] as? [[String: Any]])
        #expect(
            Set(listed.compactMap { $0["id"] as? String }) == Set(stories.compactMap { $0["id"] as? String }),
            "the stored stories are not the digest's")
        #expect(listed.count == stories.count)

        for story in stories {
            let id = try #require(story["id"] as? String)
            let run = try await ParallaxBinary.run(["brief", id, "--db", database.path, "--format", "json"])
            try #require(run.status == 0, "story \(id): \(run.stderr)")
            let brief = try Self.object(run.stdout)
            let stored = try #require((brief["stories"] as? [[String: Any]])?.first)
            #expect(NSDictionary(dictionary: stored).isEqual(to: story), "story \(id) differs:\n\(run.stdout)")
            let ids = try #require(story["articleIds"] as? [String])
            let expected = ids.compactMap { id in articles.first { $0["id"] as? String == id } }
            let storedArticles = try #require(brief["articles"] as? [[String: Any]])
            #expect(
                NSArray(array: storedArticles).isEqual(to: expected), "the articles of story \(id) differ")
        }
        return digest
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
