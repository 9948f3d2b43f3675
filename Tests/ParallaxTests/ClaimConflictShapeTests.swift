import Testing

@testable import Parallax

/// Shapes of false discrepancies read in the fifth pass's audit (docs/claims.md), each on
/// statements written for these tests with a control that still conflicts: counts of two
/// happenings in one story, two doers of one kind of deed, a total against one of its parts, a
/// day near a noun that is what another happening is about; and a name that only modifies a thing.
@Suite("Claim conflict shapes")
struct ClaimConflictShapeTests {
    @Test func countsOfTwoHappeningsDoNotConflict() {
        let result = align(
            "Later, about 100 protesters hurled stones and petrol bombs at the town hall in Brevik, where the guard"
                + " who shot Anton Lacy and has been charged with murder was based.",
            "According to the charge sheet, guard Piet Oran killed Anton Lacy on Sunday during a scuffle with"
                + " around 30 protesters in the centre of Brevik.")
        #expect(result.relation != .conflict, "\(result.slots)")
        let oneHappening = align(
            "The quake injured 12 people in Velmora, officials in Velmora said.",
            "The quake injured 18 people in Velmora, officials in Velmora said.")
        #expect(differing(oneHappening) == ["quantity:injured"], "\(oneHappening.slots)")
    }

    @Test func twoDoersOfOneKindOfDeedDoNotConflict() {
        let result = align(
            "Reuters is reporting that Harlow United have offered Tomas Brenner a four-year, $60 million contract.",
            "We hear that the Calder Rovers offered Tomas Brenner a four-year, $80 million deal.")
        #expect(result.relation != .conflict, "\(result.slots)")
        #expect(result.slots.contains { $0.name == "doers" && $0.verdict == .uncompared }, "\(result.slots)")
        let oneDoer = align(
            "Harlow United offered Tomas Brenner a four-year, $60 million contract on Monday.",
            "Harlow United offered Tomas Brenner a four-year, $80 million contract on Monday.")
        #expect(differing(oneDoer) == ["quantity:money:$"], "\(oneDoer.slots)")
    }

    @Test func aTotalOfSeveralOccasionsIsNoCountOfOne() {
        let result = align(
            "The frigate Valdis seized a total of 14 rifles, 31 magazines and 923 rounds during the five operations"
                + " it carried out off Kessa.",
            "In one boarding off Kessa, the frigate Valdis seized 12 magazines and 300 rounds from three skiffs.")
        #expect(result.relation != .conflict, "\(result.slots)")
        #expect(ClaimReader.tellsSeveralOccasions(["during", "the", "five", "operations"]))
        #expect(!ClaimReader.tellsSeveralOccasions(["in", "the", "two", "years"]))
        #expect(!ClaimReader.tellsSeveralOccasions(["in", "one", "boarding"]))
    }

    @Test func aDayNearANounOfAnotherHappeningIsNotItsDay() {
        let result = align(
            "His accused killer, Jon Arlo, made a brief appearance in Ferrow provincial court Monday on a charge of"
                + " first-degree murder.",
            "Jon Arlo was charged Saturday with one count of first-degree murder in connection with the shooting,"
                + " Ferrow police said.")
        #expect(result.relation != .conflict, "\(result.slots)")
        let charged = align(
            "Jon Arlo was charged Monday with first-degree murder in the shooting, Ferrow police said.",
            "Jon Arlo was charged Saturday with first-degree murder in the shooting, Ferrow police said.")
        #expect(differing(charged) == ["when"], "\(charged.slots)")
    }

    /// The rule is off by default (docs/claims.md: the folds do not choose it); set to 2 it tells
    /// the two statements apart.
    @Test func namesAndOneOtherWordAreNotTheSameStatement() {
        var configuration = AlignmentConfiguration()
        configuration.wordsOnlyPredicateWords = 2
        let statements = (
            "Radio Ost said Mira Olsen's representative Tomas Grell confirmed the actress's stay at Lakeview.",
            "\"We ask for privacy at this time,\" the actress's rep Tomas Grell told the magazine."
        )
        let other = align(statements.0, statements.1, configuration: configuration)
        #expect(other.relation != .same, "\(other.slots)")
        #expect(align(statements.0, statements.1).relation == .same, "off by default")
        let same = align(
            "Mira Olsen's spokesman Tomas Grell confirmed the actress's stay at Lakeview.",
            "Spokesman Tomas Grell confirmed that the actress's stay at Lakeview began on Monday.",
            configuration: configuration)
        #expect(same.relation == .same, "\(same.slots)")
    }

    @Test func aNameJoinedToAModifierIsNoParticipant() {
        let checker = ClaimChecker()
        let analyzer = ArticleAnalyzer()
        let built = checker.claim(
            of: "Analysts blamed the failure of Chinese-built radar systems for the raid.", analyzer: analyzer)
        #expect(!built.who.contains("chinese"), "\(built.who)")
        #expect(!built.people.contains("chinese"), "\(built.people)")
        let made = checker.claim(of: "Officials said US-made drones struck the Delvan air base.", analyzer: analyzer)
        #expect(made.places.isDisjoint(with: ["us", "united states"]), "\(made.places)")
        #expect(!made.who.contains("us"), "\(made.who)")
        // A name before a hyphen and a capital is still a name: "Kessa-Valdis Shipping".
        #expect(!ClaimReader.isHyphenModifier(endingAt: 5, in: Array("Kessa-Valdis".unicodeScalars)))
        #expect(ClaimReader.isHyphenModifier(endingAt: 7, in: Array("Russian-supplied".unicodeScalars)))
    }
}
