import Testing

@testable import Parallax

/// Roles and openings, twelfth round (docs/analysis-evaluation.md, "Twelfth round: speakers"): a
/// role noun ("the manager said") refers back to a person, never to an outlet or agency named last;
/// a participle and its particle opening a sentence ("Looking back on …, she told X:") is how the
/// teller spoke, not what was said. Texts written for these tests, each beside a control.
@Suite("Roles and participle openings")
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
        let gerund = try quote("Seeing the quay", in: "Seeing the quay flooded led him to act at once, Tom Brandt said.")
        #expect(gerund.speaker == "Tom Brandt")
    }
}
