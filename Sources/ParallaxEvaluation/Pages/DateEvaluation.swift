import Foundation
public import ParallaxWeb

/// Scores publication-date extraction on the htmldate evaluation pages.
public enum DateEvaluation {
    /// The outcome for one page.
    public struct PageResult: Sendable, Hashable {
        /// The gold id.
        public var id: String
        /// The gold date, `YYYY-MM-DD`.
        public var expected: String
        /// The predicted day, if any.
        public var predicted: String?
    }

    /// Corpus figures, as in htmldate's `tests/comparison.py`.
    public struct Report: Sendable, Hashable {
        /// Correct dates.
        public var truePositives: Int
        /// Wrong dates.
        public var falsePositives: Int
        /// Pages without a date.
        public var falseNegatives: Int
        /// TP / (TP + FP).
        public var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        /// TP / (TP + FN).
        public var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        /// TP / pages.
        public var accuracy: Double { Double(truePositives) / Double(max(1, results.count)) }
        /// 2·TP / (2·TP + FP + FN).
        public var fScore: Double {
            Double(2 * truePositives) / Double(max(1, 2 * truePositives + falsePositives + falseNegatives))
        }
        /// Pages per second.
        public var pagesPerSecond: Double
        /// Each page's outcome, in gold order.
        public var results: [PageResult]
    }

    /// Reads `gold.jsonl` in `folder`, extracts each page's publication date and scores it.
    public static func run(folder: String, extractor: HTMLArticleExtractor = .init()) throws(WebError) -> Report {
        let goldPath = folder + "/gold.jsonl"
        guard let data = FileManager.default.contents(atPath: goldPath) else {
            throw WebError(code: .unreadable, message: "cannot read \(goldPath)")
        }
        var results: [PageResult] = []
        var report = Report(truePositives: 0, falsePositives: 0, falseNegatives: 0, pagesPerSecond: 0, results: [])
        var elapsed = Duration.zero
        let clock = ContinuousClock()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let file = object["file"] as? String,
                let expected = object["date"] as? String
            else { continue }
            let html = try CompressedFile.read(folder + "/" + file)
            let start = clock.now
            let article = try? extractor.extractMetadata(html: html, url: object["url"] as? String)
            elapsed += clock.now - start
            let predicted = article?.published.map {
                DateParser.localDay($0, language: article?.language, url: object["url"] as? String)
            }
            results.append(PageResult(id: id, expected: expected, predicted: predicted))
            switch predicted {
            case nil: report.falseNegatives += 1
            case expected: report.truePositives += 1
            default: report.falsePositives += 1
            }
        }
        report.results = results
        report.pagesPerSecond = Double(results.count) / max(elapsed / .seconds(1), 1e-9)
        return report
    }
}
