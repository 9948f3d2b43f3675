import Testing

@testable import Parallax

/// Bodies told by their shape, and a known place kept whole at a sentence's start (issue 13, tenth
/// round). Texts written for these tests; each rule with a control that keeps a person a person.
@Suite("Name body shapes")
struct NameBodyShapeTests {
    @Test func aCompanysSuffixClosesABodysName() {
        let text =
            "Tarnwell Co said on Monday it would buy the mill. Investors sold Orvane AG, and Brisco "
            + "Holt Cos. kept its dividend."
        #expect(type(of: "Tarnwell Co", in: text) == .organization)
        #expect(type(of: "Orvane AG", in: text) == .organization)
        #expect(type(of: "Brisco Holt Cos", in: text) == .organization)
        // Control: a person's name of two words stays a person's.
        #expect(type(of: "Tarnwell Cole", in: "Tarnwell Cole said on Monday he would buy the mill.") == .person)
        // The company's first words alone are that company across a story.
        let bodies = story(["Varlo Co said sales rose.", "Varlo shares rose after Varlo Co spoke."])
        #expect(bodies.contains { $0.name == "Varlo Co" && $0.type == .organization })
        #expect(!bodies.contains { $0.name == "Varlo" })
    }

    @Test func anAcronymClosingANameOfWordsIsABodys() {
        let text = "The Dunmore County GOP met on Tuesday, and Principled Future PAC paid for the ads."
        #expect(type(of: "Dunmore County GOP", in: text) == .organization)
        #expect(type(of: "Principled Future PAC", in: text) == .organization)
        // A reporter's sign-off after a given name is two names; a generation stays a person's.
        let signOff = entities("This is Lisa Tarnby ABC, in Dunmore.")
        #expect(signOff.contains { $0.name == "Lisa Tarnby" && $0.type == .person })
        #expect(signOff.contains { $0.name == "ABC" && $0.type == .organization })
        #expect(type(of: "Orrin Vansk III", in: "The heir, Orrin Vansk III, said little.") == .person)
    }

    @Test func aWordCapitalizedInsideOrAWebAddressIsABodys() {
        let text = "She posted it on ZelboTube and on Quarnly.com. She joined KwikLink last year."
        #expect(type(of: "ZelboTube", in: text) == .organization)
        #expect(type(of: "Quarnly.com", in: text) == .organization)
        #expect(type(of: "KwikLink", in: text) == .organization)
        // Controls: surnames with a prefix capitalized inside stay people's.
        let people = "Senator Ilse McQuarn met Tobias DeVarlo. McQuarn said DeVarlo agreed."
        #expect(type(of: "Ilse McQuarn", in: people) == .person)
        #expect(type(of: "Tobias DeVarlo", in: people) == .person)
        #expect(EntityRecognizer.isCamelCased("PhD") == false)
        #expect(EntityRecognizer.isCamelCased("McDonald") == false)
        #expect(EntityRecognizer.isCamelCased("LinkedIn"))
    }

    @Test func aKnownPlaceKeepsItsNationalityWordAtASentencesStart() {
        let text = "Saudi Arabia is sending aid. Officials in Riyadh said so."
        let names = entities(text).map(\.name)
        #expect(names.contains("Saudi Arabia"))
        #expect(!names.contains("Arabia"))
        // Control: a nationality before a name that is no known place still goes.
        #expect(!entities("Russian Tarvek Orlo said the talks had failed.").map(\.name).contains("Russian Tarvek Orlo"))
    }

    @Test func thePluralOfAPersonNounIsNoPlace() {
        let text = "Support for the plan came from Tarvians. There is little trust in Democrats here, she said."
        #expect(type(of: "Democrats", in: text) != .place)
        // Control: a single word after the same prepositions is still a place.
        #expect(type(of: "Tarvians", in: text) == .place)
    }

    @Test func anArticleBeforeAPlaceAndItsStateIsTheNounsAfterThem() {
        let text = "The Orlen Vale, Texas, maker of boots said sales rose. Its shares fell in New York."
        #expect(type(of: "Orlen Vale", in: text) == .place)
        // Control: "the" before a name with no place after it still votes a body.
        let body = "The Orlen Vale said sales rose, and the Orlen Vale will pay a dividend."
        #expect(type(of: "Orlen Vale", in: body) == .organization)
    }
}
