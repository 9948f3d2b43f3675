import Testing

@testable import Parallax

@Suite("Timeline and date discrepancies")
struct TimelineTests {
    static let documents = [
        RawDocument(
            input: "gazette.txt", format: .structured,
            text: """
                The Orlen Canal reopened to barges on Monday after a landslide near Tessel blocked it for a week.

                In 2023, engineers warned the banks near Tessel were weak. That same year, floods on the Marrow \
                washed away the Dunmere lock gate, and the canal authority promised repairs.

                The canal authority said just eight months ago – in July 2025 – that the repairs were finished.
                """,
            id: "gazette", outlet: "Tessel Gazette", published: PublicationDate(year: 2026, month: 3, day: 9)),
        RawDocument(
            input: "radio.txt", format: .structured,
            text: """
                HOST: The Orlen Canal is open again after the landslide near Tessel. Barges moved on Monday.

                REPORTER: Yes. People here remember how floods on the Marrow washed away the Dunmere lock gate last summer. \
                And the canal authority says barges will pay no tolls until the end of the month.
                """,
            id: "radio", outlet: "Valley Radio"),
    ]

    let story: Brief

    init() throws {
        let digest = StoryPipeline().run(Self.documents)
        #expect(digest.stories.count == 1)
        story = try #require(digest.stories.first)
    }

    @Test func aStatedDateOutranksTheWorkedOutOneInTheSameSentence() {
        let repairs = story.timeline.filter { $0.text.contains("repairs were finished") }
        #expect(repairs.map(\.date) == ["2025-07"])
    }

    @Test func anUndatedArticleIsDatedAgainstTheStory() {
        // "last summer" in the undated transcript: the summer before the gazette's March 2026.
        let flood = story.timeline.first { $0.text.contains("last summer") }
        #expect(flood?.date == "2025-summer")
        #expect(flood?.sources == ["radio"])
    }

    @Test func theSameEventInDifferentYearsIsADiscrepancy() throws {
        let years = try #require(story.discrepancies.first { $0.about == "the year" })
        #expect(years.claims.map(\.article) == ["gazette", "radio"])
        #expect(years.claims.map(\.value) == ["2023", "2025-summer"])
        #expect(years.claims[0].text.hasPrefix("That same year, floods"))
    }

    @Test func eventsAreOldestFirst() {
        let keys = story.timeline.map { TimelineBuilder.sortKey($0.date) }
        #expect(!keys.isEmpty)
        #expect(zip(keys, keys.dropFirst()).allSatisfy { !$1.lexicographicallyPrecedes($0) })
    }

    @Test func anUndatedTextIsAnchoredOnItsLatestStatedDate() {
        let text = "By the spring of 2026 the works were done. On March 2 the first barge passed; in 2019 none did."
        let anchor = TemporalTagger().inferredAnchor(of: text)
        #expect(anchor == TemporalAnchor(year: 2026))
        let times = TemporalTagger().tag(text, anchor: anchor)
        #expect(times.first { $0.text == "March 2" }?.value == "2026-03-02")
    }

    @Test func sameDateDifferentPeopleMeetingsStayApart() {
        let documents = [
            RawDocument(
                input: "a.txt", format: .structured,
                text: "In May 2025, Mayor Ilse Brandt met Governor Paul Okoro in Tessel to open the new bridge.",
                id: "a", published: PublicationDate(year: 2026, month: 1, day: 5)),
            RawDocument(
                input: "b.txt", format: .structured,
                text: "In May 2025, Mayor Ilse Brandt and Governor Paul Okoro signed a water treaty in Tessel.",
                id: "b", published: PublicationDate(year: 2026, month: 1, day: 5)),
        ]
        let analyzed = StoryPipeline().analyze(StoryPipeline.articles(from: documents))
        let timeline = TimelineBuilder().timeline(of: analyzed, dated: DatedSentence.all(in: analyzed))
        #expect(timeline.count == 2, "names alone do not make two sentences one event")
    }
}
