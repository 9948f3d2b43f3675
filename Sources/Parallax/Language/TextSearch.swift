#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `String.contains(_:)` answered from the UTF-8 bytes where they settle it.
///
/// Swift compares whole characters under canonical equivalence, which makes `contains` slow
/// (the year check of every date and the outlet-name check of every sentence were a fifth of
/// writing a brief). The answer here is always the one `contains` gives: a match of the bytes
/// with plain ASCII on both sides is a match of characters, and no match of the bytes means
/// none of characters when every scalar of the needle is one no other text is canonically
/// equivalent to; anything else is asked of `contains` itself.
public enum TextSearch {
    public static func contains(_ text: some StringProtocol, _ needle: some StringProtocol) -> Bool {
        settledAnswer(text, needle) ?? text.contains(needle)
    }

    /// Whether `text` contains `needle` where the bytes settle it, else nil. The settled answers
    /// are also Foundation's (`range(of:) != nil`, which likewise compares whole characters under
    /// canonical equivalence), so a caller may ask Foundation where this returns nil.
    public static func settledAnswer(_ text: some StringProtocol, _ needle: some StringProtocol) -> Bool? {
        let answer = needle.utf8.withContiguousStorageIfAvailable { needleBytes in
            text.utf8.withContiguousStorageIfAvailable { textBytes in
                search(textBytes, for: needleBytes)
            }
        }
        switch answer {
        case .some(.some(.some(let settled))): return settled
        default: return nil
        }
    }

    /// Whether the bytes settle it: true or false, or nil when characters must be compared.
    private static func search(_ text: UnsafeBufferPointer<UInt8>, for needle: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = needle.first, let last = needle.last else { return nil }
        // An ASCII byte begins its own character unless it is a line feed after a carriage return;
        // "‘" and "’" never join the character before them.
        let startsCleanly = (first < 0x80 && first != 0x0A) || startsWithSingleQuote(needle)
        let endsCleanly = last < 0x80 && last != 0x0D
        let equivalents = equivalents(of: needle)
        var uncertain =
            !startsCleanly || !endsCleanly || equivalents == .others
            || (equivalents == .singletons && holdsSingleton(text))
        if needle.count <= text.count {
            var index = 0
            let lastStart = text.count - needle.count
            while index <= lastStart {
                // The next place the needle's first byte is, found by the C library's scan.
                guard let base = text.baseAddress,
                    let found = memchr(base + index, Int32(first), lastStart - index + 1)
                else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if matches(text, at: index, needle) {
                    let before = index == 0 ? 0 : text[index - 1]
                    let afterIndex = index + needle.count
                    let after = afterIndex == text.count ? 0 : text[afterIndex]
                    if startsCleanly, endsCleanly, before < 0x80, after < 0x80, !(before == 0x0D && first == 0x0A),
                        !(after == 0x0A && last == 0x0D)
                    {
                        return true
                    }
                    uncertain = true
                }
                index += 1
            }
        }
        return uncertain ? nil : false
    }

    private static func matches(_ text: UnsafeBufferPointer<UInt8>, at start: Int, _ needle: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        for offset in 1..<needle.count where text[start + offset] != needle[offset] { return false }
        return true
    }

    /// U+2018 or U+2019 first.
    private static func startsWithSingleQuote(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.count >= 3 && needle[0] == 0xE2 && needle[1] == 0x80 && (needle[2] == 0x98 || needle[2] == 0x99)
    }

    /// What other text may be the same characters as the needle.
    private enum Equivalents {
        /// None: every scalar ASCII (but "K", ";" and "`") or a curly single quote.
        case none
        /// Only text holding the Kelvin sign, the Greek question mark or the Greek varia, which are
        /// canonically "K", ";" and "`" (the needle holds one of those, and nothing else of note).
        case singletons
        case others
    }

    private static func equivalents(of needle: UnsafeBufferPointer<UInt8>) -> Equivalents {
        var result = Equivalents.none
        var index = 0
        while index < needle.count {
            let byte = needle[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "`") {
                    result = .singletons
                }
                index += 1
            } else if index + 2 < needle.count, byte == 0xE2, needle[index + 1] == 0x80,
                needle[index + 2] == 0x98 || needle[index + 2] == 0x99
            {
                index += 3
            } else {
                return .others
            }
        }
        return result
    }

    /// Whether the text holds U+212A (E2 84 AA), U+037E (CD BE) or U+1FEF (E1 BF AF): the only
    /// scalars whose canonical decomposition is "K", ";" or "`".
    private static func holdsSingleton(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < text.count {
            let byte = text[index]
            if byte == 0xCD, text[index + 1] == 0xBE { return true }
            if index + 2 < text.count {
                if byte == 0xE2, text[index + 1] == 0x84, text[index + 2] == 0xAA { return true }
                if byte == 0xE1, text[index + 1] == 0xBF, text[index + 2] == 0xAF { return true }
            }
            index += 1
        }
        return false
    }
}
