import Testing

@testable import Parallax

/// Restatements the twelfth pass catches (docs/claims.md, "Twelfth pass: summary redundancy"): the
/// names of who tells a sentence are no participants, an age in apposition and a street address are
/// no counts, what the chosen sentences tell together is not told again, and a headline run into the
/// text is no summary sentence. Each rule with a control it must leave alone.
@Suite("Summary tellers")
struct SummaryTellersTests {
    /// The story, sentence and restatement helpers of the eleventh pass's suite.
    let helpers = SummaryRetellingTests()

    func sentences(_ text: String) -> StorySentences { helpers.sentences(text) }

    func item(_ opening: String, in sentences: StorySentences) throws -> StorySentences.Item {
        try helpers.item(opening, in: sentences)
    }

    func restates(
        _ item: StorySentences.Item, by lead: StorySentences.Item,
        rule: WritableKeyPath<SummaryConfiguration, Bool>
    ) -> (on: Bool, off: Bool) {
        helpers.restates(item, by: lead, rule: rule)
    }

    static let clinic = """
        Mara Quill's attorney said Thursday the singer checked into a California rehab facility, but a \
        state official said it is unlicensed to perform the treatment a judge required.

        Attorney Dan Vell told Superior Court Judge Ada Stone that Quill had checked into Harbour \
        Recovery in Port Alder, according to the Associated Press.

        According to a report in the Alder Times, Quill checked into Harbour Recovery in Port Alder.
        """

    @Test func tellersAreNoParticipants() throws {
        let story = sentences(Self.clinic)
        let lead = try item("Mara Quill's attorney said", in: story)
        let told = try item("Attorney Dan Vell told", in: story)
        #expect(told.claim.people.contains("dan vell"))
        #expect(restates(told, by: lead, rule: \.tellersAreNoParticipants) == (true, false))
        var claim = told.claim
        SummaryWriter.dropTellers(&claim, in: told.sentence)
        #expect(!claim.who.contains("dan vell") && !claim.who.contains("ada stone"))
        let according = try item("According to a report", in: story)
        claim = according.claim
        SummaryWriter.dropTellers(&claim, in: according.sentence)
        #expect(!claim.who.contains { $0.contains("alder times") })
        // Control: an owner before the teller is the one the sentence is about ("Mara Quill's attorney said").
        claim = lead.claim
        SummaryWriter.dropTellers(&claim, in: lead.sentence)
        #expect(claim.who.contains("mara quill"))
    }

    static let obituary = """
        Mara Quill, the singer who starred in glittering harbour musicals of the 1970s, has died.

        Quill, 91, passed away early Thursday in her sleep, according to her publicist.

        Quill, who sold 40 records, passed away early Thursday in her sleep.
        """

    @Test func anAgeInAppositionIsNoCount() throws {
        let story = sentences(Self.obituary)
        let lead = try item("Mara Quill, the singer", in: story)
        let aged = try item("Quill, 91, passed away", in: story)
        #expect(restates(aged, by: lead, rule: \.describingNumbersAreNoCounts) == (true, false))
        // Control: a count of its own is still one.
        let records = try item("Quill, who sold 40 records", in: story)
        #expect(SummaryWriter().restatement(of: records, by: lead) != .restates)
    }

    static let shooting = """
        Deputy Tom Arden was shot and killed on Friday.

        Arden was shot outside his home in the 3400 block of Harbour Street.
        """

    @Test func aStreetAddressIsNoCount() throws {
        let story = sentences(Self.shooting)
        let lead = try item("Deputy Tom Arden", in: story)
        let address = try item("Arden was shot outside", in: story)
        #expect(restates(address, by: lead, rule: \.describingNumbersAreNoCounts) == (true, false))
    }

    static let crash = """
        A woman died after being hit by a car that fled the scene in Port Alder on Friday.

        The driver was arrested by police officers.

        Police arrested a driver after the crash that killed a woman in Port Alder on Friday.

        Police arrested a driver after a crash that killed a man in Bay City on Saturday.
        """

    @Test func whatTheChosenSentencesTellTogetherIsNotToldAgain() throws {
        let story = sentences(Self.crash)
        let lead = try item("A woman died", in: story).claim
        let arrest = try item("The driver was arrested", in: story).claim
        let again = try item("Police arrested a driver after the crash", in: story).claim
        #expect(SummaryWriter.toldAcross(again, by: [lead, arrest]))
        // Without the arrest told, the happening is its own.
        #expect(!SummaryWriter.toldAcross(again, by: [lead, lead]))
        // Control: a day and place of its own tell another crash.
        let other = try item("Police arrested a driver after a crash that killed a man", in: story).claim
        #expect(!SummaryWriter.toldAcross(other, by: [lead, arrest]))
    }

    @Test func aHeadlineRunIntoTheTextIsNoSummarySentence() throws {
        let story = sentences(
            """
            THREE PEOPLE HAVE DIED IN A BLAZE that broke out at the Harbour Bank.

            EU and IMF leaders met in Port Alder on Friday.
            """)
        let shouted = try item("THREE PEOPLE", in: story)
        #expect(SummaryWriter.standing(of: shouted, in: story).pointsBack)
        var off = SummaryConfiguration()
        off.shoutedWords = 0
        #expect(!SummaryWriter.standing(of: shouted, in: story, configuration: off).pointsBack)
        // Control: acronyms in a row are names, not a headline.
        let names = try item("EU and IMF", in: story)
        #expect(!SummaryWriter.standing(of: names, in: story).pointsBack)
    }
}
