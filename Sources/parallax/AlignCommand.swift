import ArgumentParser
import Foundation
import Parallax
import ParallaxInputs

/// `parallax align PAIRS.jsonl`: how two statements relate, by the aligner every brief uses.
struct AlignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract:
            "Align pairs of statements: same, conflict, update, related or unrelated, with the slots that decided.",
        discussion: """
            PAIRS is JSON Lines, one pair a line: {"a": "...", "b": "...", "published_a": "2026-01-03", \
            "published_b": "2026-01-04"} (dates optional, ISO 8601; they tell an update from a conflict). \
            Each pair gives one output line: {"relation": "same|conflict|update|related|unrelated", \
            "score": 0.41, "slots": [{"slot": "quantity:dead", "verdict": "differ", "a": "12", "b": "250"}, ...]}. \
            "-" reads standard input.
            """)

    @Argument(help: "The pairs (JSON Lines), or - for standard input.")
    var pairs: String

    @Option(
        parsing: .upToNextOption,
        help: "Articles (files or folders, as digest reads them) whose sentences weight the words, as a story's do.")
    var context: [String] = []

    func run() async throws {
        let data: Data
        if pairs == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: pairs) else {
                Diagnostics.error("\(pairs): cannot read the file")
                throw ExitCode(2)
            }
            data = read
        }
        let analyzer = ArticleAnalyzer()
        let checker = ClaimChecker()
        let read = InputReader().read(paths: context)
        let articles = StoryPipeline.articles(from: read.documents).map { analyzer.analyze($0) }
        var failures = 0
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let a = object["a"] as? String, let b = object["b"] as? String
            else {
                Diagnostics.error("\(pairs)#\(number + 1): expected a JSON object with \"a\" and \"b\"")
                failures += 1
                continue
            }
            let alignment = checker.align(
                a, b, publishedA: (object["published_a"] as? String).flatMap(PublicationDate.init(iso8601:)),
                publishedB: (object["published_b"] as? String).flatMap(PublicationDate.init(iso8601:)),
                context: articles, analyzer: analyzer)
            print(try Self.line(alignment))
        }
        if failures > 0 { throw ExitCode(2) }
    }

    /// One output line: relation, score (three decimals) and every slot compared.
    static func line(_ alignment: Alignment) throws -> String {
        let object: [String: Any] = [
            "relation": alignment.relation.rawValue,
            "score": (alignment.score * 1000).rounded() / 1000,
            "slots": alignment.slots.map { ["slot": $0.name, "verdict": $0.verdict.rawValue, "a": $0.a, "b": $0.b] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
