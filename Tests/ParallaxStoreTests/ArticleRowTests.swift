import Foundation
import GRDB
import Testing

@testable import Parallax
@testable import ParallaxStore

/// An article's row written directly is the row GRDB's `Codable` way wrote.
@Suite("Article row")
struct ArticleRowTests {
    @Test func rowIsTheCodableRowAndReadsBack() throws {
        var texts = BriefJSONTests.Texts()
        for _ in 0..<500 {
            let article = Article(
                id: texts.text(upTo: 8), input: texts.text(), url: texts.optional(), outlet: texts.optional(),
                title: texts.optional(), authors: texts.list(), language: texts.optional(upTo: 3),
                originalLanguage: texts.optional(upTo: 3), text: texts.text(upTo: 40), removed: texts.list())
            var record = ArticleRecord(
                article, ingestedAt: Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000))))
            record.number = Bool.random() ? nil : Int64.random(in: 1...1_000_000)
            record.published = texts.optional(upTo: 10)
            record.duplicateOf = texts.optional(upTo: 8)
            record.minHash =
                Bool.random()
                ? nil
                : ArticleRecord.minHash((0..<Int.random(in: 0...4)).map { _ in UInt64.random(in: 0...UInt64.max) })
            let row = try record.databaseDictionary
            #expect(row == (try CodableRow(record: record).databaseDictionary))
            #expect(try ArticleRecord(row: Row(row.mapValues { $0 as (any DatabaseValueConvertible)? })) == record)
        }
    }
}
