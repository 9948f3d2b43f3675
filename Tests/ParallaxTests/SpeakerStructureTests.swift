import Testing

@testable import Parallax

/// Speakers from the attribution's structure, seventh round (docs/analysis-evaluation.md): a
/// transcript quoted paragraph by paragraph, whose one-word labels name people the article names;
/// a predicate taken for a described teller gives way to its subject.
/// Sentences written for these tests; the first line of each text is its title.
@Suite("Speaker structure")
struct SpeakerStructureTests {
    func analyzed(_ text: String) -> AnalyzedArticle {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
    }

    func quote(_ text: String, containing words: String) throws -> QuoteMention {
        try #require(analyzed(text).quotes.first { $0.text.contains(words) }, "no quote with \"\(words)\"")
    }

    @Test func aQuotedTranscriptLabelNamingAPersonOfTheStoryIsTheSpeaker() throws {
        let text = """
            Harbor debate transcript

            Tom Brandt, the host, questioned Governor Ada Wren about the harbor dredging plan on Sunday.

            "BRANDT: Governor, the board says the dredging will cost twice what you promised the traders.

            "WREN: Well, the board has not read the survey, and the divers finished their work last week.
            """
        let answer = try quote(text, containing: "divers finished their work")
        #expect(answer.speaker == "Ada Wren")
        #expect(answer.cue == ":")
        let question = try quote(text, containing: "cost twice what you promised")
        #expect(question.speaker == "Tom Brandt")
    }

    @Test func aOneWordLabelNamingNobodyOfTheStoryIsNoSpeaker() {
        let text = """
            Harbor debate transcript

            Governor Ada Wren spoke about the harbor dredging plan on Sunday.

            "HOST: Good evening and welcome to the harbor hour on the coast station.
            """
        let quotes = analyzed(text).quotes
        #expect(!quotes.contains { $0.speaker == "Host" })
    }

    @Test func anUnquotedTwoWordLabelStillSpeaksInATranscript() throws {
        let text = """
            Harbor debate transcript

            TOM BRANDT: Will the north quay open before the summer trade begins?

            ADA WREN: The divers finished their survey of the north quay last week.
            """
        let found = try quote(text, containing: "divers finished their survey")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aLoneCapitalizedKickerIsNoSpeaker() {
        let text = """
            Harbor debate

            MUST READ: Harbor board delays the dredging of the north quay again

            The harbor board met on Monday and delayed the dredging for a third time this year.
            """
        #expect(!analyzed(text).quotes.contains { $0.speaker == "Must Read" })
    }

    @Test func aPredicateBeforeAColonIsNoTellerItsSubjectIs() throws {
        let text = """
            Harbor vote

            Mayor Ada Wren has adopted the position common among harbor towns: “We dredge when the traders pay, and not before.”
            """
        let found = try quote(text, containing: "We dredge when the traders pay")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aVerbWithItsObjectAfterAnInterruptionIsNoTeller() throws {
        let text = """
            Harbor vote

            Tom Brandt spoke at the harbor meeting on Monday.

            Ada Wren, who has run the ferry for twenty years, also decried Brandt’s repeated calls to close the north quay, noting she has “lost half the summer trade” since the spring.
            """
        let found = try quote(text, containing: "lost half the summer trade")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aParticipleBeforeANounStillDescribesTheTeller() throws {
        let text = """
            Harbor vote

            On Monday, frustrated traders said the north quay had been closed for far too long this year.
            """
        let found = try quote(text, containing: "closed for far too long")
        #expect(found.speaker == nil)
        #expect(found.speakerDescription?.contains("frustrated traders") == true)
    }

    @Test func surnameLabelsBesideFullNameLabelsAreTheProgrammesStaff() {
        let text = """
            Harbor hour transcript

            Reporter Tom Brandt spoke with Ada Wren, who runs the ferry, about the harbor dredging plan.

            BRANDT: The board says the dredging will cost twice what was promised to the traders.

            ADA WREN: The board has not read the survey, and the divers finished their work last week.
            """
        let quotes = analyzed(text).quotes
        #expect(quotes.contains { $0.speaker == "Ada Wren" && $0.text.contains("divers finished") })
        #expect(!quotes.contains { $0.speaker == "Tom Brandt" })
    }
}
