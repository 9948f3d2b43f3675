import Foundation
import Testing

@testable import Parallax
@testable import ParallaxEvaluation

@Suite("Choosing clustering settings: folds, learned weights, saved state")
struct ClusteringValidationTests {
    static func item(_ id: String, topic: String, label: String, day: Int? = nil) -> ClusteringEvaluation.Item {
        ClusteringEvaluation.Item(
            document: ClusterDocument(id: id, day: day, terms: ["word": 1], names: [:]), label: label, topic: topic)
    }

    @Test func foldsDealTheNonBlindTopicsInNumericOrder() {
        let topics = ["1", "2", "3", "4", "5", "6", "7", "10", "12"]
        let evaluation = ClusteringEvaluation(items: topics.map { Self.item("a\($0)", topic: $0, label: $0) })
        let validation = ClusteringValidation(folds: 3, blindTopics: ["4", "12"])
        #expect(validation.foldTopics(of: evaluation) == [["1", "5", "10"], ["2", "6"], ["3", "7"]])
    }

    @Test func storiesPerTrueStoryCountsTheStoriesHoldingEachGoldStory() {
        // Gold a: three articles over six days, split in two stories; gold b: two articles, whole.
        let items = [
            Self.item("1", topic: "t", label: "a", day: 10), Self.item("2", topic: "t", label: "a", day: 12),
            Self.item("3", topic: "t", label: "a", day: 15), Self.item("4", topic: "t", label: "b", day: 10),
            Self.item("5", topic: "t", label: "b", day: 11),
        ]
        let continuity = ClusteringEvaluation.continuity(predicted: [0, 0, 1, 2, 2], items: items)
        #expect(continuity.all == 1.5)
        #expect(continuity.multiDay == 2)
        #expect(continuity.multiDayCount == 1)
    }

    @Test func logisticRegressionFindsTheSeparatingDirection() throws {
        // Members score high on names, strangers low; terms are noise.
        var samples: [(inputs: [Double], positive: Bool)] = []
        for step in 0..<40 {
            let noise = Double(step % 7) / 10
            samples.append(([noise, 0.5 + Double(step % 5) / 10, 0], true))
            samples.append(([noise, 0.05 + Double(step % 3) / 20, 0], false))
        }
        let fit = PairModel.fit(samples)
        #expect(fit.weights[1] > 5 * abs(fit.weights[0]))
        let configuration = try #require(PairModel.configuration(fit, base: .init()))
        // The boundary lies between the strangers' name cosines (≤ 0.15) and the members' (≥ 0.5).
        let boundary = configuration.joinThreshold / (1 - configuration.termWeight)
        #expect(boundary > 0.15 && boundary < 0.5)
    }

    @Test func linearSystemsAreSolved() throws {
        let solution = try #require(PairModel.solve([[2, 1], [1, 3]], [3, 5]))
        #expect(abs(solution[0] - 0.8) < 1e-12 && abs(solution[1] - 1.4) < 1e-12)
        #expect(PairModel.solve([[1, 2], [2, 4]], [1, 2]) == nil)
    }

    /// A store saved the clusterer's state before `sizeWeight` existed: it still loads, with the
    /// new setting at its default.
    @Test func stateSavedBeforeANewSettingStillDecodes() throws {
        var clusterer = StoryClusterer()
        _ = clusterer.cluster(StreamingClusteringTests.documents)
        var object = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(clusterer)) as? [String: Any])
        var configuration = try #require(object["configuration"] as? [String: Any])
        configuration.removeValue(forKey: "sizeWeight")
        object["configuration"] = configuration
        let old = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(StoryClusterer.self, from: old)
        #expect(decoded.configuration.sizeWeight == ClusteringConfiguration().sizeWeight)
        #expect(decoded.stories.map(\.id) == clusterer.stories.map(\.id))
    }
}

@Suite("Settings grids: every combination, the first setting varied slowest")
struct SettingsGridTests {
    @Test func theFirstSettingVariedChangesSlowest() {
        struct Point: Equatable {
            var first = 0
            var second = ""
        }
        let points = SettingsGrid(base: Point()).varying(\.first, over: [1, 2]).varying(
            \.second, over: ["a", "b", "c"]
        )
        .points
        let expected = [1, 2].flatMap { first in ["a", "b", "c"].map { Point(first: first, second: $0) } }
        #expect(points == expected)
    }

    @Test func theClusteringGridsHoldEveryCombinationOnce() {
        let grid = ClusteringEvaluation.grid()
        #expect(grid.count == 10 * 17 * ClusteringEvaluation.mergeOptions.count)
        #expect(Set(grid).count == grid.count)
        #expect(grid.first?.termWeight == 0.1 && grid.first?.joinThreshold == 0.08 && grid.first?.mergeThreshold == 2)
        #expect(grid[1].mergeThreshold == 0.3 && grid[1].mergesConverging == false && grid[2].mergesConverging)
        let refinement = ClusteringEvaluation.refinementGrid(idfOffsets: [0.5, 1])
        #expect(refinement.count == 3 * 2 * 5 * 5 * 2)
        #expect(Set(refinement).count == refinement.count)
        #expect(refinement.last?.termWeight == 0.3 && refinement.last?.idfOffset == 1)
    }
}
