import Testing

@testable import ParallaxPostgres

/// The column each property of a store type reads on PostgreSQL (the rows themselves are read
/// by the store suites, against a server).
@Suite("PostgreSQL rows by column name")
struct PostgresRowDecoderTests {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test func propertiesReadTheirNamesInSnakeCase() {
        let columns = [
            "id": "id", "mustChangePassword": "must_change_password", "storyId": "story_id",
            "canonicalURL": "canonical_url", "URLPath": "url_path", "minHash": "min_hash",
        ]
        for (property, column) in columns {
            #expect(PostgresRowDecoder.column(Key(stringValue: property)) == column, "\(property)")
        }
    }
}
