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

    /// A type inside itself, out of key order, with optional fields present in some objects and
    /// not in others, and dictionaries of other keys each: the key order worked out for one
    /// object of a coding-key type holds only for objects of the same keys.
    struct Node: Codable {
        var zulu: String?
        var children: [Node] = []
        var alpha: Int?
        var middle: [String: Int] = [:]
        var beta: Bool?
    }

    static func tree(_ generator: inout some RandomNumberGenerator, depth: Int) -> Node {
        let keys = ["b", "a", "c", "ab", "ba", "d"]
        return Node(
            zulu: Bool.random(using: &generator) ? "z/\(depth)" : nil,
            children: depth == 0
                ? [] : (0..<Int.random(in: 0...3, using: &generator)).map { _ in tree(&generator, depth: depth - 1) },
            alpha: Bool.random(using: &generator) ? depth : nil,
            middle: Dictionary(
                uniqueKeysWithValues: keys.shuffled(using: &generator).prefix(Int.random(in: 0...4, using: &generator))
                    .enumerated().map { ($1, $0) }),
            beta: Bool.random(using: &generator) ? true : nil)
    }

    @Test func objectsOfOneTypeWithOtherKeysAreEachInOrder() throws {
        let encoder = BriefRevision.databaseJSONEncoder(for: "story")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let trees = (0..<3).map { _ in Self.tree(&generator, depth: 3) }
            let expected = String(decoding: try encoder.encode(trees), as: UTF8.self)
            #expect(try DatabaseJSON.text(of: trees) == expected)
        }
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
