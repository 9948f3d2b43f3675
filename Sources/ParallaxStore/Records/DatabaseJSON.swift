internal import Foundation

/// JSON text as GRDB's `databaseJSONEncoder` writes a `Codable` value into a column
/// (`JSONEncoder`, keys sorted, "/" escaped, absent optionals left out), written by an `Encoder`
/// of its own straight into bytes: Foundation's encoder built a tree of boxed values first and
/// cost more than the rest of saving a row (a brief's JSON was 3.7% of an ingest's CPU, an
/// article's highlights most of its insert). Any `Encodable` whose values are strings, integers,
/// booleans, arrays and keyed objects is written as the encoder would; a floating-point value, a
/// nested container or a super encoder (none of the stored types use them) makes `text(of:)`
/// throw instead of writing other text. `HighlightJSONTests` and `BriefJSONTests` hold the text
/// to the encoder's.
///
/// Fields are written in the order a type's `encode(to:)` gives them, each object's fields
/// recorded as byte ranges; when the object ends they are put in the encoder's sorted key order
/// (keys here are ASCII identifiers, which it sorts by their bytes) where they are not in it.
/// That order is worked out once for each coding-key type and sequence of keys (`Orders`): a
/// brief writes hundreds of objects of a few types, and sorting each one's keys again was a
/// third of writing one.
final class DatabaseJSON {
    private(set) var bytes: [UInt8] = []
    /// The values being written, outermost first.
    private var open: [Value] = []
    /// The fields of the open objects, each object's after its outer one's (an inner object
    /// ends before its outer one writes another field): the key and the bytes of `"key":value`,
    /// in the order written.
    private var fields: [(key: String, range: Range<Int>)] = []
    private var orders = Orders()
    /// An ending object's bytes while its fields are put in order.
    private var scratch: [UInt8] = []
    /// What `text(of:)` cannot write as the encoder would, found while writing.
    var unsupported: String?

    /// The text of `value`.
    static func text(of value: some Encodable) throws -> String {
        let json = DatabaseJSON()
        try json.write(value)
        if let unsupported = json.unsupported {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "DatabaseJSON does not write \(unsupported)"))
        }
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// One value being written: where it starts and, once its `encode(to:)` asked for a
    /// container, what it is.
    struct Value {
        enum Kind { case undecided, single, object, array }
        var kind = Kind.undecided
        var start: Int
        /// Where an object's fields begin in `DatabaseJSON.fields`.
        var firstField = 0
        /// An object's coding-key type.
        var keys: ObjectIdentifier?
        var elements = 0
    }

    func write(_ value: some Encodable) throws {
        // Foundation's encoder writes these its own way (base64, a URL's string, a number).
        let written = ObjectIdentifier(type(of: value))
        if written == ObjectIdentifier(Data.self) || written == ObjectIdentifier(URL.self)
            || written == ObjectIdentifier(Decimal.self)
        {
            unsupported = "\(type(of: value))"
            return
        }
        open.append(Value(start: bytes.count))
        try value.encode(to: ValueEncoder(json: self))
        close(open.removeLast())
    }

    private func close(_ value: Value) {
        switch value.kind {
        case .single: return
        case .undecided: bytes.append(contentsOf: "{}".utf8)  // as the encoder writes a value that wrote nothing
        case .array: bytes.append(UInt8(ascii: "]"))
        case .object: closeObject(value)
        }
    }

    private func closeObject(_ object: Value) {
        putInKeyOrder(object)
        fields.removeSubrange(object.firstField...)
        bytes.append(UInt8(ascii: "}"))
    }

    /// The object's bytes with its fields in key order: copied aside and back, each field where it goes.
    private func putInKeyOrder(_ object: Value) {
        let written = fields[object.firstField...]
        guard written.count > 1, let order = orders.order(of: written.lazy.map { $0.key }, type: object.keys) else {
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[object.start...])
        var end = object.start + 1
        for (index, position) in order.enumerated() {
            if index > 0 {
                bytes[end] = UInt8(ascii: ",")
                end += 1
            }
            let range = written[object.firstField + position].range
            let from = range.lowerBound - object.start
            bytes.replaceSubrange(end..<end + range.count, with: scratch[from..<from + range.count])
            end += range.count
        }
    }

    /// Makes the innermost value `kind` (an object of coding keys `keys`); a second container
    /// for one value is not written.
    func begin(_ kind: Value.Kind, keys: ObjectIdentifier? = nil) {
        let last = open.count - 1
        guard open[last].kind == .undecided else {
            unsupported = "a second container for one value"
            return
        }
        open[last].kind = kind
        open[last].firstField = fields.count
        open[last].keys = keys
        switch kind {
        case .object: bytes.append(UInt8(ascii: "{"))
        case .array: bytes.append(UInt8(ascii: "["))
        case .single, .undecided: break
        }
    }

    /// Writes `"key":` and then the value `write` writes, as a field of the innermost object.
    func field(_ key: String, _ write: () throws -> Void) rethrows {
        if fields.count > open[open.count - 1].firstField { bytes.append(UInt8(ascii: ",")) }
        let start = bytes.count
        string(key)
        bytes.append(UInt8(ascii: ":"))
        try write()
        fields.append((key, start..<bytes.count))
    }

    /// Writes the value `write` writes as the next element of the innermost array.
    func element(_ write: () throws -> Void) rethrows {
        let last = open.count - 1
        if open[last].elements > 0 { bytes.append(UInt8(ascii: ",")) }
        open[last].elements += 1
        try write()
    }

    var elementCount: Int { open[open.count - 1].elements }

    func literal(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    func integer(_ value: some BinaryInteger) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string as `JSONEncoder` escapes it: the quotation mark, the backslash and the slash
    /// with a backslash, the control characters by their short escape or `\u00XX` (lower-case
    /// hex); everything else, ASCII or not, as it is. The bytes between two escapes are copied as
    /// one run: appending them one by one to the buffer was most of writing a brief's row. The
    /// buffer is taken once for the whole string (each access to it is checked for exclusivity).
    func string(_ text: String) {
        Self.append(text, to: &bytes)
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(utf8[index], to: &bytes)
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
    private static func escape(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x00..<0x20:
            bytes.append(contentsOf: #"\u00"#.utf8)
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
        default:
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
