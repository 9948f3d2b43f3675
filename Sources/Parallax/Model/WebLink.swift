/// The one rule for which addresses may become links, applied when articles are built and
/// again whenever one is rendered: only `http` and `https` URLs with a host. Anything else
/// (`javascript:`, `data:`, `file:`, schemes hidden behind leading whitespace or odd case,
/// addresses with control characters) is kept as text, never as a link.
public enum WebLink {
    /// `address` as a safe link target, or nil when it may not be one. Surrounding whitespace
    /// is dropped; characters that could end an attribute, an autolink or a Markdown link
    /// (space, quotes, angle brackets, backslash, backtick, braces, pipe, caret) are
    /// percent-encoded, so the result can be written inside `href="…"` (HTML-escaped) or
    /// `<…>` in Markdown as it is.
    public static func linkable(_ address: String) -> String? {
        let scalars = address.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpaceOrControl($0) }),
            let last = scalars.lastIndex(where: { !isSpaceOrControl($0) })
        else { return nil }
        let trimmed = scalars[first...last]
        // Control characters inside are refused: browsers drop tabs and newlines from URLs,
        // which would let a scheme hide behind them.
        guard !trimmed.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return nil }
        let text = String(String.UnicodeScalarView(trimmed))
        guard let schemeEnd = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<schemeEnd].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[text.index(after: schemeEnd)...]
        guard rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map(String.init) ?? ""
        guard !host.isEmpty, !host.hasPrefix(":") else { return nil }
        var out = scheme
        out.reserveCapacity(text.utf8.count)
        for scalar in text[schemeEnd...].unicodeScalars {
            switch scalar {
            case " ", "\"", "'", "<", ">", "\\", "`", "{", "}", "|", "^":
                out += "%" + hex(UInt8(scalar.value))
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `address` may become a link.
    public static func isLinkable(_ address: String) -> Bool { linkable(address) != nil }

    private static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || (0x7F...0xA0).contains(scalar.value) || scalar.properties.isWhitespace
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
