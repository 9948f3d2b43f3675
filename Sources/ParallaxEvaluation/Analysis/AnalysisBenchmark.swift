internal import Foundation
public import Parallax

/// Times the analysis stage alone (`ArticleAnalyzer.analyze`: sentences, tokens and stems,
/// names, quotes, dates) on a JSONL stream, one article after another on the calling thread.
/// Lines are parsed in batches and parsing is timed apart; times are the thread's CPU time,
/// so that other work on a shared machine does not count, with the wall time beside them.
///
/// Each line is an article with `text` and where present `id`, `title`, `published`
/// (ISO 8601) and `language`; where `language` is absent the analyzer identifies it, as
/// `parallax analyze` does.
public struct AnalysisBenchmark {
    public struct Report: Sendable {
        public var articles = 0
        /// Word tokens over all articles, as the analyzer counts them.
        public var words = 0
        public var entities = 0
        public var quotes = 0
        public var times = 0
        public var parsingSeconds = 0.0
        public var analysisSeconds = 0.0
        /// Wall-clock time of the whole run, parsing included.
        public var wallSeconds = 0.0

        public var articlesPerSecond: Double { Double(articles) / max(analysisSeconds, 1e-9) }
        public var microsecondsPerArticle: Double { 1e6 * analysisSeconds / Double(max(articles, 1)) }
        public var wordsPerArticle: Double { Double(words) / Double(max(articles, 1)) }
        public var wordsPerSecond: Double { Double(words) / max(analysisSeconds, 1e-9) }
    }

    public var configuration: AnalysisConfiguration
    /// Stop after this many articles.
    public var limit: Int?

    public init(configuration: AnalysisConfiguration = .init(), limit: Int? = nil) {
        self.configuration = configuration
        self.limit = limit
    }

    public func run(path: String) throws -> Report {
        var lines = try ArticleLines(path: path)
        let analyzer = ArticleAnalyzer(configuration: configuration)
        var report = Report()
        var batch: [Article] = []
        let limit = limit ?? .max
        let began = DispatchTime.now().uptimeNanoseconds

        while report.articles < limit {
            var stopwatch = ThreadClock.Stopwatch()
            batch.removeAll(keepingCapacity: true)
            while batch.count < 256, report.articles + batch.count < limit, let line = try lines.next() {
                batch.append(line.article)
            }
            if batch.isEmpty { break }
            report.parsingSeconds += stopwatch.lap()

            for article in batch {
                let analyzed = analyzer.analyze(article)
                for sentence in analyzed.sentences { report.words += sentence.tokens.count }
                report.entities += analyzed.entities.count
                report.quotes += analyzed.quotes.count
                report.times += analyzed.times.count
            }
            report.analysisSeconds += stopwatch.lap()
            report.articles += batch.count
        }
        report.wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        return report
    }
}
