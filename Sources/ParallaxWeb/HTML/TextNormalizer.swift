/// Whitespace handling shared by the extractor and metadata readers.
package enum TextNormalizer {
    /// Collapses runs of whitespace (including no-break and zero-width spaces) to one space
    /// and trims the ends.
    package static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 32 || (byte >= 9 && byte <= 13) {
                    pendingSpace = true
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0x8B || bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89
                        || bytes[index + 2] == 0x8A || bytes[index + 2] == 0xA8
                {
                    // Zero-width, narrow no-break, thin, hair spaces and the line separator.
                    if bytes[index + 2] != 0x8B { pendingSpace = true }
                    index += 3
                    continue
                }
                if pendingSpace, !output.isEmpty { output.append(32) }
                pendingSpace = false
                output.append(byte)
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
