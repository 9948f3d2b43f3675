import Testing

@testable import Parallax

@Suite("The second pass of clustering: merging stories by average linkage")
struct StoryRefinementTests {
    static func document(_ id: String, terms: [String: Int], names: [String: Int]) -> ClusterDocument {
        ClusterDocument(id: id, day: 20_000, terms: terms, names: names)
    }

    /// Two reports of one quake that the first pass keeps apart (its join threshold asks for
    /// near copies) and an election report.
    static let documents = [
        document("quake-1", terms: ["quake": 2, "rescu": 1, "villag": 1], names: ["arvel": 1, "2026": 1]),
        document("election-1", terms: ["elect": 2, "ballot": 1, "vote": 1], names: ["morland": 1]),
        document("quake-2", terms: ["quake": 1, "rescu": 2, "toll": 1], names: ["arvel": 1]),
    ]

    func groups(linkageThreshold: Double) -> (groups: [[Int]], clusterer: StoryClusterer) {
        var configuration = ClusteringConfiguration()
        configuration.joinThreshold = 0.99
        configuration.linkageThreshold = linkageThreshold
        var clusterer = StoryClusterer(configuration: configuration)
        let groups = clusterer.cluster(Self.documents)
        return (groups, clusterer)
    }

    @Test func storiesWhoseArticlesAgreeMergeAndOthersStayApart() {
        let (groups, clusterer) = groups(linkageThreshold: 0.3)
        #expect(groups == [[0, 2], [1]])
        let merges = clusterer.events.filter { $0.kind == .merged }
        #expect(merges.count == 1)
        // The older story absorbs the younger and keeps its id.
        #expect(merges.first?.into == clusterer.stories[0].id)
    }

    @Test func withoutTheSecondPassTheFirstPassStands() {
        #expect(groups(linkageThreshold: 2).groups == [[0], [1], [2]])
    }

    @Test func aLinkageAboveTheStoriesAgreementMergesNothing() {
        let clusterer = groups(linkageThreshold: 2).clusterer
        let linkage = clusterer.averageLinkage(0, 2)
        #expect(linkage >= 0.3 && linkage < 1)
        #expect(groups(linkageThreshold: linkage + 0.01).groups == [[0], [1], [2]])
    }
}
