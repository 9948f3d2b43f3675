import Testing

@testable import Parallax

/// What the fourth pass asks of a support (docs/claims.md): the same happening (on the same day
/// where configured), told as done on both sides, the claim's happening and not one of its asides;
/// places name participants as people and bodies do (where configured); magnitudes however they
/// are written.
@Suite("Claim supports")
struct ClaimSupportTests {
    @Test func twoGamesOnDaysTwoApartAreNotOneClaim() {
        // Two days on one side: the `when` slot cannot decide, the days of the loss do.
        let first = "The team heard boos on Monday and again in Wednesday's home loss to Velmora."
        let second = "Friday night's 88-72 loss in Velmora, the team's eighth in 10 games, was the last straw."
        var configuration = AlignmentConfiguration()
        configuration.sameNeedsOneHappeningDay = true
        let games = align(first, second, configuration: configuration)
        #expect(games.relation == .related, "\(games.slots)")
        #expect(games.slots.contains { $0.name == "happening day" })
        let loose = align(first, second)
        #expect(loose.relation == .same, "off by default, the day is what told them apart: \(loose.slots)")
    }

    @Test func aFireToldAcrossMidnightIsOneFire() {
        var configuration = AlignmentConfiguration()
        configuration.sameNeedsOneHappeningDay = true
        let fire = align(
            "A fire destroyed the Velmora Bible Church on Friday evening, the fire chief said.",
            "A fire destroyed the Velmora Bible Church early Saturday, the fire chief said.",
            configuration: configuration)
        #expect(fire.slots.contains { $0.name == "happening day" } == false, "\(fire.slots)")
    }

    @Test func aHiringStillToComeIsNoReportOfIt() {
        let plan = align(
            "Corvid Pictures has hired director Ines Maro to direct the second film.",
            "Corvid Pictures is about to hire director Ines Maro to direct the second film.")
        #expect(plan.relation != .same, "\(plan.slots)")
        #expect(plan.slots.contains { $0.name == "tense" && $0.verdict == .differ })
    }

    @Test func anAsideOfTheClaimDoesNotSupportIt() {
        let aside = align(
            "Ria Dalton, who launched a clothing line last year, checked into a rehab clinic in Velmora.",
            "Ria Dalton launched a clothing line called Mantra last year.")
        #expect(aside.relation != .same, "one happening of three is an aside: \(aside.slots)")
        let claim = align(
            "Ria Dalton, who launched a clothing line last year, checked into a rehab clinic in Velmora.",
            "Ria Dalton has checked into a rehab clinic in Velmora, her publicist said.")
        #expect(claim.relation == .same, "\(claim.slots)")
    }

    @Test func aPlaceNamedNearTheHappeningIsAParticipant() {
        let first = "In suburban Velmora, a former clerk was arrested after the shooting."
        let second = "Police in suburban Velmora arrested the man late Monday."
        var configuration = AlignmentConfiguration()
        configuration.participantsIncludePlaces = true
        let byPlace = align(first, second, configuration: configuration)
        #expect(byPlace.relation == .same, "\(byPlace.slots)")
        let byNames = align(first, second)
        #expect(byNames.relation != .same, "without the place, nothing says whom the arrest is about")
    }

    @Test func aMagnitudeOfAValueIsAMagnitude() {
        let result = align(
            "An earthquake with a magnitude of 6.1 struck southern Velmora province on Sunday.",
            "An earthquake with a magnitude of 5.2 struck southern Velmora province on Sunday.")
        #expect(differing(result) == ["quantity:magnitude"], "\(result.slots)")
        let bounded = align(
            "An earthquake with a magnitude of at least 5.9 struck southern Velmora province on Sunday.",
            "A magnitude 6.0 earthquake struck southern Velmora province on Sunday.")
        #expect(bounded.relation == .same, "\(bounded.slots)")
    }
}
