/// Text made safe inside HTML and XML, in elements and quoted attributes alike
/// (`ScalarEscapes.markup`).
public enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as references; the C0 controls XML 1.0 forbids (all but tab,
    /// line feed and carriage return) dropped, so the result is well-formed XML as well as HTML.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        ScalarEscapes.markup.append(text, to: &out)
        return out
    }

    /// Appends `scalar` as `escape` writes it, for writers that walk a text scalar by scalar
    /// (the article page, whose highlights are at scalar offsets).
    public static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        ScalarEscapes.markup.append(scalar, to: &out)
    }
}
