import Foundation
import ParallaxTestSupport
import Testing

/// A brief is the same on every run: each process seeds Swift's hashing afresh, so an order
/// taken from a `Set` or a `Dictionary` changes from run to run, and a tie it breaks changes the
/// brief (docs/pipeline.md, "Deterministic briefs"). The runs here are child processes with
/// `SWIFT_DETERMINISTIC_HASHING` unset: each has its own seed.
@Suite("briefs are the same on every run")
struct DeterministicBriefTests {
    /// Runs of each check: where an order decided by the hash seed splits the runs about 60/40,
    /// ten identical runs happen by chance less than once in a hundred.
    static let runs = 10

    /// The test's environment without the variable that fixes the hash seed.
    static var seededAfresh: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        return environment
    }

    /// "released" and "freed" are one happening: the stem "releas" is listed under both "release"
    /// and "launch", and the first group listed must win on every run, not the one a dictionary
    /// happens to visit first. Read as "launch", the first article's sentence left the fact.
    @Test func aStemInTwoHappeningGroupsReadsTheSameOnEveryRun() async throws {
        for story in try await Self.firstStories(of: "released-tanker.jsonl") {
            let facts = try #require(story["facts"] as? [[String: Any]])
            let release = facts.first { ($0["text"] as? String)?.contains("freed the Greek") == true }
            #expect(release?["sources"] as? [String] == ["a1", "a2", "a3"])
        }
    }

    /// Three spellings of one governor, one an article, are merged into one key player: the merge
    /// visited the entities in a dictionary's order and listed the articles in it. They are now
    /// visited in the order of their keys ("heidar alishvandi", "heydar alishbandi", "heydar
    /// alishvandi"), so the articles are listed in one order on every run (here q1, q2, q3).
    @Test func aPlayerMergedFromSpellingsListsItsArticlesInOneOrder() async throws {
        for story in try await Self.firstStories(of: "spelled-governor.jsonl") {
            let entities = try #require(story["entities"] as? [[String: Any]])
            let governor = entities.first { $0["name"] as? String == "Heydar Alishvandi" }
            #expect(governor?["articles"] as? [String] == ["q1", "q2", "q3"])
        }
    }

    /// The first story of each distinct brief `digest --format json` wrote of the fixture `name` in
    /// `runs` runs, after expecting every run to succeed and to write the same bytes.
    static func firstStories(of name: String) async throws -> [[String: Any]] {
        let endings = try await ParallaxBinary.together(runs, environment: seededAfresh) {
            ["digest", "Tests/ParallaxCLITests/Fixtures/" + name, "--format", "json"]
        }
        for ending in endings { #expect(ending.status == 0, "\(ending.stderr)") }
        let distinct = Set(endings.map(\.stdout))
        #expect(distinct.count == 1, "\(distinct.count) different briefs of \(name) in \(runs) runs")
        return try distinct.sorted().map { output in
            let digest = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let stories = try #require(digest["stories"] as? [[String: Any]])
            return try #require(stories.first)
        }
    }

    /// The same statement pair is aligned alike on every run ("released" is a release).
    @Test func alignmentOfAReleaseIsTheSameOnEveryRun() async throws {
        let pairs = FileManager.default.temporaryDirectory.appendingPathComponent("pairs-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: pairs) }
        try Data(
            #"{"a": "Somali pirates released the Greek tanker on Saturday.", "b": "Somali pirates freed the Greek tanker on Saturday."}"#
                .utf8
        ).write(to: pairs)
        let endings = try await ParallaxBinary.together(Self.runs, environment: Self.seededAfresh) {
            ["align", pairs.path]
        }
        for ending in endings {
            #expect(ending.status == 0, "\(ending.stderr)")
            #expect(ending.stdout.contains(#""relation":"same""#), "\(ending.stdout)")
        }
        #expect(Set(endings.map(\.stdout)).count == 1)
    }
}
