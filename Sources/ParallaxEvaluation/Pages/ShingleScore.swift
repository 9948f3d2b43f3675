internal import ParallaxWeb

/// The ScrapingHub benchmark's 4-gram shingle comparison of a prediction with the gold text.
struct ShingleScore: Sendable {
    /// Shared shingles, as a share of all counted shingles.
    var truePositives: Double
    /// Predicted shingles beyond the gold, as a share.
    var falsePositives: Double
    /// Gold shingles the prediction lacks, as a share.
    var falseNegatives: Double
    /// Whether the token sequences are identical.
    var isExact: Bool

    /// Compares `predicted` with `gold`.
    init(predicted: String, gold: String) {
        let predictedTokens = WordTokenizer.words(predicted)
        let goldTokens = WordTokenizer.words(gold)
        let predictedShingles = Self.shingles(predictedTokens)
        let goldShingles = Self.shingles(goldTokens)
        var shared = 0
        for (shingle, count) in predictedShingles { shared += min(count, goldShingles[shingle] ?? 0) }
        let predictedTotal = predictedShingles.values.reduce(0, +)
        let goldTotal = goldShingles.values.reduce(0, +)
        let tp = Double(shared)
        let fp = Double(predictedTotal - shared)
        let fn = Double(goldTotal - shared)
        let sum = tp + fp + fn
        if sum > 0 {
            truePositives = tp / sum
            falsePositives = fp / sum
            falseNegatives = fn / sum
        } else {
            (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
        }
        isExact = predictedTokens == goldTokens
    }

    /// Per-article precision, or nil when nothing was predicted.
    var precision: Double? {
        if falsePositives == 0, falseNegatives == 0 { return 1 }
        return truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : nil
    }

    /// Per-article recall, or nil when the gold is empty.
    var recall: Double? {
        if falsePositives == 0, falseNegatives == 0 { return 1 }
        return truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : nil
    }

    static func shingles(_ tokens: [String]) -> [[String]: Int] {
        var counts: [[String]: Int] = [:]
        if tokens.isEmpty { return counts }
        if tokens.count < 4 {
            counts[tokens] = 1
            return counts
        }
        for start in 0...(tokens.count - 4) { counts[Array(tokens[start..<start + 4]), default: 0] += 1 }
        return counts
    }
}
