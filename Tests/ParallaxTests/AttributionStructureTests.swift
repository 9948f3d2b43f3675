import Testing

@testable import Parallax

/// The speaker from the attribution's structure: a coordinated verb, a participial phrase, a
/// year adjunct, a sentence's opening subject, clauses joined by ", and", a stance verb's object
/// and a nested pronoun. Sentences written for these tests.
@Suite("Attribution structure")
struct AttributionStructureTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).quotes
    }

    /// The words of the speaker mention of the quote containing `words`.
    func speakerMention(_ text: String, of words: String) throws -> String? {
        let quote = try #require(quotes(text).first { $0.text.contains(words) }, "no quote with \"\(words)\"")
        guard let start = quote.speakerStart, let end = quote.speakerEnd else { return nil }
        return String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    }

    @Test func aCoordinatedVerbSharesTheSentenceSubject() throws {
        let text = """
            Mayor Ada Wren visited the flooded quarter and said she thought that the pumps had failed overnight.
            """
        let mention = try #require(try speakerMention(text, of: "the pumps had failed"))
        #expect(mention.contains("Ada Wren"))
    }

    @Test func aParticipialPhraseBetweenCommasIsNotTheSubject() throws {
        let text = """
            Governor Tom Okafor, opening the new library of Harnow and Delby on Saturday, said it would serve every school.
            """
        let mention = try #require(try speakerMention(text, of: "would serve every school"))
        #expect(mention.contains("Tom Okafor"))
        #expect(!mention.contains("Delby"))
    }

    @Test func aYearBeforeTheVerbIsNotTheSubject() throws {
        let text = "An arbitration panel in 2004 found the harbor authority was in breach of the lease."
        let mention = try speakerMention(text, of: "in breach of the lease")
        #expect(mention?.contains("panel") == true)
        #expect(mention?.contains("2004") != true)
    }

    @Test func aParticipleAfterACommaSpeaksForTheOpeningSubject() throws {
        let text = """
            In August, several fishing groups granted the port an extension on the dredging order, saying its budget was smaller than planned.
            """
        let mention = try #require(try speakerMention(text, of: "budget was smaller"))
        #expect(mention.contains("fishing groups"))
    }

    @Test func aClauseAfterCommaAndHasItsOwnSpeaker() throws {
        let text = """
            The minister stressed that the reforms were not complete, and human rights groups warned that the government was giving up its leverage.
            """
        let all = quotes(text)
        let first = try #require(all.first { $0.text.contains("reforms were not complete") })
        #expect(!first.text.contains("human rights groups"))
        let mention = try #require(try speakerMention(text, of: "giving up its leverage"))
        #expect(mention.contains("human rights groups"))
    }

    @Test func aStanceVerbsObjectIsNoSpeaker() {
        let text =
            "The council, which in March raised the harbor fees, called an emergency meeting to discuss the storm."
        #expect(!quotes(text).contains { $0.speaker?.contains("emergency meeting") == true })
        #expect(!quotes(text).contains { $0.speakerDescription?.contains("emergency meeting") == true })
    }

    @Test func aNestedPronounSpeaksForTheOuterCue() throws {
        let text = """
            She said she speaks more often about the harbor because "you talk about the matters that are in front of you."
            """
        let quote = try #require(quotes(text).first { $0.text.contains("matters that are in front of you") })
        #expect(quote.speakerStart == 0)
    }

    @Test func aShortObjectBeforeTheNextCueIsNoQuote() throws {
        let text = "Back when he wrote his memoir, Tom Okafor said that he considered debt a last resort."
        let mention = try #require(try speakerMention(text, of: "debt a last resort"))
        #expect(mention.contains("Tom Okafor"))
    }

    @Test func aDescribedSpeakerHasItsHeadBeforeThePreposition() throws {
        let text = """
            Asked why the plan leaves out fathers, the 34-year-old mother of three replied, "It is meant to help the parent who gave birth to the child."
            """
        let mention = try #require(try speakerMention(text, of: "meant to help the parent"))
        #expect(mention.contains("mother of three"))
    }

    @Test func aCueAfterTheSentencesFirstWordAndACommaIsRead() {
        // The participial phrase check reaches back from the word before the cue; here there is
        // only one (this once trapped on an empty range).
        let text = "Police, said the harbor master, closed the quay for two hours on Monday."
        #expect(!quotes(text).contains { $0.speaker == "Police" })
    }

    @Test func theHeadOfASpeakersNounPhraseComesLast() throws {
        let text = """
            According to "Harbor" studio Tessel Films, the deal for the sequel is not done yet.

            Delby-based Coastal Watch said the dredging had harmed the oyster beds near the pier.
            """
        let all = quotes(text)
        #expect(try #require(all.first { $0.text.contains("sequel") }).speaker == "Tessel Films")
        #expect(try #require(all.first { $0.text.contains("oyster beds") }).speaker == "Coastal Watch")
    }

    @Test func aPersonOpeningASentenceSinceTheLastQuoteTakesTheFloor() throws {
        let text = """
            Fire chief Jon Avery said the first call came in at 3:33 a.m. from a passer-by.

            The warehouse, valued at about $380,000, was a total loss.

            Lawyer Ada Wren, the building's owner, came from Harnow to see the damage.

            "None of it was insured," she said.

            As Jon Avery talked to reporters, the last timbers fell.

            "It was a historic building with lots of possibilities," she said.
            """
        let all = quotes(text)
        #expect(try #require(all.first { $0.text.contains("None of it") }).speaker == "Ada Wren")
        // "As Jon Avery talked" opens a clause, not the sentence's subject.
        #expect(try #require(all.first { $0.text.contains("historic building") }).speaker == "Ada Wren")
    }

    @Test func aNameInsideAQuotationIsNoAntecedent() throws {
        let text = """
            Tom Okafor, the team's owner, said he backed the coach after the loss.

            "I really don't question Billy Marsh at all," he said.
            """
        let quote = try #require(quotes(text).first { $0.text.contains("don't question") })
        #expect(quote.speaker == "Tom Okafor")
    }

    @Test func aRoleBeforeANameIsNoPartOfIt() {
        let text = """
            Team owner Arte Lindqvist said the offer would stand until Friday.

            General Manager Ed Halloran said the club had not decided yet.
            """
        let names = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).entities
            .filter { $0.type == .person }.map(\.name)
        #expect(names.contains("Arte Lindqvist"))
        #expect(names.contains("Ed Halloran"))
        #expect(!names.contains { $0.hasPrefix("Owner") || $0.hasPrefix("Manager") })
    }

    @Test func aPossessorIsNoAntecedent() throws {
        let text = """
            The political scientist Jon Harlow said he was not surprised by Tom Becker's silence. After the \
            summit, the port responded to "hints from the capital with relative restraint," he said.
            """
        let quote = try #require(quotes(text).first { $0.text.contains("relative restraint") })
        #expect(quote.speaker == "Jon Harlow")
    }

    @Test func aNamedSubjectAfterAndOpensItsOwnClause() throws {
        let text = """
            Harbor Republicans said they were convinced the board mishandled the inquiry and Harbor Democrats \
            accused the mayor of stoking the issue before the vote.
            """
        let all = quotes(text)
        let first = try #require(all.first { $0.text.contains("mishandled the inquiry") })
        #expect(!first.text.contains("accused"))
    }

    @Test func aPluralVerbAndTheBeforeASpeechVerbMakeABody() {
        let text = """
            The Harbor Gulls have made an offer to the pitcher. The Harbor Gulls said the offer would stand.
            """
        let gulls = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).entities
            .filter { $0.name == "Harbor Gulls" }
        #expect(!gulls.isEmpty)
        #expect(gulls.allSatisfy { $0.type == .organization }, "\(gulls.map(\.type))")
    }

    @Test func aPlacesPoliceSpeakAsABody() throws {
        let text = """
            Shops in Kelbrook stayed shut on Monday. A man was charged with one count of arson, Kelbrook police said.
            """
        let quote = try #require(quotes(text).first { $0.text.contains("charged") })
        #expect(quote.speaker == "Kelbrook police")
    }
}
