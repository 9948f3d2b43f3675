import Testing

@testable import Parallax

/// Teams named by a place and a plural, bodies named by their subject after "on", and a body
/// noun alone, which is no key player (issue 13, eighth round). Texts written for these tests.
@Suite("Name bodies")
struct NameBodyTests {
    @Test func aPlaceAndACapitalizedPluralNameATeam() {
        let text = "The Dunmore Otters signed a new coach. Fans in Dunmore cheered the news on Sunday."
        #expect(type(of: "Dunmore Otters", in: text) == .organization)
        // A known place works without the text typing it: "Kenya Lions".
        #expect(type(of: "Kenya Lions", in: "The Kenya Lions lost the final by two points.") == .organization)
        // A place's own plural is no team, nor a heading's verb after a place.
        let springs = "Visitors flocked to Dunmore Springs last week. Dunmore is a small town."
        #expect(type(of: "Dunmore Springs", in: springs) != .organization)
        let heading = "Dunmore Persists After The Flood\n\nIn Dunmore, shops reopened on Monday."
        #expect(!entities(heading).contains { $0.name == "Dunmore Persists" && $0.type == .organization })
        // A given name after the place opens a person's name, and a title's plural is no team.
        #expect(type(of: "Kenya Roger Thawes", in: "Reporters met Kenya Roger Thawes last week.") != .organization)
        #expect(!entities("Kenya Reps met on Monday.").contains { $0.type == .organization })
    }

    @Test func aTeamsPluralMayOpenWithDigits() {
        let text = "The Calder 49ers traded their captain on Friday. Calder is a port city in the north."
        let names = entities(text)
        #expect(names.contains { $0.name == "Calder 49ers" && $0.type == .organization })
        // A month before a decade is no team.
        #expect(!entities("Prices rose in March 1990s style.").contains { $0.name.contains("1990s") })
    }

    @Test func aBodyIsNamedByItsSubjectAfterOn() {
        let text = "The Senate Committee on Harbor Safety and Coastal Trade met on Tuesday."
        #expect(
            entities(text).map(\.name) == ["Senate Committee on Harbor Safety and Coastal Trade"])
        // A weekday after "on" is a date, and a given name after "and" opens another name.
        #expect(entities("The Tarn Council on Monday said it would act.").map(\.name) == ["Tarn Council"])
        let two = "The Vell Commission on Marine Policy and Maria Wrenfield spoke to reporters."
        #expect(entities(two).map(\.name) == ["Vell Commission on Marine Policy", "Maria Wrenfield"])
        // Only bodies that take a subject: "Center on ABC" says where it was seen.
        #expect(
            !entities("The show aired from the Arlen Center on ABC last night.").contains { $0.name.contains(" on ") })
    }

    @Test func aLoneBodyNounIsNoKeyPlayer() {
        let texts = [
            "The Harbor Safety Committee met on Tuesday. The Committee said the port would close. "
                + "The Committee voted again on Friday, and Congress asked why. Congress will hold hearings."
        ]
        let names = story(texts).map(\.name)
        #expect(!names.contains("Committee"))
        #expect(names.contains("Harbor Safety Committee"))
        #expect(names.contains("Congress"))
    }
}
