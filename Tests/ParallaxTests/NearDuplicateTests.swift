import Foundation
import ParallaxInputs
import ParallaxTestSupport
import Testing

@testable import Parallax

@Suite("Republished copies")
struct NearDuplicateTests {
    static let body = """
        The Kessel river burst its banks at Ostrava Mill on Tuesday night, flooding the lower town. \
        Rescue teams from three districts evacuated 300 residents before dawn, the regional fire service said. \
        The mayor, Ilse Varga, said the old flood wall had held for forty years but was overtopped within an hour. \
        Forecasters expect the water to fall slowly over the weekend as the rain moves east.
        """

    static func article(_ id: String, _ text: String, day: Int, outlet: String) -> Article {
        Article(
            id: id, input: id, outlet: outlet, published: PublicationDate(year: 2026, month: 3, day: day),
            language: "en", text: text)
    }

    @Test func aSyndicatedCopyPointsAtTheEarliestOriginal() {
        let articles = [
            Self.article(
                "wire-copy", "Via Northern Wire. " + Self.body + " Read more stories on our app.", day: 5,
                outlet: "Daily Echo"),
            Self.article("original", Self.body, day: 4, outlet: "Ostrava Courier"),
            Self.article(
                "other",
                FixtureStories.PortVeylaStrike.walkout
                    + " The union said 1,200 members joined the strike, and that talks would resume only with a new offer on the table.",
                day: 5, outlet: "Port Times"),
            Self.article("copy-of-copy", Self.body + " Photo: Northern Wire.", day: 6, outlet: "Valley News"),
        ]
        let originals = NearDuplicateDetector().originals(of: articles)
        #expect(originals == ["original", nil, nil, "original"])
    }

    @Test func shortTextsAreNeverCalledCopies() {
        let articles = [
            Self.article("a", "Markets closed higher.", day: 1, outlet: "A"),
            Self.article("b", "Markets closed higher.", day: 2, outlet: "B"),
        ]
        #expect(NearDuplicateDetector().originals(of: articles) == [nil, nil])
    }
}

@Suite(
    "Seed story with a syndicated copy",
    .enabled(if: SeedStory.folder != nil, "../shared/corpus/seed-story is absent: acceptance checks skipped"))
struct SeedStorySyndicationTests {
    @Test func aCopyUnderAnotherOutletStaysInTheStoryAndCorroboratesNothing() throws {
        let folder = try #require(SeedStory.folder)
        let read = InputReader().read(paths: [folder.path])
        let original = ArticleBuilder().article(from: try #require(read.documents.first))
        let copy = RawDocument(
            input: "syndicated-copy.jsonl", format: .structured, text: original.text, id: "syndicated-copy",
            title: original.title, outlet: "Syndicate Wire Service", published: nil, language: original.language)
        let digest = StoryPipeline().run(read.documents + [copy])

        #expect(digest.stories.count == 1)
        #expect(digest.stories.first?.articleIDs.count == 6)
        let stored = try #require(digest.articles.first { $0.id == "syndicated-copy" })
        #expect(stored.duplicateOf == original.id)
        let facts = try #require(digest.stories.first?.facts)
        #expect(!facts.isEmpty)
        for fact in facts {
            #expect(!(fact.sources.contains("syndicated-copy") && fact.sources.contains(original.id)))
            let independent = Set(fact.sources.map { $0 == "syndicated-copy" ? original.id : $0 })
            #expect(independent.count >= 2, "\(fact.text)")
        }
        #expect(!facts.contains { $0.sources.contains("syndicated-copy") })
        // The digest without the copy has the same facts: the copy adds no corroboration.
        let without = StoryPipeline().run(read.documents)
        #expect(Set(facts.map(\.text)) == Set(without.stories.first?.facts.map(\.text) ?? []))
    }
}
