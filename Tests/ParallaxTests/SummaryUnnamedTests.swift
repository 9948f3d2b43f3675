import Testing

@testable import Parallax

/// The thirteenth pass's restatement (docs/claims.md, "Thirteenth pass: summary redundancy"): a
/// sentence naming no one retells what the summary already tells, even with a day or place of its
/// own. With controls it must leave alone.
@Suite("Summary unnamed retellings")
struct SummaryUnnamedTests {
    let analyzer = ArticleAnalyzer()

    func story(_ texts: [String]) -> StorySentences {
        StorySentences(
            articles: texts.enumerated().map { index, text in
                analyzer.analyze(
                    Article(
                        id: "a\(index)", input: "a\(index)", outlet: "Outlet \(index)",
                        published: PublicationDate(iso8601: "2026-03-04"), language: "en", text: text))
            })
    }

    func claim(_ opening: String, in sentences: StorySentences) throws -> Claim {
        let item = try #require(sentences.items.first { $0.text.hasPrefix(opening) }, "no sentence \(opening)")
        return SummaryWriter().resolved(item, roles: nil)
    }

    static let shooting = [
        """
        Deputy Tom Arden was shot and killed outside his home during an investigation.

        The gunman fled the scene but was arrested by police officers.
        """,
        """
        A deputy was shot and killed on Friday night.

        The sheriff said the department would review its training for home visits.
        """,
    ]

    @Test func anUnnamedSentenceRetellingTheSummaryRestates() throws {
        let sentences = story(Self.shooting)
        let lead = try claim("Deputy Tom Arden", in: sentences)
        let arrest = try claim("The gunman fled", in: sentences)
        let again = try claim("A deputy was shot", in: sentences)
        #expect(again.who.isEmpty && again.when.contains { $0.contains("friday") || $0.hasPrefix("2026") })
        // Its day is its own: the tests of the earlier passes keep it.
        #expect(!SummaryWriter.retells(again, lead) && !SummaryWriter.toldAcross(again, by: [lead, arrest]))
        #expect(SummaryWriter.retellsUnnamed(again, by: [lead, arrest], background: false))
        // The whole summary: with the rule the retelling is left out, without it taken in.
        var off = SummaryConfiguration()
        off.unnamedRetellingRestates = false
        let on = SummaryWriter().summary(of: sentences, matches: []).map(\.text)
        let without = SummaryWriter(configuration: off).summary(of: sentences, matches: []).map(\.text)
        #expect(!on.contains { $0.hasPrefix("A deputy was shot") })
        #expect(without.contains { $0.hasPrefix("A deputy was shot") })
    }

    @Test func aNameACountOrAHappeningOfItsOwnKeepsIt() throws {
        let sentences = story([
            Self.shooting[0],
            """
            Two deputies were shot and killed on Friday night.

            Deputy Ann Reyes was shot and killed on Friday night.

            A deputy was sued on Friday night.

            No deputy was shot on Friday night.
            """,
        ])
        let chosen = [try claim("Deputy Tom Arden", in: sentences), try claim("The gunman fled", in: sentences)]
        for opening in ["Two deputies", "Deputy Ann Reyes", "A deputy was sued", "No deputy"] {
            let claim = try claim(opening, in: sentences)
            #expect(!SummaryWriter.retellsUnnamed(claim, by: chosen, background: false), "\(opening)")
        }
    }

    @Test func backgroundHappeningsAreReadOnlyWhenAsked() throws {
        let sentences = story([
            """
            Thousands marched in the capital during a strike against spending cuts.

            The government was forced to cut salaries and pensions.
            """
        ])
        let strike = try claim("Thousands marched", in: sentences)
        let cuts = try claim("The government was forced", in: sentences)
        #expect(strike.backgroundHappening.contains("cut") || !strike.happening.contains("cut"))
        #expect(!SummaryWriter.retellsUnnamed(cuts, by: [strike], background: false))
    }
}
