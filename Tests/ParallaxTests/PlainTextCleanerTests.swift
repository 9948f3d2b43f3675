import Foundation
import Testing

@testable import Parallax

@Suite("Cleaning saved plain-text articles")
struct PlainTextCleanerTests {
    let cleaned: CleanedText

    init() throws {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/saved-article-with-chrome", withExtension: "txt"))
        cleaned = PlainTextCleaner().clean(try String(contentsOf: url, encoding: .utf8))
    }

    @Test func keepsTheWholeBodyInOrder() {
        #expect(cleaned.paragraphs.count == 4)
        #expect(cleaned.paragraphs.first?.hasPrefix("Dockworkers at Port Veyla stopped work") == true)
        #expect(cleaned.paragraphs.last?.hasPrefix("Harbour officials expect") == true)
        #expect(cleaned.text.contains("\"We gave the company every chance to meet us halfway,\" union secretary"))
    }

    @Test func removesChromeAndListsIt() {
        let expected = [
            "Photo: Ana Lindqvist / Northwind Images / Pool", "EN FR ES", "Business",
            "Video unavailable. Please enable JavaScript in your browser to watch this video.",
            "You are reading The Coastal Ledger. Subscribe to our newsletter and support independent journalism on the coast.",
            "Most read", "Ferry timetable changes for spring", "New bridge tolls explained",
            "© 2026 The Coastal Ledger. All rights reserved.",
        ]
        for line in expected {
            #expect(cleaned.removed.contains(line), "\(line) should be removed")
            #expect(!cleaned.text.contains(line))
        }
    }

    @Test func recoversMetadataFromTheRemovedLines() {
        #expect(cleaned.title == "Harbour cranes fall silent as Port Veyla dockers walk out")
        #expect(cleaned.outlet == "The Coastal Ledger")
        #expect(cleaned.published == PublicationDate(year: 2026, month: 3, day: 4, hour: 9, minute: 42))
        #expect(cleaned.authors == ["Mara Ostrand", "Teo Fitzgerald"])
    }

    @Test func aggregatorWrapperIsRemovedAndNamesTheOriginalOutlet() {
        let text = """
            Council approves new tram line
            Curated By Daily Digest Team
            Fact-checked by Senior Editor
            The city council approved the eastern tram line on Monday by a vote of 31 to 12.
            Construction is due to begin next spring, the transport department said.
            This article was originally written in Dutch.
            About this report
            This article includes analysis from our editorial team, cross-referenced with primary sources.
            Original source
            Rivertown Courier
            """
        let result = PlainTextCleaner().clean(text)
        #expect(result.paragraphs.count == 2)
        #expect(result.outlet == "Rivertown Courier")
        #expect(result.originalLanguage == "nl")
        #expect(result.title == "Council approves new tram line")
        #expect(result.removed.contains("Curated By Daily Digest Team"))
    }

    @Test func transcriptKeepsDialogueAndDropsNotices() {
        let text = """
            HOST: The drought has reached the northern valleys. Our reporter is there.
            LENA MORROW, BYLINE: Good morning. The river here is lower than anyone remembers.
            HOST: Lena Morrow, thank you.
            Copyright © 2026 Valley Public Radio. All rights reserved.
            This transcript may be revised; the audio is the authoritative record.
            """
        let result = PlainTextCleaner().clean(text)
        #expect(result.paragraphs.count == 3)
        #expect(result.authors == ["Lena Morrow"])
        #expect(result.outlet == "Valley Public Radio")
    }

    @Test func emptyAndChromeOnlyInputGiveNoBody() {
        #expect(PlainTextCleaner().clean("").paragraphs.isEmpty)
        #expect(PlainTextCleaner().clean("EN DE FR\nShare this article").paragraphs.isEmpty)
    }

    @Test(arguments: [
        ("15.01.2026, 18:18", PublicationDate(year: 2026, month: 1, day: 15, hour: 18, minute: 18)),
        ("Jan 7, 2026", PublicationDate(year: 2026, month: 1, day: 7)),
        ("Published 4 March 2026, 09:42", PublicationDate(year: 2026, month: 3, day: 4, hour: 9, minute: 42)),
        (
            "Updated: 2026-02-11T07:05:00Z",
            PublicationDate(year: 2026, month: 2, day: 11, hour: 7, minute: 5, second: 0)
        ),
        ("March 9, 2026 at 4:15 pm", PublicationDate(year: 2026, month: 3, day: 9, hour: 16, minute: 15)),
        ("Broadcast on Evening Wire, Friday, May 8, 2026.", PublicationDate(year: 2026, month: 5, day: 8)),
    ])
    func readsDatelines(line: String, expected: PublicationDate) {
        #expect(DateLineParser.dateline(LineFeatures(line)) == expected)
    }

    @Test func proseWithADateIsNotADateline() {
        #expect(DateLineParser.dateline(LineFeatures("The strike began on March 3, 2026 after talks failed.")) == nil)
    }

    // Found by `make fuzz` (text-cleaner, Fuzz/Corpus/text-cleaner/crash-iso-digits-overflow):
    // a line of 26 digits read as an ISO date overflowed Int and killed the process.
    @Test func longDigitRunsAreNoDateAndDoNotOverflow() {
        #expect(PublicationDate(iso8601: String(repeating: "4", count: 26)) == nil)
        #expect(PublicationDate(iso8601: "2026-01-0" + String(repeating: "7", count: 30)) == nil)
        #expect(PublicationDate(iso8601: "2026-01-07")?.day == 7)
        let text = "HARBOUR cracks\nSubscribe\n44444444444444444444444444 after inspections\n© 2026 Gazette\n"
        _ = PlainTextCleaner().clean(text)
    }
}
