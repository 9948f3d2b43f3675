import Foundation
import ParallaxTestSupport
import Testing

@testable import Parallax
@testable import ParallaxEvaluation

@Suite("Clustering articles into stories")
struct ClusteringTests {
    static func article(_ id: String, _ text: String, day: Int) -> Article {
        Article(
            id: id, input: id, published: PublicationDate(year: 2026, month: 3, day: day), language: "en", text: text)
    }

    static let articles = [
        article(
            "strike-1",
            FixtureStories.PortVeylaStrike.walkout
                + " The Veyla Dockworkers Union said 1,200 members joined the strike at Port Veyla.",
            day: 3),
        article(
            "flood-1",
            "Flood water covered the lower town of Ostrava Mill after the Kessel river burst its banks. Rescue teams evacuated 300 residents from Ostrava Mill overnight.",
            day: 3),
        article(
            "strike-2",
            "The strike at Port Veyla entered its second day as Meridian Terminals refused new pay talks. Union leaders in Port Veyla said dockworkers would stay out.",
            day: 4),
        article(
            "flood-2",
            "Residents of Ostrava Mill began returning home as the Kessel river fell. The flood damaged 80 houses in Ostrava Mill, officials said.",
            day: 5),
    ]

    func stories(_ articles: [Article]) -> [[String]] {
        StoryPipeline.stories(of: articles, configuration: .init()).map { $0.map { articles[$0].id } }
    }

    @Test func sameEventJoinsAndDifferentEventsStayApart() {
        let groups = stories(Self.articles).map(Set.init)
        #expect(groups.count == 2)
        #expect(groups.contains(["strike-1", "strike-2"]))
        #expect(groups.contains(["flood-1", "flood-2"]))
    }

    /// Two ferry sinkings told in the same words: the places, the ship names and the numbers
    /// keep them apart, and each one's reports together.
    @Test func similarEventsAreToldApartByTheirNamesAndNumbers() {
        let articles = [
            Self.article(
                "korvin-1",
                "A ferry carrying 240 passengers sank off Korvin Island on Sunday. Coast guard boats rescued 212 people from the Aldena, officials said.",
                day: 10),
            Self.article(
                "maresta-1",
                "A ferry carrying 115 passengers sank off Maresta Point on Sunday. Coast guard boats rescued 97 people from the Tiberin, officials said.",
                day: 10),
            Self.article(
                "korvin-2",
                "Divers searched the wreck of the Aldena off Korvin Island for the 28 passengers still missing of the 240 on board.",
                day: 11),
            Self.article(
                "maresta-2",
                "Divers searched the wreck of the Tiberin off Maresta Point for the 18 passengers still missing of the 115 on board.",
                day: 11),
        ]
        let groups = stories(articles).map(Set.init)
        #expect(groups.count == 2)
        #expect(groups.contains(["korvin-1", "korvin-2"]))
        #expect(groups.contains(["maresta-1", "maresta-2"]))
    }

    @Test func inputOrderDoesNotChangeTheStoriesOrTheirIds() {
        let pipeline = StoryPipeline()
        let documents = Self.articles.map {
            RawDocument(
                input: $0.input, format: .structured, text: $0.text, id: $0.id, published: $0.published, language: "en")
        }
        let forward = pipeline.run(documents)
        let backward = pipeline.run(documents.reversed())
        #expect(Set(forward.stories.map(\.id)) == Set(backward.stories.map(\.id)))
        #expect(Set(forward.stories.map { Set($0.articleIDs) }) == Set(backward.stories.map { Set($0.articleIDs) }))
    }

    @Test func aStoryKeepsItsIdWhenLaterArticlesJoin() {
        let pipeline = StoryPipeline()
        let documents = Self.articles.map {
            RawDocument(
                input: $0.input, format: .structured, text: $0.text, id: $0.id, published: $0.published, language: "en")
        }
        let early = pipeline.run([documents[0], documents[1]])
        let later = pipeline.run(documents)
        #expect(Set(early.stories.map(\.id)).isSubset(of: Set(later.stories.map(\.id))))
    }

    @Test func cosineOfIdenticalVectorsIsOne() {
        let vector = TermVector(weights: ["strike": 2, "port": 1])
        #expect(abs(vector.cosine(vector) - 1) < 1e-9)
        #expect(vector.cosine(TermVector(weights: ["flood": 1])) == 0)
    }
}

@Suite("Streaming clusterer state and scores")
struct StreamingClusteringTests {
    static let documents: [ClusterDocument] = {
        let featurizer = ClusterFeaturizer()
        return ClusteringTests.articles.sorted(by: Article.precedes).map(featurizer.document)
    }()

    @Test func twoHalvesGiveTheStoriesAndIdsOfOneRun() throws {
        var whole = StoryClusterer()
        let together = whole.cluster(Self.documents)

        var first = StoryClusterer()
        _ = first.cluster(Array(Self.documents.prefix(2)))
        let idsAfterFirstHalf = first.stories.map(\.id)
        // The state survives a round trip through JSON, as a store keeps it.
        var resumed = try JSONDecoder().decode(StoryClusterer.self, from: JSONEncoder().encode(first))
        _ = resumed.cluster(Array(Self.documents.dropFirst(2)))

        #expect(together.count == 2)
        #expect(resumed.stories.map(\.id) == whole.stories.map(\.id))
        #expect(Array(resumed.stories.map(\.id).prefix(idsAfterFirstHalf.count)) == idsAfterFirstHalf)
        #expect(resumed.stories.map(\.size) == whole.stories.map(\.size))
        #expect(resumed.events.filter { $0.kind == .started }.count == 2)
    }

    @Test func aStoryClosesAfterItsQuietDays() {
        var configuration = ClusteringConfiguration()
        configuration.closeAfterDays = 10
        var clusterer = StoryClusterer(configuration: configuration)
        var early = Self.documents[0]
        var late = early
        late.id = "strike-much-later"
        early.day = 100
        late.day = 100 + 11
        let first = clusterer.add(early)
        let second = clusterer.add(late)
        #expect(first != second)
    }

    @Test func bcubedAndPairwiseScoresOnAHandMadePartition() {
        // Gold: {a, b, c} {d, e}; predicted: {a, b} {c, d, e}.
        let score = PartitionScore(predicted: [1, 1, 2, 2, 2], gold: ["x", "x", "x", "y", "y"])
        // BCubed precision: a, b 1; c 1/3; d, e 2/3 → (2 + 1/3 + 4/3) / 5.
        #expect(abs(score.bcubedPrecision - (2 + 1.0 / 3 + 4.0 / 3) / 5) < 1e-12)
        // BCubed recall: a, b 2/3; c 1/3; d, e 1 → (4/3 + 1/3 + 2) / 5.
        #expect(abs(score.bcubedRecall - (4.0 / 3 + 1.0 / 3 + 2) / 5) < 1e-12)
        // Pairs together: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); both ab, de.
        #expect(score.pairwisePrecision == 0.5)
        #expect(score.pairwiseRecall == 0.5)
        let perfect = PartitionScore(predicted: [7, 7, 9], gold: ["x", "x", "y"])
        #expect(perfect.bcubedF1 == 1 && perfect.pairwiseF1 == 1)
    }
}
