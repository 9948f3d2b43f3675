internal import Parallax
internal import ParallaxBase

/// Turns a file's bytes into text, or says why they are not text.
enum TextDecoding {
    static func decode(_ bytes: some Collection<UInt8>, input: String) throws(InputError) -> String {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let units = UTF16Bytes.codeUnits(bytes) { return try decodeUTF16(units, input: input) }
        guard !bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) else {
            throw InputError(.empty, input: input, reason: bytes.isEmpty ? "empty file" : "holds only whitespace")
        }
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        if sample.contains(0) || controls * 100 > sample.count {
            throw InputError(.binary, input: input, reason: "binary data, not text (control bytes at the start)")
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw InputError(
                .invalidEncoding, input: input,
                reason: "not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8 first")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeUTF16(_ units: [UInt16], input: String) throws(InputError) -> String {
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                throw InputError(.invalidEncoding, input: input, reason: "not valid UTF-16 despite its byte-order mark")
            }
        }
        return text
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
