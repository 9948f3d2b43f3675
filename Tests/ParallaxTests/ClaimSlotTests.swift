import Testing

@testable import Parallax

/// The slots the third pass added or narrowed, on statements written for these tests: what a
/// happening is about, denials on both sides, an age that grew, a hedge about something else,
/// dates and places of another happening in the sentence, statements naming nobody, distances of
/// two things.
@Suite("Claim slots")
struct ClaimSlotTests {
    @Test func aPassiveNamingTheSameParticipantIsTheSameHappening() {
        let passive = align(
            "Orla Venn became the third manager fired this season by the Harbor Gulls.",
            "The Harbor Gulls fired manager Orla Venn on Saturday after a losing streak.")
        #expect(passive.relation == .same, "\(passive.slots)")
        var configuration = AlignmentConfiguration()
        configuration.aboutByParticipants = false
        let apart = align(
            "Orla Venn became the third manager fired this season by the Harbor Gulls.",
            "The Harbor Gulls fired manager Orla Venn on Saturday after a losing streak.", configuration: configuration)
        #expect(apart.relation != .same, "without the participants, the words after the head decide")
    }

    @Test func twoDenialsDoNotContradictEachOther() {
        let result = align(
            "Police in Velmora said no suspects have been taken into custody after the shooting.",
            "Police in Velmora said the gunman was not immediately taken into custody after the shooting.")
        #expect(result.relation != .conflict, "\(result.slots)")
        let denied = align(
            "Police in Velmora said the gunman has been taken into custody after the shooting.",
            "Police in Velmora said the gunman has not been taken into custody after the shooting.")
        #expect(differing(denied) == ["polarity"], "\(denied.slots)")
    }

    @Test func anAgeOneYearApartIsOnePerson() {
        let result = align(
            "Dario Pell, a 38-year-old clerk, was charged with the robbery in Velmora.",
            "Dario Pell, the 39-year-old clerk, was charged with the robbery in Velmora.")
        #expect(result.relation != .conflict, "\(result.slots)")
        let older = align(
            "Dario Pell, a 38-year-old clerk, was charged with the robbery in Velmora.",
            "Dario Pell, the 52-year-old clerk, was charged with the robbery in Velmora.")
        #expect(differing(older) == ["quantity:age"], "\(older.slots)")
    }

    @Test func aHedgeAfterTheHappeningDoesNotHedgeIt() {
        let result = align(
            "Governor Lise Amar said 10 people had been killed in Velmora and the toll was not expected to rise.",
            "Governor Lise Amar said three people had been killed in Velmora.")
        #expect(result.relation == .conflict, "\(result.slots)")
        #expect(differing(result) == ["quantity:dead"])
        let hedged = align(
            "Governor Lise Amar said 10 people may have been killed in Velmora.",
            "Governor Lise Amar said three people had been killed in Velmora.")
        #expect(hedged.relation != .conflict, "a hedged count contradicts nothing: \(hedged.slots)")
    }

    @Test func aStatementNamingNobodyContradictsNobody() {
        let result = align(
            "The deal could be worth up to $180 million.",
            "The Harbor Gulls offered Teo Marsh a deal worth $184 million.")
        #expect(result.relation != .conflict, "\(result.slots)")
    }

    @Test func aDayOfAnotherHappeningInTheSentenceIsNotTheDayOfThisOne() {
        let rallies = align(
            "Students in Velmora announced new rallies on Sunday after the shooting of a teenager by police.",
            "A teenager was shot by police in Velmora on Saturday night.", "2026-03-09", "2026-03-09")
        #expect(!differing(rallies).contains("when"), "\(rallies.slots)")
        let crime = align(
            "A judge sentenced Dario Pell in Velmora on Saturday for the March 11 robbery.",
            "Dario Pell robbed the Velmora bank on March 11.", "2026-04-20", "2026-04-20")
        #expect(!differing(crime).contains("when"), "\(crime.slots)")
        let shot = align(
            "A teenager was shot by police in Velmora on Friday night.",
            "A teenager was shot by police in Velmora on Saturday night.", "2026-03-09", "2026-03-09")
        #expect(differing(shot) == ["when"], "\(shot.slots)")
    }

    @Test func anOffsetDayIsNotADayToContradict() {
        let result = align(
            "Rob Tarn shot his former co-workers in Velmora after he was fired four days earlier.",
            "Rob Tarn shot his former co-workers in Velmora after he was fired four days earlier.",
            "2026-04-07", "2027-04-25")
        #expect(result.relation != .conflict, "\(result.slots)")
    }

    @Test func aPlaceOfAnotherHappeningIsNotThePlaceOfThisOne() {
        let result = align(
            "Eric Dole, a man from Canada, is charged with murder over the shooting at the office party.",
            "Eric Dole is charged with murder over the shooting at the office party in Vancouver.")
        #expect(!differing(result).contains("where"), "\(result.slots)")
    }

    @Test func distancesFromTwoThingsDoNotConflict() {
        let result = align(
            "The destroyer Mysore reached the Gibe when it was 13 nautical miles (about 24km) from the cargo ship.",
            "The destroyer Mysore heard the Gibe was attacked around 150 nautical miles east of Aden.")
        #expect(!differing(result).contains { $0.hasPrefix("quantity") }, "\(result.slots)")
        let one = align(
            "The destroyer Mysore found the Gibe 13 nautical miles east of Aden.",
            "The destroyer Mysore found the Gibe 150 nautical miles east of Aden.")
        #expect(differing(one) == ["quantity:length"], "\(one.slots)")
    }

    @Test func theAlignmentSaysWhatTheHappeningIsAboutAndTheTense() {
        let result = align(
            "The Velmora council will vote on the budget on Friday.",
            "The Velmora council voted on the budget on Friday.")
        #expect(result.slots.contains { $0.name == "tense" && $0.verdict == .differ }, "\(result.slots)")
        #expect(result.slots.contains { $0.name == "about" }, "\(result.slots)")
    }
}

/// Sums written with their multiplier joined on, and a participant named far from the happening.
@Suite("Claim slots, sums and participants")
struct ClaimSumTests {
    @Test func aSumWithItsMultiplierJoinedOnIsRead() {
        let result = align(
            "The Harbor Gulls offered Teo Marsh an eight-year, $200MM deal.",
            "The Harbor Gulls offered Teo Marsh an eight-year, $160 million deal.")
        #expect(result.differing.map(\.name) == ["quantity:money:$"], "\(result.slots)")
        let equal = align(
            "The Harbor Gulls offered Teo Marsh an eight-year, $160MM deal.",
            "The Harbor Gulls offered Teo Marsh an eight-year, $160 million deal.")
        #expect(equal.relation == .same, "\(equal.slots)")
    }

    @Test func aParticipantNamedFarFromTheHappeningDoesNotMakeItOne() {
        let result = align(
            "Police called the mechanic a hero who did a phenomenal job alerting workers and guiding officers to where Ida Voss was hiding.",
            "Ida Voss finally went to an office upstairs and called police to tell them what she had done.")
        #expect(result.relation != .same, "\(result.slots)")
    }
}
