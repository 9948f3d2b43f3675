import Testing

@testable import Parallax

/// Names on news the rules had not read (issue 13, thirteenth round, the Lee corpus): names listed
/// with places, the story's type from the types cues gave, and the nouns around a name that say
/// what it names. Texts written for these tests; each rule with a control.
@Suite("Lists, story types and nouns around names")
struct NameListTests {
    @Test func aNameListedWithPlacesIsAPlace() {
        let listed = story(["Gales cut power in Paris. Crews reached Paris, Quarnby and Marrowick by noon."])
        #expect(listed.contains { $0.name == "Quarnby" && $0.type == .place })
        #expect(listed.contains { $0.name == "Marrowick" && $0.type == .place })
        let route = story(["The flight from Paris to Quarnby was diverted. Quarnby waited for it."])
        #expect(route.contains { $0.name == "Quarnby" && $0.type == .place })
        // Control: a list with no place in it says nothing ("Quarnby" typed nothing, mentioned twice).
        let control = story(["Crews reached Quarnby and Marrowick. Quarnby waited."])
        #expect(control.contains { $0.name == "Quarnby" && $0.type == .other })
        // Control: a place only "from" typed, unknown to the gazetteer, anchors no list ("results
        // from Amazon and Google").
        let weak = story(["Results from Tessel and Quarnby helped. Quarnby waited."])
        #expect(!weak.contains { $0.name == "Quarnby" && $0.type == .place })
        // Control: a given name listed after a place keeps its type ("Washington for Bella and Edward").
        let given = story(["Gales hit Paris. They left Paris and Edward stayed. Edward said so."])
        #expect(!given.contains { $0.name == "Edward" && $0.type == .place })
    }

    @Test func theStoryTypesANameAsMostCuesDid() {
        let typedNothing = "Fares will rise, Brelco said. Nobody asked Brelco. We wait for Brelco."
        let body = story([
            typedNothing, "The union met Brelco officials. Later Brelco officials left.", "Flights wait in Brelco.",
        ])
        #expect(body.contains { $0.name == "Brelco" && $0.type == .organization })
        // Control: where place cues are more, a place.
        let place = story([
            typedNothing, "The union met Brelco officials.", "Flights wait in Brelco. Snow fell in Brelco.",
        ])
        #expect(place.contains { $0.name == "Brelco" && $0.type == .place })
    }

    @Test func aPersonNoWordMadeYieldsToThePlaceCuesMade() {
        let capitals = "Jets circled Marrow Dene at dawn. Jets hit Marrow Dene again."
        let merged = story([capitals, "Troops fought in Marrow Dene on Monday."])
        #expect(merged.contains { $0.name == "Marrow Dene" && $0.type == .place })
        // Control: a speech verb makes a person of the name, whatever the place cues say.
        let spoken = story([capitals + " Marrow Dene said the jets left.", "Troops fought in Marrow Dene."])
        #expect(spoken.contains { $0.name == "Marrow Dene" && $0.type == .person })
    }

    @Test func aBodysNounBeforeOrItsPeopleAfterANameMakeItABody() {
        #expect(type(of: "Brask", in: "Jobs went at travel company Brask and more. Brask waited.") == .organization)
        #expect(type(of: "Qarn Vell", in: "The Qarn Vell network planned attacks, police said.") == .organization)
        // Control: an apposition's head after a comma is the person's job, not a body's people.
        let apposition = "According to Ilse Quennick, chief officer of the service, the road is shut."
        #expect(type(of: "Ilse Quennick", in: apposition) == .person)
        // Control: the same words with no noun around them.
        #expect(type(of: "Brask", in: "Jobs went at Brask and more. Brask waited.") != .organization)
    }

    @Test func theLandAroundAPlaceAfterItsNameMakesItAPlace() {
        #expect(type(of: "Marrow Dene", in: "Jets hit the Marrow Dene cave complex at dawn.") == .place)
        // Control: without the land's noun the capitals make a person.
        #expect(type(of: "Marrow Dene", in: "Jets hit Marrow Dene at dawn.") == .person)
    }
}
