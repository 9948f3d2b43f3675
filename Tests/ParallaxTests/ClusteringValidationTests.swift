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

    /// With a dated stream of the same topics, a setting scores the mean F1 on the tuning
    /// topics' articles undated and dated, and each fold is scored on its held-out topics there.
    @Test func theDatedStreamTakesPartInTheChoiceAndScoresEveryFold() {
        let topics = ["1", "2", "3", "4"]
        let undated = ClusteringEvaluation(items: topics.map { Self.item("u\($0)", topic: $0, label: "same") })
        let dated = ClusteringEvaluation(
            items: topics.flatMap { topic in
                [10, 40].map { (day: Int) in
                    Self.item("d\(topic)-\(day)", topic: topic, label: "\(topic)-\(day)", day: day)
                }
            })
        let grid = [ClusteringConfiguration()]
        let validation = ClusteringValidation(folds: 2, blindTopics: [])
        let report = validation.run(
            undated, continuity: dated, choose: ClusteringValidation.gridSearch(grid, continuity: dated))
        #expect(report.folds.map(\.topics) == [["1", "3"], ["2", "4"]])
        #expect(report.folds.map { $0.heldOutContinuity?.all.items } == [4, 4])
        #expect(report.continuityOfChosen?.all.items == 8)
        let tuning = undated.subset { $0.topic == "2" || $0.topic == "4" }
        let tuningDated = dated.subset { $0.topic == "2" || $0.topic == "4" }
        let mean =
            (tuning.run(withinTopics: false).all.bcubedF1 + tuningDated.run(withinTopics: false).all.bcubedF1) / 2
        #expect(abs(report.folds[0].tuningF1 - mean) < 1e-12)
        #expect(report.folds[0].tuningF1 != tuning.run(withinTopics: false).all.bcubedF1)
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
