import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

/// `parallax eval corroboration`: facts scored against ECB+ cross-document event coreference.
struct CorroborationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroboration",
        abstract: "Facts' (claim, support) pairs against ECB+ event coreference (development topics by default).",
        discussion: """
            FILE is the corroboration gold (JSON Lines, gzip-compressed when it ends in .gz). The documents are \
            digested all at once (scope whole) and each gold event alone (scope event). For each fact, the claim \
            is the support whose text is the fact's; every support from another article makes a (claim, support) \
            pair. Both sentences are located in their gold documents (verbatim, then ignoring whitespace runs, \
            then ignoring all but letters and digits); only mentions in annotated sentences count. A pair \
            corroborates when the two sides share an action instance, is related when they share only a \
            participant, time or place, unrelated otherwise, and unjudgeable when a side lies in no annotated \
            sentence. Precision = corroborate / judgeable. Recall: of the gold pairs (annotated sentences of \
            different documents of one gold event or one story sharing an action instance), the share asserted as \
            a corroborating (claim, support) pair and the share found inside one fact; sentence recall over \
            annotated sentences with a gold partner; instance recall over action instances shared by 2+ documents. \
            The README of the gold folder says why this is lenient.
            """)

    @Argument(help: "The corroboration gold (JSON Lines, optionally gzip-compressed).")
    var file: String = "../shared/eval/corroboration/ecbplus-dev.jsonl.gz"

    @Option(help: "whole, event, or both.")
    var scope: String = "both"

    @Option(
        help: "Only these topics (comma-separated numbers); e.g. the working or blind part of scripts/claims-split.py.")
    var topics: String?

    @Option(
        parsing: .upToNextOption,
        help:
            "Score these digests (parallax digest --format json of the gold documents) instead of running the pipeline."
    )
    var digests: [String] = []

    @OptionGroup var alignmentSettings: SettingOptions<AlignmentConfiguration>

    @Flag(help: "Print every pair judged related or unrelated, and per-topic precision.")
    var verbose = false

    func run() async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            print("skipped: \(file) is absent (the corroboration gold lives in ../shared/eval/corroboration)")
            return
        }
        let selected = topics.map {
            Set($0.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        }
        let corpus = try CorroborationCorpus(jsonLines: EvaluationData.contents(of: file), name: file).restricted(
            to: selected)
        if !digests.isEmpty {
            struct DigestFile: Decodable { var stories: [Brief] }
            var stories: [Brief] = []
            for path in digests {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                stories += try JSONDecoder().decode(DigestFile.self, from: data).stories
            }
            let report = CorroborationEvaluation().score(stories: stories, corpus: corpus)
            let lines = report.lines(scope: "given digests", documents: corpus.documents.count, verbose: verbose)
            print(lines.joined(separator: "\n"))
            return
        }
        let scopes: [CorroborationEvaluation.Scope] =
            scope == "both" ? [.whole, .event] : [CorroborationEvaluation.Scope(rawValue: scope)].compactMap { $0 }
        guard !scopes.isEmpty else { throw ValidationError("--scope is whole, event or both") }
        var evaluation = CorroborationEvaluation()
        evaluation.pipeline.configuration.alignment = try alignmentSettings.applied(
            to: evaluation.pipeline.configuration.alignment)
        for scope in scopes {
            let report = evaluation.run(corpus, scope: scope)
            let lines = report.lines(scope: scope.rawValue, documents: corpus.documents.count, verbose: verbose)
            print(lines.joined(separator: "\n"))
        }
    }
}
