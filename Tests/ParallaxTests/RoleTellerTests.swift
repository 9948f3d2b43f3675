import Testing

@testable import Parallax

/// Roles and openings, twelfth round (docs/analysis-evaluation.md, "Twelfth round: speakers"): a
/// role noun ("the manager said") refers back to a person, never to an outlet or agency named last;
/// a participle and its particle opening a sentence ("Looking back on …, she told X:") is how the
/// teller spoke, not what was said; "it" is a thing, never the person who spoke last; a bare span
/// of time or a date is no teller; "pointed" before a noun phrase acts. Texts written for these
/// tests, each beside a control.
@Suite("Roles, participle openings, things and times")
struct RoleTellerTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: "Harbor vote\n\n" + text)).quotes
    }

    func quote(_ words: String, in text: String) throws -> QuoteMention {
        let found = quotes(text)
        return try #require(found.first { $0.text.contains(words) }, "no quote with \(words) in \(found.map(\.text))")
    }

    @Test func aRoleNounAfterAnOutletStaysDescribed() throws {
        let text = """
            A crowd gathered outside the shop on Friday night.
            The Harbor Gazette says the crowd looted a pharmacy.
            The manager said, "They poured in here like forty of them."
            """
        let manager = try quote("They poured in here", in: text)
        #expect(manager.speaker == nil)
        #expect(manager.speakerDescription == "The manager")
        // Control: after a person named last, the role still refers back to that person.
        let person = """
            Ada Wren, who runs the pharmacy, said the crowd was large.
            The manager said, "They poured in here like forty of them."
            """
        #expect(try quote("They poured in here", in: person).speaker == "Ada Wren")
    }

    @Test func aParticipleOpeningIsNoStatement() throws {
        let text = """
            Ada Wren never spoke of her years on the quay.
            Looking back on the years that followed, she told the Harbor Gazette in 1998:
            "I never thought it was shameful."
            """
        let found = quotes(text)
        #expect(!found.contains { $0.text.hasPrefix("Looking back") })
        #expect(try quote("I never thought", in: text).speaker == "Ada Wren")
        // Control: a gerund subject with no particle after it opens a statement.
        let gerund = try quote(
            "Seeing the quay", in: "Seeing the quay flooded led him to act at once, Tom Brandt said.")
        #expect(gerund.speaker == "Tom Brandt")
    }

    @Test func itIsAThingNeverThePersonWhoSpokeLast() throws {
        let text = """
            Ada Wren said she ran the harbor fund for years.
            How the fund lost its money is not explained in the audit against her, but it says she moved the money to a private account.
            """
        let audit = try quote("she moved the money", in: text)
        #expect(audit.speaker == nil)
        #expect(audit.speakerDescription == "the audit")
        // Control: after a body that spoke, "it" is that body.
        let board = """
            The Harbor Board said on Monday that the fund was closed.
            It said the money had been moved to a private account.
            """
        #expect(try quote("the money had been moved", in: board).speaker == "Harbor Board")
    }

    @Test func aSpanOfTimeOrADateIsNoTeller() throws {
        let later = quotes(
            "Ada Wren left the quay in 1958.\nIt was only decades later revealed that she had moved to Florida and joined a church."
        )
        #expect(!later.contains { $0.speakerDescription == "only decades" })
        let gala = try quote(
            "What would bug",
            in:
                "Ada Wren also earned praise as the host of the harbor gala in 2001, which was twice delayed because of the September 11 attacks, memorably lightening the somber mood by asking, \"What would bug the board more than a quay full of boats?\""
        )
        #expect(gala.speaker == "Ada Wren")
        // Control: a share ("43 said") and a phrase ending in a time ("speeches over the decades") tell.
        #expect(
            try quote("they backed", in: "Of the voters polled, 43 said they backed the quay plan.").speakerDescription
                == "43")
        let voters = try quote(
            "less magnetism",
            in:
                "Voters who have listened to her speeches over the decades said she had less magnetism than they remembered."
        )
        #expect(voters.speakerDescription == "Voters")
    }

    @Test func pointedBeforeANounPhraseActs() {
        let pointed = quotes("Ada Wren pointed a flare gun at the boats before the guards arrived on the quay.")
        #expect(!pointed.contains { $0.text.contains("flare gun") })
        // Control: "pointed out that" tells.
        let out = quotes("Ada Wren pointed out that the quay had flooded twice this winter.")
        #expect(out.contains { $0.text.contains("the quay had flooded") && $0.speaker == "Ada Wren" })
    }
}
