import Testing

@testable import Parallax

/// `TextSearch.contains` must answer as `String.contains` does, character for character.
@Suite("Searching text by its bytes")
struct TextSearchTests {
    @Test func answersAsContainsDoes() {
        let texts = [
            "The Ledger said on May 3 2026.", "Cafe\u{301} Ledger", "Café Ledger", "in '25 and ’25", "‘25 ok",
            "2026\u{301} was", "\u{212A}im Vell", "Kim Vell", "a;b", "a\u{37E}b", "line\r\nnext", "", "Ledger",
            "x\u{600}2026", "🇫🇷🇩🇪 flags", "e\u{301}", "The Ledger",
        ]
        let needles = [
            "Ledger", "2026", "'25", "’25", "‘25", "Kim", "a;b", "Cafe", "Café", "Cafe\u{301}", "\nnext",
            "line\r", "e", "🇩🇪", "The Ledger said on May 3 2026. And more", "Vell",
        ]
        for text in texts {
            for needle in needles {
                #expect(TextSearch.contains(text, needle) == text.contains(needle), "\(text) / \(needle)")
                #expect(
                    TextSearch.contains(text.dropFirst(), needle) == text.dropFirst().contains(needle),
                    "\(text.dropFirst()) / \(needle)")
            }
        }
    }

    @Test func answersAsContainsDoesOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = [
            "a", "b", "K", "\u{212A}", "e", "\u{301}", "é", "’", "'", "2", " ", "\r", "\n", ";", "\u{37E}", "`",
            "\u{1FEF}",
        ]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
            #expect(TextSearch.contains(text, needle) == text.contains(needle), "\(text.debugDescription) / \(needle)")
        }
    }
}
