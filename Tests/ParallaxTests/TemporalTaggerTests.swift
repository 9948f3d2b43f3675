import Foundation
import Testing

@testable import Parallax
@testable import ParallaxEvaluation

@Suite("Temporal tagger")
struct TemporalTaggerTests {
    let tagger = TemporalTagger()
    /// A Wednesday.
    let anchor = TemporalAnchor(year: 2026, month: 1, day: 7)

    private func tags(_ text: String, anchor: TemporalAnchor? = nil) -> [TimeExpression] {
        tagger.tag(text, anchor: anchor ?? self.anchor)
    }

    private func values(_ text: String, anchor: TemporalAnchor? = nil) -> [String] {
        tags(text, anchor: anchor).map(\.value)
    }

    @Test(
        "Absolute dates",
        arguments: [
            ("The talks opened on January 3 in Geneva.", "January 3", "2026-01-03"),
            ("The decree is dated Jan. 7, 2026, officials said.", "Jan. 7, 2026", "2026-01-07"),
            ("It was signed Jan 7, 2026 in Paris.", "Jan 7, 2026", "2026-01-07"),
            ("Voting ended on 7 January 2026 in the north.", "7 January 2026", "2026-01-07"),
            ("The court ruled on 15.01.2026 against him.", "15.01.2026", "2026-01-15"),
            ("Filed 2026-01-07 by the clerk.", "2026-01-07", "2026-01-07"),
            ("The mine closed in December 2018.", "December 2018", "2018-12"),
            ("Elections were held in 2024.", "2024", "2024"),
            ("Growth was faster in the 1990s.", "the 1990s", "199"),
            ("The hearing is set for March 3rd.", "March 3rd", "2026-03-03"),
            ("The budget passed in late 2025.", "late 2025", "2025"),
            ("The vote is due in early December.", "early December", "2026-12"),
        ])
    func absoluteDates(text: String, expected: String, value: String) {
        let found = tags(text)
        #expect(found.map(\.text) == [expected])
        #expect(found.map(\.value) == [value])
    }

    @Test("A relative phrase follows the date the story is telling")
    func narrativeShift() {
        let text =
            "The siege ended on January 3. Three days after the fall of the city, the army withdrew. "
            + "Two weeks later, talks began."
        let found = tags(text, anchor: TemporalAnchor(year: 2026, month: 2, day: 20))
        // "Three days after the fall of the city" counts from an event the words name ("after" is a
        // signal, outside the span); the sentence before stated its date outright, so it is dated.
        #expect(found.map(\.text) == ["January 3", "Three days", "Two weeks later"])
        #expect(found.map(\.value) == ["2026-01-03", "2026-01-06", "2026-01-20"])
    }

    @Test("A shift set off by a comma after a day restates it; an amount from a named event is a duration")
    func appositiveShift() {
        let text = "Two people were still missing on Friday, three days after the collapse."
        let found = tags(text, anchor: TemporalAnchor(year: 2026, month: 3, day: 7))
        // Friday dates the sentence; "three days after the collapse" is an amount from an event.
        #expect(found.map(\.text) == ["Friday", "three days"])
        #expect(found.map(\.value) == ["2026-03-06", "P3D"])
        let later = tags(
            "The talks resumed on Friday, three days later.", anchor: TemporalAnchor(year: 2026, month: 3, day: 7))
        #expect(later.map(\.value) == ["2026-03-06", "2026-03-06"])
    }

    @Test("Without an earlier date an amount later or earlier is its duration; one ago counts from the anchor")
    func shiftFromAnchor() {
        // Later than an event the text has not dated, not than the report's day (eighth round).
        #expect(values("Two weeks later, talks began.") == ["P2W"])
        #expect(values("A deal was struck three days ago.") == ["2026-01-04"])
        #expect(values("He left four years ago.") == ["2022"])
    }

    @Test("The same year is the year of the date mentioned before")
    func sameYear() {
        let text = "The dam was finished in May 2019. That same year, a flood tested it. The same year saw a drought."
        #expect(values(text) == ["2019-05", "2019", "2019"])
    }

    @Test("Seasons resolve to the most recent one unless told otherwise")
    func seasons() {
        let found = tags("Over the summer, prices rose. Last fall the plant shut, and this spring it reopens.")
        #expect(found.map(\.value) == ["2025-SU", "2025-FA", "2026-SP"])
        #expect(found.map(\.timelineDate) == ["2025-summer", "2025-autumn", "2026-spring"])
    }

    @Test("Months ago and the month it names agree")
    func monthsAgo() {
        let text = "Seven months ago - in May 2025 - the factory closed."
        #expect(values(text, anchor: TemporalAnchor(year: 2025, month: 12, day: 10)) == ["2025-05", "2025-05"])
    }

    @Test("Relative months and weeks")
    func relativeUnits() {
        #expect(values("Earlier this month she resigned.") == ["2026-01"])
        #expect(values("Last May he was elected.") == ["2025-05"])
        #expect(values("Rents rose last month and will rise next month.") == ["2025-12", "2026-02"])
        #expect(values("This week the team trained; last week it rested.") == ["2026-W02", "2026-W01"])
        #expect(values("Sales fell last year.") == ["2025"])
        #expect(values("Two years earlier, the mine had closed.") == ["2024"])
    }

