import Foundation
import Testing

@testable import Parallax

/// The analysis shortcuts of round 11 of the ingest's speed (docs/pipeline.md), each against the
/// longer way it replaced, on random texts mostly ASCII with the pieces each shortcut reads at
/// its edges: spaces, possessives, combining marks, a prepended scalar, "\r\n".
@Suite("Ingest shortcuts, round 11")
struct IngestRound11Tests {
    static let pieces: [String] = [
        " ", "  ", "s", "'s", "’s", "’", "'", "S", "a", "Z", "7", "\u{301}", "\u{600}", "\r\n", "\r", "é", "İ",
        "\u{A0}", "ß", "👍", "٣", "war", "world", "new year", "super tuesday",
    ]

    /// Round 9's random texts, and texts of the pieces above (some made of words the lexicon knows).
    static var texts: [String] {
        var generator = SystemRandomNumberGenerator()
        let made = (0..<3_000).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
        return IngestRound9Tests.texts + made + ["", "World War II", "Super Tuesday night", " world war", "s"]
    }

    @Test func firstCharactersAreCharacters() {
        for text in Self.texts {
            #expect(text.firstIsUppercase == (text.first?.isUppercase == true), "\(text.debugDescription)")
            #expect(text.firstIsLowercase == (text.first?.isLowercase == true), "\(text.debugDescription)")
            #expect(text.firstIsNumber == (text.first?.isNumber == true), "\(text.debugDescription)")
        }
    }

    @Test func possessivesAreTheSuffixWay() {
        for text in Self.texts {
            var suffixWay = text
            for suffix in ["’s", "'s"] where text.hasSuffix(suffix) {
                suffixWay = String(text.dropLast(suffix.count))
                break
            }
            #expect(EntityName.withoutPossessive(text) == suffixWay, "\(text.debugDescription)")
            #expect(
                EntityRecognizer.endsWithPossessive(text)
                    == (text.hasSuffix("’s") || text.hasSuffix("'s") || text.hasSuffix("’") && text.count > 2),
                "\(text.debugDescription)")
        }
    }

    @Test func sentenceEndingsAreCharacters() {
        let endings = ["!", "?", ".", "!\"", "?”", "!’ ", "?)", "!] \r\n", "\u{600}!", "!\u{301}", "\u{A0}", "?\u{A0}"]
        var generator = SystemRandomNumberGenerator()
        let texts = Self.texts + Self.texts.map { $0 + endings.randomElement(using: &generator)! }
        for text in texts {
            let sentence = Substring(text)
            let characterWay = sentence.reversed().first { !$0.isWhitespace && !"\"”’')]".contains($0) }
            #expect(
                TextSegmenter.endsWithExclamationOrQuestion(sentence) == (characterWay == "!" || characterWay == "?"),
                "\(text.debugDescription)")
        }
    }

    @Test func otherNamesAreTheSplitWay() {
        var known = 0
        for text in Self.texts {
            let words = text.lowercased().split(separator: " ")
            let splitWay =
                EntityLexicon.otherNames.contains(words.joined(separator: " "))
                || words.count > 2 && EntityLexicon.otherNames.contains(words.prefix(2).joined(separator: " "))
            #expect(EntityLexicon.isOtherName(text) == splitWay, "\(text.debugDescription)")
            if splitWay { known += 1 }
        }
        // The rule's own cases are met, not only its refusals.
        #expect(known > 10)
    }
}
