internal import Foundation
internal import Parallax

/// The form of a URL used to recognise one page under its variants: lowercased scheme and
/// host without `www.`, no fragment, no default port, no tracking parameters, no trailing slash.
enum CanonicalURL {
    static func make(_ string: String) -> String? {
        guard var components = URLComponents(string: string.trimmingCharacters(in: .whitespaces)),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        components.scheme = "https"
        components.host = host
        components.fragment = nil
        if components.port == 80 || components.port == 443 { components.port = nil }
        let kept = (components.queryItems ?? []).filter { !isTracking($0.name.lowercased()) }
        components.queryItems = kept.isEmpty ? nil : kept.sorted { $0.name < $1.name }
        var path = components.percentEncodedPath
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        components.percentEncodedPath = path == "/" ? "" : path
        return components.string
    }

    private static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || ["fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"].contains(name)
    }
}

/// A 128-bit fingerprint of an article's text with case and spacing normalised: the same
/// article saved twice, or republished under another URL, has one hash.
enum ContentHash {
    static func of(_ article: Parallax.Article) -> String {
        let folded = asciiNormalized(article.text) ?? mostlyASCIINormalized(article.text)
        return hex(fnv(folded, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv(folded, basis: 0x8422_2325_cbf2_9ce4))
    }

    /// `normalized(_:)` read by bytes where a byte is a character of its own: an ASCII byte other
    /// than a carriage return, followed by a scalar below U+0300 (lead bytes up to 0xCB) or by
    /// nothing, ends a character (between two scalars below U+0300 only "\r\n" is one character);
    /// every other character is read as a `Character`, from the boundary the bytes reached.
    static func mostlyASCIINormalized(_ text: String) -> String {
        let lower = text.lowercased()
        let utf8 = lower.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte < 0x80, byte != 0x0D, next == utf8.endIndex || utf8[next] <= 0xCB {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                }
                index = next
                continue
            }
            let end = lower.index(after: index)
            let character = lower[index]
            if character.isWhitespace {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(contentsOf: lower.utf8[index..<end])
            }
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text lowercased, its whitespace runs one space and trimmed.
    static func normalized(_ text: String) -> String {
        var normalized = ""
        normalized.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !normalized.isEmpty
            } else {
                if pendingSpace { normalized.append(" ") }
                pendingSpace = false
                normalized.append(character)
            }
        }
        return normalized
    }

    /// `normalized(_:)` of an ASCII text, from its bytes (the whitespace of ASCII is tab to
    /// carriage return and space; "\r\n", one character, is whitespace as its parts are);
    /// nil for any other text.
    static func asciiNormalized(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x09...0x0D, 0x20:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// FNV-1a over the UTF-8 bytes: stable across runs and machines.
    static func fnv(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
