import ArgumentParser
import Foundation
import Parallax
import ParallaxWeb

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax on evaluation sets.",
        subcommands: [Extraction.self, Dates.self, Timex.self])

    struct Extraction: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Main-content extraction on the ScrapingHub article-extraction benchmark.",
            discussion: """
                Scoring rule of the benchmark: text is lower-cased and split into words; precision and \
                recall are those of the extracted text's 4-gram shingles against the expected text's, \
                averaged over pages; F1 is computed from the averaged precision and recall.
                """)

        @Argument(help: "The benchmark folder (with ground-truth.json and html/).")
        var folder: String = "../shared/eval/extraction/scrapinghub"

        @Option(help: "Timing repetitions.")
        var repetitions = 1

        func run() async throws {
            let report = try ExtractionEvaluation.run(folder: folder, repetitions: repetitions)
            print(
                String(
                    format:
                        "pages %d  precision %.4f  recall %.4f  F1 %.4f  exact %.3f\nspeed %.0f pages/s (parse %.0f%%, decide %.0f%%)",
                    report.pages, report.precision, report.recall, report.f1, report.accuracy, report.pagesPerSecond,
                    100 * report.parsingSeconds / max(report.parsingSeconds + report.decidingSeconds, 1e-9),
                    100 * report.decidingSeconds / max(report.parsingSeconds + report.decidingSeconds, 1e-9)))
        }
    }

    struct Dates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publication dates on the htmldate evaluation pages.",
            discussion:
                "A page counts as right when the day found equals the gold day; accuracy is over pages with a gold date."
        )

        @Argument(help: "The dates folder (with gold.jsonl and pages/).")
        var folder: String = "../shared/eval/dates"

        func run() async throws {
            let report = try DateEvaluation.run(folder: folder)
            print(
                String(
                    format:
                        "pages %d  accuracy %.4f  precision %.4f  recall %.4f  F %.4f  (%d right, %d wrong, %d without a date)  %.0f pages/s",
                    report.results.count, report.accuracy, report.precision, report.recall, report.fScore,
                    report.truePositives, report.falsePositives, report.falseNegatives, report.pagesPerSecond))
        }
    }

    struct Timex: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Temporal expressions on TimeBank (TIMEX3).",
            discussion: """
                Spans match when they overlap (relaxed) or coincide (strict); value accuracy is over matched \
                spans, and value F1 counts a match only when its normalised value equals the gold value. \
                Each document's creation time is the anchor.
                """)

        @Argument(help: "The TimeBank folder.")
        var folder: String = "../shared/eval/timex"

        func run() async throws {
            print(try evaluateTimeBank(directory: URL(fileURLWithPath: folder)))
        }
    }
}
