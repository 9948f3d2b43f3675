import Foundation
import Testing

@testable import Parallax

/// The shortcuts of round 9 of the ingest's speed (docs/pipeline.md), each against the longer way
/// it replaced, on random texts mostly ASCII (where most apply) with line ends, controls, marks,
/// apostrophes, points and other scripts.
@Suite("Ingest shortcuts, round 9")
struct IngestRound9Tests {
    static let alphabet: [String] =
        (0..<127).map { String(UnicodeScalar(UInt8($0))) } + [
            "\r\n", "é", "É", "\u{301}", "’", "‘", "“", "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "ß", "👍", "İ",
            "K",
        ]

    /// `SectionShortcutTests`' random texts of these pieces, of all ASCII, and of printable ASCII.
    static var texts: [String] {
        SectionShortcutTests.randomTexts(from: alphabet)
            + SectionShortcutTests.randomTexts(from: Array(alphabet.prefix(127)))
            + SectionShortcutTests.randomTexts(asciiOnly: true)
    }

    @Test func characterCountsAreCounts() {
        for text in Self.texts {
            for count in 0...4 {
                #expect(text.hasMoreCharacters(than: count) == (text.count > count), "\(text.debugDescription)")
            }
        }
    }

    @Test func asciiParagraphsAreTheScalarWays() {
        for text in Self.texts {
            let scalarWay = text.unicodeScalars.split(whereSeparator: {
                (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value)
            })
            .map { String(String.UnicodeScalarView($0)).trimmingASCIIWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
            #expect(ArticleBuilder.normalizedParagraphs(text) == scalarWay, "\(text.debugDescription)")
            if let ascii = ArticleBuilder.asciiParagraphs(text) {
                #expect(text.utf8.allSatisfy { $0 < 0x80 })
                #expect(ascii == scalarWay, "\(text.debugDescription)")
            }
        }
    }

    @Test func apostrophesAndPointsAreCharacters() {
        for text in Self.texts {
            #expect(
                PerspectiveFinder.holdsApostropheOrPoint(text)
                    == text.contains(where: { $0 == "'" || $0 == "’" || $0 == "." }), "\(text.debugDescription)")
        }
    }

    @Test func whitespaceWordsAreTheSplit() {
        for text in Self.texts {
            #expect(
                text.whitespaceSeparatedWords() == text.split(whereSeparator: { $0.isWhitespace }),
                "\(text.debugDescription)")
        }
    }

    @Test func loweredWordsAreFoundationsTrim() {
        for text in Self.texts {
            let words = text.split(separator: " ")
            #expect(
                BriefSynthesizer.lowered(words)
                    == words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) },
                "\(text.debugDescription)")
        }
    }

    /// The old test, which counted the whole sentence.
    static func endsWithWordThatLeadsOnCounting(_ sentence: Substring) -> Bool {
        var text = sentence
        while text.last?.isWhitespace == true { text.removeLast() }
        guard text.last == "." || text.last == "?" else { return false }
        text.removeLast()
        let word = text.reversed().prefix { $0.isLetter }
        guard !word.isEmpty, word.count < text.count else { return false }
        let before = text[text.index(text.endIndex, offsetBy: -word.count - 1)]
        return before.isWhitespace && TextSegmenter.wordsThatLeadOn.contains(String(word.reversed()).lowercased())
    }

    @Test func wordsThatLeadOnAreFoundWithoutCounting() {
        let endings = ["armed with her. ", "with a.", "The.", " the.", "x the .", "e\u{301} an.", "\u{A0}its.", "of."]
        for text in Self.texts + Self.texts.map({ $0 + endings.randomElement()! }) {
            #expect(
                TextSegmenter.endsWithWordThatLeadsOn(text[...]) == Self.endsWithWordThatLeadsOnCounting(text[...]),
                "\(text.debugDescription)")
        }
    }

    /// The old cosine: each term of the smaller vector looked up in the larger one's dictionary.
    static func lookedUpCosine(_ a: TermVector, _ b: TermVector) -> Double {
        let (small, large) = a.weights.count <= b.weights.count ? (a, b) : (b, a)
        var sum = 0.0
        for (term, weight) in small.weights.sorted(by: { $0.key < $1.key }) {
            if let match = large.weights[term] { sum += weight * match }
        }
        return sum
    }

    @Test func cosineIsTheLookedUpSum() {
        var generator = SystemRandomNumberGenerator()
        let terms = ["flood", "river", "é", "e\u{301}", "Zeta", "zeta", "dam", "ß", "ss", "K", "k", "rain", "城"]
        for _ in 0..<3000 {
            func vector() -> TermVector {
                var weights: [String: Double] = [:]
                for _ in 0..<Int.random(in: 0...10, using: &generator) {
                    weights[terms.randomElement(using: &generator)!] = Double.random(in: 0.01...5, using: &generator)
                }
                return TermVector(weights: weights)
            }
            let a = vector()
            let b = vector()
            #expect(a.cosine(b).bitPattern == Self.lookedUpCosine(a, b).bitPattern)
            #expect(b.cosine(a).bitPattern == Self.lookedUpCosine(a, b).bitPattern)
        }
    }

    /// The old test, which split the right side's names again for every name of the left.
    static func sharesNameSplittingEachPair(_ left: Set<String>, _ right: Set<String>) -> Bool {
        if !left.isDisjoint(with: right) { return true }
        func words(_ name: String) -> [Substring] {
            name.split(separator: " ").map { word in
                word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
            }
        }
        for a in left {
            for b in right {
                let aWords = words(a)
                let bWords = words(b)
                if aWords.last == bWords.last && (aWords.last?.count ?? 0) >= 3 { return true }
                if Set(aWords).isSubset(of: bWords) || Set(bWords).isSubset(of: aWords) { return true }
            }
        }
        return false
    }

    @Test func namesMeetAsBefore() {
        var generator = SystemRandomNumberGenerator()
        let words = ["tara", "reid", "reid's", "actress", "ana", "díaz", "díaz’s", "al", "x", ""]
        for _ in 0..<3000 {
            func names() -> Set<String> {
                Set(
                    (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                        (0..<Int.random(in: 1...3, using: &generator)).map { _ in words.randomElement()! }
                            .joined(separator: " ")
                    })
            }
            let left = names()
            let right = names()
            #expect(
                ClaimAligner.sharesName(left, right) == Self.sharesNameSplittingEachPair(left, right),
                "\(left) \(right)")
        }
    }
}
