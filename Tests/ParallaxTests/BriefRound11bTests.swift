import Foundation
import Testing

@testable import Parallax

/// The brief's shortcuts of round 11b (docs/pipeline.md), each against the longer way it replaced.
@Suite("Brief shortcuts, round 11b")
struct BriefRound11bTests {
    /// Name words, with possessives, repeats and non-ASCII forms that compare equal as characters.
    static let nameWords = [
        "Ann", "Lee", "Lee's", "Lee’s", "Park", "Ho", "Café", "Cafe\u{301}", "Pellingford", "Pellingford’s", "de", "Al",
    ]

    static func names(_ generator: inout some RandomNumberGenerator) -> Set<String> {
        Set(
            (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                    nameWords.randomElement(using: &generator)!
                }.joined(separator: Bool.random(using: &generator) ? " " : "  ")
            })
    }

    /// `ClaimAligner.sharesName` against round 9's reference, which puts each name's words in a
    /// set: here with words equal only as characters ("Café", "Cafe" and a combining accent) and
    /// names split by two spaces.
    @Test func sharedNamesAreTheSetWays() {
        var generator = SystemRandomNumberGenerator()
        var shared = 0
        for _ in 0..<4000 {
            let left = Self.names(&generator)
            let right = Self.names(&generator)
            let answer = ClaimAligner.sharesName(left, right)
            #expect(answer == IngestRound9Tests.sharesNameSplittingEachPair(left, right), "\(left) | \(right)")
            if answer { shared += 1 }
        }
        // Both answers are met (the test would pass alike if every pair answered the same).
        #expect(shared > 100 && shared < 3900)
        #expect(ClaimAligner.sharesName(["Ann Lee"], ["Lee’s"]))
        #expect(!ClaimAligner.sharesName(["Ann Lee"], ["Ho Park"]))
    }

    @Test func kickersReadTheSharedOpeningWords() {
        let texts =
            SectionShortcutTests.texts + [
                "Adding urgency: Lionsgate already has it", "Up the coast... the Sixers canned", "A b c d", "A: b",
            ]
        for text in texts {
            for kicker in 0...4 {
                for more in 0...3 {
                    let opening = SummaryWriter.firstWords(of: text, count: kicker + 1 + more)
                    #expect(
                        SummaryWriter.leansOnKicker(opening: opening, words: kicker)
                            == SummaryWriter.leansOnKicker(text, words: kicker), "\(text.debugDescription)")
                    #expect(
                        Array(opening.prefix(kicker + 1)) == SummaryWriter.firstWords(of: text, count: kicker + 1))
                }
            }
        }
        #expect(SummaryWriter.leansOnKicker("Adding urgency: Lionsgate already has it", words: 3))
        #expect(!SummaryWriter.leansOnKicker("Lionsgate already has it: a deal", words: 3))
    }

    @Test func readerPronounsAreFoundWithoutLoweringLongWords() {
        let pronouns: Set<String> = ["i", "we", "you", "our", "my", "your"]
        let words =
            SectionShortcutTests.randomTexts(count: 2000).flatMap { $0.split(separator: " ").map(String.init) } + [
                "I", "We", "YOU", "Our", "mY", "Your", "Yours", "\u{212A}", "\u{130}", "İ", "You\u{301}", "Wé",
                "We\u{301}",
            ]
        var found = 0
        for word in words {
            let token = Token(
                start: 0, end: 0, text: word, stem: word, isStopWord: false, isCapitalized: false, isNumber: false)
            let answer = StorySentences.addressesTheReader(token)
            #expect(answer == pronouns.contains(word.lowercased()), "\(word.debugDescription)")
            if answer { found += 1 }
        }
        #expect(found >= 6)
    }

    @Test func repeatedTextsShareTheirWordsNumber() {
        var words = FactFinder.WordSets()
        let texts = SectionShortcutTests.randomTexts(count: 40, asciiOnly: true) + ["a b", "b a", "A b", "a b"]
        let repeated = texts + texts.reversed()
        let numbers = repeated.enumerated().map { words.number(of: $0.offset, text: $0.element) }
        for (first, firstText) in repeated.enumerated() {
            for (second, secondText) in repeated.enumerated() {
                let a = FactFinder.words(of: firstText)
                let b = FactFinder.words(of: secondText)
                #expect((numbers[first] == numbers[second]) == (a == b))
                let jaccard = Double(a.intersection(b).count) / Double(max(1, a.union(b).count))
                #expect(words.overlap(numbers[first], numbers[second]) == (jaccard >= FactFinder.copyOverlap))
            }
        }
    }
}
