import ParallaxTestSupport
import Testing

@testable import Parallax

/// Each outlet's angle, on a story of two articles written for these tests: a wire report and a
/// radio transcript whose host and reporter are named in speaker labels.
@Suite("Perspectives")
struct PerspectiveTests {
    static let documents = [
        RawDocument(
            input: "wire.txt", format: .structured,
            text: """
                \(FixtureStories.PortVeylaStrike.walkout)

                \(FixtureStories.PortVeylaStrike.unionCount)

                Meridian Terminals said the strike would cost exporters millions in delayed cargo and spoiled fruit.

                Exporters of fruit warned that spoiled cargo would cost the region its contracts with foreign buyers.
                """,
            id: "wire", outlet: "Coastal Wire", published: PublicationDate(year: 2026, month: 3, day: 4)),
        RawDocument(
            input: "radio.txt", format: .structured,
            text: """
                HOST: Harbour Radio's Tomas Brill is at Port Veyla, where dockworkers walked out on Tuesday. Tomas, what's it like there?

                TOMAS BRILL, BYLINE: Well, there's a picket line at every gate of Port Veyla, and the dockworkers say they're staying out until Meridian Terminals improves its pay offer.

                HOST: Tomas, what do the families of the dockworkers say about the strike at Port Veyla?

                BRILL: The families of the dockworkers say the pay has not kept up with rents in Veyla, and the families back the strike at every gate.
                """,
            id: "radio", outlet: "Harbour Radio", published: PublicationDate(year: 2026, month: 3, day: 4)),
    ]

    let story: Brief

    init() throws {
        story = try #require(StoryPipeline().run(Self.documents).stories.first)
    }

    @Test func distinctiveTermsLeaveOutTheOutletItsStaffAndContractions() throws {
        let radio = try #require(story.perspectives.first { $0.article == "radio" })
        #expect(!radio.distinctive.isEmpty)
        for word in ["tomas", "brill", "host", "harbour", "there's", "what's", "they're"] {
            #expect(!radio.distinctive.contains(word), "\(word) in \(radio.distinctive)")
        }
        #expect(radio.distinctive.contains { ["families", "family", "gate", "rents"].contains($0) })
    }

    @Test func theAngleIsAStatementNotTheOutletPresentingItself() throws {
        let radio = try #require(story.perspectives.first { $0.article == "radio" })
        #expect(!radio.angle.contains("Harbour Radio"))
        #expect(!radio.angle.hasSuffix("?"))
        let wire = try #require(story.perspectives.first { $0.article == "wire" })
        #expect(wire.angle.contains("fruit") || wire.angle.contains("cargo"))
    }
}

/// Which of an article's quotations a brief lists, on sentences written for this test.
@Suite("Quotations in a brief")
struct BriefQuoteTests {
    @Test func labelsTopicsAndDenialsAreLeftOut() {
        let text = """
            Mayor Ada Wren has not commented on the closure of the bridge.

            The council said the bridge would stay shut until engineers had checked every cable.

            Officials declined to comment on the cost of the repairs.

            Residents call the crossing “the long way,” and Wren said: “We will reopen it before the winter.”
            """
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        let kept = article.quotes.filter { BriefSynthesizer.saysSomething($0, in: article) }.map(\.text)
        #expect(kept.contains { $0.hasPrefix("the bridge would stay shut") })
        #expect(kept.contains { $0.hasPrefix("We will reopen it") })
        #expect(!kept.contains { $0.contains("closure of the bridge") })
        #expect(!kept.contains { $0.contains("cost of the repairs") })
        #expect(!kept.contains { $0.hasPrefix("the long way") })
    }
}
