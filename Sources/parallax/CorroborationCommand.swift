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

    @Option(help: "Override the least weighted cosine for two sentences to say the same thing.")
    var sameThreshold: Double?

    @Option(help: "Override the least cosine for `same` when the two happenings differ by the lexicon.")
    var otherHappeningThreshold: Double?

    @Option(help: "Override the least cosine for two sentences of a story to be aligned at all.")
    var candidateThreshold: Double?

    @Option(help: "Override the least cosine for `same` when neither sentence has a happening.")
    var wordsOnlyThreshold: Double?

    @Option(help: "Override the least share of happenings two statements must share for `same`.")
    var happeningAgreement: Double?

    @Option(help: "Override how many words besides names two statements with no happening must share for `same`.")
    var wordsOnlyPredicateWords: Int?

    @Option(help: "Override whether `same` needs the same named participants (true or false).")
    var sameNeedsParticipants: Bool?

    @Option(help: "Override whether `same` needs both statements in one tense (true or false).")
    var sameNeedsOneTense: Bool?

    @Option(help: "Override whether a shared happening naming one participant is about the same thing (true or false).")
    var aboutByParticipants: Bool?

    @Option(help: "Override whether `same` needs the days both statements tell to agree (true or false).")
    var sameNeedsOneDay: Bool?

    @Option(help: "Override whether `same` needs the days of the shared happening to agree (true or false).")
    var sameNeedsOneHappeningDay: Bool?

    @Option(help: "Override whether a place named on both sides is a shared participant (true or false).")
    var participantsIncludePlaces: Bool?

    @Option(
        help:
            "Override whether a happening with no words after it on one side needs shared participants (true or false)."
    )
    var emptyArgumentsNeedParticipants: Bool?

    @Option(help: "Override whether arguments meet through the happening lexicon (true or false).")
    var argumentsByHappening: Bool?

    @Option(help: "Override whether a day whose year is written dates its statement as a year does (true or false).")
    var statedDayYearsTellEvents: Bool?

    @Option(
        help: "Override whether a toll counted on both sides makes a happening about the same thing (true or false).")
    var tollsTellWhatAHappeningIsAbout: Bool?

    @Option(help: "Override whether words describing a named person count as the name (true or false).")
    var titlesAreNames: Bool?

    @Option(help: "Override the least share of a fact's claim a support must repeat (0 to 1).")
    var supportCoverage: Double?

    @Option(
        help: "Override whether a support must state its claim's tolls, magnitudes, distances and sums (true or false)."
    )
    var supportsRepeatTheNumbers: Bool?

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
        var alignment = evaluation.pipeline.configuration.alignment
        if let sameThreshold { alignment.sameThreshold = sameThreshold }
        if let candidateThreshold { alignment.candidateThreshold = candidateThreshold }
        if let wordsOnlyThreshold { alignment.wordsOnlyThreshold = wordsOnlyThreshold }
        if let otherHappeningThreshold { alignment.otherHappeningThreshold = otherHappeningThreshold }
        if let happeningAgreement { alignment.happeningAgreement = happeningAgreement }
        if let wordsOnlyPredicateWords { alignment.wordsOnlyPredicateWords = wordsOnlyPredicateWords }
        if let sameNeedsParticipants { alignment.sameNeedsParticipants = sameNeedsParticipants }
        if let sameNeedsOneTense { alignment.sameNeedsOneTense = sameNeedsOneTense }
        if let titlesAreNames { alignment.titlesAreNames = titlesAreNames }
        if let statedDayYearsTellEvents { alignment.statedDayYearsTellEvents = statedDayYearsTellEvents }
        if let tollsTellWhatAHappeningIsAbout {
            alignment.tollsTellWhatAHappeningIsAbout = tollsTellWhatAHappeningIsAbout
        }
        if let sameNeedsOneDay { alignment.sameNeedsOneDay = sameNeedsOneDay }
        if let aboutByParticipants { alignment.aboutByParticipants = aboutByParticipants }
        if let sameNeedsOneHappeningDay { alignment.sameNeedsOneHappeningDay = sameNeedsOneHappeningDay }
        if let participantsIncludePlaces { alignment.participantsIncludePlaces = participantsIncludePlaces }
        if let emptyArgumentsNeedParticipants {
            alignment.emptyArgumentsNeedParticipants = emptyArgumentsNeedParticipants
        }
        if let argumentsByHappening { alignment.argumentsByHappening = argumentsByHappening }
        if let supportCoverage { alignment.supportCoverage = supportCoverage }
        if let supportsRepeatTheNumbers { alignment.supportsRepeatTheNumbers = supportsRepeatTheNumbers }
        evaluation.pipeline.configuration.alignment = alignment
        for scope in scopes {
            let report = evaluation.run(corpus, scope: scope)
            let lines = report.lines(scope: scope.rawValue, documents: corpus.documents.count, verbose: verbose)
            print(lines.joined(separator: "\n"))
        }
    }
}
