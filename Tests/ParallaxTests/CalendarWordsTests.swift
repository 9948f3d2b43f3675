import ParallaxBase
import Testing

@testable import Parallax

/// The weekday and month words every stage reads from `ParallaxBase` (one table, not a list a
/// stage): the sets built from it hold what the stages' own lists held.
@Suite struct CalendarWordsTests {
    @Test func oneTableOfWeekdaysAndMonths() {
        #expect(WeekdayNames.english.first == "monday" && WeekdayNames.english.count == 7)
        #expect(WeekdayNames.englishAbbreviations == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        #expect(MonthNames.englishWords.count == 24 && MonthNames.englishWords.isSuperset(of: ["may", "sept"]))
        #expect(CalendarWords.english.count == 31 && !CalendarWords.english.contains("mon"))
    }

    @Test func theStagesSetsAreTheTablesWords() {
        #expect(ResolvedDays.dayWords.count == 35 && ResolvedDays.dayWords.isSuperset(of: ["tonight", "dec"]))
        #expect(EntityLexicon.calendarWords == CalendarWords.english)
        #expect(
            EntityLexicon.otherNames.count == 51
                && EntityLexicon.otherNames.isSuperset(of: ["new year", "sunday", "good friday"]))
        #expect(QuantityReader.months == MonthNames.englishWords)
        #expect(AbbreviationList.words.count == 48 && AbbreviationList.words.isSuperset(of: ["approx", "sept"]))
        #expect(ClaimReader.weekdays.count == 7 && QuoteExtractor.weekdays == ClaimReader.weekdays)
        #expect(QuoteExtractor.adjuncts.count == 33 && QuoteExtractor.adjuncts.isSuperset(of: ["sunday", "referring"]))
        #expect(ClaimAligner.dayNumber("sunday") == 6 && TimeLexicon.entries["monday"] == .weekday(1))
    }
}
