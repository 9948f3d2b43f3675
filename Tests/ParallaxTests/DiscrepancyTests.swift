import Testing

@testable import Parallax

/// Numbers that outlets disagree on, on articles written for these tests.
@Suite("Number discrepancies")
struct DiscrepancyTests {
    /// The one story of `texts`; `together` makes the clusterer join any article sharing terms
    /// with the story, for reports it rightly tells apart as separate events.
    static func story(_ texts: [(id: String, outlet: String, day: Int, text: String)], together: Bool = false) throws
        -> Brief
    {
        let documents = texts.map {
            RawDocument(
                input: "\($0.id).txt", format: .structured, text: $0.text, id: $0.id, outlet: $0.outlet,
                published: PublicationDate(year: 2026, month: 4, day: $0.day))
        }
        var pipeline = StoryPipeline()
        if together {
            // Any shared term finds the story (not only the article's heaviest), and any score joins it.
            pipeline.configuration.clustering.joinThreshold = 0
            pipeline.configuration.clustering.queryTerms = pipeline.configuration.clustering.articleTerms
        }
        let stories = pipeline.run(documents).stories
        try #require(stories.count == 1, "the articles should form one story")
        return stories[0]
    }

    static let strike = """
        Some 4,200 workers at the Harlow tyre plant walked out on Monday after talks over pay broke down.

        The union said the strike at the Harlow plant would last until the company improved its offer.

        Managers at the plant said production had stopped on all three lines.
        """

    /// Another outlet's report of the same strike, in its own words; `workers` is its head count.
    static func report(workers: String, plant: String = "Harlow") -> String {
        """
        Some \(workers) workers at the \(plant) tyre plant walked out on Monday when pay talks collapsed.

        Pickets gathered at the gates before dawn, and lorries were turned away from the loading bays.

        A spokeswoman for the owners said the offer on the table was fair and would not be raised.
        """
    }

    @Test func differentCountsOnTheSameDayAreADiscrepancy() throws {
        let other = Self.report(workers: "3,900")
        let story = try Self.story([("a", "Harlow Courier", 7, Self.strike), ("b", "Valley Post", 7, other)])
        let found = try #require(story.discrepancies.first { $0.about == "the number of workers" })
        #expect(Set(found.claims.map(\.value)) == ["4,200", "3,900"])
        #expect(Set(found.claims.map(\.article)) == ["a", "b"])
    }

    @Test func aCountThatGrowsOnALaterDayIsAnUpdate() throws {
        let later = Self.report(workers: "4,900")
        let story = try Self.story([("a", "Harlow Courier", 7, Self.strike), ("b", "Valley Post", 8, later)])
        #expect(!story.discrepancies.contains { $0.about == "the number of workers" })
    }

    /// Strikes at two plants are two events to the clusterer; put in one story, their counts
    /// still must not be set against each other.
    @Test func countsInDifferentPlacesDoNotConflict() throws {
        let elsewhere = Self.report(workers: "900", plant: "Dunmore")
        let story = try Self.story(
            [("a", "Harlow Courier", 7, Self.strike), ("b", "Valley Post", 7, elsewhere)], together: true)
        #expect(!story.discrepancies.contains { $0.about == "the number of workers" })
    }
}
