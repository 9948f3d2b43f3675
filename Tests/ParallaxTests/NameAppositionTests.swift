import Testing

@testable import Parallax

/// Names typed by what the text says of them right after the name (an apposition, an age, a
/// relative pronoun, kin after a possessive), by an indefinite article, by an award's last word,
/// and names cut from a weekday or a date glued to them (issue 13, seventh round). Texts written
/// for these tests.
@Suite("Name appositions")
struct NameAppositionTests {
    @Test func aBodysAppositionMakesABodyOfANameShapedLikeAPersons() {
        let text =
            "Protesters smashed windows on Elm Street. Corwin Hale, the furniture chain, said its store would reopen."
        #expect(type(of: "Corwin Hale", in: text) == .organization)
    }

    @Test func anAgeOrAPersonsNounAfterANameMakesAPerson() {
        #expect(
            type(of: "Marisol", in: "“I don't know who to vote for,” said Marisol, 45, a resident of the capital.")
                == .person)
        #expect(type(of: "Vasko", in: "The referee watched Vasko, a former champion, closely.") == .person)
        // The phrase opening a sentence is followed by its subject, not by an apposition.
        #expect(type(of: "Tesselby", in: "In suburban Tesselby, a former clerk was arrested.") == .place)
    }

    @Test func kinAfterAPossessiveMakeAPerson() {
        let text = "The challenger knocked down Orlan twice. Orlan's mother said he was fine."
        #expect(entities(text).filter { $0.name == "Orlan" }.allSatisfy { $0.type == .person })
        #expect(entities(text).filter { $0.name == "Orlan" }.count == 2)
    }

    @Test func whichAndAnIndefiniteArticleTakeNoPersonsName() {
        let text =
            "Crowds looted a Hollis Barrow on Tuesday. Hollis Barrow, which operates 40 stores, said it would rebuild."
        #expect(entities(text).filter { $0.name == "Hollis Barrow" }.map(\.type) == [.organization, .organization])
    }

    @Test func whereAfterANameMakesAPlace() {
        #expect(type(of: "Tesselby", in: "The marchers moved on to Tesselby, where the shops were closed.") == .place)
    }

    @Test func whoAfterATeamsArticleMakesNoPerson() {
        let text = "The deal fell through when the Tarnwick Falcons, who had the money, walked away."
        #expect(type(of: "Tarnwick Falcons", in: text) == .organization)
    }

    @Test func anAwardIsAThingWhateverItIsNamedAfter() {
        #expect(type(of: "Marlowe Award", in: "She won a Marlowe Award in 2010 for the role.") == .other)
    }

    @Test func aWeekdayOrADateGluedToANameIsNoPartOfIt() {
        let names = entities("The champion beat Hasan Rell Saturday night in Berlin.").map(\.name)
        #expect(names.contains("Hasan Rell") && !names.contains { $0.contains("Saturday") })
        let text = "A woman was killed in Quillby Friday night. A man was arrested in Quillby March 3 after a chase."
        #expect(entities(text).map(\.name) == ["Quillby", "Quillby"])
        // A named day keeps its weekday.
        #expect(entities("Shoppers crowded stores in Arlen on Black Friday.").contains { $0.name == "Black Friday" })
    }

    @Test func aNameTypedNothingInAHeadingTakesItsTypeFromTheText() {
        let text = "Quillby crash leaves woman dead\n\nA woman was killed in Quillby on Friday, police said."
        #expect(entities(text).filter { $0.name == "Quillby" }.map(\.type) == [.place, .place])
    }

    @Test func aNameTypedNothingInASentenceTakesAPersonsTypeFromTheText() {
        let text = "Crowds cheered President Orvath on Monday. Later Orvath said the plan would pass."
        #expect(entities(text).filter { $0.name == "Orvath" }.map(\.type) == [.person, .person])
    }

    @Test func aPluralVerbAfterASingleWordSubjectMakesABody() {
        let text = "Now that the film is a hit, Brightwater are getting ready for the sequel."
        #expect(type(of: "Brightwater", in: text) == .organization)
        // Not after a preposition: the name is no subject there.
        #expect(type(of: "Wlad", in: "The fights out there for Wlad are a rematch or a bout with Haye.") == .other)
    }
}
