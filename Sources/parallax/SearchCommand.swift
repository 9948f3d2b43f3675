import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find stored articles by words, in any inflection (\"elections\" finds \"election\").")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "Words that must all occur.")
    var query: [String]

    @Option(help: "Most articles to list.")
    var limit = 20

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        let database = try store.openStoreForReading()
        let hits: [SearchHit]
        do {
            hits = try await database.search(query.joined(separator: " "), limit: limit)
        } catch {
            throw storeFailure(error)
        }
        switch format {
        case .json:
            print(StoreJSON.searchResults(hits).serialized())
        case .text:
            for hit in hits {
                let outlet = hit.article.outlet ?? "unknown outlet"
                print("\(hit.article.id)  story \(hit.storyID ?? "-")  \(outlet): \(hit.article.title ?? "untitled")")
                print("    \(hit.excerpt)")
            }
            if hits.isEmpty { Diagnostics.note("no articles match") }
        }
    }
}
