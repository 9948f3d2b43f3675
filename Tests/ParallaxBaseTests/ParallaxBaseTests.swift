import Foundation
import ParallaxBase
import Testing

/// The text and time foundation the core and ParallaxWeb share.
@Suite("Calendar, month names, internet dates and markup escaping")
struct ParallaxBaseTests {
    @Test func daysAndDatesRoundTripOnBothSidesOfTheEpoch() {
        for days in [-719_468, -1, 0, 1, 11_016, 20_515, 2_932_896] {
            let date = CivilCalendar.civil(days: days)
            #expect(CivilCalendar.days(date.year, date.month, date.day) == days)
        }
        #expect(CivilCalendar.civil(days: -1) == (1969, 12, 31))
        #expect(CivilCalendar.days(2026, 3, 4) == 20_516)
        #expect(CivilCalendar.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CivilCalendar.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CivilCalendar.weekday(days: CivilCalendar.days(2026, 3, 4)) == 3)
    }

    @Test func monthNamesAgreeAcrossLanguages() {
        #expect(MonthNames.number("outubro") == 10)
        #expect(MonthNames.number("out") == 10)
        #expect(MonthNames.number("märz") == 3)
        #expect(MonthNames.number("juillet") == 7)
        #expect(MonthNames.number("sept") == 9)
        #expect(MonthNames.number("mei") == 5)
        #expect(MonthNames.number("tuesday") == nil)
        #expect(MonthNames.english.count == 12 && MonthNames.english[4] == "may")
        #expect(MonthNames.englishAbbreviations["may"] == nil)
    }

    @Test func internetDatesBecomeUTC() {
        #expect(InternetDate.normalize("Tue, 03 Mar 2026 23:40:00 +0100") == "2026-03-03T22:40:00Z")
        #expect(InternetDate.normalize("2026-03-04T00:30:00-05:00") == "2026-03-04T05:30:00Z")
        #expect(InternetDate.normalize("4 outubro 2025") == "2025-10-04T00:00:00Z")
        #expect(InternetDate.normalize("31 Feb 2026") == nil)
        #expect(
            InternetDate.Stamp(year: 1969, month: 12, day: 31, hour: 0, minute: 0, second: 0, offsetMinutes: 0)?.iso
                == "1969-12-31T00:00:00Z")
    }

    @Test func markupEscapingIsSafeInHTMLAndXML() {
        #expect(
            Markup.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(Markup.escape("bell\u{07} tab\tline\n") == "bell tab\tline\n")
        // A mark followed by a combining accent is escaped all the same (as one `Character` it is
        // not `"`, and would end an attribute value).
        #expect(Markup.escape("a\"\u{301} onfocus=x <\u{338}") == "a&quot;\u{301} onfocus=x &lt;\u{338}")
        var scalars = ""
        for scalar in "it's <b>\u{01}".unicodeScalars { Markup.appendEscaped(scalar, to: &scalars) }
        #expect(scalars == Markup.escape("it's <b>\u{01}"))
        #expect(String(zeroPadded: 7, width: 2) == "07")
        #expect(String(zeroPadded: -7, width: 3) == "-007")
    }

    @Test func jsonStringEscapingIsReadBackAsWritten() throws {
        let text = "a\"b\\c\nd\re\tf\u{01}\u{1F}g\u{2028}\u{2029}<é\u{301}'"
        var written = ""
        ScalarEscapes.jsonString.append(text, to: &written)
        #expect(written == #"a\"b\\c\nd\re\tf\u0001\u001fg\u2028\u2029"# + "<é\u{301}'")
        #expect(try JSONDecoder().decode(String.self, from: Data(("\"" + written + "\"").utf8)) == text)
    }

    @Test func utf16BytesAreReadInTheOrderTheirMarkNames() {
        // "Hé" then an odd byte, little- and big-endian.
        #expect(UTF16Bytes.codeUnits([0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00, 0x21]) == [0x48, 0xE9])
        #expect(UTF16Bytes.codeUnits([0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]) == [0x48, 0xE9])
        #expect(UTF16Bytes.codeUnits([0xFF, 0xFE]) == [])
        #expect(UTF16Bytes.codeUnits(Array("<rss>".utf8)) == nil)
        #expect(UTF16Bytes.codeUnits([0xFF]) == nil)
        #expect(UTF16Bytes.isMarked([0xFE, 0xFF, 0x00]) && !UTF16Bytes.isMarked([0xEF, 0xBB, 0xBF]))
    }
}
