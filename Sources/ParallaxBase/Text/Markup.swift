/// Text made safe inside HTML and XML, in elements and quoted attributes alike.
public enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as references; the C0 controls XML 1.0 forbids (all but tab,
    /// line feed and carriage return) dropped, so the result is well-formed XML as well as HTML.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out
    }

    /// Appends `scalar` as `escape` writes it, for writers that walk a text scalar by scalar
    /// (the article page, whose highlights are at scalar offsets). Scalars, not characters:
    /// a quotation mark followed by a combining accent is one `Character` that is not `"`, and
    /// would end an attribute value unescaped.
    public static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        case _ where scalar.value < 0x20: break
        default: out.unicodeScalars.append(scalar)
        }
    }
}
