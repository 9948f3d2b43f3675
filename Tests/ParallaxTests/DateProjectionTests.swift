import Testing

@testable import Parallax

/// Date rules of the twelfth round (issue 13), on texts written for these tests; each pairs the
/// rule's case with a control.
extension DateGovernorTests {
    @Test func aWeekdayAModalProjectsIsAhead() {
        // Friday 13 March 2026: a vigil relatives "would hold" on Thursday is the coming one
        // (without the rule, the Thursday before: 2026-03-12).
        #expect(value(of: "Thursday", in: "The keeper said relatives would hold a vigil Thursday.") == "2026-03-19")
        #expect(value(of: "Wednesday", in: "The lock board could meet as soon as Wednesday.") == "2026-03-18")
        // Controls: a past, a counterfactual, and a modal behind a mark stay behind.
        #expect(value(of: "Thursday", in: "Relatives held a vigil Thursday.") == "2026-03-12")
        #expect(value(of: "Thursday", in: "The vigil would have been held Thursday.") == "2026-03-12")
        #expect(
            value(of: "Thursday", in: "The keeper agreed (\"Boatmen would lose,\" Tessel Gazette, Thursday).")
                == "2026-03-12")
    }

    @Test func beforeAfterAVerbOfAppearingIsAPlace() {
        let text = """
            The keeper is due to appear before Tessel Magistrates' Court on Tuesday.

            This is the third barge the lock has lost before the gate was mended on Monday.
            """
        let dates = timelineDates(of: text, id: "p")
        // Kept: the appearance's Tuesday (without the rule "before" opens a subordinate clause of
        // a present main clause and the entry goes). Out: a subordinate clause's Monday.
        #expect(dates == ["2026-03-17"], "\(dates)")
    }

    @Test func aYearNamingAThingInACopulasSentenceIsNoEntry() {
        let text = """
            The 2019 champion of the canal regatta was a lock keeper from Tessel.

            He was the helmsman of the club's 2017 title crew.

            The pilot hired Ilse Marten, the 2018 regatta winner.

            The 2016 flood destroyed the old lock.

            The best night was at the club's 2014 harvest party.
            """
        let dates = timelineDates(of: text, id: "n")
        // Out (each an entry without the rule): a copula's subject, its predicate, an apposition
        // closing the sentence. Kept: a year-named event that acts, and one after "at".
        #expect(dates == ["2014", "2016"], "\(dates)")
    }

    @Test func datesOnlyInBackgroundPartsOfAPresentMainClauseAreNoEntry() {
        let text = """
            The keeper, who was fired on March 2, is the fourth keeper since the board took over the lock on May 26, 2025.

            The pilot, who was hired on March 3, became the fourth pilot since the board took over the ferry on May 27, 2025.
            """
        let dates = timelineDates(of: text, id: "s")
        // Out: the "since" clause's day, background to "is" like the aside's (without the rule the
        // aside's date made it the main clause's, an entry: 2025-05-26). Kept: the same shape
        // with a past main clause.
        #expect(dates == ["2025-05-27"], "\(dates)")
    }

    @Test func lastWeekdayIsThePreviousWeeks() {
        // Friday 13 March 2026 (week of Monday 9 March): "last Tuesday" and "Tuesday last week"
        // are Tuesday 3 March (without the rule, the latest Tuesday: 2026-03-10).
        #expect(value(of: "last Tuesday", in: "The board met the keeper last Tuesday.") == "2026-03-03")
        #expect(value(of: "Thursday last week", in: "The pilot resigned on Thursday last week.") == "2026-03-05")
        #expect(value(of: "Monday of last week", in: "The lock shut on Monday of last week.") == "2026-03-02")
        #expect(value(of: "Tuesday next week", in: "The board meets Tuesday next week.") == "2026-03-17")
        // Controls: "this past", a bare weekday, and the anchor's own weekday after "last".
        #expect(value(of: "this past Wednesday", in: "The ferry sank this past Wednesday.") == "2026-03-11")
        #expect(value(of: "Tuesday", in: "The keeper retired Tuesday.") == "2026-03-10")
        #expect(value(of: "last Friday", in: "The keeper retired last Friday.") == "2026-03-06")
    }

    @Test func aReportsDayInAClosingAttributionDatesNoEntry() {
        let text = """
            The lock keeper was arrested at the gate, police said Monday.

            The pilot was fined Tuesday, the board said.

            A spokesman for the board said Sunday that the ferry was sold.
            """
        let dates = timelineDates(of: text, id: "r")
        // Out: the saying's Monday (an entry without the rule: 2026-03-09). Kept: a day of the
        // happening before the attribution, and a saying whose "that" opens what it tells.
        #expect(dates == ["2026-03-08", "2026-03-10"], "\(dates)")
    }

    @Test func theReportRuleReadsTheToldClausesFirstVerbGroup() {
        let text = """
            The lock board has made sweeping changes to the ferry crews, the board announced Monday.

            Tessel hosts a barge fair organised with the help of the guild, a statement of the guild said on Wednesday.

            The lock keeper had sold the barge, the board said Tuesday.
            """
        let dates = timelineDates(of: text, id: "v")
        // Kept: a present perfect's and a present's report day (without the rule "made" and
        // "organised" read as the past: no entry). Out: a past perfect's report day.
        #expect(dates == ["2026-03-09", "2026-03-11"], "\(dates)")
    }

    @Test func aDateInsideAComparisonIsNoEntry() {
        let text = """
            The barge fleet was larger than it was in 2019.

            The lock's fleet was larger than 40 of the 52 fleets on the river in 2019.

            Police arrested more than 20 boatmen on Monday.

            More than 20 barges were sold in 2024 after the flood.
            """
        let dates = timelineDates(of: text, id: "c")
        // Out: the compared-with years (entries at 2019 without the rule). Kept: a quantity
        // after "more than" and a clause of its own after it.
        #expect(dates == ["2024", "2026-03-09"], "\(dates)")
    }

    @Test func toThisDayIsThePresentNotADay() {
        // Without the rule "this day" is the page's day (2026-03-13).
        #expect(value(of: "this day", in: "The gym hosts a boxing class to this day.") == "PRESENT_REF")
        // Control: "this day" standing alone is still a day.
        #expect(value(of: "this day", in: "The keeper said this day was the worst.") == "2026-03-13")
    }

    @Test func aWeekdayOpeningAFutureSentenceIsAhead() {
        // Friday 13 March 2026: without the rule each reads the weekday before (2026-03-12, -09).
        #expect(value(of: "Thursday", in: "On Thursday, the keeper will open the lock.") == "2026-03-19")
        #expect(value(of: "Monday", in: "And on Monday, the guild will hold a fair.") == "2026-03-16")
        // Controls: a past main clause, and a weekday that does not open the sentence.
        #expect(value(of: "Thursday", in: "On Thursday, the keeper opened the lock.") == "2026-03-12")
        #expect(value(of: "Tuesday", in: "Her wins on Tuesday will speed the change.") == "2026-03-10")
    }
}
