import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxWeb

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax on evaluation sets.",
        subcommands: [
            Extraction.self, Dates.self, Feeds.self, Timex.self, Clustering.self, Quotes.self,
            CorroborationCommand.self,
        ])

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

        @Option(name: .customLong("setting"), help: "An extractor setting NAME=VALUE to evaluate (repeatable).")
        var settings: [String] = []

        @Option(help: "Write {id: extracted text} as JSON to this file (for scripts/pages-compare.sh).")
        var predictions: String?

        func run() async throws {
            let extractor = HTMLArticleExtractor(configuration: try .init().applying(settings))
            let report = try ExtractionEvaluation.run(folder: folder, extractor: extractor, repetitions: repetitions)
            if let predictions {
                let texts = Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0.predicted) })
                try JSONSerialization.data(withJSONObject: texts, options: [.sortedKeys])
                    .write(to: URL(fileURLWithPath: predictions))
            }
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

        @Flag(help: "List the pages whose date is wrong or missing.")
        var verbose = false

        @Option(name: .customLong("setting"), help: "An extractor setting NAME=VALUE to evaluate (repeatable).")
        var settings: [String] = []

        @Option(help: "Write {id: date} as JSON to this file (for scripts/pages-compare.sh).")
        var predictions: String?

        func run() async throws {
            let extractor = HTMLArticleExtractor(configuration: try .init().applying(settings))
            let report = try DateEvaluation.run(folder: folder, extractor: extractor)
            if let predictions {
                let dates = Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0.predicted ?? "") })
                try JSONSerialization.data(withJSONObject: dates, options: [.sortedKeys])
                    .write(to: URL(fileURLWithPath: predictions))
            }
            if verbose {
                for result in report.results where result.predicted != result.expected {
                    print("\(result.id)  expected \(result.expected)  found \(result.predicted ?? "none")")
                }
            }
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

        @Option(
            help:
                "Write each value error (a gold expression missed or valued wrongly, a prediction matching none) to this JSON Lines file."
        )
        var mismatches: String?

        func run() async throws {
            let directory = URL(fileURLWithPath: folder)
            print(try evaluateTimeBank(directory: directory))
            if let mismatches {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let lines = try timeBankMismatches(directory: directory).map {
                    String(decoding: try encoder.encode($0), as: UTF8.self)
                }
                try (lines.joined(separator: "\n") + "\n").write(
                    to: URL(fileURLWithPath: mismatches), atomically: true, encoding: .utf8)
            }
        }
    }

    struct Clustering: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Story clustering against gold labels (ECB+ development topics by default).",
            discussion: """
                FILE is JSONL, one article per line: "text" and a gold label (--label, "event" by default); \
                "title", "published" (ISO 8601), "language" and "topic" are used where present, ids are not \
                read. Articles stream through the clusterer in publication order (file order where undated). \
                BCubed: per article, precision is the share of its predicted story with its gold label and \
                recall the share of its gold cluster in its predicted story, averaged over articles. Pairwise: \
                precision and recall over unordered pairs put together. "within topics" clusters each topic \
                alone and averages over topics. Stories per true story: over gold stories of two articles or \
                more, the number of predicted stories holding their articles, on average (multi-day: gold \
                stories spanning five days or more). --sweep sets the blind topics aside, chooses settings \
                by k-fold cross-validation over the other topics (topic i of the numeric order in fold i mod \
                k), reports every fold, the spread and the pooled held-out score, then scores the settings \
                chosen on all non-blind topics on the blind topics.
                """)

        @Argument(help: "A JSONL file with gold labels.")
        var file: String = "../shared/eval/clustering/ecbplus-dev.jsonl"

        @Option(help: "The field holding the gold label.")
        var label = "event"

        @Flag(help: "Choose settings by k-fold cross-validation over topics and score them on the blind topics.")
        var sweep = false

        @Option(help: "How --sweep chooses settings: grid, learned, both, or refinement (the grid of the second pass).")
        var chooser = "both"

        @Option(help: "Folds of topics for --sweep.")
        var folds = 5

        @Option(help: "Topics set aside for --sweep, comma-separated (\"none\" for none).")
        var blindTopics = ClusteringValidation.blindTopics.sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }.joined(
            separator: ",")

        @Flag(help: "List every predicted story with the gold labels of its articles.")
        var showStories = false

        @Option(help: "Override the share of term similarity (names have the rest).")
        var termWeight: Double?

        @Option(help: "Override the least similarity for an article to join a story.")
        var joinThreshold: Double?

        @Option(help: "Override the least centroid similarity for two stories to merge.")
        var mergeThreshold: Double?

        @Flag(help: "Also merge stories whose centroids converge when a story is re-indexed.")
        var mergesConverging = false

        @Option(help: "Override the similarity added per unit of the log of a story's size.")
        var sizeWeight: Double?

        @Option(help: "Override the power of a name's inverse document frequency in its weight.")
        var nameSpecificity: Double?

        @Option(help: "Override the pseudo-documents smoothing inverse document frequencies.")
        var pseudoDocuments: Double?

        @Option(help: "Override the amount added to every inverse document frequency.")
        var idfOffset: Double?

        @Option(help: "Override the least average linkage for the second pass to merge two stories.")
        var linkageThreshold: Double?

        @Option(help: "Override the least average linkage for a lone article to join a story.")
        var loneArticleThreshold: Double?

        @Option(help: "Feed the articles in batches of this many, each followed by the second pass (as ingest does).")
        var batchSize: Int?

        @Option(help: "Override the most candidate stories scored per article.")
        var maximumCandidates: Int?

        @Option(help: "Override the most recent postings read per query term.")
        var postingsScanned: Int?

        func run() async throws {
            let evaluation = try ClusteringEvaluation(path: file, labelField: label)
            var configuration = ClusteringConfiguration()
            if let termWeight { configuration.termWeight = termWeight }
            if let joinThreshold { configuration.joinThreshold = joinThreshold }
            if let mergeThreshold { configuration.mergeThreshold = mergeThreshold }
            if let sizeWeight { configuration.sizeWeight = sizeWeight }
            if mergesConverging { configuration.mergesConverging = true }
            if let nameSpecificity { configuration.nameSpecificity = nameSpecificity }
            if let pseudoDocuments { configuration.pseudoDocuments = pseudoDocuments }
            if let idfOffset { configuration.idfOffset = idfOffset }
            if let linkageThreshold { configuration.linkageThreshold = linkageThreshold }
            if let loneArticleThreshold { configuration.loneArticleThreshold = loneArticleThreshold }
            if let maximumCandidates { configuration.maximumCandidates = maximumCandidates }
            if let postingsScanned { configuration.postingsScanned = postingsScanned }
            let report = evaluation.run(configuration: configuration, batchSize: batchSize)
            print(
                Self.line("all articles", report.all)
                    + String(format: "  stories %d  %.3f s", report.stories, report.seconds))
            print(
                String(format: "stories per true story %.3f", report.storiesPerStory)
                    + (report.storiesPerMultiDayStory.map {
                        String(format: "  multi-day (%d): %.3f", report.multiDayStories, $0)
                    } ?? ""))
            if let within = report.withinTopics {
                print(Self.line("within topics (\(report.topics))", within))
            }
            if showStories {
                for labels in report.storyLabels.sorted(by: { $0.count > $1.count }) {
                    let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.value > $1.value }
                    print(
                        "  story of \(labels.count): " + counts.map { "\($0.key)×\($0.value)" }.joined(separator: " "))
                }
            }
            guard sweep else { return }
            let blind = blindTopics == "none" ? [] : Set(blindTopics.split(separator: ",").map(String.init))
            let validation = ClusteringValidation(folds: folds, blindTopics: blind)
            let grid = ClusteringEvaluation.grid(base: configuration)
            if chooser == "refinement" {
                // An idf offset given on the command line is the grid's only one.
                let grid = ClusteringEvaluation.refinementGrid(
                    base: configuration, idfOffsets: idfOffset.map { [$0] } ?? [0.5, 1])
                Self.show(
                    validation.run(evaluation, choose: ClusteringValidation.gridSearch(grid)),
                    name: "grid search with the second pass over \(grid.count) settings")
                return
            }
            if chooser != "learned" {
                Self.show(
                    validation.run(evaluation, choose: ClusteringValidation.gridSearch(grid)),
                    name: "grid search over \(grid.count) settings")
            }
            if chooser != "grid" {
                Self.show(
                    validation.run(evaluation, choose: ClusteringValidation.learned(base: configuration)),
                    name: "learned weights (logistic regression on pair features) and tuned thresholds")
            }
        }

        static func show(_ report: ClusteringValidation.Report, name: String) {
            Swift.print("\(name), \(report.folds.count)-fold cross-validation over topics:")
            for (number, fold) in report.folds.enumerated() {
                Swift.print(
                    String(
                        format: "  fold %d (topics %@): chosen %@ (tuning F1 %.4f), held-out BCubed F1 %.4f",
                        number + 1,
                        fold.topics.joined(separator: ","), describe(fold.chosen), fold.tuningF1,
                        fold.heldOut.bcubedF1))
            }
            let scores = report.heldOutF1
            Swift.print(
                String(
                    format: "  cross-validated BCubed F1 %.4f (sd %.4f, min %.4f, max %.4f; pooled %.4f)", report.mean,
                    report.standardDeviation, scores.min() ?? 0, scores.max() ?? 0, report.pooled.bcubedF1))
            if let blind = report.blind {
                Swift.print(
                    String(
                        format: "  blind topics %@: settings chosen on all other topics (%@), BCubed F1 %.4f",
                        report.blindTopics.joined(separator: ","), describe(report.chosenOnAll), blind.bcubedF1))
            }
        }

        static func line(_ name: String, _ score: PartitionScore) -> String {
            String(
                format: "%@: articles %d  BCubed P %.4f R %.4f F1 %.4f  pairwise P %.4f R %.4f F1 %.4f", name,
                score.items,
                score.bcubedPrecision, score.bcubedRecall, score.bcubedF1, score.pairwisePrecision,
                score.pairwiseRecall,
                score.pairwiseF1)
        }

        static func describe(_ configuration: ClusteringConfiguration) -> String {
            String(
                format:
                    "termWeight %.3f sizeWeight %.3f joinThreshold %.3f mergeThreshold %.2f%@ linkage %.2f lone %.2f idfOffset %.1f",
                configuration.termWeight, configuration.sizeWeight, configuration.joinThreshold,
                configuration.mergeThreshold, configuration.mergesConverging ? " converging" : "",
                configuration.linkageThreshold, configuration.loneArticleThreshold, configuration.idfOffset)
        }
    }

    struct Quotes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Quotation and attribution extraction on PolNeAR (train and dev splits by default).",
            discussion: """
                FILE is JSON Lines (gzip-compressed when it ends in .gz), one article a line with id, split, \
                text and attributions (source, cue, content spans with scalar offsets and fragments). Every \
                quote Parallax finds, direct or reported, is a predicted content span; a quotation continuing \
                the one before (after "she said." or a paragraph break) is another fragment of it. Content spans are \
                compared by word tokens (runs of letters and digits; punctuation and quotation marks do not \
                count); a split (discontinuous) gold span counts by its fragments only. A predicted and a gold \
                span match when they share at least half the tokens of both; matching is one-to-one, pairs \
                sharing most tokens first. Precision, recall and F1 are those of content spans. Source \
                accuracy is over matched pairs: right when the predicted speaker mention (speakerStart..< \
                speakerEnd) overlaps the gold source span; where the gold source is null, right only when \
                no speaker mention is predicted. Direct-quote recall is the recall over gold content spans \
                whose first and last characters are quotation marks. Speed is that of the whole analysis \
                (sentences, names, quotes, dates) per article, and of the quote extraction alone (run again \
                on the analyzed sentences), on one core.
                """)

        @Argument(help: "The gold attributions (JSON Lines, optionally gzip-compressed).")
        var file: String = "../shared/eval/quotes/polnear-dev.jsonl.gz"

        @Option(help: "The split to score: train, dev or all.")
        var split: String = "all"

        @Option(help: "Write every article's gold and predicted spans to this JSON Lines file.")
        var predictions: String?

        func run() async throws {
            guard FileManager.default.fileExists(atPath: file) else {
                print("skipped: \(file) is absent (the PolNeAR development set lives in ../shared/eval/quotes)")
                return
            }
            let data = try Self.contents(of: file)
            let corpus = try AttributionCorpus(jsonLines: [UInt8](data), name: file)
            let splits: Set<String>? = split == "all" ? nil : [split]
            let report = AttributionEvaluation().run(corpus, splits: splits)
            for (name, score) in report.splits {
                print(Self.line(name, score))
            }
            if report.splits.count != 1 { print(Self.line("all", report.all)) }
            if let predictions { try Self.write(report, to: predictions, corpus: corpus) }
        }

        static func line(_ name: String, _ score: AttributionEvaluation.Score) -> String {
            String(
                format:
                    "%@: articles %d  gold %d  predicted %d  matched %d  P %.4f R %.4f F1 %.4f  source accuracy %.4f "
                    + "(%d/%d)  direct recall %.4f (%d/%d)  analysis %.0f articles/s (quotes alone %.0f/s)",
                name, score.articles, score.gold, score.predicted, score.matched, score.precision, score.recall,
                score.f1, score.sourceAccuracy, score.sourceRight, score.matched, score.directRecall,
                score.matchedDirect, score.goldDirect, score.articlesPerSecond, score.quoteArticlesPerSecond)
        }

        /// The file's bytes, through `gzip -dc` when it is compressed.
        static func contents(of path: String) throws -> Data {
            guard path.hasSuffix(".gz") else { return try Data(contentsOf: URL(fileURLWithPath: path)) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw InputError(.unreadable, input: path, reason: "gzip -dc failed")
            }
            return data
        }

        static func write(_ report: AttributionEvaluation.Report, to path: String, corpus: AttributionCorpus) throws {
            func spans(_ ranges: [Range<Int>]) -> [[Int]] { ranges.map { [$0.lowerBound, $0.upperBound] } }
            var lines: [String] = []
            for result in report.articles {
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
            try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
