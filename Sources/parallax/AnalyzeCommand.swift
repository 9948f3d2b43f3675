import ArgumentParser
import Foundation
import Parallax
import ParallaxInputs

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the names, quotations and time expressions in each article.",
        discussion: """
            Writes one JSON line per article, in input order: id, title, outlet, published, language, \
            text, and the annotations entities [{text, start, end, type, name}], quotes [{text, start, \
            end, kind, speaker, speakerStart, speakerEnd, speakerDescription, cue, continues}] and times \
            [{text, start, end, value, precision}]. Offsets count Unicode scalars from the start of \
            `text`, end exclusive. Relative dates are resolved against the article's publication date \
            (a JSONL input's `published`). PATH is read as by `digest`.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var reading: ReadingOptions

    @Option(name: .shortAndLong, help: "Output format: jsonl.")
    var format: Format = .jsonl

    func run() async throws {
        try await reading.run(writing: "the analysis") { documents, progress in
            let articles = StoryPipeline.articles(from: documents)
            return StoryPipeline().analyze(articles, progress: progress).map(AnalysisJSON.line).joined()
        }
    }
}
