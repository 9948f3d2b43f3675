import Testing

@testable import Parallax

/// Date rules of the seventh round (issue 13), on texts written for these tests: a time stamp's
/// own forms, a schedule told in the present, the month a story is told in, the night before,
/// an undated text written after what it states, and years that end a name.
@Suite("Date anchors")
struct DateAnchorTests {
    /// Friday 13 March 2026.
    let friday = TemporalAnchor(year: 2026, month: 3, day: 13)

    func values(_ text: String, anchor: TemporalAnchor?) -> [String: String] {
        Dictionary(
            TemporalTagger().tag(text, anchor: anchor).map { ($0.text, $0.value) },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func aStampWithATwoDigitYearAndAClockTimeDatesTheText() {
        let posted = """
            Ferry captain sentenced

            POSTED: 03/04/26, 9:15 PM PDT |

            The captain laughed Tuesday when the sentence was read. He was convicted of the 2024 collision.
            """
        #expect(TemporalTagger().inferredAnchor(of: posted) == TemporalAnchor(year: 2026, month: 3, day: 4))
        let stamped = """
            3/9/2026 @ 1:19PM

            Barge sinks near Tessel lock

            The barge sank on Sunday, two years after the 2024 refit.
            """
        #expect(TemporalTagger().inferredAnchor(of: stamped) == TemporalAnchor(year: 2026, month: 3, day: 9))
        // Of a "Published" and an "Updated" stamp, the text stands as it was updated.
        let updated = """
            Lock keepers strike

            PUBLISHED: MONDAY, MARCH 9, 2026, 10:34 PM
            UPDATED: TUESDAY, MARCH 10, 2026, 12:07 AM

            The keepers walked out about 12:30 a.m. Tuesday.
            """
        #expect(TemporalTagger().inferredAnchor(of: updated) == TemporalAnchor(year: 2026, month: 3, day: 10))
        // Tuesday before Wednesday 4 March, not a Tuesday of 2024.
        let times = ArticleAnalyzer().analyze(Article(id: "p", input: "p", language: "en", text: posted)).times
        #expect(times.contains { $0.text == "Tuesday" && $0.value == "2026-03-03" }, "\(times.map(\.value))")
    }

    @Test func aScheduleToldInThePresentPutsTheDayAhead() {
        let due = values(
            "The skipper, 41, is due to appear before the harbour magistrates in Tessel on Tuesday.", anchor: friday)
        #expect(due["Tuesday"] == "2026-03-17")
        // "due to" as a cause is no schedule.
        let cause = values("The ferry stayed in port due to the storm that hit the canal on Tuesday.", anchor: friday)
        #expect(cause["Tuesday"] == "2026-03-10")
    }

    @Test func aDayOfTheMonthTheStoryIsToldInTakesThatMonthsYear() {
        let text = """
            In November 1973, the canal froze over for the first time since 1929.

            On Nov. 17 the ice broke the lock gates.

            The lock reopened less than a year later.
            """
        let told = values(text, anchor: friday)
        #expect(told["Nov. 17"] == "1973-11-17")
        #expect(told["less than a year later"] == "1974")
        // A month that only names a thing ("the August 1998 floods") does not carry its year on.
        let named = values(
            "The canal reopened after the August 1998 floods. It closed again on Aug. 2.", anchor: friday)
        #expect(named["Aug. 2"] == "2025-08-02")
    }

    @Test func minutesLaterCountFromTheNightBefore() {
        let text = "A barge hit the lock gates last night. The keeper came back 10 minutes later with a rope."
        let told = values(text, anchor: friday)
        #expect(told["last night"] == "2026-03-12TNI")
        #expect(told["10 minutes later"] == "2026-03-12")
    }

    @Test func anUndatedTextIsWrittenOnOrAfterTheLatestDateItStates() {
        func times(_ text: String) -> [String: String] {
            let article = Article(id: "u", input: "u", language: "en", text: text)
            return Dictionary(
                ArticleAnalyzer().analyze(article).times.map { ($0.text, $0.value) },
                uniquingKeysWith: { first, _ in first })
        }
        // Written on 15 September 2025 or later: the October the navy acted in is that year's.
        let undated = times(
            "The ferry was seized on September 15, 2025.\n\nOn October 23, the navy gave the coast guard a go-ahead.")
        #expect(undated["October 23"] == "2025-10-23")
        // A dateline is the text's own day: told in the past, October 23 is the one before it.
        let datelined = times(
            "TESSEL, September 15, 2025 (Reuters) - The ferry was seized.\n\nOn October 23, the navy gave the coast guard a go-ahead."
        )
        #expect(datelined["October 23"] == "2024-10-23")
    }

    @Test func aYearToldInAnAsideDatesTheBackgroundNotTheEvent() {
        let text = """
            The ferry captain, who won the canal race in 2019, resigned on Monday.

            The mayor named a new lock keeper in 2024, following the resignations of keepers in 2015, 2018 and 2021.

            The barge, which sank on Saturday, was raised by a crane.

            The old keeper, who joined the canal service in 2010, said nothing.
            """
        let document = RawDocument(
            input: "a.txt", format: .structured, text: text, id: "a", outlet: "Tessel Gazette",
            published: PublicationDate(year: 2026, month: 3, day: 11))
        let dates = (StoryPipeline().run([document]).stories.first?.timeline ?? []).map(\.date)
        // A day in an aside still dates its event; a relative clause's year is no entry even
        // where nothing else dates the sentence (eighth round).
        #expect(dates == ["2024", "2026-03-07", "2026-03-09"], "\(dates)")
    }

    @Test func aFourDigitClockTimeAfterAtIsNoYear() {
        let struck = TemporalTagger().tag(
            "The quake, which struck at 1353 (1023 GMT), was felt in Oman.", anchor: friday)
        #expect(!struck.contains { $0.value == "1353" }, "\(struck.map(\.value))")
        #expect(values("The lock keeper's house was built in 1353.", anchor: friday)["1353"] == "1353")
    }

    @Test func aYearRightAfterANameEndsTheName() {
        let text = """
            The ferry line set up a venture called Orion 1980, and it follows the Canal Safety Order 2005. \
            The line was founded in 1980.
            """
        let years = TemporalTagger().tag(text, anchor: friday).map(\.text)
        #expect(years == ["1980"], "\(years)")
        // In a title-case headline a year before a capitalized word stays a year.
        #expect(values("Mayor to Host 2027 Canal Festival", anchor: friday)["2027"] == "2027")
    }
}
