import Testing

@testable import Parallax

/// Restatements the eleventh pass catches (docs/claims.md, "Eleventh pass: summary redundancy"):
/// happenings only the summary reads ("will host", "emcee"), a sentence naming no one new that
/// retells a chosen one's happening, and a word of several things used as a pronoun. Each rule with
/// a control it must leave alone.
@Suite("Summary retellings")
struct SummaryRetellingTests {
    let analyzer = ArticleAnalyzer()

    func sentences(_ text: String) -> StorySentences {
        StorySentences(articles: [
            analyzer.analyze(
                Article(
                    id: "a", input: "a", outlet: "Outlet a", published: PublicationDate(iso8601: "2026-03-04"),
                    language: "en", text: text))
        ])
    }

    func item(_ opening: String, in sentences: StorySentences) throws -> StorySentences.Item {
        try #require(sentences.items.first { $0.text.hasPrefix(opening) }, "no sentence \(opening)")
    }

    /// Whether `item` restates `lead` with the summary's settings, and with `rule` turned off.
    func restates(
        _ item: StorySentences.Item, by lead: StorySentences.Item,
        rule: WritableKeyPath<SummaryConfiguration, Bool>
    ) -> (on: Bool, off: Bool) {
        var off = SummaryConfiguration()
        off[keyPath: rule] = false
        return (
            SummaryWriter().restatement(of: item, by: lead) == .restates,
            SummaryWriter(configuration: off).restatement(of: item, by: lead) == .restates
        )
    }

    static let gala = """
        The academy said it was thrilled to have Mara Quill host the Harbour Awards gala.

        Mara Quill will emcee the Harbour Awards gala for a second time, the academy said.

        Mara Quill will open a bakery beside the Harbour Awards hall, the academy said.
        """

    @Test func aHappeningOnlyTheSummaryReadsJoinsTwoTellings() throws {
        let story = sentences(Self.gala)
        let lead = try item("The academy said it was thrilled", in: story)
        let emcee = try item("Mara Quill will emcee", in: story)
        // The shared claims do not read "host" (it cost the supports): the summary alone does.
        #expect(!emcee.claim.happening.contains("host"))
        #expect(restates(emcee, by: lead, rule: \.summaryHappenings) == (true, false))
        // Control: another happening of the same person is no restatement.
        let bakery = try item("Mara Quill will open a bakery", in: story)
        #expect(SummaryWriter().restatement(of: bakery, by: lead) != .restates)
    }

    static let blaze = """
        A fire destroyed the Harbour Street church in Port Alder on Friday, causing $2 million in damage.

        The fire, which began in the kitchen, did an estimated $2 million in damage.

        The fire, which began in the kitchen, did an estimated $5 million in damage.

        The fire spread to a school nearby on Saturday, causing $2 million in damage.
        """

    @Test func aSentenceNamingNoOneThatRetellsTheHappeningRestatesIt() throws {
        let story = sentences(Self.blaze)
        let lead = try item("A fire destroyed", in: story)
        let retold = try item("The fire, which began in the kitchen, did an estimated $2 million", in: story)
        #expect(restates(retold, by: lead, rule: \.unnamedHappeningRestates) == (true, false))
        // Control: a day of its own tells more than the chosen sentence does.
        let spread = try item("The fire spread to a school", in: story)
        #expect(SummaryWriter().restatement(of: spread, by: lead) != .restates)
        // Control: another amount is a count of its own (a conflict the brief notes, not a restatement).
        let other = try item("The fire, which began in the kitchen, did an estimated $5 million", in: story)
        #expect(SummaryWriter().restatement(of: other, by: lead) != .restates)
        #expect(!SummaryWriter.countsAgree(other.claim, lead.claim))
        #expect(SummaryWriter.countsAgree(retold.claim, lead.claim))
    }

    @Test func aWordOfSeveralThingsAsAPronounPointsBack() {
        #expect(SummaryWriter.standsForThingsTold("Police responded to both, but an employee found the device."))
        #expect(SummaryWriter.standsForThingsTold("Neither. The court was told nothing more."))
        // Control: the word before a noun, or before "of", says what it stands for.
        #expect(!SummaryWriter.standsForThingsTold("Both officers fired at the suspect."))
        #expect(!SummaryWriter.standsForThingsTold("Tom Tennant and William Hakim, both 51, died at the scene."))
        #expect(!SummaryWriter.standsForThingsTold("Both of the officers were charged."))
    }
}
