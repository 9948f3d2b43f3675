import Foundation
import ParallaxTestSupport
import Testing

@Suite("The digest schema and its validator")
struct JSONSchemaValidatorTests {
    static let schemaURL = Repository.url("Schemas/digest.schema.json")

    /// A small digest that follows the format: one story over two articles.
    static let sample = #"""
        {
          "format": "parallax.digest/1",
          "articles": [
            {
              "id": "a1", "input": "news/dw.txt", "url": "https://www.dw.com/en/a-1",
              "outlet": "Deutsche Welle", "title": "Talks resume in Geneva",
              "published": "2026-01-15T18:18:00", "authors": ["Anna Weber"], "language": "en",
              "text": "Talks resumed on Monday.\n\n\"We are ready,\" the minister said.",
              "removed": ["Share this article"]
            },
            {
              "id": "a2", "input": "feed.jsonl#2", "url": null, "outlet": null, "title": null,
              "published": null, "authors": [], "language": null,
              "text": "Negotiators met again on Monday, officials said.", "removed": []
            }
          ],
          "stories": [
            {
              "id": "s1",
              "headline": "Talks resume in Geneva",
              "articleIds": ["a1", "a2"],
              "summary": [
                { "text": "Talks resumed in Geneva on Monday.", "sources": ["a1", "a2"] }
              ],
              "facts": [
                {
                  "text": "Talks resumed on Monday.",
                  "sources": ["a1", "a2"],
                  "support": [
                    { "article": "a1", "text": "Talks resumed on Monday." },
                    { "article": "a2", "text": "Negotiators met again on Monday, officials said." }
                  ]
                }
              ],
              "quotes": [
                {
                  "text": "We are ready,", "speaker": "Maria Lopez",
                  "speakerDescription": "foreign minister", "kind": "direct", "article": "a1"
                },
                {
                  "text": "negotiators met again", "speaker": null,
                  "speakerDescription": "officials", "kind": "indirect", "article": "a2"
                }
              ],
              "timeline": [
                { "date": "2024", "precision": "year", "text": "First round.", "sources": ["a1"] },
                {
                  "date": "2025-summer", "precision": "season", "text": "Talks stall.",
                  "sources": ["a2"]
                },
                {
                  "date": "2025-05", "precision": "month", "text": "Envoys named.",
                  "sources": ["a1"]
                },
                {
                  "date": "2026-01-03", "precision": "day", "text": "Talks resume.",
                  "sources": ["a1", "a2"]
                }
              ],
              "entities": [
                {
                  "name": "Maria Lopez", "type": "person", "aliases": ["Lopez"], "mentions": 2,
                  "articles": ["a1"]
                },
                {
                  "name": "Geneva", "type": "place", "aliases": [], "mentions": 1,
                  "articles": ["a1", "a2"]
                }
              ],
              "discrepancies": [
                {
                  "about": "the day the talks resumed",
                  "claims": [
                    { "text": "Talks resumed on Monday.", "article": "a1", "value": "Monday" },
                    { "text": "Talks resumed this week.", "article": "a2", "value": null }
                  ]
                }
              ],
              "perspectives": [
                {
                  "article": "a1", "outlet": "Deutsche Welle",
                  "angle": "\"We are ready,\" the minister said.",
                  "distinctive": ["minister", "ready"]
                },
                {
                  "article": "a2", "outlet": null, "angle": "Officials said so.",
                  "distinctive": []
                }
              ]
            }
          ]
        }
        """#

    let validator: JSONSchemaValidator

    init() throws {
        validator = try JSONSchemaValidator(schemaData: Data(contentsOf: Self.schemaURL))
    }

    // MARK: Valid documents

    @Test func acceptsTheSample() throws {
        let violations = try validator.validate(Data(Self.sample.utf8))
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test(arguments: [
        "2026", "2026-01", "2026-01-07", "2026-01-15T18:18", "2026-01-15T18:18:00",
        "2026-01-15T18:18:00Z", "2026-01-15T18:18:00+01:00",
    ])
    func acceptsPublishedAtEveryPrecision(published: String) throws {
        let violations = try violations(setting: "/articles/0/published", to: "\"\(published)\"")
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test(arguments: [
        ("2026-01-03", "day"), ("2025-05", "month"), ("2025-summer", "season"),
        ("2025-fall", "season"), ("2024", "year"),
    ])
    func acceptsEventDatesAtTheirPrecision(date: String, precision: String) throws {
        let event =
            #"{"date": "\#(date)", "precision": "\#(precision)", "text": "x", "sources": ["a1"]}"#
        let violations = try violations(setting: "/stories/0/timeline/0", to: event)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func acceptsAddedFieldsAndIntegralNumbers() throws {
        #expect(try violations(setting: "/articles/0/originalLanguage", to: "null").isEmpty)
        #expect(try violations(setting: "/stories/0/entities/0/extra", to: "[1, true]").isEmpty)
        #expect(try violations(setting: "/stories/0/entities/0/mentions", to: "2.0").isEmpty)
    }

    // MARK: Invalid documents

    /// A change to the sample and the violation it must cause.
    struct Breakage: Sendable, CustomTestStringConvertible {
        var pointer: String
        /// The new value as JSON; nil removes the member.
        var json: String?
        /// The start of the expected violation.
        var expected: String

        var testDescription: String { "\(pointer) = \(json ?? "(removed)")" }
    }

    static let breakages: [Breakage] = [
        // A missing required field, nullable or not.
        Breakage(
            pointer: "/articles/0/title", json: nil,
            expected: #"/articles/0: missing required property "title""#),
        Breakage(
            pointer: "/format", json: nil, expected: #"/: missing required property "format""#),
        // Wrong types.
        Breakage(
            pointer: "/articles/0/authors", json: #""Anna Weber""#,
            expected: "/articles/0/authors: expected array, got string"),
        Breakage(
            pointer: "/articles/0/text", json: "null",
            expected: "/articles/0/text: expected string, got null"),
        Breakage(
            pointer: "/format", json: #""parallax.digest/2""#,
            expected: #"/format: expected "parallax.digest/1", got "parallax.digest/2""#),
        // Bad enum values.
        Breakage(
            pointer: "/stories/0/quotes/0/kind", json: #""paraphrase""#,
            expected: #"/stories/0/quotes/0/kind: "paraphrase" is not one of "direct", "indirect""#
        ),
        Breakage(
            pointer: "/stories/0/entities/0/type", json: #""Person""#,
            expected: #"/stories/0/entities/0/type: "Person" is not one of"#),
        // Bad dates.
        Breakage(
            pointer: "/stories/0/timeline/3/date", json: #""last May""#,
            expected: #"/stories/0/timeline/3/date: "last May" does not match"#),
        Breakage(
            pointer: "/stories/0/timeline/3/date", json: #""2026-13-01""#,
            expected: #"/stories/0/timeline/3/date: "2026-13-01" does not match"#),
        Breakage(
            pointer: "/stories/0/timeline/3/date", json: #""2026-01""#,
            expected: "/stories/0/timeline/3: matches no anyOf alternative"),
        Breakage(
            pointer: "/articles/0/published", json: #""15 Jan 2026""#,
            expected: #"/articles/0/published: "15 Jan 2026" does not match"#),
        Breakage(
            pointer: "/articles/0/published", json: #""2026-01-15 18:18""#,
            expected: #"/articles/0/published: "2026-01-15 18:18" does not match"#),
        // Integers.
        Breakage(
            pointer: "/stories/0/entities/0/mentions", json: #""3""#,
            expected: "/stories/0/entities/0/mentions: expected integer, got string"),
        Breakage(
            pointer: "/stories/0/entities/0/mentions", json: "1.5",
            expected: "/stories/0/entities/0/mentions: expected integer, got number"),
        Breakage(
            pointer: "/stories/0/entities/0/mentions", json: "true",
            expected: "/stories/0/entities/0/mentions: expected integer, got boolean"),
        Breakage(
            pointer: "/stories/0/entities/0/mentions", json: "0",
            expected: "/stories/0/entities/0/mentions: 0 is less than the minimum 1"),
        // Booleans where strings belong.
        Breakage(
            pointer: "/stories/0/headline", json: "true",
            expected: "/stories/0/headline: expected string, got boolean"),
        Breakage(
            pointer: "/articles/0/url", json: "false",
            expected: "/articles/0/url: expected string or null, got boolean"),
        // Empty or too short lists.
        Breakage(
            pointer: "/stories/0/summary/0/sources", json: "[]",
            expected: "/stories/0/summary/0/sources: has 0 item(s), minItems is 1"),
        Breakage(
            pointer: "/stories/0/facts/0/sources", json: "[]",
            expected: "/stories/0/facts/0/sources: has 0 item(s), minItems is 1"),
        Breakage(
            pointer: "/stories/0/facts/0/support", json: "[]",
            expected: "/stories/0/facts/0/support: has 0 item(s), minItems is 1"),
        Breakage(
            pointer: "/stories/0/articleIds", json: "[]",
            expected: "/stories/0/articleIds: has 0 item(s), minItems is 1"),
        Breakage(
            pointer: "/stories/0/discrepancies/0/claims/1", json: nil,
            expected: "/stories/0/discrepancies/0/claims: has 1 item(s), minItems is 2"),
        Breakage(
            pointer: "/stories/0/facts/0/sources", json: #"["a1", "a1"]"#,
            expected: "/stories/0/facts/0/sources: items 0 and 1 are equal"),
    ]

    @Test(arguments: breakages)
    func rejects(_ breakage: Breakage) throws {
        let violations = try violations(setting: breakage.pointer, to: breakage.json)
        #expect(violations.contains { $0.hasPrefix(breakage.expected) }, "\(violations)")
    }

    // MARK: The validator itself

    @Test func keepsBooleansApartFromNumbers() throws {
        let integer = try JSONSchemaValidator(schemaData: Data(#"{"type": "integer"}"#.utf8))
        #expect(try integer.validate(Data("1".utf8)).isEmpty)
        #expect(try integer.validate(Data("1.0".utf8)).isEmpty)
        #expect(try integer.validate(Data("true".utf8)) == ["/: expected integer, got boolean"])
        let boolean = try JSONSchemaValidator(schemaData: Data(#"{"type": "boolean"}"#.utf8))
        #expect(try boolean.validate(Data("false".utf8)).isEmpty)
        #expect(try boolean.validate(Data("0".utf8)) == ["/: expected boolean, got integer"])
    }

    @Test func refusesSchemasItCannotHonour() {
        let unsupported = #"{"type": "object", "maxProperties": 3}"#
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try JSONSchemaValidator(schemaData: Data(unsupported.utf8))
        }
        let dangling = ##"{"items": {"$ref": "#/$defs/Missing"}}"##
        #expect(throws: JSONSchemaValidator.SchemaError.self) {
            try JSONSchemaValidator(schemaData: Data(dangling.utf8))
        }
    }

    @Test func escapesPropertyNamesInPaths() throws {
        let schema = #"{"properties": {"a/b~c": {"type": "string"}}}"#
        let validator = try JSONSchemaValidator(schemaData: Data(schema.utf8))
        let violations = try validator.validate(Data(#"{"a/b~c": 1}"#.utf8))
        #expect(violations == ["/a~1b~0c: expected string, got integer"])
    }

    // MARK: Helpers

    /// Validates the sample after setting the value at `pointer` to `json`, or removing it.
    private func violations(setting pointer: String, to json: String?) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(Self.sample.utf8))
        let value = try json.map {
            try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed)
        }
        let tokens = pointer.split(separator: "/").map(String.init)
        let changed = try Self.setting(tokens[...], in: document, to: value)
        return try validator.validate(JSONSerialization.data(withJSONObject: changed))
    }

    /// `node` with the value at the path `tokens` set to `value`, or removed when it is nil.
    private static func setting(_ tokens: ArraySlice<String>, in node: Any, to value: Any?) throws
        -> Any
    {
        let token = try #require(tokens.first)
        let rest = tokens.dropFirst()
        if var object = node as? [String: Any] {
            object[token] =
                try rest.isEmpty ? value : setting(rest, in: object[token] as Any, to: value)
            return object
        }
        var array = try #require(node as? [Any])
        let index = try #require(Int(token))
        if !rest.isEmpty {
            array[index] = try setting(rest, in: array[index], to: value)
        } else if let value {
            array[index] = value
        } else {
            array.remove(at: index)
        }
        return array
    }
}
