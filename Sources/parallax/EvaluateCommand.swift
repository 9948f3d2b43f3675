import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

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

        @OptionGroup var pages: PageEvaluationOptions

        func run() async throws {
            let report = try ExtractionEvaluation.run(
                folder: folder, extractor: pages.extractor(), repetitions: repetitions)
            try pages.write(report.predictionsJSON)
            print(report.text)
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

        @OptionGroup var pages: PageEvaluationOptions

        func run() async throws {
            let report = try DateEvaluation.run(folder: folder, extractor: pages.extractor())
            try pages.write(report.predictionsJSON)
            print(report.text(verbose: verbose))
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
            print(try FeedEvaluation.run(folder: folder).text(verbose: verbose))
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
            print(try evaluateTimeBank(directory: directory).text)
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

        @Option(help: "Feed the articles in batches of this many, each followed by the second pass (as ingest does).")
        var batchSize: Int?

        @OptionGroup var clusteringSettings: SettingOptions<ClusteringConfiguration>

        @Option(
            help:
                "With --sweep --chooser refinement: the same topics' articles dated over days (scripts/ecbplus-dated.py); settings are chosen by the mean BCubed F1 on the tuning topics here and in FILE, and every fold is also scored here."
        )
        var continuity: String?

        @Option(help: "With --chooser refinement: the term weights of the grid, comma-separated.")
        var gridTermWeights = "0.1,0.2,0.3"

        @Option(
            help: "With --chooser refinement: the first pass's join thresholds of the grid (2: off), comma-separated.")
        var gridJoinThresholds = "0.3,2"

        func run() async throws {
            let evaluation = try ClusteringEvaluation(path: file, labelField: label)
            let configuration = try clusteringSettings.applied(to: ClusteringConfiguration())
            print(evaluation.run(configuration: configuration, batchSize: batchSize).text(verbose: showStories))
            guard sweep else { return }
            let blind = blindTopics == "none" ? [] : Set(blindTopics.split(separator: ",").map(String.init))
            let validation = ClusteringValidation(folds: folds, blindTopics: blind)
            let grid = ClusteringEvaluation.grid(base: configuration)
            if chooser == "refinement" {
                // An idf offset given on the command line is the grid's only one.
                let idfOffsets = clusteringSettings.sets("idfOffset") ? [configuration.idfOffset] : [0.5, 1]
                let grid = ClusteringEvaluation.refinementGrid(
                    base: configuration, idfOffsets: idfOffsets,
                    termWeights: try Self.numbers(gridTermWeights), joinThresholds: try Self.numbers(gridJoinThresholds)
                )
                let dated = try continuity.map { try ClusteringEvaluation(path: $0, labelField: label) }
                let report = validation.run(
                    evaluation, continuity: dated, choose: ClusteringValidation.gridSearch(grid, continuity: dated))
                let objective = dated == nil ? "" : ", chosen by the mean F1 here and on the dated stream"
                print(
                    report.lines(name: "grid search with the second pass over \(grid.count) settings\(objective)")
                        .joined(separator: "\n"))
                return
            }
            if chooser != "learned" {
                let report = validation.run(evaluation, choose: ClusteringValidation.gridSearch(grid))
                print(report.lines(name: "grid search over \(grid.count) settings").joined(separator: "\n"))
            }
            if chooser != "grid" {
                let report = validation.run(evaluation, choose: ClusteringValidation.learned(base: configuration))
                let name = "learned weights (logistic regression on pair features) and tuned thresholds"
                print(report.lines(name: name).joined(separator: "\n"))
            }
        }

        /// Comma-separated numbers of a grid option.
        static func numbers(_ list: String) throws -> [Double] {
            try list.split(separator: ",").map { item in
                guard let number = Double(item.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("not a number: \(item)")
                }
                return number
            }
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

        @OptionGroup var quoteSettings: SettingOptions<QuoteConfiguration>

        @Option(
            help: """
                Measure one quote setting at several values (NAME=V1,V2,…), each against the defaults \
                and the --setting changes, one line per value with the source accuracy per publisher; \
                repeatable.
                """)
        var sweep: [String] = []

        func run() async throws {
            guard FileManager.default.fileExists(atPath: file) else {
                print("skipped: \(file) is absent (the PolNeAR development set lives in ../shared/eval/quotes)")
                return
            }
            let corpus = try AttributionCorpus(jsonLines: EvaluationData.contents(of: file), name: file)
            let base = try quoteSettings.applied(to: QuoteConfiguration())
            if !sweep.isEmpty {
                try runSweep(corpus, base: base)
                return
            }
            var evaluation = AttributionEvaluation()
            evaluation.configuration = base
            let report = evaluation.run(corpus, splits: split == "all" ? nil : [split])
            print(report.text)
            if let predictions {
                try report.predictionsJSONLines().write(toFile: predictions, atomically: true, encoding: .utf8)
            }
        }

        private func runSweep(_ corpus: AttributionCorpus, base: QuoteConfiguration) throws {
            var configurations = [(label: "defaults", configuration: base)]
            for entry in sweep {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else {
                    throw ValidationError("--sweep \(entry): expected NAME=V1,V2,… of a QuoteConfiguration field")
                }
                for value in parts[1].split(separator: ",") {
                    let setting = "\(parts[0])=\(value)"
                    configurations.append((label: setting, configuration: try base.applying([setting])))
                }
            }
            let rows = AttributionSweep().run(
                corpus, splits: split == "all" ? nil : [split], configurations: configurations)
            for row in rows {
                let groups = row.groups.map { "\($0.name) \(String(format: "%.3f", $0.score.sourceAccuracy))" }
                print(
                    row.label,
                    String(
                        format: "F1 %.4f source %.4f (%d/%d)", row.all.f1, row.all.sourceAccuracy,
                        row.all.sourceRight, row.all.matched),
                    "|", groups.joined(separator: ", "))
            }
        }
    }
}
