/// Finds the character encoding of raw page bytes and repairs broken UTF-8.
struct CharacterEncoding: Sendable {
    /// The input handed to the parser: bytes and the encoding name to announce.
    struct Prepared {
        var bytes: [UInt8]
        var encoding: String
    }

    /// Prepares `bytes` for libxml2: strips a BOM, honours a declared charset, and turns
    /// invalid UTF-8 into UTF-8 by reading stray bytes as Windows-1252.
    /// A charset from the transport (the HTTP `Content-Type` header) outranks what the page
    /// declares, as in browsers; a byte-order mark outranks both.
    static func prepare(_ bytes: [UInt8], transportCharset: String? = nil) -> Prepared {
        let transport = transportCharset.flatMap { $0.isEmpty ? nil : $0 }
        return prepare(bytes, declared: transport ?? declaredCharset(bytes))
    }

    /// Prepares an XML document: only the XML declaration names its encoding, since a
    /// `charset=` further on belongs to escaped content.
    static func prepareXML(_ bytes: [UInt8]) -> Prepared {
        prepare(bytes, declared: xmlDeclaredEncoding(bytes))
    }

    /// The encoding named in an `<?xml … encoding="…"?>` declaration at the start.
    static func xmlDeclaredEncoding(_ bytes: [UInt8]) -> String? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, start < 1024, bytes[start] == 32 || (bytes[start] >= 9 && bytes[start] <= 13) {
            start += 1
        }
        guard bytes[start...].starts(with: Array("<?xml".utf8)),
            let close = bytes[start...].prefix(512).firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        return declaredCharset(Array(bytes[start...close]))
    }

    private static func prepare(_ bytes: [UInt8], declared label: String?) -> Prepared {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Prepared(bytes: repairUTF8(bytes[3...]), encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return Prepared(bytes: bytes, encoding: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Prepared(bytes: bytes, encoding: "UTF-16BE") }
        switch label.map(canonicalName) {
        case nil, "UTF-8":
            return Prepared(bytes: repairUTF8(bytes[...]), encoding: "UTF-8")
        case "WINDOWS-1252":
            return Prepared(bytes: windows1252ToUTF8(bytes[...]), encoding: "UTF-8")
        case let name?:
            return Prepared(bytes: bytes, encoding: name)
        }
    }

    /// Maps charset labels to the names libxml2 knows, folding Latin-1 into Windows-1252
    /// as browsers do.
    static func canonicalName(_ label: String) -> String {
        let name = label.uppercased()
        switch name {
        case "UTF8", "UTF-8", "UNICODE-1-1-UTF-8", "UTF-16", "UNICODE":
            // A page that says UTF-16 but reached us as bytes of ASCII markup is UTF-8.
            return "UTF-8"
        case "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "L1", "US-ASCII", "ASCII",
            "WINDOWS-1252", "CP1252", "X-CP1252", "CP819", "IBM819", "ISO-IR-100":
            return "WINDOWS-1252"
        case "SHIFT-JIS", "SJIS", "X-SJIS", "MS_KANJI": return "SHIFT_JIS"
        case "GB2312", "GBK", "X-GBK": return "GBK"
        default: return name
        }
    }

    /// Reads the charset named by a `<meta charset>` or `http-equiv` tag or an XML
    /// declaration in the first 4 KB.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        let needles: [[UInt8]] = [Array("charset".utf8), Array("encoding".utf8)]
        for needle in needles {
            var index = 0
            while let found = firstIndex(of: needle, in: lower, from: index) {
                index = found + needle.count
                var cursor = index
                while cursor < lower.count, lower[cursor] == 32 { cursor += 1 }
                guard cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < lower.count, lower[cursor] == 32 || lower[cursor] == 34 || lower[cursor] == 39 {
                    cursor += 1
                }
                var name: [UInt8] = []
                while cursor < lower.count, name.count < 40 {
                    let byte = lower[cursor]
                    let isNameByte =
                        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 95
                        || byte == 58 || byte == 46
                    guard isNameByte else { break }
                    name.append(byte)
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` are valid UTF-8 throughout, without NULs.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            let highBits: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index < buffer.count {
                // Eight ASCII bytes without a NUL at a time: most of any page is markup.
                if index + 8 <= buffer.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
                    if word & highBits == 0, !hasZeroByte {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 { return false }
                    index += 1
                    continue
                }
                let length = sequenceLength(bytes, at: bytes.startIndex + index)
                if length == 0 { return false }
                index += length
            }
            return true
        }
    }

    /// Returns `bytes` unchanged when they are valid UTF-8; otherwise re-encodes each
    /// invalid byte as the Windows-1252 character it stands for.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if isValidUTF8(bytes) { return Array(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte == 0 ? 0x20 : byte)
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                appendWindows1252(byte, to: &output)
                index += 1
            }
        }
        return output
    }

    /// Decodes Windows-1252 bytes into UTF-8.
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { output.append(byte == 0 ? 0x20 : byte) } else { appendWindows1252(byte, to: &output) }
        }
        return output
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        let minimumSecond: UInt8
        let maximumSecond: UInt8
        switch lead {
        case 0xC2...0xDF: (length, minimumSecond, maximumSecond) = (2, 0x80, 0xBF)
        case 0xE0: (length, minimumSecond, maximumSecond) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, minimumSecond, maximumSecond) = (3, 0x80, 0xBF)
        case 0xED: (length, minimumSecond, maximumSecond) = (3, 0x80, 0x9F)
        case 0xF0: (length, minimumSecond, maximumSecond) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, minimumSecond, maximumSecond) = (4, 0x80, 0xBF)
        case 0xF4: (length, minimumSecond, maximumSecond) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard index + length <= bytes.endIndex else { return 0 }
        let second = bytes[index + 1]
        guard second >= minimumSecond, second <= maximumSecond else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func appendWindows1252(_ byte: UInt8, to output: inout [UInt8]) {
        let scalar = byte >= 0x80 && byte < 0xA0 ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
