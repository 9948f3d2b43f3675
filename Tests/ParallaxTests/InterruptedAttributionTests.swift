import Testing

@testable import Parallax

/// The teller when a clause between commas, a possessor or an object stands between the teller
/// and what is said: relative and prepositional clauses, appositives with a plural possessor, a
/// colon after an object, "said of X". Sentences written for these tests.
@Suite("Interrupted attribution")
struct InterruptedAttributionTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).quotes
    }

    func quote(_ text: String, containing words: String) throws -> QuoteMention {
        try #require(quotes(text).first { $0.text.contains(words) }, "no quote with \"\(words)\"")
    }

    /// The words of the speaker mention of the quote containing `words`.
    func speakerMention(_ text: String, of words: String) throws -> String? {
        let quote = try quote(text, containing: words)
        guard let start = quote.speakerStart, let end = quote.speakerEnd else { return nil }
        return String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    }

    @Test func aRelativeClauseBeforeToldDoesNotHideTheTeller() throws {
        let text = """
            Mara Lindqvist, who has not backed any candidate in the race for the harbor board, told reporters that the count had been rigged.
            """
        let found = try quote(text, containing: "the count had been rigged")
        #expect(found.speaker == "Mara Lindqvist")
        #expect(found.speakerDescription?.contains("has not backed") == true)
    }

    @Test func aNameInsideTheRelativeClauseIsNotTheTeller() throws {
        let text = """
            Karl Voss, who was chief adviser to Tessa Holm for six years, said of Tom Brandt: "The question is whether he will ever rally behind the nominee."
            """
        let found = try quote(text, containing: "rally behind the nominee")
        #expect(found.speaker == "Karl Voss")
    }

    @Test func aPrepositionalClauseBetweenCommasIsNotTheSubject() throws {
        let text = """
            Senator Ada Wren, in response to Tom Brandt's attack on her record in 2019, accused him of lying about the budget.
            """
        let mention = try #require(try speakerMention(text, of: "lying about the budget"))
        #expect(mention.contains("Ada Wren"))
        #expect(!mention.contains("Brandt"))
    }

    @Test func aLongAppositiveBeforeTheCueIsNotTheSubject() throws {
        let text = """
            Senator Ada Wren, a candidate for governor who has made the harbor a centerpiece of her campaign, wrote that the port must stay public.
            """
        let found = try quote(text, containing: "the port must stay public")
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aRelativePronounSpeaksForTheNameBeforeIt() throws {
        let text = """
            Karl Voss said the count was fair. Lena Ortmann, who on Tuesday endorsed Tessa Holm, said Wednesday she agrees with the ruling.
            """
        let found = try quote(text, containing: "agrees with the ruling")
        #expect(found.speaker == "Lena Ortmann")
    }

    @Test func aPluralPossessorInTheAppositiveIsNotTheTeller() throws {
        let text = """
            Paul Ettinger, Jonas Reyes' campaign manager, said the count would go on for weeks.
            """
        let found = try quote(text, containing: "go on for weeks")
        #expect(found.speaker == "Paul Ettinger")
        #expect(found.speakerDescription?.contains("campaign manager") == true)
    }

    @Test func aColonAfterAnObjectQuotesTheSubject() throws {
        let text = """
            Governor Tessa Holm delivered a blunt message to Brandt: "It is time to stop attacking people and get on message."
            """
        let found = try quote(text, containing: "stop attacking people")
        #expect(found.speaker == "Tessa Holm")
    }

    @Test func aColonAfterTheSubjectStillQuotesIt() throws {
        let text = """
            Asked about the sale, harbor chairman Tom Okafor: "We will not sell the port to anyone."
            """
        let mention = try speakerMention(text, of: "sell the port")
        #expect(mention?.contains("Okafor") == true)
    }

    @Test func aTimeAdjunctBeforeTheVerbIsNotTheSubject() throws {
        let text = """
            Senator Ada Wren on Wednesday morning also called on the board to release the harbor accounts. \
            Karl Voss Tuesday night warned that the port would close. \
            Tessa Holm a month later announced that 600 jobs would go. \
            Tom Brandt earlier this month said the count was fair.
            """
        for (words, name) in [
            ("release the harbor accounts", "Ada Wren"), ("the port would close", "Karl Voss"),
            ("600 jobs would go", "Tessa Holm"), ("the count was fair", "Tom Brandt"),
        ] {
            let mention = try #require(try speakerMention(text, of: words))
            #expect(mention.hasSuffix(name), "\(words): \(mention)")
        }
    }

    @Test func aMonthThatIsASurnameStaysInTheName() throws {
        let text = "Prime Minister Theresa May said the talks would resume in the spring."
        let mention = try #require(try speakerMention(text, of: "talks would resume"))
        #expect(mention.contains("May"))
    }

    @Test func aPlaceWithItsStateInsideTheClauseIsNotTheSubject() throws {
        let text = """
            Mayor Lena Ortmann, speaking at a rally in Harnow, Calvany, warned that Tom Brandt opposes the new harbor law.
            """
        let found = try quote(text, containing: "opposes the new harbor law")
        #expect(found.speaker == "Lena Ortmann")
    }

    @Test func aNameAfterItsDescriptionStillSpeaks() throws {
        let text = """
            Her senior policy adviser, Jake Sullivan, told the Harnow Courier that the plan was ready.
            """
        let mention = try #require(try speakerMention(text, of: "the plan was ready"))
        #expect(mention.contains("Jake Sullivan"))
    }

    @Test func aLowerCaseAppositiveBeforeTheCueIsNotTheSubject() throws {
        let text = """
            Nadia Ferrant, professor of maritime law at Harnow University and author of a book on the Delby treaty, said the lease was void.
            """
        let found = try quote(text, containing: "the lease was void")
        #expect(found.speaker == "Nadia Ferrant")
    }

    @Test func itIsNoTellerAfterPut() throws {
        let text = """
            As Nadia Ferrant, professor of maritime law at Harnow University and author of a book on the Delby treaty, put it, "A port that is sold is never bought back."
            """
        let found = try quote(text, containing: "never bought back")
        #expect(found.speaker == "Nadia Ferrant")
        let mention = try speakerMention(text, of: "never bought back")
        #expect(mention != "it")
    }

    @Test func theOneToldIsNoTellerBeforeAQuotation() throws {
        let text = """
            The harbor board lost every seat. Its chairman told the Courier news agency simply, "We lost the port."
            """
        let mention = try speakerMention(text, of: "We lost the port")
        #expect(mention?.contains("Courier") != true)
    }

    @Test func aPrepositionsObjectBeforeAColonIsNoTeller() throws {
        let text = """
            Lena Ortmann said yes and took the chance to stand up for the harbor workforce: "For too long the port has been run by people who never worked on it."
            """
        let found = try quote(text, containing: "never worked on it")
        #expect(found.speakerDescription?.contains("workforce") != true)
        #expect(found.speaker == "Lena Ortmann")
    }

    @Test func aPronounAfterHowOpensTheOuterCuesWords() throws {
        let text = """
            Tessa Holm described how she had found the harbor accounts in a locked cabinet.
            """
        let mention = try speakerMention(text, of: "found the harbor accounts")
        #expect(mention?.contains("Tessa Holm") == true)
    }

    @Test func theOutletOfADatelineIsNoSubject() throws {
        let text = """
            HARNOW, Calvany (Corvane Wire) - Mayor Tessa Holm met families of the flood victims on Thursday and said the harbor must be rebuilt.
            """
        let found = try quote(text, containing: "harbor must be rebuilt")
        #expect(found.speaker == "Tessa Holm")
    }

    @Test func aPartyTagAndAnAgeGoWithTheName() throws {
        let text = """
            Sen. Ada Wren, D-Calv., appearing on Harnow Radio right after the vote, said the count was fair. \
            Jonas Reyes, 24, who was visiting Harnow from Delby, said he had never voted before.
            """
        #expect(try quote(text, containing: "the count was fair").speaker == "Ada Wren")
        #expect(try quote(text, containing: "never voted before").speaker == "Jonas Reyes")
    }

    @Test func theObjectOfAboutIsNoTeller() throws {
        let text = """
            On Tuesday, Mr. Karl Voss deflected questions about Mr. Tom Brandt before saying, "It is time to stop attacking people."
            """
        let found = try quote(text, containing: "stop attacking people")
        #expect(found.speaker != "Tom Brandt")
    }
}
