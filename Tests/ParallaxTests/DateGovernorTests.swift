import Testing

@testable import Parallax

/// Date rules of the eighth round (issue 13), on texts written for these tests: the past verb
/// that governs a date's clause, an amount counted from an event the text has not dated, a time
/// stamp that dates the text and not the story, a page's own order of day and month, and a year
/// in a noun phrase after "of".
@Suite("Date governors")
struct DateGovernorTests {
    /// Friday 13 March 2026.
    let friday = TemporalAnchor(year: 2026, month: 3, day: 13)

    /// The value of `phrase` in `text` tagged on Friday 13 March 2026.
    func value(of phrase: String, in text: String) -> String? {
        TemporalTagger().tag(text, anchor: friday).first { $0.text == phrase }?.value
    }

    /// The value of `phrase` in an undated article, anchored as the pipeline anchors it.
    func analyzedValue(of phrase: String, in text: String) -> String? {
        let article = Article(id: "g", input: "g", language: "en", text: text)
        return ArticleAnalyzer().analyze(article).times.first { $0.text == phrase }?.value
    }

    /// The story timeline's dates of `text` published on Wednesday 11 March 2026.
    func timelineDates(of text: String, id: String) -> [String] {
        let document = RawDocument(
            input: "\(id).txt", format: .structured, text: text, id: id, outlet: "Tessel Gazette",
            published: PublicationDate(year: 2026, month: 3, day: 11))
        return (StoryPipeline().run([document]).stories.first?.timeline ?? []).map(\.date)
    }

    @Test func aPastVerbFartherBackGovernsTheDatesClause() {
        // Told in the past, a May after a March report is the May before.
        let told = value(
            of: "May", in: "The ferry company changed its timetable from a winter one to a summer one in May.")
        #expect(told == "2025-05")
        // A reporting verb's complement keeps its own tense; a comma ends the clause; a
        // participle after "is" is no past.
        #expect(
            value(of: "May", in: "The mayor said the new ferry timetable for the whole canal starts in May.")
                == "2026-05")
        #expect(
            value(of: "May", in: "The lock keepers walked out, and the canal reopens in May.") == "2026-05")
        #expect(
            value(of: "May", in: "The ferry timetable is changed for the summer crossings in May.")
                == "2026-05")
    }

    @Test func anAmountCountedFromAnUndatedEventIsADuration() {
        let text = """
            Lock keeper charged

            Published March 11, 2026

            A keeper dismissed four days earlier from his post walked into the lock house, the police said Wednesday.
            """
        #expect(analyzedValue(of: "four days earlier", in: text) == "P4D")
        #expect(analyzedValue(of: "Wednesday", in: text) == "2026-03-11")
        // A day told before still counts.
        let counted = value(
            of: "Two days later", in: "The barge sank on Monday. Two days later, divers found the wreck.")
        #expect(counted == "2026-03-11")
    }

    @Test func aNumericDateFollowsThePagesOrderOfDayAndMonth() {
        let british = """
            11/09/2025

            The barge sank on 9 September near Tessel. The keepers met on 10 September, the police said Friday.
            """
        #expect(TemporalTagger().inferredAnchor(of: british) == TemporalAnchor(year: 2025, month: 9, day: 11))
        let american = """
            11/09/2025

            The barge sank on November 8 near Tessel, the police said Sunday.
            """
        #expect(TemporalTagger().inferredAnchor(of: american) == TemporalAnchor(year: 2025, month: 11, day: 9))
    }

    @Test func aYearInANounPhraseAfterOfIsNoEvent() {
        let text = """
            The lock keeper is the author of the 2019 book on canal tolls, the ferry line said.

            The keeper was convicted of the 2021 theft of a barge.

            The new crane arrived by the end of the 2024 season.

            The keeper joined the canal service in 2010.
            """
        let dates = timelineDates(of: text, id: "o")
        #expect(dates == ["2010", "2024"], "\(dates)")
    }

    @Test func todayInAQuotationIsNoDateOfTheStory() {
        let text = """
            The keepers marched to the lock house on Tuesday, chanting “how many barges will you sink today”.

            “We can keep the canal open today and for our children,” the mayor said.

            The mayor said the canal closed today.

            “Today, the council reopened the lock,” the mayor said.

            “The lock failed on March 2, 2026,” the keeper said.
            """
        let dates = timelineDates(of: text, id: "q")
        // Tuesday's march, the closing told outside quotation marks, a reopening told in the
        // past inside them, and a stated date quoted.
        #expect(dates == ["2026-03-02", "2026-03-10", "2026-03-11", "2026-03-11"], "\(dates)")
    }

    @Test func inYearsAfterAFutureWordIsTheYearItComesToInTimeBank() {
        let timeBank = TemporalTagger(conventions: .timeBank)
        #expect(timeBank.tag("The bonds would be redeemed in five years.", anchor: friday).map(\.value) == ["2031"])
        #expect(
            TemporalTagger().tag("The bonds would be redeemed in five years.", anchor: friday).map(\.value) == ["P5Y"])
        // A span, not a point: no future word, or "within".
        #expect(timeBank.tag("Tolls rose for the first time in five years.", anchor: friday).map(\.value) == ["P5Y"])
        #expect(timeBank.tag("The lock will be rebuilt within five years.", anchor: friday).map(\.value) == ["P5Y"])
    }

    @Test func aYearOrMonthInARelativeClauseIsNoEntry() {
        let text = """
            The ferry line has one new skipper, who won the canal race in June.

            The lock keeper, who retired in 2019, spoke on Monday.

            The barge, which sank on Saturday, was raised by a crane.

            The tolls rose in May.
            """
        let dates = timelineDates(of: text, id: "r")
        // A day in a relative clause still dates; its month or year does not.
        #expect(dates == ["2025-05", "2026-03-07", "2026-03-09"], "\(dates)")
    }

    @Test func aYearOrMonthInASincePhraseIsNoEntry() {
        let text = """
            The flood was the worst on the canal since the old dam burst in 2009.

            The lock keeper has been on duty every night since April.

            The barge has been held at the quay since Saturday.

            Since then, the tolls rose in May, and the ferry, idle since 2019, sailed in June.
            """
        let dates = timelineDates(of: text, id: "s")
        // The start of a span is not the event; a day after "since" still dates, and a comma
        // ends the "since" phrase before the dates that keep their entries.
        #expect(dates == ["2025-05", "2025-06", "2026-03-07"], "\(dates)")
    }

    @Test func aQuestionOrTheYearOfARankingIsNoEntry() {
        let text = """
            Will the ferry line find a new skipper next year?

            The flood came in 2024.

            The lock keeper called it the storm of the year.

            The tolls rose at the end of the year, and the ferry sailed in June.
            """
        let dates = timelineDates(of: text, id: "q")
        // The question's "next year" and the ranking's "of the year" are out; "in 2024" and
        // "the end of the year" (the year told last) keep their entries.
        #expect(dates == ["2024", "2024", "2025-06"], "\(dates)")
    }

    @Test func aDayAnAbbreviatedMonthAndATwoDigitYearIsOneDate() {
        // "10 Nov 11" is 10 November 2011, not "Nov 11" after a stray number.
        let text = "The patrol boat stopped a smuggling attempt on 10 Nov 11, and another on Nov 12, 2011."
        #expect(value(of: "10 Nov 11", in: text) == "2011-11-10")
        #expect(value(of: "Nov 12, 2011", in: text) == "2011-11-12")
        #expect(value(of: "Nov 11", in: text) == nil)
    }
}
