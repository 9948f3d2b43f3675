/// Writes the archives' primitives: LEB128 varints, zigzag integers, UTF-8 strings with their
/// length, and floating-point numbers by their bits (so they read back to the last bit).
struct ArchiveWriter {
    var bytes: [UInt8] = []

    /// A non-negative integer as a LEB128 varint.
    mutating func count(_ value: Int) {
        unsigned(UInt64(value))
    }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Any integer, zigzag-coded so small negative values stay short.
    mutating func integer(_ value: Int) {
        unsigned(UInt64(UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1)))))
    }

    mutating func optionalCount(_ value: Int?) {
        count(value.map { $0 + 1 } ?? 0)
    }

    mutating func optionalInteger(_ value: Int?) {
        if let value {
            count(1)
            integer(value)
        } else {
            count(0)
        }
    }

    /// Text found in an article, with its offsets.
    mutating func span(_ text: String, _ start: Int, _ end: Int) {
        string(text)
        integer(start)
        integer(end)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Bytes with their length.
    mutating func data(_ value: [UInt8]) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func double(_ value: Double) {
        fixed(value.bitPattern, size: 8)
    }

    mutating func float(_ value: Float) {
        fixed(UInt64(value.bitPattern), size: 4)
    }

    private mutating func fixed(_ value: UInt64, size: Int) {
        for byte in 0..<size { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(byte)))) }
    }
}

/// Reads what `ArchiveWriter` wrote; any byte out of place is a `DecodingError` at its offset.
struct ArchiveReader {
    let bytes: [UInt8]
    var offset: Int

    mutating func count() throws(AnalysisArchive.DecodingError) -> Int {
        let value = try unsigned()
        guard value <= UInt64(Int.max) else { throw AnalysisArchive.DecodingError(offset: offset) }
        return Int(value)
    }

    mutating func unsigned() throws(AnalysisArchive.DecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        throw AnalysisArchive.DecodingError(offset: offset)
    }

    mutating func integer() throws(AnalysisArchive.DecodingError) -> Int {
        let raw = UInt(try unsigned())
        return Int(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func optionalCount() throws(AnalysisArchive.DecodingError) -> Int? {
        let raw = try count()
        return raw == 0 ? nil : raw - 1
    }

    mutating func optionalInteger() throws(AnalysisArchive.DecodingError) -> Int? {
        try count() == 0 ? nil : try integer()
    }

    mutating func span() throws(AnalysisArchive.DecodingError) -> (text: String, start: Int, end: Int) {
        (try string(), try integer(), try integer())
    }

    mutating func string() throws(AnalysisArchive.DecodingError) -> String {
        let length = try count()
        guard length <= bytes.count - offset else { throw AnalysisArchive.DecodingError(offset: offset) }
        let value = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        offset += length
        return value
    }

    mutating func data() throws(AnalysisArchive.DecodingError) -> [UInt8] {
        let length = try count()
        guard length <= bytes.count - offset else { throw AnalysisArchive.DecodingError(offset: offset) }
        defer { offset += length }
        return Array(bytes[offset..<(offset + length)])
    }

    mutating func double() throws(AnalysisArchive.DecodingError) -> Double {
        Double(bitPattern: try fixed(size: 8))
    }

    mutating func float() throws(AnalysisArchive.DecodingError) -> Float {
        Float(bitPattern: UInt32(truncatingIfNeeded: try fixed(size: 4)))
    }

    private mutating func fixed(size: Int) throws(AnalysisArchive.DecodingError) -> UInt64 {
        guard size <= bytes.count - offset else { throw AnalysisArchive.DecodingError(offset: offset) }
        var value: UInt64 = 0
        for byte in 0..<size { value |= UInt64(bytes[offset + byte]) << (8 * UInt64(byte)) }
        offset += size
        return value
    }
}
