import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

struct BriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Print the brief of one stored story.",
        discussion: "STORY is a story id as `parallax stories` lists it, or an unambiguous prefix of one.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown, html
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "The story id.")
    var story: String

    @Option(name: .shortAndLong, help: "Output format: json (the digest format), markdown or html.")
    var format: Format = .markdown

    func run() async throws {
        let database = try store.openStore()
        var detail: StoryDetail?
        do {
            detail = try database.story(story)
            // An ingest stopped before its briefs were written leaves them stale: remake them.
            if let found = detail, !found.isBriefCurrent {
                try Ingestor(store: database).refreshBriefs()
                detail = try database.story(found.story.id)
            }
        } catch {
            throw storeFailure(error)
        }
        guard let digest = detail?.digest else {
            Diagnostics.error("no story \"\(story)\" in \(database.location) (see `parallax stories`)")
            throw ExitCode(1)
        }
        switch format {
        case .json: print(DigestJSON.render(digest), terminator: "")
        case .markdown: print(MarkdownRenderer.render(digest), terminator: "")
        case .html: print(HTMLRenderer.render(digest), terminator: "")
        }
    }
}
