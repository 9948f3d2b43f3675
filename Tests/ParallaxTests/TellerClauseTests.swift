import Testing

@testable import Parallax

/// Tellers around a clause, eighth round (docs/analysis-evaluation.md): a relative clause with no
/// commas between a subject and its cue, a pronoun after an object's relative, and adverbs between
/// a subject and its verb. Sentences written for these tests; the first line of each text is its
/// title.
@Suite("Teller clauses")
struct TellerClauseTests {
    func analyzed(_ text: String) -> AnalyzedArticle {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
    }

    func quote(_ text: String, containing words: String) throws -> QuoteMention {
        try #require(analyzed(text).quotes.first { $0.text.contains(words) }, "no quote with \"\(words)\"")
    }

    func mention(_ quote: QuoteMention, in text: String) -> String? {
        guard let start = quote.speakerStart, let end = quote.speakerEnd else { return nil }
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    @Test func theNounBeforeARelativeClauseWithoutCommasTells() throws {
        let text = """
            Harbor vote

            Fishermen who have opposed the dredging plan warned on Tuesday that the north quay would silt up within a year.
            """
        let found = try quote(text, containing: "north quay would silt up")
        #expect(mention(found, in: text) == "Fishermen")
        #expect(found.speakerDescription == "Fishermen")
    }

    @Test func aNameInsideARelativeClauseIsNotTheTeller() throws {
        let text = """
            Harbor vote

            Two traders who spoke with Mayor Ada Wren said the quay fees would double next spring.
            """
        let found = try quote(text, containing: "quay fees would double")
        #expect(found.speaker == nil)
        #expect(mention(found, in: text) == "Two traders")
    }

    @Test func aPronounAfterAnObjectsRelativeTellsNotTheRelative() throws {
        let text = """
            Harbor vote

            Governor Ada Wren spoke at the harbor on Monday. She praised the divers, who she said were working through the night to clear the channel.
            """
        let found = try quote(text, containing: "working through the night")
        #expect(mention(found, in: text) == "she")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aSubjectsOwnRelativeStillTells() throws {
        let text = """
            Harbor vote

            The board met on Monday. Tom Brandt, who said the quay fees were too high, left early.
            """
        let found = try quote(text, containing: "quay fees were too high")
        #expect(mention(found, in: text) == "who")
        #expect(found.speaker == "Tom Brandt")
    }

    @Test func anAdverbBetweenASubjectAndItsVerbIsNoTeller() throws {
        let text = """
            Harbor vote

            The Harbor Traders Guild has twice complained to the port office that the new fees break the old charter.
            """
        let found = try quote(text, containing: "new fees break the old charter")
        #expect(found.speaker == "Harbor Traders Guild")
    }

    @Test func inThePastBetweenASubjectAndItsVerbIsNoTeller() throws {
        let text = """
            Harbor vote

            Brandt's closest friends have in the past said he was staying quiet to keep the harbor vote calm.
            """
        let found = try quote(text, containing: "staying quiet to keep")
        #expect(mention(found, in: text)?.hasSuffix("closest friends") == true)
    }

    @Test func twoPeopleJoinedAfterTheCueBothTell() throws {
        let text = """
            Harbor vote

            "The north quay will open before the summer trade begins," said Ada Wren and Tom Brandt.
            """
        let found = try quote(text, containing: "north quay will open")
        #expect(found.speaker == "Ada Wren and Tom Brandt")
    }

    @Test func twoPeopleJoinedBeforeTheCueBothTell() throws {
        let text = """
            Harbor vote

            Harbor board members Ada Wren and Tom Brandt said the north quay would open before the summer trade begins.
            """
        let found = try quote(text, containing: "north quay would open")
        #expect(found.speaker == "Ada Wren and Tom Brandt")
    }

    @Test func theObjectOfAVerbIsNotJoinedToTheTeller() throws {
        let text = """
            Harbor vote

            The guild thanked Ada Wren and Tom Brandt said the north quay would open before the summer trade.
            """
        let found = try quote(text, containing: "north quay would open")
        #expect(found.speaker == "Tom Brandt")
    }

    @Test func aCueWordAfterAPrepositionIsANoun() {
        let text = """
            Harbor vote

            The court of claims denied the traders' motions to halt the dredging on Friday.
            """
        #expect(!analyzed(text).quotes.contains { $0.cue == "claims" })
    }

    @Test func aQuotationRunningIntoACuedParagraphIsThatCuesSpeaker() throws {
        let text = """
            Harbor vote

            "The divers did fine work on the north quay this week," said Tom Brandt, who runs the ferry.

            "He was shaken by the storm.

            "He still finished the survey of the channel before dark," said Mayor Ada Wren.
            """
        let opening = try quote(text, containing: "shaken by the storm")
        #expect(opening.speaker == "Ada Wren")
        let closing = try quote(text, containing: "finished the survey")
        #expect(closing.speaker == "Ada Wren")
    }

    @Test func aParagraphClosingAReopenedQuotationWithoutItsMarkIsThatCuesSpeaker() throws {
        let text = """
            Harbor vote

            "The divers did fine work on the north quay this week," said Tom Brandt, who runs the ferry.

            "He was shaken by the storm.

            He still finished the survey of the channel before dark," said Mayor Ada Wren.
            """
        let opening = try quote(text, containing: "shaken by the storm")
        #expect(opening.speaker == "Ada Wren")
    }
}
