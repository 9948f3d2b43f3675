import Testing

@testable import Parallax

/// Date rules of the eleventh round (issue 13), on texts written for these tests: an entry's date
/// must date the event its main clause tells. Each text pairs the rule's case with a control.
extension DateGovernorTests {
    @Test func aYearInBracketsIsNoEntry() {
        let text = """
            The skipper steered for the ferry line (1998) and later for the canal board.

            The pilot joined the harbour crew in 1999.

            The keeper, a four-time champion (2010, '12), won the canal race, including a lock record in 2010.
            """
        // Without the rule the bracketed year is an entry (1998). A bracketed year dates nothing,
        // so it does not make the participle's "in 2010" an aside's year (`isAsideYear`).
        let dates = timelineDates(of: text, id: "b")
        #expect(dates == ["1999", "2010"], "\(dates)")
    }

    @Test func aBackgroundDateOfAPresentMainClauseIsNoEntry() {
        let text = """
            This is the third barge the lock has lost after its gate failed in September.

            The old lock closed after its pumps failed in October.

            The keeper, fired on March 2, is suing the canal board for his pension.

            The pilot, dismissed on March 3, sued the ferry line for back pay.
            """
        let dates = timelineDates(of: text, id: "m")
        // Out: September and March 2, background to a main clause told in the present (without
        // the rule both are entries). Kept: the same shapes with a past main clause.
        #expect(dates == ["2025-10", "2026-03-03"], "\(dates)")
    }

    @Test func aBackgroundDateOfAFutureMainClauseIsNoEntryButAWhenClauseIs() {
        let text = """
            It will be her second season at the lock, after she steered the barges in 2019.

            The keeper will speak to the boatmen when the council meets in May.
            """
        let dates = timelineDates(of: text, id: "f")
        // Out: 2019, after a future main clause (an entry without the rule). Kept: a "when"
        // clause's date, the time of the main clause's event.
        #expect(dates == ["2026-05"], "\(dates)")
    }

    @Test func aYearInARelativeClauseWithNoCommaIsNoEntry() {
        let text = """
            The pilot looked a shadow of the skipper that won the regatta in 2017.

            The ferry that sank on Monday was raised from the canal.
            """
        let dates = timelineDates(of: text, id: "r")
        // Out: 2017 (an entry without the rule). Kept: a day in a relative clause, the news.
        #expect(dates == ["2026-03-09"], "\(dates)")
    }

    @Test func aYearOfARecordHeldNowIsNoEntry() {
        let text = """
            The skipper has a prior conviction for speeding on the canal from 2014.

            The pilot had a conviction for mooring in the lock in 2013.
            """
        let dates = timelineDates(of: text, id: "h")
        // Out: 2014, a record the skipper has now (an entry without the rule). Kept: the same
        // told in the past.
        #expect(dates == ["2013"], "\(dates)")
    }
}

extension DateGovernorTests {
    @Test func aWeekdayNamedForWhatHappensOnItIsNoEntry() {
        let text = """
            The ferry line cut its fares for Black Friday.

            The lock keepers cut the toll on Friday.
            """
        let dates = timelineDates(of: text, id: "n")
        // Out: Black Friday, resolved as the Friday nearest the writing (an entry without the
        // rule). Kept: a plain weekday.
        #expect(dates == ["2026-03-06"], "\(dates)")
    }
}
