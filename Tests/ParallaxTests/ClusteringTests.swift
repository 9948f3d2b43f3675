import Testing

@testable import Parallax

@Suite("Clustering articles into stories")
struct ClusteringTests {
    static func article(_ id: String, _ text: String, day: Int) -> Article {
        Article(
            id: id, input: id, published: PublicationDate(year: 2026, month: 3, day: day), language: "en", text: text)
    }

    static let articles = [
        article(
            "strike-1",
            "Dockworkers at Port Veyla walked out on Tuesday after pay talks with Meridian Terminals collapsed. The Veyla Dockworkers Union said 1,200 members joined the strike at Port Veyla.",
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
        let analyzer = ArticleAnalyzer()
        let analysed = articles.map(analyzer.analyse)
        return StoryClusterer().cluster(analysed).map { $0.map { analysed[$0].id } }
    }

    @Test func sameEventJoinsAndDifferentEventsStayApart() {
        let groups = stories(Self.articles).map(Set.init)
        #expect(groups.count == 2)
        #expect(groups.contains(["strike-1", "strike-2"]))
        #expect(groups.contains(["flood-1", "flood-2"]))
    }

    @Test func inputOrderDoesNotChangeTheStoriesOrTheirIds() {
        let pipeline = DigestPipeline()
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
        let pipeline = DigestPipeline()
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
