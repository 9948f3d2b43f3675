import Testing

@testable import Parallax

/// A sentence telling a happening of a fact's claim about another named thing — a body, a place, a
/// work the claim names nowhere, where the claim names one there the sentence names nowhere — is no
/// support (`AlignmentConfiguration.otherThingReach`, `FactFinder.namesOtherThings`).
@Suite("Supports that name the claim's things")
struct SupportThingTests {
    func claim(_ text: String) throws -> Claim { try SupportClauseTests().claim(text) }

    static let checkedIn = "Ode Brant has checked into the Harbour Clinic in Velmora, his spokeswoman said."
    static let checkedInRestated = "Ode Brant checked into the Harbour Clinic on Monday, his spokeswoman said."
    static let otherClinic = "Ode Brant had checked into the Kestrel Recovery Centre, his spokeswoman said."

    @Test func theThingsNamedNearAHappeningAreItsArguments() throws {
        let checked = try claim(Self.checkedIn)
        let things = checked.happeningThings.values.reduce(into: [String: Int]()) { $0.merge($1) { min($0, $1) } }
        #expect(things.keys.contains { $0.contains("harbour") }, "\(checked.happeningThings)")
        // People are participants, not things.
        #expect(!things.keys.contains { $0.contains("brant") }, "\(checked.happeningThings)")
    }

    @Test(arguments: [3.0, 0.0]) func anotherThingOfTheHappeningIsNoSupportOnlyWithTheRule(reach: Double) throws {
        let checked = try claim(Self.checkedIn)
        let other = try claim(Self.otherClinic)
        #expect(FactFinder.namesOtherThings(checked, other, reach: reach) == (reach > 0))
        // The same clinic, named on both sides (the control): always a support.
        #expect(!FactFinder.namesOtherThings(checked, try claim(Self.checkedInRestated), reach: reach))
    }

    @Test func aThingOnOneSideOnlyOrNamedByBothDecidesNothing() {
        var claim = Claim(text: "Brant checked into the Harbour Clinic.", who: ["harbour clinic"], happening: ["enter"])
        claim.mainHappening = ["enter"]
        claim.happeningThings = ["enter": ["harbour clinic": 2]]
        // The support names no thing near the happening.
        var bare = Claim(text: "Brant checked in.", happening: ["enter"])
        bare.happeningThings = [:]
        #expect(!FactFinder.namesOtherThings(claim, bare, reach: 3))
        // The support names another thing, but also the claim's (a place inside another, a second name).
        var both = Claim(
            text: "Brant checked into Kestrel, the Harbour Clinic.", who: ["harbour clinic", "kestrel"],
            happening: ["enter"])
        both.happeningThings = ["enter": ["kestrel": 1, "harbour clinic": 5]]
        #expect(!FactFinder.namesOtherThings(claim, both, reach: 3))
        // Another thing, farther from the head than the reach: another part of the sentence.
        var far = Claim(text: "Brant checked in on a trip to Kestrel.", who: ["kestrel"], happening: ["enter"])
        far.happeningThings = ["enter": ["kestrel": 6]]
        #expect(!FactFinder.namesOtherThings(claim, far, reach: 3))
        #expect(FactFinder.namesOtherThings(claim, far, reach: 6))
    }

    @Test(arguments: [3.0, 0.0]) func inABriefTheOtherThingIsNotCitedOnlyWithTheRule(reach: Double) throws {
        let facts = SupportClauseTests.brief([Self.checkedIn, Self.checkedInRestated, Self.otherClinic]) {
            $0.otherThingReach = reach
        }.facts
        let fact = try #require(facts.first { $0.support.map(\.text).contains(Self.checkedIn) }, "\(facts)")
        let cited = fact.support.map(\.text)
        #expect(cited.contains(Self.otherClinic) == (reach == 0), "\(cited)")
        #expect(cited.contains(Self.checkedInRestated))
    }
}
