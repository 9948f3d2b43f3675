import Foundation
import GRDB
import Testing

@testable import Parallax
@testable import ParallaxStore

/// A record encoded by GRDB's default `Codable` way (its synthesized `encode(to:)`): the longer way
/// that a row written directly (`DatabaseJSON`) replaced.
struct CodableRow<Record: Encodable>: Encodable, EncodableRecord {
    static var databaseTableName: String { "codableRow" }
    var record: Record

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }
}

/// A brief's row written directly (`DatabaseJSON`) is the row GRDB's `Codable` way wrote.
@Suite("Brief JSON")
struct BriefJSONTests {
    struct Texts {
        var generator = SystemRandomNumberGenerator()

        mutating func text(upTo length: Int = 12) -> String {
            HighlightJSONTests.text(&generator, upTo: length)
        }

        mutating func optional(upTo length: Int = 12) -> String? {
            Bool.random(using: &generator) ? nil : text(upTo: length)
        }

        mutating func list(upTo count: Int = 3) -> [String] {
            (0..<Int.random(in: 0...count, using: &generator)).map { _ in text(upTo: 6) }
        }

        mutating func many<T>(upTo count: Int = 3, _ make: (inout Texts) -> T) -> [T] {
            (0..<Int.random(in: 0...count, using: &generator)).map { _ in make(&self) }
        }
    }

    static func randomBrief(_ texts: inout Texts) -> Brief {
        let claims = { (texts: inout Texts) in
            Discrepancy(
                about: texts.text(),
                claims: texts.many {
                    Discrepancy.Claim(text: $0.text(), article: $0.text(upTo: 4), value: $0.optional())
                })
        }
        return Brief(
            id: texts.text(upTo: 8), headline: texts.text(upTo: 30), articleIDs: texts.list(),
            summary: texts.many {
                CitedSentence(text: $0.text(), sources: $0.list(), dated: $0.optional(), note: $0.optional())
            },
            facts: texts.many {
                var fact = Fact(
                    text: $0.text(), sources: $0.list(),
                    support: $0.many { Support(article: $0.text(upTo: 4), text: $0.text()) },
                    copies: Bool.random() ? nil : $0.list())
                fact.dated = $0.optional()
                fact.partial = Bool.random() ? nil : $0.many { Support(article: $0.text(upTo: 4), text: $0.text()) }
                return fact
            },
            quotes: texts.many {
                Quote(
                    text: $0.text(), speaker: $0.optional(), speakerDescription: $0.optional(),
                    kind: Bool.random() ? .direct : .indirect, article: $0.text(upTo: 4))
            },
            timeline: texts.many {
                TimelineEvent(date: $0.text(upTo: 10), precision: .season, text: $0.text(), sources: $0.list())
            },
            entities: texts.many {
                StoryEntity(
                    name: $0.text(), type: [.person, .organization, .place, .other].randomElement()!,
                    aliases: $0.list(), mentions: Int.random(in: -3...100_000), articles: $0.list())
            },
            discrepancies: texts.many(claims),
            perspectives: texts.many {
                Perspective(article: $0.text(upTo: 4), outlet: $0.optional(), angle: $0.text(), distinctive: $0.list())
            },
            updates: Bool.random() ? nil : texts.many(claims))
    }

    @Test func equalsTheEncodersText() throws {
        let encoder = BriefRevision.databaseJSONEncoder(for: "story")
        var texts = Texts()
        for _ in 0..<1500 {
            let brief = Self.randomBrief(&texts)
            let expected = String(decoding: try encoder.encode(brief), as: UTF8.self)
            #expect(try DatabaseJSON.text(of: brief) == expected)
        }
    }

    @Test func rowIsTheCodableRowAndReadsBack() throws {
        var texts = Texts()
        for _ in 0..<200 {
            let revision = BriefRevision(
                storyID: texts.text(upTo: 8), revision: Int.random(in: 0...1000), story: Self.randomBrief(&texts),
                synthesizedAt: Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000_000)) / 1000))
            let row = try revision.databaseDictionary
            #expect(row == (try CodableRow(record: revision).databaseDictionary))
            let read = try BriefRevision(row: Row(row.mapValues { $0 as (any DatabaseValueConvertible)? }))
            #expect(read.story == revision.story && read.storyID == revision.storyID)
        }
    }
}
