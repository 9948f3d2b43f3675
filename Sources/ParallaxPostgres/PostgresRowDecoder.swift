internal import Foundation
internal import ParallaxStore
internal import PostgresNIO

/// Reads a PostgreSQL row as a `Decodable` store type by column name, as GRDB reads the SQLite
/// store's rows into the same types: so the store types need no initializer for this store.
///
/// A property reads the column of its name in snake case (`mustChangePassword` from
/// `must_change_password`) through PostgresNIO (`PostgresDecodable`: numbers, text, times,
/// arrays), or else as JSON text (`target::text AS target`). A property with no such column
/// (`ActiveSession.account`) is read from the same row, as GRDB reads it: the row is flat. A
/// name stored as text (`StoredName`: a role) that this version does not know throws
/// `UnknownName`, which `decodeIfKnown` reads as no row.
struct PostgresRowDecoder: Decoder {
    let cells: PostgresRandomAccessRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A column holding a name this version does not know (written by a newer version).
    struct UnknownName: Error {
        var column: String
        var name: String
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from row: PostgresRow) throws -> Value {
        try Value(from: PostgresRowDecoder(cells: row.makeRandomAccess()))
    }

    /// The row as `Value`, or nil when one of its names is unknown to this version (as the
    /// SQLite store leaves out an account of an unknown role).
    static func decodeIfKnown<Value: Decodable>(_ type: Value.Type, from row: PostgresRow) throws -> Value? {
        do { return try decode(type, from: row) } catch is UnknownName { return nil }
    }

    /// The column a property reads: its name in snake case.
    static func column(_ key: some CodingKey) -> String {
        var column = ""
        for character in key.stringValue {
            if character.isUppercase {
                column += "_" + character.lowercased()
            } else {
                column.append(character)
            }
        }
        return column
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Columns(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "a row is read by column name"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "a row is read by column name"))
    }

    /// The row's columns by property name. Its generic `decode` serves every type, the
    /// standard library's too (Swift takes a generic method for each of the protocol's).
    struct Columns<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: PostgresRowDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { decoder.cells.compactMap { Key(stringValue: $0.columnName) } }

        func contains(_ key: Key) -> Bool { decoder.cells.contains(PostgresRowDecoder.column(key)) }

        func decodeNil(forKey key: Key) throws -> Bool {
            let column = PostgresRowDecoder.column(key)
            return !decoder.cells.contains(column) || decoder.cells[column].bytes == nil
        }

        func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
            let column = PostgresRowDecoder.column(key)
            guard decoder.cells.contains(column) else {
                var nested = decoder
                nested.codingPath.append(key)
                return try Value(from: nested)
            }
            let cell = decoder.cells[column]
            if let named = Value.self as? any StoredName.Type {
                let name = try cell.decode(String.self)
                guard let value = named.init(rawValue: name) else { throw UnknownName(column: column, name: name) }
                return value as! Value
            }
            guard let decodable = Value.self as? any PostgresDecodable.Type else {
                // Another type is stored as JSON, read as text, as GRDB reads it from SQLite.
                return try StoredJSON.decode(type, from: try cell.decode(String.self))
            }
            return try cell.decode(decodable) as! Value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            KeyedDecodingContainer(PostgresRowDecoder.Columns<NestedKey>(decoder: decoder))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder.unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { decoder }

        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }
}

/// A value stored as its name (`role text`): `PostgresRowDecoder` reads one it does not know
/// as `UnknownName`.
protocol StoredName: RawRepresentable<String> {}

extension AccessRole: StoredName {}
