internal import Foundation
public import Parallax

extension ClusteringEvaluation.Report: EvaluationReport {
    /// `verbose` lists every predicted story with the gold labels of its articles.
    public func lines(verbose: Bool) -> [String] {
        var lines = [
            all.line("all articles") + String(format: "  stories %d  %.3f s", stories, seconds),
            String(format: "stories per true story %.3f", storiesPerStory)
                + (storiesPerMultiDayStory.map { String(format: "  multi-day (%d): %.3f", multiDayStories, $0) } ?? ""),
        ]
        if let withinTopics { lines.append(withinTopics.line("within topics (\(topics))")) }
        if verbose {
            for labels in storyLabels.sorted(by: { $0.count > $1.count }) {
                let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.value > $1.value }
                lines.append(
                    "  story of \(labels.count): " + counts.map { "\($0.key)×\($0.value)" }.joined(separator: " "))
            }
        }
        return lines
    }
}

extension ClusteringValidation.Report {
    /// The folds, the spread and the blind score of the settings `name` chose.
    public func lines(name: String) -> [String] {
        var lines = ["\(name), \(folds.count)-fold cross-validation over topics:"]
        for (number, fold) in folds.enumerated() {
            lines.append(
                String(
                    format: "  fold %d (topics %@): chosen %@ (tuning F1 %.4f), held-out BCubed F1 %.4f", number + 1,
                    fold.topics.joined(separator: ","), fold.chosen.summary, fold.tuningF1, fold.heldOut.bcubedF1))
        }
        lines.append(
            String(
                format: "  cross-validated BCubed F1 %.4f (sd %.4f, min %.4f, max %.4f; pooled %.4f)", mean,
                standardDeviation, heldOutF1.min() ?? 0, heldOutF1.max() ?? 0, pooled.bcubedF1))
        if let blind {
            lines.append(
                String(
                    format: "  blind topics %@: settings chosen on all other topics (%@), BCubed F1 %.4f",
                    blindTopics.joined(separator: ","), chosenOnAll.summary, blind.bcubedF1))
        }
        let continuity = folds.compactMap(\.heldOutContinuity)
        guard continuity.count == folds.count, !continuity.isEmpty else { return lines }
        lines.append("  dated stream, each fold's chosen settings on its held-out topics:")
        for (number, report) in continuity.enumerated() {
            lines.append("    fold \(number + 1): " + report.continuityLine)
        }
        let f1 = continuity.map(\.all.bcubedF1)
        let mean = f1.reduce(0, +) / Double(f1.count)
        let spread = (f1.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(f1.count - 1, 1))).squareRoot()
        let split = continuity.compactMap(\.storiesPerMultiDayStory)
        let stories = zip(continuity, split).reduce(0) { $0 + Double($1.0.multiDayStories) * $1.1 }
        let multiDay = continuity.reduce(0) { $0 + $1.multiDayStories }
        lines.append(
            String(
                format: "    held out: BCubed F1 %.4f (sd %.4f, min %.4f), multi-day stories per true story %.3f (%d)",
                mean, spread, f1.min() ?? 0, multiDay > 0 ? stories / Double(multiDay) : 0, multiDay))
        if let continuityOfChosen {
            lines.append(
                "  dated stream, settings chosen on all other topics (not held out): "
                    + continuityOfChosen.continuityLine)
        }
        return lines
    }
}

extension ClusteringEvaluation.Report {
    /// `BCubed P … R … F1 …  stories per true story …  multi-day (N): …`.
    var continuityLine: String {
        String(
            format: "BCubed P %.4f R %.4f F1 %.4f  stories per true story %.3f", all.bcubedPrecision,
            all.bcubedRecall, all.bcubedF1, storiesPerStory)
            + (storiesPerMultiDayStory.map { String(format: "  multi-day (%d): %.3f", multiDayStories, $0) } ?? "")
    }
}

extension ClusteringBenchmark.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        [
            String(
                format:
                    "articles %d  stories %d  clustering %.3f s (featurizing %.3f s, assigning %.3f s)  %.0f articles/s  %.2f µs/article  (CPU time; JSON parsing %.3f s not counted; wall %.3f s in all)",
                articles, stories, clusteringSeconds, featurizingSeconds, assigningSeconds, articlesPerSecond,
                microsecondsPerArticle, parsingSeconds, wallSeconds)
        ] + (score.map { [$0.line("gold")] } ?? [])
    }
}

extension PartitionScore {
    /// `NAME: articles N  BCubed P … R … F1 …  pairwise P … R … F1 …`.
    public func line(_ name: String) -> String {
        String(
            format: "%@: articles %d  BCubed P %.4f R %.4f F1 %.4f  pairwise P %.4f R %.4f F1 %.4f", name, items,
            bcubedPrecision, bcubedRecall, bcubedF1, pairwisePrecision, pairwiseRecall, pairwiseF1)
    }
}

extension ClusteringConfiguration {
    /// The settings a sweep chooses, in one line.
    public var summary: String {
        String(
            format:
                "termWeight %.3f sizeWeight %.3f joinThreshold %.3f mergeThreshold %.2f%@ linkage %.2f lone %.2f idfOffset %.1f",
            termWeight, sizeWeight, joinThreshold, mergeThreshold, mergesConverging ? " converging" : "",
            linkageThreshold, loneArticleThreshold, idfOffset)
    }
}
