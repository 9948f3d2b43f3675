/// A word, number or punctuation mark of the input, with its offsets in Unicode scalars.
struct TimeToken {
    enum Kind { case word, number, punctuation }

    var kind: Kind
    var start: Int
    var end: Int
    /// Lowercased letters of a word, the digits of a number, or the mark itself; dashes read
    /// "-", apostrophes "'".
    var lower: String
    /// Letters glued to a number's digits, lowercased: "s" in "1990s", "rd" in "3rd".
    var suffix = ""
    /// A number's value.
    var number = 0
    /// How many digits a number has.
    var digits = 0
    /// Whether a word starts with a capital letter.
    var capitalized = false
    /// Whether whitespace separates the token from the one before.
    var spaceBefore = true
    /// Index of the token's sentence, counted roughly at sentence-ending punctuation.
    var sentence = 0
    /// What the lexicon knows about a word.
    var entry: TimeWord?

    func isWord(_ word: String) -> Bool { kind == .word && lower == word }
    func isMark(_ mark: String) -> Bool { kind == .punctuation && lower == mark }
}

/// Splits text into time tokens in one pass over its UTF-8 bytes, counting offsets in
/// Unicode scalars; ASCII takes a fast path.
struct TimeTokenizer {
    func tokens(of text: String) -> [TimeToken] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { tokens(of: $0) } ?? tokens(of: Array(text.utf8))
    }

    private func tokens<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> [TimeToken]
    where Bytes.Index == Int {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var reader = ScalarReader(bytes: bytes)
        var sentence = 0
        var sawSpace = true
        var sawNewline = false
        var letters: [UInt8] = []

        while let scalar = reader.peek() {
            if isSpace(scalar) {
                sawSpace = true
                if scalar == "\n" { sawNewline = true }
                reader.advance()
                continue
            }
            if sawNewline || (sawSpace && endsSentence(tokens)) {
                sentence += 1
            }
            sawNewline = false
            let start = reader.offset
            var token: TimeToken
            if let digit = asciiDigit(scalar) {
                var number = digit
                var digits = 1
                reader.advance()
                while let next = reader.peek(), let value = asciiDigit(next) {
                    if digits < 18 { number = number * 10 + value }
                    digits += 1
                    reader.advance()
                }
                letters.removeAll(keepingCapacity: true)
                let suffix = readLetters(&reader, into: &letters)
                token = TimeToken(kind: .number, start: start, end: reader.offset, lower: "")
                token.number = number
                token.digits = digits
                token.suffix = suffix
            } else if isLetter(scalar) {
                letters.removeAll(keepingCapacity: true)
                let lower = readLetters(&reader, into: &letters)
                token = TimeToken(kind: .word, start: start, end: reader.offset, lower: lower)
                token.capitalized = isUppercase(scalar)
                token.entry = TimeLexicon.entries[lower]
            } else {
                reader.advance()
                token = TimeToken(kind: .punctuation, start: start, end: reader.offset, lower: normalizedMark(scalar))
            }
            token.spaceBefore = sawSpace
            token.sentence = sentence
            sawSpace = false
            tokens.append(token)
        }
        return tokens
    }

    /// Reads a run of letters and returns it lowercased.
    private func readLetters<Bytes: RandomAccessCollection<UInt8>>(
        _ reader: inout ScalarReader<Bytes>, into buffer: inout [UInt8]
    ) -> String where Bytes.Index == Int {
        var ascii = true
        var scalars = String.UnicodeScalarView()
        while let scalar = reader.peek(), isLetter(scalar) {
            if ascii, scalar.isASCII {
                let value = UInt8(scalar.value)
                buffer.append((65...90).contains(value) ? value + 32 : value)
            } else {
                if ascii {
                    ascii = false
                    scalars.append(contentsOf: String(decoding: buffer, as: UTF8.self).unicodeScalars)
                }
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            reader.advance()
        }
        return ascii ? String(decoding: buffer, as: UTF8.self) : String(scalars)
    }

    /// Whether the last of `tokens` closes a sentence: ".", "!" or "?" not after an abbreviation.
    /// The tokens are read in place (taking the last two as values copied them, strings and all,
    /// before every token: round 13).
    private func endsSentence(_ tokens: [TimeToken]) -> Bool {
        let last = tokens.count - 1
        guard last >= 0, tokens[last].kind == .punctuation else { return false }
        switch tokens[last].lower {
        case "!", "?": return true
        case ".":
            guard last >= 1, tokens[last - 1].kind == .word else { return true }
            return tokens[last - 1].lower.utf8.count > 1 && !TimeLexicon.abbreviations.contains(tokens[last - 1].lower)
                && !(tokens[last - 1].entry?.isAbbreviatedMonth ?? false)
        default: return false
        }
    }
}

/// Decodes Unicode scalars from UTF-8 bytes one at a time, counting them.
private struct ScalarReader<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
    let bytes: Bytes
    var position: Int
    /// Scalars read so far.
    var offset = 0
    private var width = 0
    private var current: Unicode.Scalar?

    init(bytes: Bytes) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    mutating func peek() -> Unicode.Scalar? {
        if width > 0 { return current }
        guard position < bytes.endIndex else { return nil }
        let lead = bytes[position]
        if lead < 0x80 {
            width = 1
            current = Unicode.Scalar(lead)
            return current
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var index = position + 1
        while index < position + length, index < bytes.endIndex {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
        }
        width = index - position
        current = Unicode.Scalar(value) ?? "\u{FFFD}"
        return current
    }

    mutating func advance() {
        if width == 0 { _ = peek() }
        position += width
        offset += 1
        width = 0
    }
}

private func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
    (48...57).contains(scalar.value) ? Int(scalar.value - 48) : nil
}

private func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 32, 9...13: true
    case 0..<128: false
    default: scalar.properties.isWhitespace
    }
}

private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return (65...90).contains(value) || (97...122).contains(value) }
    return scalar.properties.isAlphabetic
}

private func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
}

private func normalizedMark(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}": "-"
    case "\u{2019}", "\u{2018}", "`": "'"
    default: String(scalar)
    }
}
