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

    /// A later quake report about aid, sharing the quake and its place with the first two among
    /// many new words and names: alone after the second pass at 0.3 (its linkage to their story
    /// is about 0.26).
    static let lateReport = document(
        "quake-3", terms: ["quake": 1, "aid": 2, "donor": 1],
        names: ["arvel": 1, "geneva": 1, "unicef": 1, "brussels": 1, "oxfam": 1, "unhcr": 1])

    func loneGroups(loneArticleThreshold: Double) -> [[Int]] {
        var configuration = ClusteringConfiguration()
        configuration.joinThreshold = 0.99
        configuration.linkageThreshold = 0.3
        configuration.loneArticleThreshold = loneArticleThreshold
        var clusterer = StoryClusterer(configuration: configuration)
        return clusterer.cluster(Self.documents + [Self.lateReport])
    }

    @Test func aLoneArticleJoinsTheClosestStoryOfSeveralAtItsOwnThreshold() {
        #expect(loneGroups(loneArticleThreshold: 2) == [[0, 2], [1], [3]])
        #expect(loneGroups(loneArticleThreshold: 0.1) == [[0, 2, 3], [1]])
        // The election report is alone too, but no story of several comes close to it.
        #expect(loneGroups(loneArticleThreshold: 0.1).contains([1]))
    }

    @Test func theHeapGivesTheClosestPairFirstAndTiesByTheOlderStories() {
        var heap = LinkageHeap()
        for (left, right, linkage) in [(4, 5, 0.2), (0, 1, 0.5), (2, 3, 0.5), (6, 7, 0.9), (1, 8, 0.1)] {
            heap.push(LinkedPair(left: left, right: right, leftSize: 1, rightSize: 1, linkage: linkage))
        }
        var order: [Int] = []
        while let pair = heap.pop() { order.append(pair.left) }
        #expect(order == [6, 0, 2, 4, 1])
    }
}
