/// Text made safe inside HTML and XML, in elements and quoted attributes alike.
public enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as references; the C0 controls XML 1.0 forbids (all but tab,
    /// line feed and carriage return) dropped, so the result is well-formed XML as well as HTML.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r"
                {
                    continue
                }
                out.append(character)
            }
        }
        return out
    }
}
