internal import Foundation
internal import ParallaxStore
internal import PostgresNIO

/// Reads a PostgreSQL row as a `Decodable` store type by column name, as GRDB reads the SQLite
/// store's rows into the same types: so the store types need no initializer for this store.
///
/// A property reads the column of its name in snake case (`mustChangePassword` from
/// `must_change_password`) through PostgresNIO (`PostgresDecodable`: numbers, text, times,
/// arrays); another type decodes itself from the cell as one value (`AccessRole` from its
/// name) or, failing that, as JSON text (`target::text AS target`), as GRDB reads a column. A
/// property with no such column (`ActiveSession.account`) is read from the same row, as GRDB
/// reads it: the row is flat.
struct PostgresRowDecoder: Decoder {
    let cells: PostgresRandomAccessRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<Value: Decodable>(_ type: Value.Type, from row: PostgresRow) throws -> Value {
        try Value(from: PostgresRowDecoder(cells: row.makeRandomAccess()))
    }

    /// The row as `Value`, or nil when it holds a name this version does not know
    /// (`UnknownStoredName`: an account of a newer version's role), as on SQLite.
    static func decodeIfKnown<Value: Decodable>(_ type: Value.Type, from row: PostgresRow) throws -> Value? {
        do { return try decode(type, from: row) } catch is UnknownStoredName { return nil }
    }

    /// The column a property reads: its name in snake case, an initialism one word
    /// (`canonicalURL` from `canonical_url`). Property names are ASCII, read as bytes.
    static func column(_ key: some CodingKey) -> String {
        let name = Array(key.stringValue.utf8)
        var column: [UInt8] = []
        column.reserveCapacity(name.count + 4)
        func isUpper(_ index: Int) -> Bool { index >= 0 && index < name.count && (65...90).contains(name[index]) }
        func isLower(_ index: Int) -> Bool { index < name.count && (97...122).contains(name[index]) }
        for index in name.indices {
            if isUpper(index) && index > 0 && (!isUpper(index - 1) || isLower(index + 1)) { column.append(95) }
            column.append(isUpper(index) ? name[index] + 32 : name[index])
        }
        return String(decoding: column, as: UTF8.self)
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
        /// The properties the columns are read into: `must_change_password` as `mustChangePassword`.
        var allKeys: [Key] {
            decoder.cells.compactMap { cell in
                let words = cell.columnName.split(separator: "_")
                let property = words.prefix(1).joined() + words.dropFirst().map { $0.capitalized }.joined()
                return Key(stringValue: property)
            }
        }

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
            if let decodable = Value.self as? any PostgresDecodable.Type { return try cell.decode(decodable) as! Value }
            do {
                return try Value(from: Cell(cell: cell, codingPath: codingPath + [key]))
            } catch is Cell.JSONRequired {
                return try StoredJSON.decode(type, from: try cell.decode(String.self))
            }
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

extension PostgresRowDecoder {
    /// One cell as one value, for a type that decodes itself from a single value (a role from
    /// its name); a type that asks for more is read as JSON instead (`JSONRequired`).
    struct Cell: Decoder, SingleValueDecodingContainer {
        struct JSONRequired: Error {}

        let cell: PostgresCell
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw JSONRequired()
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw JSONRequired() }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { cell.bytes == nil }

        func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
            guard let decodable = Value.self as? any PostgresDecodable.Type else { throw JSONRequired() }
            return try cell.decode(decodable) as! Value
        }
    }
}
