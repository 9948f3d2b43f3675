import Testing

@testable import Parallax

/// Briefs written from claims, on small stories written for these tests: copies are one voice,
/// discrepancies are conflicts only, page furniture never enters a section.
@Suite("Briefs from aligned claims")
struct ClaimBriefTests {
    func story(_ articles: [(id: String, outlet: String, published: String, text: String)]) -> Brief {
        let analyzer = ArticleAnalyzer()
        let analyzed = articles.map {
            analyzer.analyze(
                Article(
                    id: $0.id, input: $0.id, outlet: $0.outlet, published: PublicationDate(iso8601: $0.published),
                    language: "en", text: $0.text))
        }
        return BriefSynthesizer().brief(of: analyzed)
    }

    static let lead =
        "A magnitude 5.9 earthquake struck the island of Velmora on Sunday, killing 12 people, officials said."

    @Test func wireCopiesAndOneOutletsUpdatesAreOneVoice() throws {
        let brief = story([
            ("a1", "Wire Service", "2026-03-01", Self.lead + "\n\nRescue teams searched the rubble of the village."),
            ("a2", "Harbour Daily", "2026-03-01", Self.lead + "\n\nThe harbour was closed for the day."),
            ("a3", "Wire Service", "2026-03-01", Self.lead + "\n\nSchools in the north stayed shut."),
            (
                "a4", "Coast Times", "2026-03-01",
                "The quake of magnitude 5.9 hit Velmora island on Sunday and killed 12 people, the governor said."
            ),
        ])
        let fact = try #require(brief.facts.first { $0.text.contains("12") })
        #expect(Set(fact.sources) == ["a1", "a2", "a3", "a4"])
        #expect(Set(fact.copies ?? []) == ["a2", "a3"], "a2 repeats a1 word for word; a3 is the same outlet again")
        #expect(fact.independentSources == 2)
        #expect(MarkdownRenderer.voices(fact) == "2 sources, +2 copies")
    }

    @Test func discrepanciesNameTheSlotAndSkipEqualValues() {
        let brief = story([
            (
                "b1", "North Post", "2026-03-01",
                "The earthquake on Velmora island killed 12 people and injured 1,000, the governor of Velmora said."
            ),
            (
                "b2", "South Herald", "2026-03-01",
                "The earthquake on Velmora island killed 250 people and injured 1000, the governor of Velmora said."
            ),
        ])
        #expect(brief.discrepancies.map(\.about) == ["the number of dead"])
        #expect(Set(brief.discrepancies.flatMap { $0.claims.compactMap(\.value) }) == ["12", "250"])
    }

    @Test func aGrowingTollIsAnUpdateLatestFirst() throws {
        let brief = story([
            ("c1", "North Post", "2026-03-01", "The earthquake on Velmora island killed 12 people, the governor said."),
            (
                "c2", "South Herald", "2026-03-03",
                "The earthquake on Velmora island killed 40 people, the governor said."
            ),
        ])
        #expect(brief.discrepancies.isEmpty)
        let update = try #require(brief.updates?.first)
        #expect(update.about == "the number of dead")
        #expect(update.claims.map(\.value) == ["40", "12"], "latest first")
        #expect(update.claims.map(\.article) == ["c2", "c1"])
        let digest = Digest(articles: [], stories: [brief])
        #expect(MarkdownRenderer.render(digest).contains("### Updates"))
        #expect(HTMLRenderer.render(digest).contains("<h3>Updates</h3>"))
        #expect(DigestJSON.render(digest).contains("\"updates\""))
    }

    @Test func workedOutDaysAreShownWithTheirDate() throws {
        let brief = story([
            (
                "d1", "North Post", "2026-03-04",
                "The Velmora ferry Alba sank near the harbour on Friday with 40 passengers aboard, the coast guard said."
            ),
            (
                "d2", "South Herald", "2026-03-04",
                "The Velmora ferry Alba sank near the harbour on Friday, and all 40 passengers aboard were rescued."
            ),
        ])
        let fact = try #require(brief.facts.first)
        #expect(fact.dated?.contains("Friday (2026-02-27)") == true, "\(fact)")
        #expect(fact.text.contains("Friday (") == false, "the text stays verbatim")
        #expect(brief.summary.contains { $0.dated?.contains("Friday (2026-02-27)") == true })
    }

