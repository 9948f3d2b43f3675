import Testing

@testable import Parallax

/// Names on news the rules had not read (issue 13, eleventh round): an initial that spells a stop
/// word, a preposition opening a sentence, a title's plural, and a surname a story mentions once as
/// a place. Texts written for these tests; each rule with a control.
@Suite("Name clauses and initials")
struct NameClauseTests {
    @Test func anInitialThatSpellsAStopWordStaysInAPersonsName() {
        let text = "As an investor, Torvald A. Quennick lives by his bets. Mr. Quennick said little."
        #expect(type(of: "Torvald A. Quennick", in: text) == .person)
        let from = entities("Torvald A. Quennick of Varlo Square has kept the stock.")
        #expect(from.contains { $0.name == "Torvald A. Quennick" && $0.type == .person })
        // Control: an article inside a run of capitals is still no name's word.
        #expect(!entities("She read Tales Of A Torn Quennick on Monday.").contains { $0.type == .person })
    }

    @Test func aPrepositionOpeningASentenceIsNoPartOfAName() {
        let text =
            "Workers marched to the gates. Outside Tarnwell's plant on Dorvan Street, guards waited. "
            + "Given Quennick's record, nobody was surprised."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Outside Tarnwell"))
        #expect(!names.contains("Given Quennick"))
        #expect(names.contains("Tarnwell"))
        // Control: a given name opening a sentence stays with the surname after it.
        #expect(type(of: "Dorvan Quennick", in: "Dorvan Quennick said the plant would close.") == .person)
    }

    @Test func aTitlesPluralIsATitle() {
        let text =
            "Together, Senators Varlo and Quennick represent a new generation. Sens. Ilse Tarnby and Orrin Dask agreed."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Senators Varlo"))
        #expect(names.contains("Varlo"))
        #expect(names.contains("Ilse Tarnby"))
        #expect(type(of: "Varlo", in: text) == .person)
        // Control: "Presidents Day" is a holiday, no title before a person.
        #expect(type(of: "Day", in: "The sale ends on Presidents Day, the shop said.") == nil)
    }

    @Test func aSurnameMentionedOnceAsAPlaceStaysThePersons() {
        let people = story([
            "Ilse Quennick spoke on Monday. Quennick said the plan would pass.",
            "Delegates hope for concessions from Quennick. Quennick named six members. Quennick won. "
                + "Quennick left early. Quennick spoke. Quennick smiled. Quennick waved. Quennick agreed.",
        ])
        #expect(people.contains { $0.name == "Ilse Quennick" && $0.type == .person })
        #expect(!people.contains { $0.name == "Quennick" })
        // Control: a word the story mostly places stays a place apart from the person.
        let places = story([
            "Ilse Tarnby spoke on Monday.",
            "Floods hit Tarnby. Crews in Tarnby worked all night, and schools in Tarnby closed. Tarnby waited.",
        ])
        #expect(places.contains { $0.name == "Tarnby" && $0.type == .place })
    }

    @Test func theTitleRepeatedAsTheFirstLineIsAHeading() {
        let text =
            "Tarnby Backs The Quarn Plan, But He Fully Supported.\n\nOrrin Tarnby spoke in Dunmore on Monday. "
            + "He said the plan was sound."
        let analyzed = ArticleAnalyzer().analyze(
            Article(
                id: "t", input: "t", title: "Tarnby Backs The Quarn Plan, But He Fully Supported", language: "en",
                text: text))
        let names = analyzed.entities.map(\.name)
        #expect(!names.contains("Fully Supported"))
        #expect(names.contains("Orrin Tarnby"))
        // Control: without the title the first line is a sentence, read as one.
        #expect(entities(text).map(\.name).contains("Fully Supported"))
    }

    @Test func aTownsPoliceAndResidentsMakeItAPlace() {
        let text = "On Monday, Varlowick police said the road was closed."
        #expect(type(of: "Varlowick", in: text) == .place)
        // Control: a body's officials still make it a body, and a person stays untyped by "said".
        #expect(type(of: "Varlowick", in: "On Monday, Varlowick officials said the road was closed.") != .place)
    }

    @Test func aPossessiveAfterANameIsNoPlaceCue() {
        #expect(type(of: "Tarnco", in: "He sold an investment in Tarnco's parent company.") != .place)
        // Control: the same preposition before the bare name still places it.
        #expect(type(of: "Tarnco", in: "He lived in Tarnco for a year.") == .place)
    }

    @Test func aPartysConventionIsABody() {
        let text = "Delegates met at the Democratic National Convention in Dunmore on Monday."
        #expect(type(of: "Democratic National Convention", in: text) == .organization)
        // Control: "Convention" alone is no key player of a story.
        let bodies = story(["The Convention opened on Monday. The Convention closed on Friday."])
        #expect(!bodies.contains { $0.name == "Convention" })
    }
}
