import Foundation
import ParallaxInputs
import Testing

@testable import Parallax

@Suite("Reading inputs")
struct InputReaderTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func badInputsAreReportedByNameAndReasonWhileGoodOnesAreRead() throws {
        let good = try write(
            "good.txt", Array("A council voted on Monday to build the tram line across the river.".utf8))
        let empty = try write("empty.txt", [])
        let binary = try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3])
        let invalid = try write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" au lait.".utf8))
        let missing = folder.appendingPathComponent("missing.txt").path
        let jsonl = try write(
            "feed.jsonl",
            Array(
                """
                {"id": "one", "text": "The first article body.", "published": "2026-03-04"}
                {"id": "two", "text": 
                {"id": 3, "text": "A numeric id is read as a string."}
                {"id": "four"}

                """.utf8))
        let result = InputReader().read(paths: [good, empty, binary, invalid, missing, jsonl])

        #expect(result.documents.map(\.input) == [good, "\(jsonl)#1", "\(jsonl)#3"])
        #expect(result.documents[1].id == "one")
        #expect(result.documents[1].published == PublicationDate(year: 2026, month: 3, day: 4))
        #expect(result.documents[2].id == "3")
        let codes = Dictionary(result.errors.map { ($0.input, $0.code) }, uniquingKeysWith: { first, _ in first })
        #expect(codes[empty] == .empty)
        #expect(codes[binary] == .binary)
        #expect(codes[invalid] == .invalidEncoding)
        #expect(codes[missing] == .notFound)
        #expect(codes["\(jsonl)#2"] == .malformedRecord)
        #expect(codes["\(jsonl)#4"] == .malformedRecord)
        for error in result.errors {
            #expect(error.description.hasPrefix(error.input + ": "))
        }
    }

    /// A file long enough to be read on several cores gives its documents and errors in line order.
    @Test func manyLinesKeepTheirOrder() throws {
        var lines: [String] = []
        var documents: [String] = []
        var errors: [String] = []
        for number in 1...300 {
            switch number % 7 {
            case 3: lines.append(#"{"id": "x", "text": "#)
            case 5: lines.append("  ")
            case 6: lines.append(#"{"id": "no-text-\#(number)"}"#)
            default: lines.append(#"{"id": "line-\#(number)", "text": "Body of line \#(number)."}"#)
            }
            if ![3, 5, 6].contains(number % 7) { documents.append("line-\(number)") }
            if [3, 6].contains(number % 7) { errors.append("#\(number)") }
        }
        let path = try write("many.jsonl", Array(lines.joined(separator: "\n").utf8))
        let result = InputReader().read(paths: [path])
        #expect(result.documents.map { $0.id ?? "" } == documents)
        #expect(result.documents.map(\.input) == documents.map { "\(path)#" + $0.dropFirst(5) })
        #expect(result.errors.map(\.input) == errors.map { path + $0 })
    }

    @Test func aFileTooLargeForAnArticleIsRefusedWithoutReadingIt() throws {
        let url = folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let result = InputReader().read(paths: [url.path])
        #expect(result.documents.isEmpty)
        #expect(result.errors.first?.code == .tooLarge)
        #expect(result.errors.first?.reason.contains("50.0 MB") == true)
    }

    @Test func foldersAreReadRecursivelyInAStableOrder() throws {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        _ = try write("b/c/z.txt", Array("Third body line of text here.".utf8))
        _ = try write("b/a.txt", Array("First body line of text here.".utf8))
        _ = try write(".hidden.txt", Array("Never read.".utf8))
        _ = try write("notes.pdf", Array("%PDF".utf8))
        let result = InputReader().read(paths: [folder.path])
        #expect(result.documents.map { URL(fileURLWithPath: $0.input).lastPathComponent } == ["a.txt", "z.txt"])
        #expect(result.errors.isEmpty)
    }

    @Test func byteOrderMarksAreHonoured() throws {
        let utf16 = try write(
            "utf16.txt", [0xFF, 0xFE] + Array("Hafen".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let utf8 = try write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Hafen".utf8))
        let result = InputReader().read(paths: [utf16, utf8])
        #expect(result.documents.map(\.text) == ["Hafen", "Hafen"])
    }

    /// A job queue keeps documents as JSON: every field comes back, the date as written.
    @Test func aDocumentComesBackFromItsJSONAsItWasRead() throws {
        let full = RawDocument(
            input: "feed.jsonl#2", format: .structured, text: "The tram line opens in May.", id: "tram-2",
            title: "Tram line", url: "https://example.com/tram", outlet: "Example Courier",
            published: PublicationDate(iso8601: "2026-03-04T10:15:00"), authors: ["A. Writer", "B. Editor"],
            language: "en")
        let bare = RawDocument(input: "note.txt", format: .plainText, text: "Notes.")
        for document in [full, bare] {
            let json = try JSONEncoder().encode(document)
            #expect(try JSONDecoder().decode(RawDocument.self, from: json) == document)
        }
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(full)) as? [String: Any])
        #expect(object["format"] as? String == "structured")
        #expect(object["published"] as? String == "2026-03-04T10:15:00")
    }

    /// Jobs queued by a build before `format` was written say `"structured": true/false`; a worker
    /// of this build still reads them, and a payload with neither is refused, not guessed.
    @Test func aJobQueuedBeforeTheFormatFieldIsStillRead() throws {
        let legacy = Data(
            #"{"input":"feed.jsonl#1","structured":true,"text":"Body.","authors":[],"published":"2026-03-04T10:15:00"}"#
                .utf8)
        let document = try JSONDecoder().decode(RawDocument.self, from: legacy)
        #expect(document.format == .structured)
        #expect(document.published == PublicationDate(iso8601: "2026-03-04T10:15:00"))
        let plain = Data(#"{"input":"a.txt","structured":false,"text":"Body.","authors":[]}"#.utf8)
        #expect(try JSONDecoder().decode(RawDocument.self, from: plain).format == .plainText)
        let neither = Data(#"{"input":"a.txt","text":"Body."}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RawDocument.self, from: neither) }
    }
}
