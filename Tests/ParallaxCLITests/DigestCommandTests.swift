import Foundation
import ParallaxTestSupport
import Testing

/// Runs the real `parallax` binary, as a user would.
@Suite("parallax digest, end to end")
struct DigestCommandTests {
    @Test func bundledSampleMatchesTheGoldenBrief() async throws {
        let run = try await ParallaxBinary.run(["digest", "Samples/news", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        let golden = Repository.root.appendingPathComponent("Tests/ParallaxCLITests/Snapshots/sample-digest.md")
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] != nil {
            try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(run.stdout == expected, "brief differs from the golden file; UPDATE_SNAPSHOTS=1 swift test rewrites it")
    }

    /// `--setting NAME=VALUE` varies the synthesis for measuring (docs/claims.md); a name the
    /// configuration does not have is refused with the names it has.
    @Test func settingsVaryTheBriefAndUnknownOnesAreRefused() async throws {
        let base = try await ParallaxBinary.run(["digest", "Samples/news", "--format", "json"])
        let varied = try await ParallaxBinary.run([
            "digest", "Samples/news", "--format", "json", "--setting", "summaryRelevanceWeight=0.7",
        ])
        #expect(varied.status == 0, "\(varied.stderr)")
        #expect(varied.stdout == base.stdout)
        let unknown = try await ParallaxBinary.run(["digest", "Samples/news", "--setting", "summaryLength=3"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("unknown setting summaryLength"))
        #expect(unknown.stderr.contains("summaryRestatementCoverage"))
    }

    @Test func jsonOutputGoesToAFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).json")
        let run = try await ParallaxBinary.run(["digest", "Samples/news", "--format", "json", "--output", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect(object?["format"] as? String == "parallax.digest/1")
        #expect((object?["stories"] as? [Any])?.count ?? 0 >= 2)
    }

    @Test func badInputsAreNamedAndTheRestIsProcessed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let good = folder.appendingPathComponent("good.jsonl")
        try Data(
            #"{"id":"x1","text":"The council approved the eastern tram line on Monday after a long debate."}"#.utf8
        ).write(to: good)
        let missing = folder.appendingPathComponent("missing.txt").path

        let mixed = try await ParallaxBinary.run(["digest", empty.path, missing, good.path, "--format", "json"])
        #expect(mixed.status == 0)
        #expect(mixed.stderr.contains("\(empty.path): empty file"))
        #expect(mixed.stderr.contains("\(missing): no such file or folder"))
        #expect(mixed.stdout.contains("\"x1\""))

        let nothing = try await ParallaxBinary.run(["digest", empty.path, missing])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("nothing could be read"))
    }

    @Test func unknownFormatIsAUsageError() async throws {
        let run = try await ParallaxBinary.run(["digest", "Samples/news", "--format", "pdf"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("pdf"))
    }
}

@Suite("parallax analyze, end to end")
struct AnalyzeCommandTests {
    @Test func linesCarryAnnotationsWithScalarOffsets() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jsonl")
        let text =
            "Café owners in Tessel – “the old town” – met Mayor Ilse Brandt on Monday. "
            + "“We need the bridge open before the summer,” said Jonas Weber, who runs the Blue Anchor. "
            + "Three days later the council voted."
        let record: [String: Any] = ["id": "cafe", "text": text, "published": "2026-03-04"]
        try JSONSerialization.data(withJSONObject: record).write(to: input)
        let run = try await ParallaxBinary.run(["analyze", input.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let first = try #require(lines.first)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(line["id"] as? String == "cafe")
        let lineText = try #require(line["text"] as? String)
        let scalars = Array(lineText.unicodeScalars)
        func slice(_ item: [String: Any], _ start: String = "start", _ end: String = "end") -> String? {
            guard let from = item[start] as? Int, let to = item[end] as? Int, from <= to, to <= scalars.count else {
                return nil
            }
            return String(String.UnicodeScalarView(scalars[from..<to]))
        }
        let quotes = try #require(line["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first { $0["kind"] as? String == "direct" })
        #expect(slice(quote) == quote["text"] as? String)
        #expect(quote["text"] as? String == "We need the bridge open before the summer,")
        #expect(quote["speaker"] as? String == "Jonas Weber")
        #expect(slice(quote, "speakerStart", "speakerEnd") == "Jonas Weber")
        let entities = try #require(line["entities"] as? [[String: Any]])
        #expect(entities.allSatisfy { slice($0) == $0["text"] as? String })
        #expect(entities.contains { $0["name"] as? String == "Ilse Brandt" && $0["type"] as? String == "person" })
        let times = try #require(line["times"] as? [[String: Any]])
        #expect(times.allSatisfy { slice($0) == $0["text"] as? String })
        #expect(times.contains { $0["text"] as? String == "Monday" && $0["value"] as? String == "2026-03-02" })
        #expect(
            times.contains { $0["text"] as? String == "Three days later" && $0["value"] as? String == "2026-03-05" })
    }

    @Test func nothingReadableIsAnError() async throws {
        let run = try await ParallaxBinary.run(["analyze", "/nonexistent/parallax-input"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/parallax-input"))
    }
}
