import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stored stories, newest first.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum Order: String, ExpressibleByArgument, CaseIterable {
        case newest, biggest
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "Only stories with an article published on or after this date (ISO 8601, e.g. 2026-01-07).")
    var since: String?

    @Option(help: "Only stories with an article matching these words (any inflection).")
    var query: String?

    @Option(help: "Order: newest or biggest.")
    var order: Order = .newest

    @Option(help: "Most stories to list.")
    var limit = 50

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if let since, PublicationDate(iso8601: since) == nil {
            throw ValidationError("--since: \"\(since)\" is not an ISO 8601 date such as 2026-01-07")
        }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() async throws {
        let database = try store.openStoreForReading()
        var storyQuery = StoryQuery(since: since, text: query, order: order == .newest ? .newest : .biggest)
        storyQuery.limit = limit
        let stories: [StoryRecord]
        do {
            stories = try database.stories(storyQuery)
        } catch {
            throw storeFailure(error)
        }
        switch format {
        case .json:
            print(StoreJSON.storyList(stories).serialized())
        case .text:
            for story in stories {
                let date = story.lastPublished.map { String($0.prefix(10)) } ?? "undated   "
                print(
                    "\(story.id)  \(date)  \(story.articleCount) articles, \(story.outletCount) outlets  \(story.headline)"
                )
            }
            if stories.isEmpty { Diagnostics.note("no stories match") }
        }
    }
}
