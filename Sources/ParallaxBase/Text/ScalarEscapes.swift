/// Text escaped scalar by scalar for one language: one loop, and for each language a table of
/// what the scalars it changes are written as (`markup`: HTML and XML; `jsonString`: inside a
/// JSON string). Scalars, not characters: a quotation mark followed by a combining accent is
/// one `Character` that is not `"`, and would end an attribute value or a string unescaped.
public struct ScalarEscapes: Sendable {
    /// What each ASCII scalar is written as: nil keeps it, "" drops it.
    private let ascii: [String?]
    /// Scalars above ASCII written otherwise.
    private let others: [Unicode.Scalar: String]

    /// Escapes that write each scalar of `table` as its value ("" drops it) and keep the rest.
    public init(_ table: [Unicode.Scalar: String]) {
        var ascii = [String?](repeating: nil, count: 128)
        for (scalar, written) in table where scalar.isASCII { ascii[Int(scalar.value)] = written }
        self.ascii = ascii
        others = table.filter { !$0.key.isASCII }
    }

    /// Appends `scalar` as written in this language.
    public func append(_ scalar: Unicode.Scalar, to out: inout String) {
        let written = scalar.isASCII ? ascii[Int(scalar.value)] : others[scalar]
        if let written { out += written } else { out.unicodeScalars.append(scalar) }
    }

    /// Appends `text` as written in this language.
    public func append(_ text: String, to out: inout String) {
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
    }

    /// The C0 controls but `kept`, each as `written` makes it.
    static func controls(except kept: Set<Unicode.Scalar>, _ written: (Unicode.Scalar) -> String)
        -> [Unicode.Scalar: String]
    {
        Dictionary(
            uniqueKeysWithValues: (0..<0x20).compactMap(Unicode.Scalar.init).filter { !kept.contains($0) }.map {
                ($0, written($0))
            })
    }

    /// HTML and XML, in elements and quoted attributes alike: `&`, `<`, `>`, `"` and `'` as
    /// references; the C0 controls XML 1.0 forbids (all but tab, line feed and carriage
    /// return) dropped, so the result is well-formed XML as well as HTML.
    public static let markup = ScalarEscapes(
        controls(except: ["\t", "\n", "\r"]) { _ in "" }.merging(
            ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]) { $1 })

    /// Inside a JSON string: `"` and `\` escaped, line feed, carriage return and tab by their
    /// letters, the other C0 controls and the line and paragraph separators (U+2028, U+2029,
    /// which end a line in JavaScript) as `\u` and four hexadecimal digits.
    public static let jsonString = ScalarEscapes(
        controls(except: []) { hexadecimal($0) }.merging(
            [
                "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{2028}": hexadecimal("\u{2028}"),
                "\u{2029}": hexadecimal("\u{2029}"),
            ]) { $1 })

    private static func hexadecimal(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
