public import Foundation
internal import ParallaxWeb

extension ExtractionEvaluation.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        let seconds = max(parsingSeconds + decidingSeconds, 1e-9)
        return [
            String(
                format: "pages %d  precision %.4f  recall %.4f  F1 %.4f  exact %.3f", pages, precision, recall, f1,
                accuracy),
            String(
                format: "speed %.0f pages/s (parse %.0f%%, decide %.0f%%)", pagesPerSecond,
                100 * parsingSeconds / seconds, 100 * decidingSeconds / seconds),
        ]
    }

    /// `{id: extracted text}` as JSON, for scripts/pages-compare.sh.
    public func predictionsJSON() throws -> Data {
        let texts = Dictionary(uniqueKeysWithValues: results.map { ($0.id, $0.predicted) })
        return try JSONSerialization.data(withJSONObject: texts, options: [.sortedKeys])
    }
}

extension DateEvaluation.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        let mistakes =
            verbose
            ? results.filter { $0.predicted != $0.expected }.map {
                "\($0.id)  expected \($0.expected)  found \($0.predicted ?? "none")"
            } : []
        return mistakes + [
            String(
                format:
                    "pages %d  accuracy %.4f  precision %.4f  recall %.4f  F %.4f  (%d right, %d wrong, %d without a date)  %.0f pages/s",
                results.count, accuracy, precision, recall, fScore, truePositives, falsePositives, falseNegatives,
                pagesPerSecond)
        ]
    }

    /// `{id: date}` as JSON, for scripts/pages-compare.sh.
    public func predictionsJSON() throws -> Data {
        let dates = Dictionary(uniqueKeysWithValues: results.map { ($0.id, $0.predicted ?? "") })
        return try JSONSerialization.data(withJSONObject: dates, options: [.sortedKeys])
    }
}

extension FeedEvaluation.Report: EvaluationReport {
    public func lines(verbose: Bool) -> [String] {
        func cell(_ tally: FeedEvaluation.Tally?) -> String {
            guard let tally, tally.expected > 0 else { return "-" }
            return "\(tally.matched)/\(tally.expected)"
        }
        let header = ["feed", "result"] + FeedEvaluation.fields
        var rows: [[String]] = [header]
        for feed in feeds {
            rows.append(
                [feed.name, feed.passed ? "ok" : "FAIL"] + FeedEvaluation.fields.map { cell(feed.tallies[$0]) })
        }
        rows.append(["total", ""] + FeedEvaluation.fields.map { cell(totals[$0]) })
        var widths = header.map { _ in 0 }
        for row in rows {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], value.count) }
        }
        var lines = rows.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        lines.append("")
        for feed in feeds where !feed.notes.isEmpty || (verbose && !feed.mismatches.isEmpty) {
            lines += feed.notes.map { "\(feed.name): \($0)" }
            if verbose { lines += feed.mismatches.map { "\(feed.name): mismatch: \($0)" } }
        }
        lines.append(
            String(
                format: "feeds %d, as expected %d; parsing %.1f ms in all", feeds.count, feeds.filter(\.passed).count,
                parsingSeconds * 1000))
        return lines
    }
}
