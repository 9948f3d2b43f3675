internal import Foundation

/// Spelling helpers for entity names.
enum EntityName {
    static func withoutPossessive(_ text: String) -> String {
        // Only a text whose last character is "s" can end in "’s" or "'s", and no character but "s"
        // itself ends with that byte: most words are answered by their last byte.
        guard text.utf8.last == UInt8(ascii: "s") else { return text }
        if text.hasSuffix("’s") { return String(text.dropLast(2)) }
        if text.hasSuffix("'s") { return String(text.dropLast(2)) }
        return text
    }

    /// Single spaces; "U.S" (as the word breaker leaves it) gets its final period back.
    static func normalized(_ text: String) -> String {
        var name = isSingleSpaced(text) ? text : text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if name.count <= 4, name.contains("."), !name.hasSuffix(".") { name += "." }
        return name
    }

    /// Whether `text` is already words joined by single spaces, judged on scalars: its only white
    /// space is U+0020 with an ASCII non-space scalar on each side (so each space is a character
    /// of its own). Then splitting at white space and joining with spaces gives `text` back.
    private static func isSingleSpaced(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        var spaceBefore = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                guard let previous, previous.isASCII, previous != " ", !isASCIIWhitespace(previous) else {
                    return false
                }
                spaceBefore = true
            } else if scalar.isASCII ? isASCIIWhitespace(scalar) : scalar.properties.isWhitespace {
                return false
            } else if spaceBefore {
                guard scalar.isASCII else { return false }
                spaceBefore = false
            }
            previous = scalar
        }
        return !spaceBefore
    }

    private static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        (0x09...0x0D).contains(scalar.value) || scalar == " "
    }

    /// `text.split(separator: " ").count`, counted on the bytes where all are ASCII (each byte a
    /// character of its own, or "\r\n", which holds no space).
    static func wordCount(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// `text.split(separator: " ").last` as a string ("" where there is none), cut at the bytes
    /// where all are ASCII.
    static func lastWord(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").last.map(String.init) ?? "" }
        guard let end = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: " ")).map(bytes.index(after:)) ?? bytes.startIndex
        return String(text[start...end])
    }

    static func titleCased(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// Lowercased, without diacritics, for comparing names ("Nicolás" = "Nicolas").
    static func folded(_ text: String) -> String {
        let lower = text.lowercased()
        // No ASCII letter has a diacritic to drop.
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        return String(lower.unicodeScalars.lazy.map(Self.baseLetter).map(Character.init))
    }

    private static let diacritics: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
            ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"), ("ł", "l"),
            ("ğ", "g"), ("ř", "r"), ("ď", "d"), ("ť", "t"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()

    private static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        diacritics[scalar] ?? scalar
    }
}
