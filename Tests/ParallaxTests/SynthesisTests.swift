import ParallaxTestSupport
import Testing

@testable import Parallax

@Suite("Synthesising a story's brief")
struct SynthesisTests {
    static let documents = [
        RawDocument(
            input: "ledger.txt", format: .structured,
            text: """
                \(FixtureStories.PortVeylaStrike.walkout)

                \(FixtureStories.PortVeylaStrike.unionCount)

                "We gave the company every chance to meet us halfway," union secretary Ilse Brandt said.
                """,
            id: "ledger", outlet: "The Coastal Ledger", published: PublicationDate(year: 2026, month: 3, day: 4)),
        RawDocument(
            input: "herald.txt", format: .structured,
            text: """
                A strike by dockworkers shut Port Veyla on Tuesday when pay talks with Meridian Terminals broke down.

                Some 1,500 members of the Veyla Dockworkers Union joined the strike, according to the union.

                Meridian Terminals said it hoped to reopen the talks with the union by Friday.
                """,
            id: "herald", outlet: "Veyla Herald", published: PublicationDate(year: 2026, month: 3, day: 4)),
    ]

    let story: Brief
    let digest: Digest

    init() throws {
        digest = StoryPipeline().run(Self.documents)
        story = try #require(digest.stories.first)
    }

    @Test func bothArticlesFormOneStory() {
        #expect(digest.stories.count == 1)
        #expect(Set(story.articleIDs) == ["ledger", "herald"])
    }

    @Test func corroboratedFactsQuoteEverySourceVerbatim() throws {
        let fact = try #require(
            story.facts.first { $0.text.contains("walked out") || $0.text.contains("shut Port Veyla") })
        #expect(Set(fact.sources) == ["ledger", "herald"])
        let texts = Dictionary(uniqueKeysWithValues: digest.articles.map { ($0.id, $0.text) })
        for support in story.facts.flatMap(\.support) {
            #expect(texts[support.article]?.contains(support.text) == true)
        }
    }

    @Test func summaryCitesBothArticles() {
        #expect(!story.summary.isEmpty)
        #expect(Set(story.summary.flatMap(\.sources)) == ["ledger", "herald"])
    }

    @Test func differentNumbersForTheSameThingAreADiscrepancy() throws {
        let discrepancy = try #require(story.discrepancies.first)
        #expect(Set(discrepancy.claims.compactMap(\.value)) == ["1,200", "1,500"])
        #expect(discrepancy.about.contains("member"))
    }

    @Test func quotesNameTheirSpeakers() throws {
        let quote = try #require(story.quotes.first { $0.kind == .direct })
        #expect(quote.speaker == "Ilse Brandt")
        #expect(quote.text == "We gave the company every chance to meet us halfway,")
    }

    @Test func entitiesAreTypedAndRanked() {
        let names = Dictionary(story.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(names["Port Veyla"] != nil)
        #expect(names["Meridian Terminals"] != nil)
        #expect(names["Ilse Brandt"] == .person)
        #expect(names["Veyla Dockworkers Union"] == .organization)
    }

    @Test func eachOutletHasAPerspective() {
        #expect(Set(story.perspectives.map(\.article)) == ["ledger", "herald"])
        #expect(story.perspectives.allSatisfy { !$0.angle.isEmpty })
    }
}
