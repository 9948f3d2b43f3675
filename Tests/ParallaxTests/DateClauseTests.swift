import Testing

@testable import Parallax

/// Date rules of the ninth round (issue 13), on texts written for these tests: a span's end and
/// a subordinate clause's date are no timeline entries, an opening date takes the tense of a
/// verb farther on in its clause, and a full date naming a thing does not anchor an undated text.
extension DateGovernorTests {
    @Test func aSpansEndIsNoEntry() {
        let text = """
            The keeper ran the lock from 2001 to 2009.

            The skipper held the post (2012-2015) and then sailed for the ferry line.

            The canal museum is open through 2027.

            Registration runs from May 4 to May 20.

            The tolls rose in 2016.
            """
        let dates = timelineDates(of: text, id: "p")
        // Each span dates its start; without the rule its end is an entry too (2009, 2015, 2027,
        // May 20). A span in brackets, a tenure, dates no entry at all (`aYearInBracketsIsNoEntry`).
        #expect(dates == ["2001", "2016", "2026-05-04"], "\(dates)")
    }

    @Test func aSubordinateDateAfterTheMainClausesOwnIsNoEntry() {
        let text = """
            In December, the ferry line banned night crossings after a skipper admitted he sank a barge in 2019.

            After a council meeting on Friday, the mayor was asked about tolls set in 2020.

            The barge sank after it struck the lock gate on Monday, police said Tuesday.

            The keeper retired in 2015 and his son ran the lock until the flood closed it in 2021.
            """
        let dates = timelineDates(of: text, id: "u")
        // Out: the 2019 sinking and the 2021 flood, background to a sentence dated in its main
        // clause. Kept: a subordinate clause told first (Friday's meeting), and one whose main
        // date only dates the report (Monday's sinking); the report's own Tuesday dates no entry
        // (`aReportsDayInAClosingAttributionDatesNoEntry`).
        #expect(dates == ["2015", "2020", "2025-12", "2026-03-06", "2026-03-09"], "\(dates)")
    }

    @Test func anOpeningDateTakesThePastOfAVerbFartherOnInItsClause() {
        let november = TemporalAnchor(year: 2025, month: 11, day: 28)
        func value(_ text: String) -> String? {
            TemporalTagger().tag(text, anchor: november).first { $0.text == "February" }?.value
        }
        // "hit" is thirteen words on, past the cue window: without the rule, the February after.
        #expect(
            value("In February, a barge carrying 300 tonnes of grain from the old mill hit the lock gate.") == "2025-02"
        )
        // An aside between: the verb after it is not the clause's own.
        #expect(
            value("In February, a barge carrying grain from the mill, the lock keeper said, hit the gate.") == "2026-02"
        )
    }

    @Test func aFullDateNamingAThingDoesNotAnchorAnUndatedText() {
        let tagger = TemporalTagger()
        let sentencing = "The canal court sentenced the skipper on Saturday for the March 2, 2021, sinking of a barge."
        // Without the rule the text is anchored on the sinking, and Saturday is the one before it.
        #expect(tagger.inferredAnchor(of: sentencing) == nil)
        #expect(analyzedValue(of: "Saturday", in: sentencing) == "XXXX-WXX-6")
        #expect(
            tagger.inferredAnchor(of: "The ferry line has a November 22, 2027 launch date for its new route.") == nil)
        // A date that says when, with its weekday, still anchors.
        let sinking = "The skipper sank the barge on Tuesday, March 2, 2021. The court met on Saturday."
        #expect(tagger.inferredAnchor(of: sinking) == TemporalAnchor(year: 2021, month: 3, day: 2))
    }
}

extension DateGovernorTests {
    @Test func anAmountDoesNotCountFromADayOfAnotherTimeThanTheOneToldSince() {
        let text = """
            A jury on Tuesday convicted a keeper charged in a June 2024 sinking.

            The prosecutor said the keeper was furious over his dismissal four days earlier.
            """
        // Without the rule, the Friday before the jury's Tuesday (2026-03-06).
        #expect(value(of: "four days earlier", in: text) == "P4D")
        // A day within the month told since still counts.
        let storm = "The barge sank on Monday in the March storm. Two days later, divers found the wreck."
        #expect(value(of: "Two days later", in: storm) == "2026-03-11")
    }
}

extension DateGovernorTests {
    @Test func aDateNamingAThingAfterAPrepositionOfRelationIsNoEntry() {
        let text = """
            The court fined the skipper for the June 2, 2024, sinking of a grain barge.

            The tolls are far above the 2019 level.

            The ferry line was suspended for the 2023 season.

            The keeper followed up with a May 5 letter to the council.
            """
        let dates = timelineDates(of: text, id: "t")
        // Out: the sinking the fine answers for and the level the tolls are compared with (without
        // the rule 2019 and 2024-06-02 are entries); kept: a season, and "with" that is no comparison.
        #expect(dates == ["2023", "2025-05-05"], "\(dates)")
    }
}

extension DateGovernorTests {
    @Test func likelyToSetsTheDateAfterItAhead() {
        // Friday 13 March 2026: without the rule, the Tuesday and the January before.
        #expect(value(of: "Tuesday", in: "The skipper is likely to appear in court Tuesday.") == "2026-03-17")
        #expect(value(of: "January", in: "Tolls are unlikely to rise before January.") == "2027-01")
        // "most likely" is no prospect.
        #expect(value(of: "Tuesday", in: "The barge most likely sank on Tuesday.") == "2026-03-10")
    }
}
