import Testing

@testable import Parallax

/// Date rules of the tenth round (issue 13), on texts written for these tests: which full date
/// dates an undated text, and a year in the possessive names a thing.
extension DateGovernorTests {
    @Test func aFullDateInASentenceOfTheStoryBoundsOnlyTheYearOfTheWriting() {
        let tagger = TemporalTagger()
        let sentencing = """
            A canal court on Saturday sentenced the skipper who sank three barges.

            The skipper sank the barges on March 2, 2021, as he fled the lock keepers.
            """
        // Without the rule the text is anchored on the sinking, and Saturday is the one before it
        // (2021-02-27).
        #expect(tagger.inferredAnchor(of: sentencing) == TemporalAnchor(year: 2021))
        #expect(analyzedValue(of: "Saturday", in: sentencing) == "XXXX-WXX-6")
        // A date with its weekday, or on a header's line, still dates the text.
        let weekday = "The court met on Saturday. The skipper sank the barge on Tuesday, March 2, 2021."
        #expect(tagger.inferredAnchor(of: weekday) == TemporalAnchor(year: 2021, month: 3, day: 2))
        #expect(analyzedValue(of: "Saturday", in: weekday) == "2021-02-27")
        let header = """
            Barge sinks at the Tessel lock

            Story Created: Mar 2, 2021 at 9:56 AM CET

            The barge sank on Monday as the keepers watched from the lock's bank.
            """
        #expect(tagger.inferredAnchor(of: header) == TemporalAnchor(year: 2021, month: 3, day: 2))
        #expect(analyzedValue(of: "Monday", in: header) == "2021-03-01")
    }

    @Test func aFullDateWithItsWeekdayAfterAFutureWordDoesNotDateTheWriting() {
        func text(_ verb: String) -> String {
            """
            The lock authority announced today that the skipper \(verb) the host of the regatta, \
            sailed on Sunday, June 6, 2027, from the Tessel quay.

            The skipper sank a barge last year.
            """
        }
        // Without the rule the text is anchored on the regatta's day and "last year" is 2026.
        #expect(TemporalTagger().inferredAnchor(of: text("will be")) == TemporalAnchor(year: 2027))
        #expect(analyzedValue(of: "last year", in: text("will be")) == "XXXX")
        // The same date told as past still dates the text.
        #expect(TemporalTagger().inferredAnchor(of: text("was")) == TemporalAnchor(year: 2027, month: 6, day: 6))
    }
}

extension DateGovernorTests {
    @Test func aYearInThePossessiveNamesAThingAndIsNoEntry() {
        let text = """
            The skipper will steer a sequel to last year's regatta.

            The keeper was praised for his work in 2019's flood relief.

            Monday's sinking follows two barge collisions.

            The keeper opened the lock in 1998, and that year's tolls paid for the new gate.

            The lock house dates back to the 1930's.
            """
        let dates = timelineDates(of: text, id: "y")
        // Out: last year's regatta and 2019's flood relief (without the rule, 2025 and 2019).
        // Kept: a day in the possessive, "that year's", and a decade.
        #expect(dates == ["1930", "1998", "2026-03-09"], "\(dates)")
    }
}
