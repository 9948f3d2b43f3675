import ArgumentParser
import Foundation
import Parallax

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parts of Parallax on large inputs.",
        subcommands: [Cluster.self])

    struct Cluster: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Story clustering alone on a JSONL stream: articles per second, split by stage.",
            discussion: """
                FILE is JSONL in publication order, one article per line with "text" and where present "id", \
                "title", "published" (ISO 8601) and "language" (scripts/generate-articles.py writes such \
                streams). Only featurizing (tokens, stems, names) and assigning articles to stories are timed; \
                JSON parsing is timed apart. Times are the thread's CPU time (a shared machine's other work does \
                not count); the wall time of the whole run is printed too. Gold labels come from the --label field of each line or from \
                --gold, a file of {"id", "event"} lines in the same order; where every article has one, BCubed \
                and pairwise scores are printed.
                """)

        @Argument(help: "A JSONL file of articles.")
        var file: String

        @Option(help: "A JSONL file of {\"id\", \"event\"} gold labels, line by line with FILE.")
        var gold: String?

        @Option(help: "The field of FILE holding a gold label.")
        var label = "event"

        @Option(help: "Stop after this many articles.")
        var limit: Int?

        @Option(help: "Override the most recent postings read per query term.")
        var postingsScanned: Int?

        @Option(help: "Override the most candidate stories scored per article.")
        var maximumCandidates: Int?

        func run() async throws {
            var configuration = ClusteringConfiguration()
            if let postingsScanned { configuration.postingsScanned = postingsScanned }
            if let maximumCandidates { configuration.maximumCandidates = maximumCandidates }
            let benchmark = ClusteringBenchmark(configuration: configuration, labelField: label, limit: limit)
            let report = try benchmark.run(path: file, goldPath: gold)
            print(
                String(
                    format:
                        "articles %d  stories %d  clustering %.3f s (featurizing %.3f s, assigning %.3f s)  %.0f articles/s  %.2f µs/article  (CPU time; JSON parsing %.3f s not counted; wall %.3f s in all)",
                    report.articles, report.stories, report.clusteringSeconds, report.featurizingSeconds,
                    report.assigningSeconds, report.articlesPerSecond, report.microsecondsPerArticle,
                    report.parsingSeconds, report.wallSeconds))
            if let score = report.score {
                print(EvaluateCommand.Clustering.line("gold", score))
            }
        }
    }
}
