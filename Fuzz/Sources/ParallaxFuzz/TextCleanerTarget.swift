import Parallax

/// Any bytes, decoded as UTF-8 with replacements, through the plain-text cleaner.
func fuzzTextCleaner(_ input: UnsafeRawBufferPointer) {
    _ = PlainTextCleaner().clean(String(decoding: input, as: UTF8.self))
}
