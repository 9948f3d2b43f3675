import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxInputs

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Read articles, group them into stories and write one cited brief per story.",
        discussion: """
            PATH is a file or a folder (read recursively): .txt articles as saved from the web, \
            .jsonl with one article per line (id, text; optional title, url, outlet, published, \
            authors), .html pages (main content extracted). Inputs that cannot be read are reported on standard error and \
            skipped; the exit code is non-zero only when no input could be processed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, html
    }

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var settings: SettingOptions<AlignmentConfiguration>

    @Option(name: .shortAndLong, help: "Output format: json, markdown or html.")
    var format: Format = .markdown

    func run() async throws {
        var pipeline = StoryPipeline()
        pipeline.configuration.alignment = try settings.applied(to: pipeline.configuration.alignment)
        try await reading.run(writing: "the brief") { [pipeline] documents, progress in
            let digest = pipeline.run(documents, progress: progress)
            switch format {
            case .json: return DigestJSON.render(digest)
            case .markdown: return MarkdownRenderer.render(digest)
            case .html: return HTMLRenderer.render(digest)
            }
        }
    }
}
