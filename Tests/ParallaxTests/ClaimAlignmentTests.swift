import Testing

@testable import Parallax

/// The one alignment function on statements written for these tests: every slot conflict,
/// negation, hedges, updates over time, values written differently, other participants.
@Suite("Claim alignment")
struct ClaimAlignmentTests {
    @Test func theSameHappeningInOtherWordsIsSame() {
        let result = align(
            "A magnitude 5.9 earthquake struck the town of Velmora on Tuesday, killing 12 people.",
            "The 5.9-magnitude quake hit Velmora on Tuesday and killed 12 people.")
        #expect(result.relation == .same, "\(result.slots)")
    }

    @Test func differentTollsConflict() {
        let result = align(
            "The earthquake in Velmora killed 12 people, officials in Velmora said.",
            "The earthquake in Velmora killed 250 people, officials in Velmora said.")
        #expect(result.relation == .conflict)
        #expect(differing(result) == ["quantity:dead"])
    }

    @Test func valuesWrittenDifferentlyAreEqual() {
        let result = align(
            "About 1,000 workers walked out at the Harlow plant of Brenner Motors on Monday.",
            "About 1000 workers walked out at the Harlow plant of Brenner Motors on Monday.")
        #expect(result.relation == .same, "\(result.slots)")
        let money = align(
            "Brenner Motors agreed to acquire Kolt Systems for $2.1 billion.",
            "Brenner Motors agreed to acquire Kolt Systems for $2,100 million.")
        #expect(money.relation == .same, "\(money.slots)")
    }

    @Test func distancesCompareAcrossUnits() {
        let agree = align(
            "The climber Jonas Ebert fell 40 metres from the ridge of Mount Skell.",
            "The climber Jonas Ebert fell 131 feet from the ridge of Mount Skell.")
        #expect(agree.relation == .same, "\(agree.slots)")
        let conflict = align(
            "The climber Jonas Ebert fell 40 metres from the ridge of Mount Skell.",
            "The climber Jonas Ebert fell 300 metres from the ridge of Mount Skell.")
        #expect(conflict.relation == .conflict)
        #expect(differing(conflict) == ["quantity:length"])
    }

    @Test func magnitudesConflict() {
        let result = align(
            "A magnitude 6.1 earthquake struck southern Velmora province on Sunday.",
            "A magnitude 5.9 earthquake struck southern Velmora province on Sunday.")
        #expect(result.relation == .conflict)
        #expect(differing(result) == ["quantity:magnitude"])
    }

    @Test func daysConflict() {
        let result = align(
            "The singer Ana Lortz died at her home on Friday, her family said.",
            "The singer Ana Lortz died at her home on Saturday, her family said.")
        #expect(result.relation == .conflict)
        #expect(differing(result) == ["when"])
    }

    @Test func placesConflictForOneNamedPerson() {
        let result = align(
            "The singer Ana Lortz died in Lisbon after a long illness.",
            "The singer Ana Lortz died in Madrid after a long illness.")
        #expect(result.relation == .conflict, "\(result.slots)")
        #expect(differing(result) == ["where"])
    }

    @Test func negationConflicts() {
        let result = align(
            "The Kremlin has commented on the arrest of Nicolas Maduro in Caracas.",
            "The Kremlin has not commented on the arrest of Nicolas Maduro in Caracas.")
        #expect(result.relation == .conflict)
        #expect(differing(result) == ["polarity"])
    }

    @Test func aHedgeIsNotTheSameClaim() {
        let result = align(
            "Brenner Motors may acquire Kolt Systems for $2.1 billion.",
            "Brenner Motors will acquire Kolt Systems for $2.1 billion.")
        #expect(result.relation == .related)
        #expect(result.slots.contains { $0.name == "modality" && $0.verdict == .differ })
    }

    @Test func aTollThatGrowsOverReportingIsAnUpdate() {
        let result = align(
            "The earthquake in Velmora killed 12 people, officials said.",
            "The earthquake in Velmora killed 30 people, officials said.", "2026-01-03", "2026-01-05")
        #expect(result.relation == .update)
        let shrinking = align(
            "The earthquake in Velmora killed 30 people, officials said.",
            "The earthquake in Velmora killed 12 people, officials said.", "2026-01-03", "2026-01-05")
        #expect(shrinking.relation == .conflict, "a toll that falls later is a contradiction")
    }

