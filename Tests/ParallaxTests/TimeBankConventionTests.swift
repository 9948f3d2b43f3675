import Testing

@testable import Parallax

/// The values TimeBank's annotation writes where a news timeline needs another (issue 13,
/// seventh round, second part), on texts written for these tests: each rule is checked under
/// `TimexConventions.timeBank` and, where it differs, left as it was under `.timeline`.
@Suite("TimeBank conventions")
struct TimeBankConventionTests {
    /// Monday 2 March 2026.
    let monday = TemporalAnchor(year: 2026, month: 3, day: 2)

    /// Monday 2 November 2026, when third-quarter results are reported.
    let reportDay = TemporalAnchor(year: 2026, month: 11, day: 2)

    func values(_ text: String, _ conventions: TimexConventions, anchor: TemporalAnchor? = nil) -> [String: String] {
        Dictionary(
            TemporalTagger(conventions: conventions).tag(text, anchor: anchor ?? monday).map { ($0.text, $0.value) },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func anAmountCountedFromAnotherTimeIsItsDurationForTimeBankOnly() {
        let text = """
            The lock closed on Feb. 20. Three days later, the barges were turned back. \
            A day earlier, the keepers had warned the owners. A few days later, the canal reopened.
            """
        let timeBank = values(text, .timeBank)
        #expect(timeBank["Three days later"] == "P3D")
        #expect(timeBank["A day earlier"] == "P1D")
        #expect(timeBank["A few days later"] == "PXD")
        // The timeline keeps the days the words give.
        let timeline = values(text, .timeline)
        #expect(timeline["Three days later"] == "2026-02-23")
        #expect(timeline["A day earlier"] == "2026-02-22")
        // What comes after counts from the same dates under both conventions.
        let after = "The lock closed on Feb. 20. Three days later, the barges left. The next day, they sank."
        #expect(values(after, .timeBank)["The next day"] == values(after, .timeline)["The next day"])
    }

    @Test func aYearEarlierStaysTheComparisonDateAndAgoStaysADate() {
        let text = "The ferry line's third-quarter profit rose to $4 million from $3 million a year earlier."
        #expect(values(text, .timeBank, anchor: reportDay)["a year earlier"] == "2025-Q3")
        let ago = values("The bridge opened three days ago.", .timeBank)
        #expect(ago["three days ago"] == "2026-02-27")
    }

    @Test func theWeekUnderDiscussionIsAnUnspecifiedWeekOfItsYearForTimeBankOnly() {
        let text = "The index fell 2% on Friday. For the week, it lost 5%."
        #expect(values(text, .timeBank)["the week"] == "2026-WXX")
        #expect(values(text, .timeline)["the week"] == "2026-W09")
        // "last week" and "this week" keep their own week: TimeBank writes them both ways.
        #expect(values("The board met last week.", .timeBank)["last week"] == "2026-W09")
    }

    @Test func aPartOfDayAloneIsOnTheStorysDayForTimeBankAndNoTimelineEntry() {
        let text = """
            The index closed lower on Friday. Dealers placed buy orders in the morning. \
            Prices were hurt by overnight losses in Tokyo. By mid afternoon, the selling had stopped.
            """
        let timeBank = values(text, .timeBank)
        #expect(timeBank["morning"] == "2026-02-27TMO")
        #expect(timeBank["overnight"] == "2026-02-26TNI")
        #expect(timeBank["mid afternoon"] == "2026-02-27TAF")
        let timeline = values(text, .timeline)
        #expect(timeline["morning"] == nil && timeline["mid afternoon"] == nil)
        // A greeting or a show is no time.
        let greeting = values("Good evening from Tessel. The morning show starts.", .timeBank)
        #expect(greeting.isEmpty)
    }

    @Test func soonBeforeAnEventAndTheFutureOfAThingAreNoTimes() {
        let text = "He was probably killed soon after being captured. It matters to the future of the town."
        #expect(values(text, .timeline).isEmpty)
        let ahead = values("The lock will soon reopen, and more barges will pass in the future.", .timeline)
        #expect(ahead["soon"] == "FUTURE_REF")
        #expect(ahead["the future"] == "FUTURE_REF")
    }
}
