import Testing

@testable import Parallax

/// The date rules of issue 13 on texts written for these tests: headlines, datelines and
/// "Updated:" lines are not events; a past event is never after publication; a plan is no
/// anchor for an undated text; "fall" and "May" as verbs are no dates.
@Suite("Date rules")
struct DateRuleTests {
    func timeline(_ text: String, title: String? = nil, published: PublicationDate?) -> [TimelineEvent] {
        let document = RawDocument(
            input: "a.txt", format: .structured, text: text, id: "a", title: title, outlet: "Tessel Gazette",
            published: published)
        return StoryPipeline().run([document]).stories.first?.timeline ?? []
    }

    @Test func headlineDatelineAndUpdatedLinesAreNoEvents() {
        let text = """
            Canal Reopens on March 9, 2026

            Updated: March 10, 2026

            TESSEL, March 9, 2026 (Reuters) - The Orlen Canal reopened to barges after a landslide closed it.

            Engineers first warned about the banks in July 2025, the canal authority said.
            """
        let events = timeline(text, published: PublicationDate(year: 2026, month: 3, day: 10))
        #expect(events.map(\.date) == ["2025-07"])
    }

    @Test func aPastEventIsNeverAfterPublication() {
        // Published on a Wednesday: "were set to resume on Saturday" is the Saturday before.
        let text = """
            The talks on the canal were set to resume on Saturday, the mayor said. They collapsed on \
            Saturday evening after two hours.
            """
        let events = timeline(text, published: PublicationDate(year: 2026, month: 3, day: 11))
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.date <= "2026-03-11" }, "\(events.map(\.date))")
        #expect(events.contains { $0.date == "2026-03-07" })
    }

    @Test func aPlanIsNoAnchorForAnUndatedText() {
        let text = "The works were finished on March 2, 2026. The new lock will open in May 2031."
        let anchor = TemporalTagger().inferredAnchor(of: text)
        #expect(anchor == TemporalAnchor(year: 2026, month: 3, day: 2))
    }

    @Test func fallAsAVerbIsNoSeason() {
        let times = TemporalTagger().tag(
            "Tolls are expected to fall in the spring. Prices could Fall sharply.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 9))
        #expect(times.map(\.text) == ["the spring"] || times.map(\.text) == ["spring"])
    }

    @Test func mayAsANameOrVerbIsNoMonth() {
        let times = TemporalTagger().tag(
            "Theresa May said the vote may come. It opened in May.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 9))
        #expect(times.map(\.text) == ["May"])
        #expect(times.first?.value == "2025-05")
    }
}
