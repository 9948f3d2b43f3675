internal import Foundation
internal import Parallax

extension AnalysisBenchmark.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        [
            String(
                format:
                    "articles %d  words %d (%.0f/article)  analysis %.3f s  %.0f articles/s  %.1f µs/article  "
                    + "%.0f words/s  entities %d  quotes %d  times %d  (CPU time; JSON parsing %.3f s not counted; "
                    + "wall %.3f s in all)  peak memory %.0f MB",
                articles, words, wordsPerArticle, analysisSeconds, articlesPerSecond, microsecondsPerArticle,
                wordsPerSecond, entities, quotes, times, parsingSeconds, wallSeconds,
                Double(Self.peakResidentBytes()) / 1_048_576)
        ]
    }

    /// The process's peak resident set size, when the report is printed.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #endif
    }
}

extension TimexScores: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension AttributionEvaluation.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        splits.map { $0.score.line($0.name) } + (splits.count != 1 ? [all.line("all")] : [])
    }

    /// Every article's gold and predicted spans, as JSON Lines.
    public func predictionsJSONLines() throws -> String {
        func spans(_ ranges: [Range<Int>]) -> [[Int]] { ranges.map { [$0.lowerBound, $0.upperBound] } }
        var lines: [String] = []
        for result in articles {
            let object: [String: Any] = [
                "id": result.id,
                "gold": result.gold.enumerated().map { index, pair in
                    [
                        "content": spans(pair.content), "source": spans(pair.source), "direct": pair.isDirect,
                        "match": result.matches[index] ?? -1,
                    ] as [String: Any]
                },
                "predicted": result.predicted.map { pair in
                    ["content": spans(pair.content), "source": spans(pair.source), "direct": pair.isDirect]
                        as [String: Any]
                },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension AttributionEvaluation.Score {
    /// `NAME: articles …  gold …  predicted …  matched …  P … R … F1 …  source accuracy …`.
    public func line(_ name: String) -> String {
        String(
            format:
                "%@: articles %d  gold %d  predicted %d  matched %d  P %.4f R %.4f F1 %.4f  source accuracy %.4f "
                + "(%d/%d)  direct recall %.4f (%d/%d)  analysis %.0f articles/s (quotes alone %.0f/s)",
            name, articles, gold, predicted, matched, precision, recall, f1, sourceAccuracy, sourceRight, matched,
            directRecall, matchedDirect, goldDirect, articlesPerSecond, quoteArticlesPerSecond)
    }
}
