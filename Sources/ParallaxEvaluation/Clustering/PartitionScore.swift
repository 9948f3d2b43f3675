internal import Parallax

/// How a predicted partition of items compares with a gold one.
public struct PartitionScore: Hashable, Sendable {
    public var items: Int
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double

    public var bcubedF1: Double { Self.harmonicMean(bcubedPrecision, bcubedRecall) }
    public var pairwiseF1: Double { Self.harmonicMean(pairwisePrecision, pairwiseRecall) }

    /// Scores `predicted` against `gold`, two labels per item in the same order.
    /// BCubed: for each item, precision is the share of its predicted cluster with its gold
    /// label and recall the share of its gold cluster in its predicted cluster, averaged over
    /// items. Pairwise: precision and recall over unordered pairs placed together.
    public init<Predicted: Hashable, Gold: Hashable>(predicted: [Predicted], gold: [Gold]) {
        precondition(predicted.count == gold.count, "one predicted and one gold label per item")
        items = predicted.count
        var predictedSizes: [Predicted: Int] = [:]
        var goldSizes: [Gold: Int] = [:]
        var overlap: [Pair<Predicted, Gold>: Int] = [:]
        for (left, right) in zip(predicted, gold) {
            predictedSizes[left, default: 0] += 1
            goldSizes[right, default: 0] += 1
            overlap[Pair(predicted: left, gold: right), default: 0] += 1
        }
        var precision = 0.0
        var recall = 0.0
        for (left, right) in zip(predicted, gold) {
            let shared = Double(overlap[Pair(predicted: left, gold: right)]!)
            precision += shared / Double(predictedSizes[left]!)
            recall += shared / Double(goldSizes[right]!)
        }
        let count = Double(max(items, 1))
        bcubedPrecision = items == 0 ? 0 : precision / count
        bcubedRecall = items == 0 ? 0 : recall / count

        func pairs(_ size: Int) -> Double { Double(size * (size - 1) / 2) }
        let together = overlap.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSizes.values.reduce(0) { $0 + pairs($1) }
        pairwisePrecision = predictedPairs == 0 ? 1 : together / predictedPairs
        pairwiseRecall = goldPairs == 0 ? 1 : together / goldPairs
    }

    static func harmonicMean(_ left: Double, _ right: Double) -> Double {
        left + right > 0 ? 2 * left * right / (left + right) : 0
    }

    private struct Pair<Predicted: Hashable, Gold: Hashable>: Hashable {
        var predicted: Predicted
        var gold: Gold
    }
}
