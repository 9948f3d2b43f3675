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

    @Test func aDateInsideANounPhraseDatesTheThingNotTheEvent() {
        let text = """
            A jury on Tuesday convicted the ferryman charged in the April 2024 collision on the Orlen Canal.

            The driver fled in his 2023 Tessel Roadster, the canal police said.

            A woman was hit by a 2024 grey Roadster near the lock.

            The lock keeper, who lives at 2016 Ontario, said he heard the crash.

            The 2019 flood closed the canal for a month.

            Posted in Canal News on Friday, March 6, 2026.
            """
        let events = timeline(text, published: PublicationDate(year: 2026, month: 3, day: 11))
        // Tuesday's verdict and the flood the sentence tells are events; the collision's date,
        // the car's model year, a street number and a blog footer are not.
        #expect(events.map(\.date) == ["2019", "2026-03-10"], "\(events.map(\.date))")
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
        let text = "The works were finished on Monday, March 2, 2026. The new lock will open in May 2031."
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

    /// The value of the first expression tagged in `text`, published on Friday 2026-03-13.
    func value(_ text: String) -> String? {
        TemporalTagger().tag(text, anchor: TemporalAnchor(year: 2026, month: 3, day: 13)).first?.value
    }

    @Test func aPassiveInfinitiveOrAModalSetsTheDateAhead() {
        // "completed" is a participle here, not a past tense.
        #expect(value("The sale of the ferry line is to be completed by Aug. 15.") == "2026-08-15")
        #expect(value("The buyers expect the sale to be completed by Jan. 15.") == "2027-01-15")
        #expect(value("The captain will be sentenced on Wednesday.") == "2026-03-18")
    }

    @Test func theTargetOfAChangeAndEffectiveAreAhead() {
        #expect(value("The deadline for bids was extended to Aug. 16.") == "2026-08-16")
        #expect(value("The board named a new chairman, effective Aug. 1.") == "2026-08-01")
    }

    @Test func aPastVerbNextToAWeekdayOutweighsAPlanFartherBack() {
        // "expected" is a plan, but the market closed on the Wednesday before publication.
        #expect(value("Earnings were expected after the market closed Wednesday.") == "2026-03-11")
        #expect(value("The ferry is expected to sail Wednesday.") == "2026-03-18")
    }

    @Test func aDateOpeningItsSentenceTakesTheTenseOfTheVerbAfterIt() {
        // Bare "May" in March is the coming May; told in the past it is the May before.
        #expect(value("In May, the ferry company brought in a new captain.") == "2025-05")
        #expect(value("In May, the canal authority closed the upper lock.") == "2025-05")
        #expect(value("In May, the ferry company will bring in a new captain.") == "2026-05")
        #expect(value("The ferry company brought in a new captain, who starts in May.") == "2026-05")
    }

    @Test func preparingForADayPutsItAhead() {
        #expect(value("The mayor prepares to open the new lock on Wednesday.") == "2026-03-18")
        #expect(value("The mayor opened the new lock on Wednesday.") == "2026-03-11")
    }

    @Test func aQuarterNamedWithoutAYearIsOneThatHasBegun() {
        let january = TemporalAnchor(year: 2026, month: 1, day: 20)
        let tagger = TemporalTagger()
        #expect(
            tagger.tag("The line reported a loss for the fourth quarter.", anchor: january).first?.value == "2025-Q4")
        #expect(
            tagger.tag("The line expects a profit in the second quarter.", anchor: january).first?.value == "2026-Q2")
        #expect(
            tagger.tag("The line lost money in the fourth quarter of 2026.", anchor: january).first?.value == "2026-Q4")
    }

    @Test func aYearAnUndatedTextMentionsIsNoAnchor() {
        let article = Article(
            id: "u", input: "u", language: "en",
            text: "The shortstop, the 2019 league MVP, turns 29 on April 11. He signed on Tuesday.")
        let times = ArticleAnalyzer().analyze(article).times
        #expect(times.contains { $0.value == "2019" })
        #expect(!times.contains { $0.value.hasPrefix("2019-") }, "\(times.map(\.value))")
    }

    @Test func theArticlesOwnDateComesFromMetadataThenHeaderThenDateline() {
        // Metadata outranks the dateline: Monday is the one before Wednesday 11 March.
        let dated = timeline(
            "TESSEL, March 4, 2026 (Reuters) - The canal closed on Monday after a landslide.",
            published: PublicationDate(year: 2026, month: 3, day: 11))
        #expect(dated.map(\.date) == ["2026-03-09"], "\(dated.map(\.date))")
        // A header line stamps a plain text with no metadata: Monday before Wednesday 4 March.
        let header = RawDocument(
            input: "b.txt", format: .plainText,
            text: """
                Canal closes after landslide

                Published 4 March 2026, 09:42

                The Orlen Canal closed on Monday after a landslide near Tessel, the canal authority said.
                """, id: "b")
        let stamped = StoryPipeline().run([header]).stories.first?.timeline ?? []
        #expect(stamped.map(\.date) == ["2026-03-02"], "\(stamped.map(\.date))")
        // With neither, the dateline dates the text, not a later date it mentions.
        let undated = """
            TESSEL, March 9, 2026 (Reuters) - The canal reopened on Monday.

            The inquiry reports on March 20, 2026.
            """
        #expect(TemporalTagger().inferredAnchor(of: undated) == TemporalAnchor(year: 2026, month: 3, day: 9))
    }

    @Test func anUndatedTextIsNeverAnchoredOnWhatWouldHappen() {
        let text =
            "The works were finished on Monday, March 2, 2026. The minister said the lock would open on May 4, 2031."
        #expect(TemporalTagger().inferredAnchor(of: text) == TemporalAnchor(year: 2026, month: 3, day: 2))
    }

    @Test func weekdaysGoBackForThePastAndAheadForAPlan() {
        #expect(value("The ferry sank on Saturday.") == "2026-03-07")
        #expect(value("The ferry will sail on Saturday.") == "2026-03-14")
        #expect(value("The ferry is scheduled to sail Saturday.") == "2026-03-14")
    }

    @Test func marchAsAVerbOrANameIsNoMonth() {
        let headline = TemporalTagger().tag(
            "Thousands March on Tessel", anchor: TemporalAnchor(year: 2026, month: 3, day: 9))
        #expect(headline.isEmpty, "\(headline.map(\.text))")
        let times = TemporalTagger().tag(
            "Mr. March said the bargemen would march again. Ilse March, the lock keeper, agreed. They met in March.",
            anchor: TemporalAnchor(year: 2026, month: 4, day: 9))
        #expect(times.map(\.text) == ["March"])
        #expect(times.first?.value == "2026-03")
    }

    @Test func fallInAHeadlineIsNoSeason() {
        let times = TemporalTagger().tag(
            "Ferry Fares Fall as Canal Reopens\n\nFares fell on Monday.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 11))
        #expect(times.map(\.text) == ["Monday"])
    }

    @Test func thePreviousWeekdayIsTheOneBeforeTheDayTold() {
        // Friday is 6 March (published Friday 13 March: "Friday" alone is that day); the
        // previous Friday the week before it.
        let times = TemporalTagger().tag(
            "Shares closed at 100 on Thursday, down 4% from the previous Friday.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 13))
        #expect(times.map(\.value) == ["2026-03-12", "2026-03-06"], "\(times.map(\.text)) \(times.map(\.value))")
    }

    @Test func todayAndTomorrowAsAnAgeAreNoDays() {
        let times = TemporalTagger().tag(
            "In today's world ferries are rare, and the people of tomorrow will fly. Today's vote was close.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 13))
        #expect(times.map(\.value) == ["2026-03-13"], "\(times.map(\.text))")
        #expect(value("Ferries will one day be electric.") == "FUTURE_REF")
    }

    @Test func anAmountBeforeOrAfterAnEventIsADurationNotADate() {
        let anchor = TemporalAnchor(year: 2026, month: 3, day: 13)
        let tagger = TemporalTagger()
        let closing = tagger.tag("The banks must wait at least 30 days before closing the deal.", anchor: anchor)
        #expect(closing.map(\.value) == ["P30D"], "\(closing.map(\.text))")
        let election = tagger.tag(
            "The vote comes just a couple of days after the election of the mayor.", anchor: anchor)
        #expect(election.allSatisfy { $0.timelineDate == nil }, "\(election.map(\.value))")
        // After a day stated outright, the event is the one told there: dated from it.
        let siege = tagger.tag(
            "The siege ended on March 3. Two days after the fall of the town, the army left.", anchor: anchor)
        #expect(siege.map(\.value) == ["2026-03-03", "2026-03-05"])
        let job = tagger.tag("He bought a shotgun the day after he lost his job.", anchor: anchor)
        #expect(job.allSatisfy { $0.timelineDate == nil }, "\(job.map(\.value))")
        // Told as an adverb after a day, or from a date, the shift still dates: a day before
        // Monday 9 March. With no day told before it, the amount counts from an event the text
        // has not dated (eighth round): its duration.
        let aftershock = TemporalTagger().tag(
            "The aftershock shook the town on Monday as the toll from the quake a day before rose to ten.",
            anchor: anchor)
        #expect(aftershock.map(\.value) == ["2026-03-09", "2026-03-08"])
        let toll = TemporalTagger().tag("The toll from the quake a day before rose to ten.", anchor: anchor)
        #expect(toll.map(\.value) == ["P1D"])
        #expect(value("The lock opened three days after Christmas.")?.hasSuffix("-12-28") == true)
    }

    @Test func plansAsANounIsNoPlanForTheDate() {
        #expect(value("The mayor announced plans Tuesday to rebuild the lock.") == "2026-03-10")
        #expect(value("The mayor plans Tuesday to rebuild the lock.") == "2026-03-17")
    }

    @Test func willGovernsADateFartherOnInItsClause() {
        #expect(
            value("She will make her second appearance as the show's host on the March 2 broadcast.") == "2027-03-02")
        let hundredDays = TemporalTagger().tag(
            "The mayor prepares to mark his first 100 days in office on Wednesday.",
            anchor: TemporalAnchor(year: 2026, month: 3, day: 13))
        #expect(hundredDays.last?.value == "2026-03-18")
        #expect(value("We look forward to seeing the new lock on Saturday.") == "2026-03-14")
        // A comma ends the clause "will" governs: the mayor spoke at a meeting on the March 2 before.
        #expect(value("The canal will reopen, the mayor said at the meeting on the March 2 date.") == "2026-03-02")
    }
}
