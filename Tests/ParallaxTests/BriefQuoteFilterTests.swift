import Foundation
import Testing

@testable import Parallax

/// What a brief keeps as a quote: said or written content, not the object of a verb of stance
/// or finding nor an attribution tag between stray quotation marks. Texts written for these tests.
@Suite("Brief quote filter")
struct BriefQuoteFilterTests {
    func briefQuotes(_ text: String) -> [Quote] {
        let document = RawDocument(
            input: "a.txt", format: .structured, text: text, id: "a", title: "Harbor news", outlet: "Tessel Gazette",
            published: PublicationDate(year: 2026, month: 3, day: 10))
        return StoryPipeline().run([document]).stories.first?.quotes ?? []
    }

    @Test func theObjectOfAStanceVerbIsNoQuote() {
        let text = """
            Critics denounced the harbor photos as a disgrace to the whole town of Tessel.

            The port authority defended the closure of the north quay in a letter to shipowners.

            Harbor master Ada Wren said the quay would reopen once the divers had finished their survey.
            """
        let quotes = briefQuotes(text)
        #expect(!quotes.contains { $0.text.contains("photos as a disgrace") })
        #expect(!quotes.contains { $0.text.contains("closure of the north quay") })
        #expect(quotes.contains { $0.text.contains("quay would reopen") })
    }

    @Test func anAttributionTagBetweenStrayMarksIsNoQuote() {
        let text = """
            "We found six rifles and 300 rounds on the skiffs," the officer said.

            During the search, twelve magazines were seized and confiscated, "the officer said.
            """
        let quotes = briefQuotes(text)
        #expect(quotes.contains { $0.text.contains("six rifles") })
        #expect(!quotes.contains { $0.text.trimmingCharacters(in: .whitespaces).hasPrefix("the officer said") })
    }

    @Test func aDemandKeepsItsClauseANamingDoesNot() {
        let text = """
            The harbor board called on the minister to publish every inspection report for the dams.

            The ministry, which last year called the port its key partner in the north, said nothing.

            Fishermen accused the port authority of neglect after the storm in Tessel.
            """
        let quotes = briefQuotes(text)
        #expect(quotes.contains { $0.text.contains("minister to publish") })
        #expect(!quotes.contains { $0.text.contains("key partner") })
        #expect(!quotes.contains { $0.text.contains("of neglect") })
    }

    @Test func aChargeAPlotAndAListenerAreNoStatements() {
        let text = """
            Tessel police have arrested and charged Ada Wren Morrow, age 61, with two counts of arson.

            The Harbor Lights film series tells the story of a ferryman who moves to the small town of Orlen.

            The ferry sank near the pier on Sunday and nobody on board was hurt, police told 1010 TESS’ Glenn Okafor.

            The harbor master said that the lock would reopen on Monday after the repairs.
            """
        let quotes = briefQuotes(text)
        #expect(!quotes.contains { $0.text.contains("two counts of arson") })
        #expect(!quotes.contains { $0.text.contains("ferryman who moves") })
        #expect(!quotes.contains { $0.text.contains("Glenn Okafor") })
        #expect(quotes.contains { $0.text.contains("nobody on board was hurt") })
        #expect(quotes.contains { $0.text.contains("lock would reopen") })
    }

    @Test func whatNobodyNamedThoughtIsNoStatement() {
        let text = """
            The harbor board never published its offer, and maybe that is why people thought the board had no plan at all.

            Harbor master Ada Wren said the board would publish the offer for the north quay next week.

            Ferry owner Tom Brandt believes the north quay will reopen before the summer trade begins.

            A source close to the harbor board believes the minister will stay silent on the dredging.
            """
        let quotes = briefQuotes(text)
        #expect(!quotes.contains { $0.text.contains("had no plan at all") })
        #expect(quotes.contains { $0.text.contains("reopen before the summer trade") })
        #expect(quotes.contains { $0.text.contains("stay silent on the dredging") })
        #expect(quotes.contains { $0.text.contains("publish the offer") })
    }

    @Test func aCrowdsWorryAndTheWritersSuppositionAreNoStatements() {
        let text = """
            The ferry timetable has some traders worried that the north quay will stay closed all summer.

            Tom Brandt is a patient man, especially if he thinks the harbor board will raise its offer again.

            Harbor master Ada Wren said the board would publish the dredging survey for the north quay next week.
            """
        let quotes = briefQuotes(text)
        #expect(!quotes.contains { $0.text.contains("stay closed all summer") })
        #expect(!quotes.contains { $0.text.contains("raise its offer again") })
        #expect(quotes.contains { $0.text.contains("publish the dredging survey") })
    }

    @Test func aBracketedNoteAndATellersTitleAreNoStatements() {
        // The analysis finds both (checked with `parallax analyze`): the title after "said" as
        // reported content, the bracketed source note after a stray mark as a quotation.
        let text = """
            Tom Gale, 20, and Ed Marsh, 24, were arrested Friday and were being held without bail in a Tessel jail, charged with killing Ada Wren last summer, said Chief of Detectives Tom Brandt.

            Witnesses said the shooter used a shotgun or a rifle, Tessel police Lt. Gerry Holm said. "(Tessel Gazette article)

            The suspect was finally stopped after a chase on the coast road.
            """
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        #expect(article.quotes.contains { $0.text == "Chief of Detectives Tom Brandt" })
        #expect(article.quotes.contains { $0.text == "(Tessel Gazette article)" })
        let quotes = briefQuotes(text)
        #expect(!quotes.contains { $0.text.contains("Chief of Detectives") })
        #expect(!quotes.contains { $0.text.contains("Tessel Gazette article") })
        #expect(quotes.contains { $0.text.contains("shooter used a shotgun") })
    }
}
