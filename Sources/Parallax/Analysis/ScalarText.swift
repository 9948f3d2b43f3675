extension StringProtocol {
    /// Whether the text has more than `count` characters: `self.count > count`, reading at most
    /// `count + 1` characters instead of all of them.
    func hasMoreCharacters(than count: Int) -> Bool {
        guard let index = self.index(startIndex, offsetBy: count, limitedBy: endIndex) else { return false }
        return index != endIndex
    }
}

extension String {
    /// `split(whereSeparator: { $0.isWhitespace })`, byte by byte where the text is ASCII: there
    /// every character is one byte but "\r\n", whose two bytes are both whitespace, and the
    /// whitespace characters are the bytes 0x09-0x0D and the space.
    func whitespaceSeparatedWords() -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: { $0.isWhitespace }) }
        var words: [Substring] = []
        var start: Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if let wordStart = start { words.append(self[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let wordStart = start { words.append(self[wordStart..<endIndex]) }
        return words
    }

    /// The string of a run of scalars, encoded straight to UTF-8: appending scalars to a
    /// `String.UnicodeScalarView` one by one is several times slower.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[position] = unit
                    position += 1
                }
            }
            return position
        }
    }
}

extension StringProtocol {
    /// The first byte where the first character is that one ASCII scalar: the byte is ASCII and not
    /// CR, and the byte after it is ASCII too or there is none (a character of more scalars goes on
    /// with a scalar outside ASCII, or is "\r\n"). Nil otherwise, and for the empty text.
    var asciiFirstCharacter: UInt8? {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80, first != 0x0D else { return nil }
        guard let second = bytes.next() else { return first }
        return second < 0x80 ? first : nil
    }

    /// `first?.isUppercase == true`, from the first byte where that settles it.
    var firstIsUppercase: Bool {
        if let byte = asciiFirstCharacter { return (0x41...0x5A).contains(byte) }
        return first?.isUppercase == true
    }

    /// `first?.isLowercase == true`, from the first byte where that settles it.
    var firstIsLowercase: Bool {
        if let byte = asciiFirstCharacter { return (0x61...0x7A).contains(byte) }
        return first?.isLowercase == true
    }

    /// `first?.isNumber == true`, from the first byte where that settles it (the only ASCII
    /// numbers are the digits).
    var firstIsNumber: Bool {
        if let byte = asciiFirstCharacter { return (0x30...0x39).contains(byte) }
        return first?.isNumber == true
    }
}
