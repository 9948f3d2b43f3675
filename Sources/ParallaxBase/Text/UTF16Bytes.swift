/// Text stored as UTF-16 and marked so by its first two bytes, a byte-order mark: `FF FE`
/// little-endian, `FE FF` big-endian. Files and feeds are both read this way.
public enum UTF16Bytes {
    /// Whether `bytes` start with a UTF-16 byte-order mark.
    public static func isMarked(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The code units after the byte-order mark, read in the order it names; nil where `bytes`
    /// start with none. An odd last byte is dropped.
    public static func codeUnits(_ bytes: [UInt8]) -> [UInt16]? {
        guard isMarked(bytes) else { return nil }
        let isLittleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = isLittleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return units
    }
}
