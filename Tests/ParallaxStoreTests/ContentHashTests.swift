import Testing

@testable import ParallaxStore

/// The content hash reads ASCII text from its bytes; it must fold text as the `Character` way does.
@Suite("Content hash")
struct ContentHashTests {
    @Test func asciiFoldingIsTheCharacterWays() {
        let alphabet = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["\r\n", "  ", "A", "z"]
        var generator = SystemRandomNumberGenerator()
        let texts =
            (0..<3000).map { _ in
                (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                    .joined()
            } + ["  Lead\r\n\r\nBody\tTEXT  ", "", " ", "\r\n"]
        for text in texts {
            #expect(ContentHash.asciiNormalized(text) == ContentHash.normalized(text), "\(text.debugDescription)")
        }
        #expect(ContentHash.asciiNormalized("café") == nil)
    }

    /// Text mostly ASCII with what joins characters across the bytes: "\r\n", combining marks
    /// after spaces and letters, a prepended mark, joiners, flags, non-ASCII whitespace, scalars
    /// either side of U+0300, and a capital that lowercases to two scalars.
    @Test func mostlyASCIIFoldingIsTheCharacterWays() {
        let alphabet =
            (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
                "\r\n", "\u{301}", "\u{300}", "\u{2FF}", "\u{2C0}", "é", "Ä", "\u{600}", "\u{200D}", "👍",
                "\u{1F1E9}", "\u{1F1EA}", "\u{A0}", "\u{85}", "\u{2028}", "\u{3000}", "İ", "\u{93F}", "’", "—",
                "\u{1F3FB}",
            ]
        var generator = SystemRandomNumberGenerator()
        let texts =
            (0..<5000).map { _ in
                (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                    .joined()
            } + [" \u{301}a", "a \u{301}", "\u{600} x", "\r\n\u{301}", "x\r", "\r", "  Lead — body’s  "]
        for text in texts {
            #expect(ContentHash.mostlyASCIINormalized(text) == ContentHash.normalized(text), "\(text.debugDescription)")
        }
    }
}
