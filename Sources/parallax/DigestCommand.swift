import ArgumentParser
import Foundation
import Parallax
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

    @Argument(help: "Files, folders or http(s) URLs to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: json, markdown or html.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: "Write the brief to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Never show progress, even on a terminal.")
    var quiet = false

    func run() async throws {
        let progress = ProgressReporter(enabled: !quiet)
        let result = try await CommandIO.read(paths)
        let digest = StoryPipeline().run(result.documents, progress: progress.report)
        progress.finish()
        let rendered: String
        switch format {
        case .json: rendered = DigestJSON.render(digest)
        case .markdown: rendered = MarkdownRenderer.render(digest)
        case .html: rendered = HTMLRenderer.render(digest)
        }
        try CommandIO.write(rendered, to: output, what: "the brief")
        CommandIO.noteSkipped(result)
    }
}
