import Foundation
import GRDB
import Testing

@testable import ParallaxStore

/// `DatabaseJSON` writes any `Encodable` of strings, integers, booleans, arrays and objects as
/// GRDB's encoder does, and refuses what it would write otherwise.
@Suite("Database JSON encoder")
struct DatabaseJSONEncoderTests {
    /// Fields declared out of key order, an explicit null, an empty object and nested arrays.
    struct Unordered: Codable {
        struct Empty: Codable {}
        var zebra = "z/\"\u{1}"
        var apple: [[Int]] = [[1, -2], [], [Int.max]]
        var mango: Bool? = true
        var kiwi: Int8? = nil
        var banana = Empty()
        var cherry: [String: Int] = [:]
        var date = "2026-12-07"

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zebra, forKey: .zebra)
            try container.encode(apple, forKey: .apple)
            try container.encodeIfPresent(mango, forKey: .mango)
            try container.encodeNil(forKey: .kiwi)
            try container.encode(banana, forKey: .banana)
            try container.encode(cherry, forKey: .cherry)
            try container.encode(date, forKey: .date)
        }
    }

    @Test func writesWhatTheEncoderWrites() throws {
        let encoder = BriefRevision.databaseJSONEncoder(for: "story")
        for value in [Unordered(), Unordered(zebra: "", apple: [], mango: nil, date: "")] {
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            #expect(try DatabaseJSON.text(of: value) == expected)
        }
        #expect(
            try DatabaseJSON.text(of: Unordered()).hasPrefix(#"{"apple":[[1,-2],[],[9223372036854775807]],"banana":{}"#)
        )
    }

    /// Values Foundation's encoder writes its own way are refused, not written otherwise.
    @Test func refusesWhatItWouldWriteOtherwise() {
        struct Dated: Encodable { var at = Date(timeIntervalSince1970: 1) }
        struct Scored: Encodable { var score = 0.5 }
        struct Linked: Encodable { var link = URL(string: "https://example.com/a")! }
        struct Bytes: Encodable { var bytes = Data([1, 2]) }
        #expect(throws: EncodingError.self) { try DatabaseJSON.text(of: Dated()) }
        #expect(throws: EncodingError.self) { try DatabaseJSON.text(of: Scored()) }
        #expect(throws: EncodingError.self) { try DatabaseJSON.text(of: Linked()) }
        #expect(throws: EncodingError.self) { try DatabaseJSON.text(of: Bytes()) }
        #expect(throws: Never.self) { try DatabaseJSON.text(of: ["a", "b"]) }
    }
}
