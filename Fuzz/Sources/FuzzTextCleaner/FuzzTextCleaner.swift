import Parallax

/// Any bytes, decoded as UTF-8 with replacements, through the plain-text cleaner.
func fuzzTextCleaner(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = PlainTextCleaner().clean(text)
    return 0
}
