import Testing

@testable import Parallax

/// Restatements in other words (docs/claims.md, "Tenth pass: summary redundancy"): WordNet's
/// paraphrases of a happening ("passed away", "step down") and a role noun ("the actress") resolved to
/// the person the story's appositions give it. Each rule with a control it must leave alone.
@Suite("Summary paraphrases and roles")
struct SummaryParaphraseTests {
    let analyzer = ArticleAnalyzer()

    func analyzed(_ id: String, _ text: String) -> AnalyzedArticle {
        analyzer.analyze(
            Article(
                id: id, input: id, outlet: "Outlet " + id, published: PublicationDate(iso8601: "2026-03-04"),
                language: "en", text: text))
    }

    func item(_ opening: String, in sentences: StorySentences) throws -> StorySentences.Item {
        try #require(sentences.items.first { $0.text.hasPrefix(opening) }, "no sentence \(opening)")
    }

    @Test func aPhraseOfWordNetTellsItsHappening() throws {
        let sentences = StorySentences(articles: [
            analyzed(
                "a",
                """
                The swimmer Nell Varga passed away on Thursday in Port Alder at the age of 91.

                The swimmer Nell Varga passed the baton away from the crowd in Port Alder.

                The chairman Omar Lusk will step down from the board of Port Alder next year.

                The chairman Omar Lusk will step out of the board meeting in Port Alder next year.
                """)
        ])
        #expect(try item("The swimmer Nell Varga passed away", in: sentences).claim.happening.contains("death"))
        // Control: "passed" without "away" right after it is no death.
        #expect(try !item("The swimmer Nell Varga passed the baton", in: sentences).claim.happening.contains("death"))
        #expect(try item("The chairman Omar Lusk will step down", in: sentences).claim.happening.contains("resign"))
        #expect(try !item("The chairman Omar Lusk will step out", in: sentences).claim.happening.contains("resign"))
    }

    @Test func aDeathToldInOtherWordsRestatesIt() throws {
        let sentences = StorySentences(articles: [
            analyzed(
                "a",
                """
                Former swimmer Nell Varga died on Thursday in Port Alder, her family said.

                Former swimmer Nell Varga passed away on Thursday in Port Alder.

                Former swimmer Nell Varga was born in a fishing village near Port Alder in 1931.
                """)
        ])
        let writer = SummaryWriter()
        let lead = try item("Former swimmer Nell Varga died", in: sentences)
        #expect(
            writer.restatement(of: try item("Former swimmer Nell Varga passed away", in: sentences), by: lead)
                == .restates)
        // Control: another happening of the same person is no restatement.
        let born = try item("Former swimmer Nell Varga was born", in: sentences)
        #expect(writer.restatement(of: born, by: lead) != .restates)
    }

    static let rehab = """
        The agent of actress Mara Quill said she checked herself into the Harbourside clinic in Port Alder.

        The actress, who starred in the film Salt Harbour, decided to check in last week.

        The singer, who starred in the film Salt Harbour, decided to check in last week.
        """

    @Test func aRoleNounIsThePersonItsAppositionNames() throws {
        let article = analyzed("a", Self.rehab)
        let sentences = StorySentences(articles: [article])
        let roles = StoryRoles(articles: [article], share: 0.67, modifiers: 3)
        #expect(roles.people["actress"] == "mara quill")
        let role = try item("The actress, who starred", in: sentences)
        var claim = role.claim
        roles.resolve(&claim, in: role.sentence, modifiers: 3)
        #expect(claim.who.contains("mara quill"))
        let lead = try item("The agent of actress Mara Quill", in: sentences)
        #expect(SummaryWriter().restatement(of: role, by: lead, roles: roles) == .restates)
        // Control: without the roles, the role names nobody and the sentence is no restatement.
        #expect(!role.claim.who.contains("mara quill"))
        #expect(SummaryWriter().restatement(of: role, by: lead) != .restates)
        // Control: a role no apposition of the story gives anyone stays unresolved.
        let singer = try item("The singer, who starred", in: sentences)
        var other = singer.claim
        roles.resolve(&other, in: singer.sentence, modifiers: 3)
        #expect(!other.who.contains("mara quill"))
    }

    @Test func aRoleTwoPeopleShareIsNoOne() throws {
        let shared = StoryRoles(
            articles: [analyzed("a", "The agents of actress Mara Quill and actress Lena Dorsey said both checked in.")],
            share: 0.67, modifiers: 3)
        #expect(shared.people["actress"] == nil)
        // Apposition after the name: "Mara Quill, the 33-year-old actress".
        let after = StoryRoles(
            articles: [analyzed("b", "On Monday the agent said Mara Quill, the 33-year-old actress, checked in.")],
            share: 0.67, modifiers: 3)
        #expect(after.people["actress"] == "mara quill")
        // Control: words after a name that say something else give it no role.
        let said = StoryRoles(
            articles: [analyzed("c", "On Monday the tickets went to Mara Quill, said the spokesman for the clinic.")],
            share: 0.67, modifiers: 3)
        #expect(said.people["spokesman"] == nil)
    }
}
