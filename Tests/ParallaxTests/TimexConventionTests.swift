import Testing

@testable import Parallax

/// TIMEX3 conventions of English time expressions (issue 13, TimeBank value F1), each on
/// sentences written for these tests: quarters of company reports, deictic adjectives, sets,
/// ages, parts of days, halves, fractions, unspecified stretches and names that look like dates.
@Suite("TIMEX3 conventions")
struct TimexConventionTests {
    /// A Monday.
    let anchor = TemporalAnchor(year: 2026, month: 11, day: 2)

    private func tags(_ text: String) -> [(text: String, value: String)] {
        TemporalTagger().tag(text, anchor: anchor).map { ($0.text, $0.value) }
    }

    private func texts(_ text: String) -> [String] { tags(text).map(\.text) }
    private func values(_ text: String) -> [String] { tags(text).map(\.value) }

    @Test func aReportsPeriodIsTheQuarterItIsAbout() {
        let text = """
            Tessel Ferries earned $4 million in the third quarter, after a weak second quarter. \
            In the 2025 period, it lost $1 million. Results for the year-earlier period included a charge.
            """
        #expect(texts(text) == ["the third quarter", "second quarter", "the 2025 period", "the year-earlier period"])
        #expect(values(text) == ["2026-Q3", "2026-Q2", "2025-Q3", "2025-Q3"])
    }

    @Test func aQuarterQualifiedByAYearKeepsItsOrdinal() {
        #expect(texts("Sales in the 2025 third quarter were flat.") == ["the 2025 third quarter"])
        #expect(values("Sales in the 2025 third quarter were flat.") == ["2025-Q3"])
        #expect(values("The line lost money in the year-ago third quarter.") == ["2025-Q3"])
    }

    @Test func theSamePeriodLastYearIsTheQuarterAYearBack() {
        let text = "Ferry profit rose in the third quarter from $2 million in the same period last year."
        #expect(texts(text) == ["the third quarter", "the same period last year"])
        #expect(values(text) == ["2026-Q3", "2025-Q3"])
        let possessive = "Ferry profit rose in the third quarter. Tolls for last year's quarter were lower."
        #expect(values(possessive) == ["2026-Q3", "2025-Q3"])
        #expect(texts("The quarter-to-quarter comparison improved.").isEmpty)
    }

    @Test func currentAndRecentQualifyingANounReferToThePresentAndThePast() {
        let text = "Under current rules, the recent closing of the lock was legal at the then current toll."
        #expect(texts(text) == ["current", "recent", "then current"])
        #expect(values(text) == ["PRESENT_REF", "PAST_REF", "PAST_REF"])
        #expect(values("Profit will rise in the current fiscal year.") == ["2026"])
        // Terms of accounts name no time.
        #expect(texts("The current account deficit and current assets grew.").isEmpty)
    }

    @Test func aSetIsWrittenAsThePeriodItRecursWith() {
        let found = TemporalTagger().tag("The ferry sails every week and the board meets each month.", anchor: anchor)
        #expect(found.map(\.value) == ["P1W", "P1M"])
        #expect(found.allSatisfy { $0.precision == .set })
    }

    @Test func anAgeIsNoTimeExpression() {
        #expect(texts("The captain, 55 years old, runs a 136-year-old ferry line.").isEmpty)
        #expect(values("The captain ran the line for 55 years.") == ["P55Y"])
    }

    @Test func aWeekdayAndItsDateBeforeAColonAreOneDate() {
        let text = "The Gazette said in an editorial on Saturday, Oct. 31: The ferry must run."
        #expect(texts(text) == ["Saturday, Oct. 31"])
        #expect(values(text) == ["2026-10-31"])
    }

    @Test func aPartOfDayTakesTheDayAfterIt() {
        #expect(texts("At mid-afternoon yesterday the shares were up.") == ["mid-afternoon yesterday"])
        #expect(values("At mid-afternoon yesterday the shares were up.") == ["2026-11-01TAF"])
        // Alone it names no day, so nothing dates it by the publication day.
        #expect(texts("In the morning the shares fell.").isEmpty)
    }

    @Test func theLastHalfOfAYearIsItsSecondHalf() {
        let text = "Tolls will fall in the last half of 2026; they rose in the first half of the 1990s."
        #expect(values(text) == ["2026-H2", "199"])
        #expect(values("The ferry was late in the last half hour.") == ["PT30M"])
    }

    @Test func quartersOfAThingAreAShareNotATime() {
        #expect(texts("The island imports about three-quarters of its food.").isEmpty)
        #expect(!texts("The line lost money in the first three quarters of the year.").isEmpty)
    }

    @Test func aPluralUnitWithNoAmountIsAnUnspecifiedStretch() {
        let text = """
            The canal was closed for years, and ships will return within weeks or months. Over the years \
            the toll rose; closures may come in the weeks ahead. The Ottomans ruled for hundreds of years.
            """
        #expect(texts(text) == ["years", "weeks or months", "the years", "the weeks ahead"])
        #expect(values(text) == ["PXY", "PXW", "PXY", "PXW"])
    }

    @Test func aDeicticWordInANameIsNoDate() {
        #expect(texts("He said so on ABC's \"This Week,\" and USA Today reported it.").isEmpty)
        #expect(values("This week, the toll rose.") == ["2026-W45"])
        // A title-case headline keeps its dates.
        #expect(values("Ferry Line to Host Next Year's Regatta") == ["2027"])
    }

    @Test func setIsAPlanOnlyBeforeToOrFor() {
        let february = TemporalAnchor(year: 2026, month: 2, day: 6)
        let tagger = TemporalTagger()
        #expect(
            tagger.tag("The toll index is near its record high set on Aug. 6.", anchor: february).first?.value
                == "2025-08-06")
        #expect(tagger.tag("The toll vote is set for Aug. 6.", anchor: february).first?.value == "2026-08-06")
        // A headline's plan stays a plan, so it is no anchor for the undated text under it.
        let text = "Ferry Chief Set As Regatta Host For 2031\n\nPosted: 08/02/2026\nThe chief said so on Friday."
        #expect(tagger.inferredAnchor(of: text) == TemporalAnchor(year: 2026, month: 8, day: 2))
    }

    @Test func theFullYearOfAReportIsTheCurrentYear() {
        let text = """
            Until recently the ferry line said that by 2029 it would double its share. \
            Its chairman forecast higher earnings for the full year.
            """
        #expect(tags(text).last?.text == "the full year")
        #expect(tags(text).last?.value == "2026")
    }

    @Test func asSoonAsPossibleIsAhead() {
        #expect(
            texts("The line will sell the ferry \"as soon as possible,\" its owner said.") == ["as soon as possible"])
        #expect(values("The line will sell the ferry as soon as possible.") == ["FUTURE_REF"])
        #expect(texts("As soon as the ferry left, the toll rose.").isEmpty)
    }

    @Test func theLatestFiscalYearIsTheLastOneCompleted() {
        #expect(values("Sales were $2 billion in the latest fiscal year.") == ["2025"])
    }
}
