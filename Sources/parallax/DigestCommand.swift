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

    @Option(help: "Override the least share of a fact's claim a support must repeat (0 to 1), for measuring.")
    var supportCoverage: Double?

    @Option(
        help: "Override whether a support must state its claim's tolls, magnitudes, distances and sums, for measuring.")
    var supportsRepeatTheNumbers: Bool?

    @Option(
        help:
            "Override the margin by which another sentence of a claim's article may match a support better, for measuring."
    )
    var supportRivalMargin: Double?

    @Option(
        help: "Override whether a support must tell its claim's main happening in its own main clause, for measuring.")
    var supportsTellTheMainHappening: Bool?

    @Option(help: "Override whether a support sharing no happening must share more than names, for measuring.")
    var supportsSayMoreThanNames: Bool?

    @Option(help: "Override whether a support must give the main happening the same slots, for measuring.")
    var supportsAgreeInTheMainHappening: Bool?

    func run() async throws {
        var pipeline = StoryPipeline()
        pipeline.configuration.alignment = try settings.applied(to: pipeline.configuration.alignment)
        if let supportsSayMoreThanNames {
            pipeline.configuration.alignment.supportsSayMoreThanNames = supportsSayMoreThanNames
        }
        if let supportsAgreeInTheMainHappening {
            pipeline.configuration.alignment.supportsAgreeInTheMainHappening = supportsAgreeInTheMainHappening
        }
        if let supportsTellTheMainHappening {
            pipeline.configuration.alignment.supportsTellTheMainHappening = supportsTellTheMainHappening
        }
        if let supportRivalMargin { pipeline.configuration.alignment.supportRivalMargin = supportRivalMargin }
        if let supportCoverage { pipeline.configuration.alignment.supportCoverage = supportCoverage }
        if let supportsRepeatTheNumbers {
            pipeline.configuration.alignment.supportsRepeatTheNumbers = supportsRepeatTheNumbers
        }
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