    @Test("Weekdays lean to the past unless the sentence looks ahead")
    func weekdays() {
        #expect(values("On Tuesday the minister spoke.") == ["2026-01-06"])
        #expect(values("She flies out next Tuesday.") == ["2026-01-13"])
        #expect(values("The leaders will meet on Friday.") == ["2026-01-09"])
        #expect(values("He said Wednesday that he would stay.") == ["2026-01-07"])
    }

    @Test("Days around the anchor")
    func dayWords() {
        #expect(values("Today, yesterday and tomorrow.") == ["2026-01-07", "2026-01-06", "2026-01-08"])
        #expect(values("Tonight the polls close.") == ["2026-01-07TNI"])
    }

    @Test("Holidays")
    func holidays() {
        #expect(values("Shops were busy before Christmas.") == ["2025-12-25"])
        #expect(values("Orthodox Christmas passed quietly.") == ["2026-01-07"])
        #expect(values("New Year's Day was calm.") == ["2026-01-01"])
        #expect(values("Christmas trees were sold out.").isEmpty)
    }

    @Test("Times of day take the date they are on")
    func times() {
        #expect(values("The train left at 18:18.") == ["2026-01-07T18:18"])
        #expect(values("The shop opened at 10 a.m. today.") == ["2026-01-07T10:00"])
        #expect(values("On January 3 the vote closed at 8 p.m.") == ["2026-01-03", "2026-01-03T20:00"])
        #expect(values("The wall fell shortly before midnight on January 3.") == ["2026-01-03T24:00", "2026-01-03"])
        let time = tags("The train left at 18:18.", anchor: TemporalAnchor(year: 2026))
        #expect(time.map(\.value) == ["XXXX-XX-XXT18:18"])
        #expect(time.first?.timelineDate == nil)
    }

    @Test("Durations in words and digits")
    func durations() {
        let found = tags(
            "The strike lasted three days, then two weeks, then half an hour, then twenty-four hours, then 3 months.")
        #expect(found.map(\.value) == ["P3D", "P2W", "PT30M", "PT24H", "P3M"])
        #expect(found.allSatisfy { $0.precision == .duration && $0.timelineDate == nil })
        #expect(values("The project took two and a half years.") == ["P2Y6M"])
        #expect(values("The deal runs for several years.") == ["PXY"])
    }

    @Test("References to the present and the past")
    func references() {
        let found = tags("Now the rules differ. Prices are currently high. Recently, rents fell.")
        #expect(found.map(\.value) == ["PRESENT_REF", "PRESENT_REF", "PAST_REF"])
        #expect(found.allSatisfy { $0.precision == .unknown && $0.timelineDate == nil })
    }

    @Test(
        "Numbers and words that are not times",
        arguments: [
            "212 workers were paid $2019 each.",
            "The page may be edited by anyone.",
            "A protest march filled the street.",
            "About 2000 people and 1500 workers attended.",
            "After the fall of the regime, exports grew.",
            "April Ryan asked a question.",
        ])
    func notTimes(text: String) {
        #expect(tags(text).isEmpty)
    }

    @Test("Month names that are also words need a date-like context")
    func ambiguousMonths() {
        #expect(values("Talks broke down in May.") == ["2025-05"])
        #expect(values("Talks resume in May.") == ["2026-05"])
        #expect(values("May 5 was sunny.") == ["2025-05-05"])
        #expect(values("They will march in March.") == ["2026-03"])
    }

    @Test("Offsets count Unicode scalars and text is verbatim")
    func offsets() {
        let text = "Café ☕️ réunion on January 3."
        let found = tags(text)
        #expect(found.count == 1)
        let scalars = Array(text.unicodeScalars)
        let expression = found[0]
        #expect(String(String.UnicodeScalarView(scalars[expression.start..<expression.end])) == "January 3")
        #expect(expression.text == "January 3")
    }

    @Test("Without an anchor, relative values stay unresolved")
    func noAnchor() {
        let found = tagger.tag("Yesterday the vote on January 3, 2026 was confirmed.", anchor: nil)
        #expect(found.map(\.value) == ["XXXX-XX-XX", "2026-01-03"])
        #expect(found.map(\.timelineDate) == [nil, "2026-01-03"])
    }
}

@Suite("TIMEX evaluation")
struct TimexEvaluationTests {
    @Test("Relaxed, strict and value scores")
    func scores() throws {
        let line = """
            {"id": "d1", "dct": "2026-01-07", "text": "He left on Tuesday and came back two weeks later.", \
            "timexes": [{"tid": "t1", "start": 11, "end": 18, "text": "Tuesday", "type": "DATE", \
            "value": "2026-01-06"}, {"tid": "t2", "start": 33, "end": 42, "text": "two weeks", \
            "type": "DURATION", "value": "P2W"}]}
            """
        let documents = try TimexCorpus.parse(Data(line.utf8))
        #expect(documents.count == 1)
        #expect(documents[0].anchor == TemporalAnchor(year: 2026, month: 1, day: 7))
        let predicted = documents.map { TemporalTagger().tag($0.text, anchor: $0.anchor) }
        let scores = scoreTimexes(gold: documents, predicted: predicted)
        #expect(scores.relaxed.f1 == 1)
        #expect(scores.strict.matchedGold == 1)
        #expect(scores.value.matchedGold == 1)
        #expect(scores.valueAccuracy == 0.5)
        #expect(scores.description.contains("relaxed span"))
    }

    @Test("A malformed line is reported by number")
    func malformed() {
        #expect(throws: TimexCorpusError.self) { try TimexCorpus.parse(Data("{\"id\": 1}\n".utf8)) }
    }
}
