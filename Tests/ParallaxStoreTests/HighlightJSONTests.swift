import Foundation
import GRDB
import Testing

@testable import Parallax
@testable import ParallaxStore

/// The highlight columns written directly are the JSON text GRDB's `Codable` way wrote.
@Suite("Highlight JSON")
struct HighlightJSONTests {
    /// Characters JSON escapes and others around them: every ASCII control, quotation marks,
    /// slashes, non-ASCII letters, marks and line separators.
    static let pieces: [String] =
        (0..<0x80).map { String(UnicodeScalar(UInt8($0))) } + [
            "é", "’", "“", "\u{2028}", "\u{2029}", "😀", "e\u{301}", "\u{FEFF}", "\u{85}", "\r\n", "Kyiv", "O'Neil",
        ]

    static func text(_ generator: inout some RandomNumberGenerator, upTo length: Int) -> String {
        (0..<Int.random(in: 0...length, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }

    /// Strings written in runs between escapes (round 11b): long plain runs, escapes first, last
    /// and side by side, and plain text alone, as the encoder writes each.
    @Test func stringsInRunsEqualTheEncodersText() throws {
        let encoder = ArticleAnalysisRecord.databaseJSONEncoder(for: "entities")
        var generator = SystemRandomNumberGenerator()
        let plain = ["Kyiv", "a long run of plain words ", "é", "😀"]
        var escaped = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? plain.randomElement(using: &generator)! : Self.pieces.randomElement(using: &generator)!
            }.joined()
            let written = try DatabaseJSON.text(of: [text])
            #expect(written == String(decoding: try encoder.encode([text]), as: UTF8.self), "\(text.debugDescription)")
            if written.utf8.contains(UInt8(ascii: "\\")) { escaped += 1 }
        }
        #expect(escaped > 100)
        #expect(try DatabaseJSON.text(of: ["a/b\"\n"]) == #"["a\/b\"\n"]"#)
        #expect(try DatabaseJSON.text(of: ["plain"]) == #"["plain"]"#)
    }

    @Test func equalsTheEncodersText() throws {
        let encoder = ArticleAnalysisRecord.databaseJSONEncoder(for: "entities")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let spans = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                ArticleAnalysisRecord.Span(
                    start: Int.random(in: -5...200_000, using: &generator),
                    end: Int.random(in: 0...Int.max, using: &generator),
                    kind: Self.text(&generator, upTo: 6),
                    label: Bool.random(using: &generator) ? nil : Self.text(&generator, upTo: 12))
            }
            let expected = String(decoding: try encoder.encode(spans), as: UTF8.self)
            #expect(ArticleAnalysisRecord.json(spans) == expected)
            #expect(try DatabaseJSON.text(of: spans) == expected)
        }
    }

    @Test func rowReadsBackAsWritten() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.create(table: "articleAnalysis") { table in
                table.column("articleId", .text).primaryKey()
                table.column("entities", .text)
                table.column("quotes", .text)
            }
            let record = ArticleAnalysisRecord(
                articleId: "a-1",
                entities: [.init(start: 0, end: 5, kind: "person", label: "Ana \"Ana\" Díaz/Ruiz")],
                quotes: [.init(start: 10, end: 40, kind: "direct", label: nil)])
            try record.insert(db)
            #expect(try ArticleAnalysisRecord.fetchOne(db, key: "a-1") == record)
            let quotes = try String.fetchOne(db, sql: "SELECT quotes FROM articleAnalysis")
            #expect(quotes == #"[{"end":40,"kind":"direct","start":10}]"#)
        }
    }
}
