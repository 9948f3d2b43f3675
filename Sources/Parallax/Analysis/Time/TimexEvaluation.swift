public import Foundation

/// Precision, recall and F1 of one matching criterion.
public struct TimexScore: Hashable, Sendable {
    /// Predictions that matched a gold expression.
    public var matchedPredictions: Int
    /// Gold expressions that a prediction matched.
    public var matchedGold: Int
    public var predictions: Int
    public var gold: Int

    public var precision: Double { predictions == 0 ? 0 : Double(matchedPredictions) / Double(predictions) }
    public var recall: Double { gold == 0 ? 0 : Double(matchedGold) / Double(gold) }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

/// TempEval-3-style scores of the tagger on a TIMEX3 corpus.
public struct TimexScores: Hashable, Sendable, CustomStringConvertible {
    public var documents: Int
    /// Overlapping spans match.
    public var relaxed: TimexScore
    /// Both ends coincide.
    public var strict: TimexScore
    /// Relaxed matches whose values are identical too.
    public var value: TimexScore
    /// Share of relaxed matches with the gold value.
    public var valueAccuracy: Double {
        relaxed.matchedGold == 0 ? 0 : Double(value.matchedGold) / Double(relaxed.matchedGold)
    }

    public var description: String {
        func row(_ name: String, _ score: TimexScore) -> String {
            "\(name)  P \(percent(score.precision))  R \(percent(score.recall))  F1 \(percent(score.f1))"
        }
        return [
            "TimeBank: \(documents) documents, \(relaxed.gold) gold expressions, \(relaxed.predictions) predicted",
            row("relaxed span", relaxed),
            row("strict span ", strict),
            row("value       ", value),
            "value accuracy on relaxed matches \(percent(valueAccuracy))",
        ].joined(separator: "\n")
    }
}

/// Tags every document of the TimeBank set in `directory` (see its README) with its creation
/// date as the anchor and scores the result.
public func evaluateTimeBank(directory: URL, tagger: TemporalTagger = TemporalTagger()) throws -> TimexScores {
    let documents = try TimexCorpus.load(directory: directory)
    let predictions = documents.map { tagger.tag($0.text, anchor: $0.anchor) }
    return scoreTimexes(gold: documents, predicted: predictions)
}

/// Scores predicted expressions against gold ones, document by document (`predicted[i]`
/// belongs to `gold[i]`). Each gold expression matches at most one prediction, the first
/// unmatched one overlapping it.
func scoreTimexes(gold documents: [TimexDocument], predicted: [[TimeExpression]]) -> TimexScores {
    var relaxed = TimexScore(matchedPredictions: 0, matchedGold: 0, predictions: 0, gold: 0)
    var strict = relaxed
    var value = relaxed
    for (document, predictions) in zip(documents, predicted) {
        let gold = document.timexes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let predictions = predictions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var used = [Bool](repeating: false, count: predictions.count)
        var first = 0
        for expression in gold {
            while first < predictions.count, predictions[first].end <= expression.start { first += 1 }
            var candidate = first
            while candidate < predictions.count, predictions[candidate].start < expression.end {
                if !used[candidate], predictions[candidate].end > expression.start { break }
                candidate += 1
            }
            guard candidate < predictions.count, predictions[candidate].start < expression.end else { continue }
            used[candidate] = true
            let match = predictions[candidate]
            relaxed.matchedGold += 1
            relaxed.matchedPredictions += 1
            if match.start == expression.start, match.end == expression.end {
                strict.matchedGold += 1
                strict.matchedPredictions += 1
            }
            if match.value == expression.value {
                value.matchedGold += 1
                value.matchedPredictions += 1
            }
        }
        relaxed.gold += gold.count
        relaxed.predictions += predictions.count
    }
    strict.gold = relaxed.gold
    strict.predictions = relaxed.predictions
    value.gold = relaxed.gold
    value.predictions = relaxed.predictions
    return TimexScores(documents: documents.count, relaxed: relaxed, strict: strict, value: value)
}

private func percent(_ value: Double) -> String {
    String(format: "%.3f", value)
}
