import ArgumentParser
import Foundation
import Parallax
import ParallaxWeb

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax on evaluation sets.",
        subcommands: [Extraction.self, Dates.self, Feeds.self, Timex.self])

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

    struct Feeds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "RSS, RDF and Atom parsing on the rss-parser test feeds.",
            discussion: """
                Items are compared by position with the expected output/<name>.json: item count, titles, links, \
                dates (as instants), GUIDs (or Atom ids) and first enclosures, each where the expected output \
                has the field. Known differences of that output are handled by rule and listed as notes.
                """)

        @Argument(help: "The feeds folder (with input/ and output/).")
        var folder: String = "../shared/eval/feeds"

        @Flag(help: "Show the first mismatches of each feed.")
        var verbose = false

        func run() async throws {
            let report = try FeedEvaluation.run(folder: folder)
            func cell(_ tally: FeedEvaluation.Tally?) -> String {
                guard let tally, tally.expected > 0 else { return "-" }
                return "\(tally.matched)/\(tally.expected)"
            }
            let header = ["feed", "result"] + FeedEvaluation.fields
            var rows: [[String]] = [header]
            for feed in report.feeds {
                rows.append(
                    [feed.name, feed.passed ? "ok" : "FAIL"] + FeedEvaluation.fields.map { cell(feed.tallies[$0]) })
            }
            rows.append(["total", ""] + FeedEvaluation.fields.map { cell(report.totals[$0]) })
            var widths = header.map { _ in 0 }
            for row in rows {
                for (column, value) in row.enumerated() { widths[column] = max(widths[column], value.count) }
            }
            for row in rows {
                print(
                    row.enumerated().map {
                        $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0)
                    }
                    .joined(separator: "  "))
            }
            print("")
            for feed in report.feeds where !feed.notes.isEmpty || (verbose && !feed.mismatches.isEmpty) {
                for note in feed.notes { print("\(feed.name): \(note)") }
                if verbose { for mismatch in feed.mismatches { print("\(feed.name): mismatch: \(mismatch)") } }
            }
            let passed = report.feeds.filter(\.passed).count
            print(
                String(
                    format: "feeds %d, as expected %d; parsing %.1f ms in all", report.feeds.count, passed,
                    report.parsingSeconds * 1000))
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
