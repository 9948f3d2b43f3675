/// The `Encoder` `DatabaseJSON` hands to each value's `encode(to:)`: keyed and unkeyed
/// containers take every value through the generic `encode` (the protocols give the typed ones
/// in terms of it); a value's own single-value container writes strings, integers and booleans.
struct ValueEncoder: Encoder {
    let json: DatabaseJSON
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        json.begin(.object, keys: ObjectIdentifier(Key.self))
        return KeyedEncodingContainer(ObjectContainer<Key>(json: json))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        json.begin(.array)
        return ArrayContainer(json: json)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        json.begin(.single)
        return SingleContainer(json: json)
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let json: DatabaseJSON
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        json.field(key.stringValue) { json.literal("null") }
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try json.field(key.stringValue) { try json.write(value) }
    }

    // Strings and integers, most of what is stored, written without a value of their own.
    mutating func encode(_ value: String, forKey key: Key) throws {
        json.field(key.stringValue) { json.string(value) }
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        json.field(key.stringValue) { json.integer(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        json.unsupported = "a nested keyed container"
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(json: json))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        json.unsupported = "a nested unkeyed container"
        return ArrayContainer(json: json)
    }

    mutating func superEncoder() -> any Encoder {
        json.unsupported = "a super encoder"
        return ValueEncoder(json: json)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder()
    }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let json: DatabaseJSON
    var codingPath: [any CodingKey] { [] }
    var count: Int { json.elementCount }

    mutating func encodeNil() throws {
        json.element { json.literal("null") }
    }

    mutating func encode(_ value: some Encodable) throws {
        try json.element { try json.write(value) }
    }

    mutating func encode(_ value: String) throws {
        json.element { json.string(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        json.unsupported = "a nested keyed container"
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(json: json))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        json.unsupported = "a nested unkeyed container"
        return self
    }

    mutating func superEncoder() -> any Encoder {
        json.unsupported = "a super encoder"
        return ValueEncoder(json: json)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let json: DatabaseJSON
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { json.literal("null") }
    mutating func encode(_ value: Bool) throws { json.literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { json.string(value) }
    mutating func encode(_ value: Int) throws { json.integer(value) }
    mutating func encode(_ value: Int8) throws { json.integer(value) }
    mutating func encode(_ value: Int16) throws { json.integer(value) }
    mutating func encode(_ value: Int32) throws { json.integer(value) }
    mutating func encode(_ value: Int64) throws { json.integer(value) }
    mutating func encode(_ value: UInt) throws { json.integer(value) }
    mutating func encode(_ value: UInt8) throws { json.integer(value) }
    mutating func encode(_ value: UInt16) throws { json.integer(value) }
    mutating func encode(_ value: UInt32) throws { json.integer(value) }
    mutating func encode(_ value: UInt64) throws { json.integer(value) }
    /// Floating-point text is the encoder's own formatting: not written here.
    mutating func encode(_ value: Double) throws { json.unsupported = "a floating-point number" }
    mutating func encode(_ value: Float) throws { json.unsupported = "a floating-point number" }

    mutating func encode(_ value: some Encodable) throws {
        try json.write(value)
    }
}
