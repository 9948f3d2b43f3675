import ArgumentParser
import Foundation
import Parallax
import ParallaxInputs
import ParallaxWeb

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract articles and their metadata from web pages and feeds (and clean saved text articles).",
        discussion: """
            Writes one JSON object per page, feed item or text article, line by line: input, url, title, \
            published, authors, outlet, language, text. Inputs that cannot be read are reported on standard error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Argument(help: "Files, folders or http(s) URLs to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: jsonl.")
    var format: Format = .jsonl

    func run() async throws {
        let result = try await CommandIO.read(paths)
        let builder = ArticleBuilder()
        var output = ""
        for document in result.documents {
            let article = builder.article(from: document)
            let record: JSONValue = .object([
                ("input", .string(article.input)),
                ("url", article.url.map(JSONValue.string) ?? .null),
                ("title", article.title.map(JSONValue.string) ?? .null),
                ("published", article.published.map { .string($0.iso8601) } ?? .null),
                ("authors", .array(article.authors.map(JSONValue.string))),
                ("outlet", article.outlet.map(JSONValue.string) ?? .null),
                ("language", article.language.map(JSONValue.string) ?? .null),
                ("text", .string(article.text)),
            ])
            output += record.compactSerialized() + "\n"
            if output.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
