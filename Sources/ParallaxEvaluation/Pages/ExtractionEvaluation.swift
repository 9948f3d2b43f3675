import Foundation
public import ParallaxWeb

/// Scores the extractor on the ScrapingHub article-extraction benchmark.
public enum ExtractionEvaluation {
    /// The score of one page.
    public struct PageResult: Sendable, Hashable {
        /// The benchmark id of the page.
        public var id: String
        /// Per-page precision, nil for an empty prediction.
        public var precision: Double?
        /// Per-page recall.
        public var recall: Double?
        /// The error code when extraction failed.
        public var failure: WebError.Code?
        /// The extracted text (empty when extraction failed).
        public var predicted: String = ""
    }

    /// Corpus figures, computed as the benchmark's `evaluate.py` does.
    public struct Report: Sendable, Hashable {
        /// Mean per-page precision over pages with a prediction.
        public var precision: Double
        /// Mean per-page recall.
        public var recall: Double
        /// The harmonic mean of `precision` and `recall`.
        public var f1: Double
        /// The share of pages whose token sequence matches the gold exactly.
        public var accuracy: Double
        /// The number of pages scored.
        public var pages: Int
        /// Seconds spent in encoding detection and libxml2 parsing and tree reading.
        public var parsingSeconds: Double
        /// Seconds spent choosing content and reading metadata.
        public var decidingSeconds: Double
        /// Pages per second over parsing and deciding on one core.
        public var pagesPerSecond: Double { Double(pages) / max(parsingSeconds + decidingSeconds, 1e-9) }
        /// Scores of each page, sorted by id.
        public var results: [PageResult]
    }

    /// Extracts every page in `folder` (holding `ground-truth.json` and `html/<id>.html.gz`)
    /// and scores the results; `repetitions` re-runs extraction for steadier timings.
    public static func run(
        folder: String,
        extractor: HTMLArticleExtractor = .init(),
        repetitions: Int = 1
    ) throws(WebError) -> Report {
        let goldPath = folder + "/ground-truth.json"
        guard let data = FileManager.default.contents(atPath: goldPath),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw WebError(code: .unreadable, message: "cannot read \(goldPath)") }
        var results: [PageResult] = []
        var scores: [ShingleScore] = []
        var timing = HTMLArticleExtractor.Timing()
        for id in object.keys.sorted() {
            guard let entry = object[id] as? [String: Any], let gold = entry["articleBody"] as? String else {
                continue
            }
            let url = entry["url"] as? String
            let html = try CompressedFile.read(folder + "/html/\(id).html.gz")
            var predicted = ""
            var failure: WebError.Code?
            for _ in 0..<max(1, repetitions) {
                do {
                    predicted = try extractor.extract(html: html, url: url, timing: &timing).text
                } catch {
                    failure = error.code
                }
            }
            let score = ShingleScore(predicted: predicted, gold: gold)
            scores.append(score)
            results.append(
                PageResult(
                    id: id, precision: score.precision, recall: score.recall, failure: failure, predicted: predicted))
        }
        let precisions = scores.compactMap(\.precision)
        let recalls = scores.compactMap(\.recall)
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        let runs = Double(max(1, repetitions))
        return Report(
            precision: precision,
            recall: recall,
            f1: f1,
            accuracy: scores.isEmpty ? 0 : Double(scores.filter(\.isExact).count) / Double(scores.count),
            pages: scores.count,
            parsingSeconds: timing.parsing / .seconds(1) / runs,
            decidingSeconds: timing.deciding / .seconds(1) / runs,
            results: results
        )
    }
}
