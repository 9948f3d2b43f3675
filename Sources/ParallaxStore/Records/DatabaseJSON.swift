/// JSON text as GRDB's `databaseJSONEncoder` writes a `Codable` value into a column
/// (`JSONEncoder`, keys sorted, "/" escaped, absent optionals left out), written directly: the
/// `Encoder` machinery cost more than the rest of saving a row (a brief's JSON was 3.7% of an
/// ingest's CPU, an article's highlights most of its insert). Each type writes its fields in the
/// encoder's sorted order; `HighlightJSONTests` and `BriefJSONTests` hold the text to the encoder's.
final class DatabaseJSON {
    private(set) var bytes: [UInt8] = []
    /// For each object being written, whether it has no field yet.
    private var opening: [Bool] = []

    /// The text of `value`.
    static func text(of value: some DatabaseJSONValue) -> String {
        let json = DatabaseJSON()
        value.write(to: json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    func object(_ fields: () -> Void) {
        bytes.append(UInt8(ascii: "{"))
        opening.append(true)
        fields()
        opening.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// A field of the object being written; a nil value is left out, as `encodeIfPresent` leaves it.
    func field(_ key: String, _ value: (some DatabaseJSONValue)?) {
        guard let value else { return }
        if opening[opening.count - 1] {
            opening[opening.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        string(key)
        bytes.append(UInt8(ascii: ":"))
        value.write(to: self)
    }

    func array<Element: DatabaseJSONValue>(_ elements: [Element]) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element.write(to: self)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string as `JSONEncoder` escapes it: the quotation mark, the backslash and the slash
    /// with a backslash, the control characters by their short escape or `\u00XX` (lower-case
    /// hex); everything else, ASCII or not, as it is. The bytes between two escapes are copied as
    /// one run: appending them one by one to the buffer was most of writing a brief's row.
    func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(utf8[index])
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether `JSONEncoder` writes `byte` escaped: a control character, the quotation mark, the
    /// backslash or the slash.
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
    }

    /// The escape of one byte `needsEscape` names.
    private func escape(_ byte: UInt8) {
        switch byte {
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x00..<0x20:
            bytes.append(contentsOf: #"\u00"#.utf8)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        default:
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// A value `DatabaseJSON` writes as the encoder would.
protocol DatabaseJSONValue {
    func write(to json: DatabaseJSON)
}

extension String: DatabaseJSONValue {
    func write(to json: DatabaseJSON) { json.string(self) }
}

extension Int: DatabaseJSONValue {
    func write(to json: DatabaseJSON) { json.integer(self) }
}

extension Array: DatabaseJSONValue where Element: DatabaseJSONValue {
    func write(to json: DatabaseJSON) { json.array(self) }
}
