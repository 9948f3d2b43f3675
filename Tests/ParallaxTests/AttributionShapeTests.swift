import Testing

@testable import Parallax

/// Attribution shapes of issue 13 on sentences written for these tests: the teller, not the
/// one told; no place or nationality as a speaker; references to the nearest fitting speaker.
@Suite("Attribution shapes")
struct AttributionShapeTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).quotes
    }

    func speaker(of words: String, in text: String) throws -> String? {
        let found = quotes(text)
        return try #require(found.first { $0.text.contains(words) }, "no quote with \(words) in \(found.map(\.text))")
            .speaker
    }

    @Test func theTellerNotTheOutletTold() throws {
        let text = """
            Grain Deal Falters

            "The corridor has been more symbolic than practical," Rhea Castell, an analyst at the Harnow Institute, told AFP.
            """
        #expect(try speaker(of: "more symbolic", in: text) == "Rhea Castell")
    }

    @Test func saidToReportersKeepsTheSubject() throws {
        let text = "Mayor Ada Wren said to reporters on Monday that the bridge would reopen within a month."
        #expect(try speaker(of: "bridge would reopen", in: text) == "Ada Wren")
    }

    @Test func aStatementToAnOutletKeepsTheSpeaker() throws {
        let text = "In a statement to DW, Tomas Brandt said the ministry had ignored three warnings about the dam."
        #expect(try speaker(of: "ignored three warnings", in: text) == "Tomas Brandt")
    }

    @Test func aCountryIsNoSpeaker() throws {
        let text = """
            Talks Stall

            "The sanctions will not change our course at all," Russia said in response on Friday.
            """
        #expect(try speaker(of: "sanctions will not change", in: text) == nil)
    }

    @Test func aPronounTakesTheLastSpeakerOfItsGender() throws {
        let text = """
            "The ruling ignores the evidence we gave the court," said Ana Reyes, a spokeswoman for the union.

            Tom Brandt, a spokesman for the company, said the ruling was fair.

            "We will appeal the decision before the end of the month," she said.
            """
        #expect(try speaker(of: "appeal the decision", in: text) == "Ana Reyes")
    }

    @Test func aCensusGivenNameTellsTheSpeakersGender() throws {
        // "Bettie" and "Hugh" are in no hand-made list, only in the census ones (thirteenth round).
        let opening = """
            "The photographs were art, not scandal," said Bettie Lorne.

            Hugh Farrow said the magazine would print them again.


            """
        let text = opening + "\"I never thought it was shameful,\" she said."
        #expect(try speaker(of: "never thought it was shameful", in: text) == "Bettie Lorne")
        // Control: "he" takes the man.
        let control = opening + "\"I never thought it was shameful,\" he said."
        #expect(try speaker(of: "never thought it was shameful", in: control) == "Hugh Farrow")
    }

    @Test func theExpertIsTheOneNamedNearestInTheParagraph() throws {
        let text = """
            "The deal was always weaker than it looked on paper," Neil Hart, an expert at the Carrow Institute, told DW.

            According to Petra Olsen, the deal was signed in haste. The expert notes that the ministry never checked the figures.

            Neil Hart, meanwhile, emphasized that this is not the first such deal. "The ministry has lost three partners this year," said the security expert.
            """
        #expect(try speaker(of: "never checked the figures", in: text) == "Petra Olsen")
        #expect(try speaker(of: "lost three partners", in: text) == "Neil Hart")
    }

    @Test func aSharedSurnameGoesToTheOneNamedLast() throws {
        let text = """
            Ana Reyes runs the bakery with her husband, Tomas Reyes.

            Tomas Reyes said the rent had doubled since the spring. Reyes said the family would close the shop in June.
            """
        #expect(try speaker(of: "would close the shop", in: text) == "Tomas Reyes")
    }

    @Test func aPlaceBeforeABodySpeaksAsThatBody() throws {
        let text = "A man was charged on Saturday with arson at the dairy, Harnow police said in a statement."
        #expect(try speaker(of: "was charged on Saturday", in: text) == "Harnow police")
    }

    @Test func aPronounInsideReportedWordsIsNoNewSpeaker() throws {
        let text = "Judge Ana Lynch said she recalled thinking the case was already lost."
        let found = quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ana Lynch")
    }

    @Test func aTimeAfterTheCueAndSaidNothingAreNoContent() {
        let text = """
            A man walked into the office with a shotgun, a police sergeant said Wednesday during the hearing.

            The suspect said nothing after officers surrounded the car on the highway.
            """
        let found = quotes(text).map(\.text)
        #expect(found.contains { $0.hasPrefix("A man walked into the office") })
        #expect(!found.contains { $0.hasPrefix("Wednesday") || $0.hasPrefix("nothing") })
    }
}
