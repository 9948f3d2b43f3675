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
        A man was shot and killed on Friday night.

        The sheriff said the department would review its training for home visits.
        """,
    ]

    @Test func anUnnamedSentenceRetellingTheSummaryRestates() throws {
        let sentences = story(Self.shooting)
        let lead = try claim("Deputy Tom Arden", in: sentences)
        let arrest = try claim("The gunman fled", in: sentences)
        let again = try claim("A man was shot", in: sentences)
        #expect(again.who.isEmpty && again.when.contains { $0.contains("friday") || $0.hasPrefix("2026") })
        // Its day is its own: the tests of the earlier passes keep it.
        #expect(!SummaryWriter.retells(again, lead) && !SummaryWriter.toldAcross(again, by: [lead, arrest]))
        #expect(SummaryWriter.retellsUnnamed(again, by: [lead, arrest], background: false))
    }

    @Test func aNameACountOrAHappeningOfItsOwnKeepsIt() throws {
        let sentences = story([
            Self.shooting[0],
            """
            In all, 12 deputies were shot and killed on Friday night.

            Deputy Ann Reyes was shot and killed on Friday night.

            A deputy was sued on Friday night.

            No deputy was shot on Friday night.
            """,
        ])
        let chosen = [try claim("Deputy Tom Arden", in: sentences), try claim("The gunman fled", in: sentences)]
        for opening in ["In all, 12 deputies", "Deputy Ann Reyes", "A deputy was sued", "No deputy"] {
            let claim = try claim(opening, in: sentences)
            #expect(!SummaryWriter.retellsUnnamed(claim, by: chosen, background: false), "\(opening)")
        }
    }

    @Test func backgroundHappeningsAreReadOnlyWhenAsked() throws {
        let sentences = story([
            """
            A woman died after being hit by a car that fled the scene.

            The car fled but was found later.
            """
        ])
        let death = try claim("A woman died", in: sentences)
        let fled = try claim("The car fled", in: sentences)
        #expect(death.backgroundHappening.contains("escape"), "\(death)")
        #expect(!SummaryWriter.retellsUnnamed(fled, by: [death], background: false))
        #expect(SummaryWriter.retellsUnnamed(fled, by: [death], background: true), "\(fled)")
    }
}
