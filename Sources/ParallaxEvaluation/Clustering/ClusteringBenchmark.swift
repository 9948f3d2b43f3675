internal import Foundation
public import Parallax

/// Times clustering alone on a JSONL stream: featurizing and assigning articles to stories,
/// without the digest pipeline's reading, cleaning and language steps. The file is read in
/// chunks and parsed in batches, so a million articles never sit in memory at once; parsing
/// is timed apart and not counted as clustering. Times are the thread's CPU time, so that
/// other work on a shared machine does not count; wall time is reported beside them.
///
/// Each line is an article with `text` and where present `id`, `title`, `published`
/// (ISO 8601) and `language`; the stream is taken in file order, which should be publication
/// order (the generator writes it so). Gold labels, when given, come from a field of the line
/// or from a separate file of `{"id", "event"}` lines in the same order.
public struct ClusteringBenchmark {
    public struct Report: Sendable {
        public var articles = 0
        public var stories = 0
        public var parsingSeconds = 0.0
        public var featurizingSeconds = 0.0
        public var assigningSeconds = 0.0
        /// Wall-clock time of the whole run, parsing included.
        public var wallSeconds = 0.0
        /// BCubed and pairwise scores where every article had a gold label.
        public var score: PartitionScore?

        /// Featurizing and assigning: the clustering cost.
        public var clusteringSeconds: Double { featurizingSeconds + assigningSeconds }
        public var articlesPerSecond: Double { Double(articles) / max(clusteringSeconds, 1e-9) }
        public var microsecondsPerArticle: Double { 1e6 * clusteringSeconds / Double(max(articles, 1)) }
    }

    public var configuration: ClusteringConfiguration
    public var labelField: String
    /// Stop after this many articles.
    public var limit: Int?

    public init(configuration: ClusteringConfiguration = .init(), labelField: String = "event", limit: Int? = nil) {
        self.configuration = configuration
        self.labelField = labelField
        self.limit = limit
    }

    public func run(path: String, goldPath: String? = nil) throws -> Report {
        var articles = try ArticleLines(path: path, labelField: labelField, defaultLanguage: "en")
        var gold = try goldPath.map(LineReader.init(path:))
        let decoder = JSONDecoder()
        let featurizer = ClusterFeaturizer()
        var clusterer = StoryClusterer(configuration: configuration)
        var report = Report()
        var assigned: [Int32] = []
        var labels: [Int32] = []
        var labelIDs: [String: Int32] = [:]
        var everyLabel = true
        var batch: [Article] = []
        var documents: [ClusterDocument] = []
        let limit = limit ?? .max
        let began = DispatchTime.now().uptimeNanoseconds

        while report.articles < limit {
            var stopwatch = ThreadClock.Stopwatch()
            batch.removeAll(keepingCapacity: true)
            while batch.count < 1024, report.articles + batch.count < limit, let record = try articles.next() {
                let number = report.articles + batch.count + 1
                var label = record.label
                if gold != nil {
                    guard let line = try gold?.next(), let entry = try? decoder.decode(GoldRecord.self, from: line),
                        entry.id == record.id
                    else {
                        throw InputError(
                            .malformedRecord, input: "\(goldPath ?? ""):\(number)",
                            reason: "expected {\"id\", \"\(labelField)\"} for the article of the same line")
                    }
                    label = entry.event
                }
                if let label {
                    labels.append(labelIDs[label] ?? Int32(labelIDs.count))
                    if labelIDs[label] == nil { labelIDs[label] = Int32(labelIDs.count) }
                } else {
                    everyLabel = false
                }
                batch.append(record.article)
            }
            if batch.isEmpty { break }
            report.parsingSeconds += stopwatch.lap()

            documents.removeAll(keepingCapacity: true)
            for article in batch { documents.append(featurizer.document(article)) }
            report.featurizingSeconds += stopwatch.lap()

            for document in documents { assigned.append(Int32(clusterer.add(document))) }
            // The second pass, after each batch, as the store's ingest runs it.
            clusterer.refine()
            report.assigningSeconds += stopwatch.lap()
            report.articles += batch.count
        }

        report.wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        let stories = assigned.map { Int32(clusterer.currentStory(Int($0))) }
        report.stories = Set(stories).count
        if everyLabel, !labels.isEmpty { report.score = PartitionScore(predicted: stories, gold: labels) }
        return report
    }

    private struct GoldRecord: Decodable {
        var id: String
        var event: String
    }
}
