import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure parts of Parallax on large inputs.",
        subcommands: [Cluster.self, Analyze.self])

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

        @OptionGroup var clusteringSettings: SettingOptions<ClusteringConfiguration>

        func run() async throws {
            let benchmark = ClusteringBenchmark(
                configuration: try clusteringSettings.applied(to: ClusteringConfiguration()), labelField: label,
                limit: limit)
            print(try benchmark.run(path: file, goldPath: gold).text)
        }
    }

    struct Analyze: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The analysis stage alone on a JSONL stream: articles per second on one thread.",
            discussion: """
                FILE is JSONL, one article per line with "text" and where present "id", "title", "published" \
                (ISO 8601) and "language" (the analyzer identifies it where absent, as `parallax analyze` does). \
                Each article goes through the analysis of `parallax analyze` (sentences, words and stems, names, \
                quotations, time expressions) one after another on the calling thread. Times are the thread's CPU \
                time; JSON parsing is timed apart and not counted. Words are the analyzer's word tokens, so the \
                rate can be compared across article lengths.
                """)

        @Argument(help: "A JSONL file of articles.")
        var file: String

        @Option(help: "Stop after this many articles.")
        var limit: Int?

        func run() async throws {
            print(try AnalysisBenchmark(limit: limit).run(path: file).text)
        }
    }
}
