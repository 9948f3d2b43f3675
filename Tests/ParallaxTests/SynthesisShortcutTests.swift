import Foundation
import Testing

@testable import Parallax

/// Shortcuts the brief's sections take must give what the longer way gave.
@Suite("Synthesis shortcuts")
struct SynthesisShortcutTests {
    static let alphabet: [String] = [
        "a", "“", "”", "«", "»", "\"", "\u{301}", " ", "\n", "\r", ":", "é", "\u{200D}", "👍", "\t", "\u{A0}",
    ]

    static func randomTexts() -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<3000).map { _ in
            (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
        }
    }

    @Test func quotationMarksAreCountedAsCharacters() {
        for text in Self.randomTexts() {
            let marks = StorySentences.quotationMarks(in: text)
            #expect(marks.opens == text.filter { $0 == "“" || $0 == "«" }.count, "\(text.debugDescription)")
            #expect(marks.closes == text.filter { $0 == "”" || $0 == "»" }.count, "\(text.debugDescription)")
            #expect(marks.straight == text.filter { $0 == "\"" }.count, "\(text.debugDescription)")
        }
    }

    @Test func trimmingIsFoundations() {
        for text in Self.randomTexts() {
            let substring = text[...]
            #expect(
                SentenceHygiene.trimmed(substring) == substring.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
    }
}
