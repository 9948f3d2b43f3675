import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

/// `parallax check "CLAIM"`: the stored sentences that support or contradict a statement.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find the stored sentences that support or contradict a claim, with their sources.",
        discussion: """
            Every stored story (or only --story) is read sentence by sentence; each prose sentence is aligned \
            with the claim by the aligner the briefs use. "supports" is a `same` alignment, "contradicts" a \
            `conflict`, with the slot that differs. --format json prints one object: {"claim", "findings": \
            [{"relation", "score", "story", "article", "outlet", "title", "url", "text", "differs"}]}.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "The claim to check.")
    var claim: String

    @Option(help: "Only this story (an id or unambiguous prefix, as `parallax stories` lists it).")
    var story: String?

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Most stories read when no --story is given (newest first).")
    var limit = 500

    func run() async throws {
        let database = try store.open()
        var details: [StoryDetail] = []
        do {
            if let story {
                guard let detail = try database.story(story) else {
                    Diagnostics.error("no story \"\(story)\" in \(store.path) (see `parallax stories`)")
                    throw ExitCode(1)
                }
                details = [detail]
            } else {
                var query = StoryQuery(since: nil, text: nil, order: .newest)
                query.limit = limit
                for record in try database.stories(query) {
                    if let detail = try database.story(record.id) { details.append(detail) }
                }
            }
        } catch let error as StoreError {
            throw storeFailure(error)
        }
        let analyzer = ArticleAnalyzer()
        let checker = ClaimChecker()
        var rows: [[String: Any]] = []
        for detail in details {
            let articles = detail.articles.map { analyzer.analyze($0.article) }
            let byID = Dictionary(detail.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for finding in checker.check(claim, against: articles, analyzer: analyzer) {
                let record = byID[finding.article]
                let differs = finding.alignment.differing.map { "\($0.name): \($0.a) / \($0.b)" }
                rows.append([
                    "relation": finding.alignment.relation == .same ? "supports" : "contradicts",
                    "score": (finding.alignment.score * 1000).rounded() / 1000, "story": detail.story.id,
                    "article": finding.article, "outlet": record?.outlet ?? NSNull(),
                    "title": record?.title ?? NSNull(),
                    "url": record?.url ?? NSNull(), "text": finding.text, "differs": differs,
                ])
            }
        }
        switch format {
        case .json:
            let object: [String: Any] = ["claim": claim, "findings": rows]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case .text:
            for row in rows {
                let source = [row["outlet"] as? String, row["title"] as? String].compactMap { $0 }.joined(
                    separator: ", ")
                let differs = (row["differs"] as? [String] ?? []).joined(separator: "; ")
                print("\(row["relation"]!)  \(row["article"]!) (\(source.isEmpty ? "no outlet" : source))")
                print("    “\(row["text"]!)”" + (differs.isEmpty ? "" : "  [\(differs)]"))
            }
            if rows.isEmpty { Diagnostics.note("no stored sentence supports or contradicts the claim") }
        }
    }
}
