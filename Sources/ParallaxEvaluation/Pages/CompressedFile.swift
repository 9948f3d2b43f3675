internal import CLibXML2
internal import ParallaxWeb

/// Reads a file, gunzipping it on the way when it is gzip-compressed (through libxml2's zlib I/O).
enum CompressedFile {
    /// The decompressed bytes of the file at `path`.
    static func read(_ path: String) throws(WebError) -> [UInt8] {
        guard let input = xmlParserInputBufferCreateFilename(path, XML_CHAR_ENCODING_NONE) else {
            throw WebError(code: .unreadable, message: "cannot open \(path)")
        }
        defer { xmlFreeParserInputBuffer(input) }
        while true {
            let read = xmlParserInputBufferRead(input, 1 << 16)
            if read < 0 { throw WebError(code: .unreadable, message: "cannot read \(path)") }
            if read == 0 { break }
        }
        guard let buffer = input.pointee.buffer, let content = xmlBufContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: xmlBufUse(buffer)))
    }
}
