public import Foundation
public import Parallax

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
/// date as the anchor and scores the result; the tagger writes TimeBank's conventions
/// (`TimexConventions.timeBank`) unless another is given.
public func evaluateTimeBank(directory: URL, tagger: TemporalTagger = TemporalTagger(conventions: .timeBank)) throws
    -> TimexScores
{
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

/// One gold expression whose value the tagger missed, or one prediction matching no gold
/// expression: for reading the errors of `evaluateTimeBank` by kind.
public struct TimexMismatch: Codable, Hashable, Sendable {
    public var document: String
    public var anchor: String
    public var goldText: String?
    public var goldType: String?
    public var goldValue: String?
    public var predictedText: String?
    public var predictedValue: String?
    /// The words around the expression.
    public var context: String
}

/// The value errors of the tagger on the TimeBank set in `directory`, matched as `scoreTimexes` does.
public func timeBankMismatches(directory: URL, tagger: TemporalTagger = TemporalTagger(conventions: .timeBank)) throws
    -> [TimexMismatch]
{
    var result: [TimexMismatch] = []
    for document in try TimexCorpus.load(directory: directory) {
        let scalars = Array(document.text.unicodeScalars)
        func around(_ start: Int, _ end: Int) -> String {
            let range = max(0, start - 80)..<min(scalars.count, end + 40)
            return String(String.UnicodeScalarView(scalars[range])).replacingOccurrences(of: "\n", with: " ")
        }
        let predictions = tagger.tag(document.text, anchor: document.anchor).sorted {
            ($0.start, $0.end) < ($1.start, $1.end)
        }
        var used = [Bool](repeating: false, count: predictions.count)
        for expression in document.timexes.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let candidate = predictions.indices.first {
                !used[$0] && predictions[$0].start < expression.end && predictions[$0].end > expression.start
            }
            if let candidate { used[candidate] = true }
            let match = candidate.map { predictions[$0] }
            guard match?.value != expression.value else { continue }
            result.append(
                TimexMismatch(
                    document: document.id, anchor: document.dct, goldText: expression.text, goldType: expression.type,
                    goldValue: expression.value, predictedText: match?.text, predictedValue: match?.value,
                    context: around(expression.start, expression.end)))
        }
        for (index, prediction) in predictions.enumerated() where !used[index] {
            result.append(
                TimexMismatch(
                    document: document.id, anchor: document.dct, predictedText: prediction.text,
                    predictedValue: prediction.value, context: around(prediction.start, prediction.end)))
        }
    }
    return result
}
