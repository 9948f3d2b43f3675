import Foundation
import Testing

@testable import Parallax

/// Where `TextSearch.settledAnswer` answers, it answers as Foundation's `range(of:)` does (which
/// `SentenceHygiene` asked before): character for character under canonical equivalence.
@Suite("Settled byte answers against Foundation")
struct SettledSearchTests {
    @Test func settledAnswersAreFoundations() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = [
            "a", "&", "K", "\u{212A}", "e", "\u{301}", "é", "’", "'", ";", "\u{37E}", "`", "\u{1FEF}", " ", "\r", "\n",
            "<", "\u{338}", "p",
        ]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
            if let settled = TextSearch.settledAnswer(text, needle) {
                #expect(
                    settled == (text.range(of: needle) != nil), "\(text.debugDescription) / \(needle.debugDescription)")
            }
        }
    }

    @Test func marksOfPageFurnitureAreSettledInPlainText() {
        #expect(TextSearch.settledAnswer("Shares rose &amp; fell", "&amp;") == true)
        #expect(TextSearch.settledAnswer("Shares rose and fell", "&amp;") == false)
        #expect(TextSearch.settledAnswer("Shares rose \u{37E} fell", "&amp;") == nil)
        #expect(TextSearch.settledAnswer("“Quoted,” she said", "&quot;") == false)
    }
}