    @Test func aSummaryNamesAConflictOnItsNumber() throws {
        let brief = story([
            (
                "e1", "North Post", "2026-03-01",
                "The earthquake on Velmora island killed 12 people, the governor of Velmora said."
            ),
            (
                "e2", "South Herald", "2026-03-01",
                "The earthquake on Velmora island killed 250 people, the governor of Velmora said."
            ),
        ])
        let line = try #require(brief.summary.first { $0.text.contains("killed") })
        #expect(line.note == "Sources differ on the number of dead: 12 against 250.", "\(brief.summary)")
    }

    @Test func aSummaryHoldsNoRestatement() {
        let brief = story([
            (
                "f1", "North Post", "2026-03-01",
                "Actress Tara Reid checked into the Promises rehab centre in Malibu on Friday, her publicist said. "
                    + "The actress Tara Reid has now entered rehab, friends of the actress told reporters."
            ),
            (
                "f2", "South Herald", "2026-03-01",
                "Actress Tara Reid checked into the Promises rehab centre in Malibu on Friday, her agent said."
            ),
        ])
        #expect(brief.summary.count == 1, "\(brief.summary)")
        #expect(!brief.summary.contains { $0.text.contains("now entered rehab") }, "\(brief.summary)")
    }

    @Test func headlinesDatelinesAndStampsStayOutOfEverySection() {
        let brief = story([
            (
                "d1", "North Post", "2026-03-01",
                "Quake Kills Twelve On Velmora Island\n\nUpdated: March 01, 2026 15:50 IST\n\n"
                    + "VELMORA (AP) -- " + Self.lead
            ),
            (
                "d2", "South Herald", "2026-03-01",
                "Quake Kills Twelve On Velmora Island\n\nBy Jane Harrow\n\n"
                    + "The quake of magnitude 5.9 hit Velmora island on Sunday and killed 12 people, the governor said."
                    + "\n\nPhoto: rescue teams at work (AP Photo/Jane Harrow)"
            ),
        ])
        // The timeline quotes whole sentences (its owner cuts datelines there); every section
        // leaves out the furniture itself.
        let quoted =
            brief.summary.map(\.text) + brief.facts.flatMap { $0.support.map(\.text) }
            + brief.discrepancies.flatMap { $0.claims.map(\.text) }
        let texts = quoted + brief.timeline.map(\.text)
        #expect(!quoted.isEmpty)
        for text in quoted { #expect(!text.hasPrefix("VELMORA"), "dateline: \(text)") }
        for text in texts {
            #expect(!text.contains("Quake Kills"), "headline: \(text)")
            #expect(!text.contains("Updated:"), "time stamp: \(text)")
            #expect(!text.hasPrefix("By "), "byline: \(text)")
            #expect(!text.contains("Photo"), "caption: \(text)")
        }
        let support = brief.facts.first?.support.map(\.text) ?? []
        #expect(support.contains(Self.lead), "the dateline is cut, the rest quoted verbatim: \(support)")
    }

    @Test func sentenceRolesAreTold() {
        let analyzer = ArticleAnalyzer()
        let article = analyzer.analyze(
            Article(
                id: "e", input: "e", language: "en",
                text: """
                    Lindsay Lohan Checks Into Betty Ford Rehab – Where She 'Knows Everyone'

                    Updated: July 02, 2013 15:50 IST

                    Intel (nasdaq: INTC - news - people) said profits rose.

                    "We won!" declared Rep. Harlan Moss after the vote.
                    """))
        let hygiene = SentenceHygiene()
        let roles = article.sentences.map { hygiene.role(of: $0, in: article) }
        #expect(roles.first == .headline)
        #expect(roles.contains(.timestamp))
        #expect(roles.contains(.ticker))
        #expect(hygiene.body(of: "LONDON (AP) -- The quake struck at dawn.") == "The quake struck at dawn.")
        #expect(hygiene.body(of: "Officials said - as expected - little.") == "Officials said - as expected - little.")
    }
}
