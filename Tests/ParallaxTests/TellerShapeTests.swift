import Testing

@testable import Parallax

/// The teller of reported words across shapes that hid it: a party tag whose abbreviation ends
/// with a full stop inside its brackets, and a scare quote closing the clause between a subject
/// and its cue. Sentences written for these tests; the first line of each text is its title.
@Suite("Teller shapes")
struct TellerShapeTests {
    func quote(_ text: String, containing words: String) throws -> QuoteMention {
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        return try #require(article.quotes.first { $0.text.contains(words) }, "no quote with \"\(words)\"")
    }

    @Test func aPartyTagEndingInAFullStopLeavesTheNameAsTeller() throws {
        let text = """
            Harbor vote

            Committee Chairman Ada Wren (D-Calv.) said he expects Tom Brandt to play a major role in the race this fall.
            """
        let found = try quote(text, containing: "a major role")
        #expect(found.speaker == "Ada Wren")
        #expect(found.cue == "said")
        #expect(found.text.hasPrefix("he expects"))
    }

    @Test func aBareLetterPartyTagKeepsTheTellerToo() throws {
        let text = """
            Harbor vote

            Rep. Ada Wren (R-Miss.) told reporters the harbor board is rigged against the traders.
            """
        let found = try quote(text, containing: "rigged against the traders")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aScareQuoteClosingARelativeClauseDoesNotHideTheTeller() throws {
        let text = """
            Harbor vote

            Gordon Humphrey spoke in Harnow on Monday.

            Humphrey, who calls Brandt a “sociopath,” said he doesn’t believe the effort needs a settled alternative to succeed.
            """
        let found = try quote(text, containing: "settled alternative")
        #expect(found.speaker == "Gordon Humphrey")
        #expect(found.cue == "said")
    }

    @Test func aLongQuotationBeforeTheCueStillTakesTheNameAfterIt() throws {
        let text = """
            Harbor vote

            Ada Wren spoke first. “The board has failed every trader on this street,” said Tom Brandt, a spokesman for the union.
            """
        let found = try quote(text, containing: "failed every trader")
        #expect(found.speaker == "Tom Brandt")
    }

    @Test func anAbbreviatedRankJoinsTheNameAfterIt() throws {
        let text = """
            Harbor crash

            "Officers used a stun gun to subdue him," said Sgt. Marty Earley.
            """
        let found = try quote(text, containing: "stun gun")
        #expect(found.speaker == "Marty Earley")
    }

    @Test func aRoleBeforeANameBetweenCommasIsThatPerson() throws {
        let text = """
            Harbor crash

            "We deny that we engaged in any improper conduct under the bylaws," said Brandt's attorney, James Zeszutek.
            """
        let found = try quote(text, containing: "improper conduct")
        #expect(found.speaker == "James Zeszutek")
        #expect(found.speakerDescription == "Brandt's attorney")
    }

    @Test func aNameAfterTheSentencesVerbIsNoTellerOfASecondVerb() throws {
        let text = """
            Harbor crash

            Hal Verno refused to stop at the harbor gate on Friday.

            Police pulled Verno over a few blocks away and say they had to use a stun gun to get him out of the car.
            """
        let found = try quote(text, containing: "get him out of the car")
        #expect(found.speaker != "Hal Verno")
        #expect(found.speakerDescription == "Police")
    }

    @Test func theAuthorOfAStatementByNameIsItsTeller() throws {
        let text = """
            Harbor report

            Below is a statement by Francesca Grifo, director of the union's Harbor Integrity Program:

            "Several last-minute changes have undermined the foundation of the harbor act, and today the board has begun to repair the damage."
            """
        let found = try quote(text, containing: "last-minute changes")
        #expect(found.speaker == "Francesca Grifo")
    }

    @Test func theWritersOwnWordsHaveNoSpeakerAndStayOutOfBriefs() throws {
        let text = """
            Harbor fight

            Tom Brandt lost the harbor vote on Monday.

            I said during the fight that this was yet another case of the board fighting down to its opponent.
            """
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        let found = try #require(article.quotes.first { $0.text.contains("fighting down") })
        #expect(found.speaker == nil)
        #expect(!BriefSynthesizer.saysSomething(found, in: article))
    }

    @Test func aFirstNameTellsWhichPronounCanReferBack() throws {
        let text = """
            Harbor singer dies

            Ada Vollen, the harbor's best-known singer, died on Thursday at her home. She was 85.

            "She captured the imagination of a generation," her agent, Mark Tollis, said.

            In her later years, she defended the songs she had written.

            "I never thought it was shameful," she said.
            """
        let found = try quote(text, containing: "never thought it was shameful")
        #expect(found.speaker != "Mark Tollis")
    }

    @Test func aPronounYieldsToANamedPersonOverASpeakerDescribedOnly() throws {
        let text = """
            Harbor singer dies

            Ada Vollen, the harbor's best-known singer, died on Thursday at her home. She was 85.

            A representative said the singer had been ill for a year.

            "I never thought it was shameful," she said.
            """
        let found = try quote(text, containing: "never thought it was shameful")
        #expect(found.speaker == "Ada Vollen")
    }

    @Test func aTitleAfterANamingVerbAndASumAddedStayOutOfBriefs() throws {
        let text = """
            Harbor queen

            A film called "The Notorious Harbor Queen" was released in 2005.

            The city had offered $75,000 in the case, and the county board added another $20,000 to that pot.

            Tom Brandt added that the reward would stay open until the end of the year.
            """
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        let says = { (words: String) in
            article.quotes.filter { $0.text.contains(words) }.contains {
                BriefSynthesizer.saysSomething($0, in: article)
            }
        }
        // Both are found by the analysis (PolNeAR counts such objects); the brief leaves them out.
        #expect(article.quotes.contains { $0.text.contains("Notorious Harbor Queen") })
        #expect(article.quotes.contains { $0.text.contains("$20,000") })
        #expect(!says("Notorious Harbor Queen"))
        #expect(!says("$20,000"))
        #expect(says("the reward would stay open"))
    }
}