    @Test func boundsAreCompatibleWithValuesInside() {
        let result = align(
            "The earthquake in Velmora killed at least 12 people, officials said.",
            "The earthquake in Velmora killed 15 people, officials said.")
        #expect(result.relation == .same, "\(result.slots)")
    }

    @Test func otherParticipantsAreNotTheSameClaim() {
        let result = align(
            "Actress Tara Reid checked into the Promises rehab centre in Malibu.",
            "Actress Lindsay Lohan checked into the Promises rehab centre in Malibu.")
        #expect(result.relation != .same)
        #expect(result.relation != .conflict)
    }

    @Test func oneEventInTwoYearsConflicts() {
        let result = align(
            "In 2023 floods on the Marrow washed away the Dunmere lock gate near Tessel.",
            "In 2025 floods on the Marrow washed away the Dunmere lock gate near Tessel.")
        #expect(result.relation == .conflict, "\(result.slots)")
        #expect(differing(result) == ["year"])
        let history = align(
            "In 2023 and again in 2024 floods on the Marrow washed away the Dunmere lock gate near Tessel.",
            "In 2025 floods on the Marrow washed away the Dunmere lock gate near Tessel.")
        #expect(history.relation != .conflict, "two years on one side tell a history")
    }

    @Test func aYearNearOneOfTwoTellingsDatesNeither() {
        let a = "Oren Hale won the Marlow Prize in 2004 for his novel Tidewater."
        let b =
            "Oren Hale, who won the Kessel Medal for his essays in 2005, is a fine choice: he won the Marlow Prize for Tidewater."
        let result = align(a, b)
        #expect(result.relation != .conflict, "\(result.slots)")
        var configuration = AlignmentConfiguration()
        configuration.datesNeedAHappeningToldOnce = false
        #expect(differing(align(a, b, configuration: configuration)) == ["year"], "the rule, not the words, decides")
    }

    @Test func oneDayWorkedOutFromTwoPublicationDatesIsOneDay() {
        let result = align(
            "The singer Ana Lortz was released from hospital on December 2, her family said.",
            "The singer Ana Lortz was released from hospital on December 2, her family said.",
            "2026-12-20", "2027-01-03")
        #expect(result.relation == .same, "\(result.slots)")
    }

    @Test func leavingIsNotEntering() {
        let result = align(
            "Actress Lindsay Lohan has checked into the Betty Ford rehab centre in Rancho Mirage.",
            "Actress Lindsay Lohan has left the Betty Ford rehab centre for another clinic.")
        #expect(result.relation != .same, "\(result.slots)")
    }

    @Test func aSameClaimNeedsTheSameHappening() {
        let result = align(
            "Actress Tara Reid checked into the Promises rehab centre in Malibu on Friday.",
            "Actress Tara Reid starred in American Pie and in the sitcom Scrubs before Friday.")
        #expect(result.relation != .same, "\(result.slots)")
    }

    @Test func yearsAndTimesAreNotCounts() {
        let reader = QuantityReader()
        let analyzed = ArticleAnalyzer().analyze(
            Article(
                id: "a", input: "a", language: "en",
                text: "On March 3, 2008 at 10:30 the storm killed 1,200 people and injured 45 more in 2008."))
        let quantities = analyzed.sentences.flatMap { reader.quantities(in: $0) }
        #expect(quantities.map(\.counts) == ["dead", "injured"])
        #expect(quantities.map(\.value) == [1200, 45])
    }

    @Test func aBoundedCountIsTheObjectOfItsVerb() {
        let reader = QuantityReader()
        let analyzed = ArticleAnalyzer().analyze(
            Article(
                id: "a", input: "a", language: "en",
                text: "The quake hit Velmora, killing at least 10 people and injuring many others. "
                    + "The blast injured about 30 people and killed two guards. The storm left 40 people homeless."))
        let quantities = analyzed.sentences.flatMap { reader.quantities(in: $0) }
        #expect(quantities.map(\.counts) == ["dead", "injured", "dead", "people"])
        #expect(quantities.map(\.bound) == [.atLeast, .about, .exact, .exact])
    }
}
