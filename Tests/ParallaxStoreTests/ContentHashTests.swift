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
}
