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

/// The shortcuts of the brief's sections taken for speed (docs/pipeline.md, round 5), each
/// against the longer way it replaced.
@Suite("Synthesis shortcuts, round 5")
struct SectionShortcutTests {
    /// Mostly ASCII (where the shortcuts apply), with marks, line ends and other scripts.
    static let alphabet: [String] =
        (32..<127).map { String(UnicodeScalar(UInt8($0))) } + [
            "\n", "\r", "\r\n", "\t", "é", "É", "\u{301}", "٣", "½", "Ⅻ", "ß", "\u{A0}", "“", "👍",
        ]

    static func randomTexts(count: Int = 3000, asciiOnly: Bool = false, from pieces: [String] = alphabet) -> [String] {
        var generator = SystemRandomNumberGenerator()
        let letters = asciiOnly ? Array(alphabet.prefix(95)) + ["\n"] : pieces
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<3, using: &generator) == 0 ? " " : letters.randomElement(using: &generator)!
            }.joined()
        }
    }

    static var texts: [String] { randomTexts() + randomTexts(asciiOnly: true) }

    @Test func copyWordsAreTheCharacterWays() {
        for text in Self.texts {
            let reference = Set(
                text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            #expect(FactFinder.words(of: text) == reference, "\(text.debugDescription)")
        }
    }

    @Test func firstWordsAreTheSplitsFirst() {
        for text in Self.texts {
            for count in 0...4 {
                #expect(
                    SummaryWriter.firstWords(of: text, count: count) == Array(text.split(separator: " ").prefix(count)),
                    "\(text.debugDescription)")
            }
        }
    }

    @Test func linesWithColonAreTheSplitLinesWithOne() {
        for text in Self.texts {
            let reference = text.split(separator: "\n").filter { $0.utf8.contains(UInt8(ascii: ":")) }
            #expect(PerspectiveFinder.linesWithColon(text) == reference, "\(text.debugDescription)")
        }
    }

    @Test func sharingIsTheIntersectionsSize() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let first = Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in "s\(Int.random(in: 0..<12))" })
            let second = Set((0..<Int.random(in: 0...8, using: &generator)).map { _ in "s\(Int.random(in: 0..<12))" })
            for least in 0...5 {
                #expect(
                    FactFinder.share(first, second, atLeast: least) == (first.intersection(second).count >= least))
            }
        }
    }

    /// A sentence is alone when no sentence of another index shares its paragraph, as the scan
    /// over the article's sentences found.
    @Test func aloneIsTheScans() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let sentences = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                (paragraph: Int.random(in: 0..<4, using: &generator), index: Int.random(in: 0..<6, using: &generator))
            }
            let reading = SentenceHygiene.ArticleReading(title: " A title ", sentences: sentences)
            #expect(reading.title == "A title")
            for paragraph in 0..<5 {
                for index in 0..<7 {
                    let scanned = !sentences.contains { $0.paragraph == paragraph && $0.index != index }
                    #expect(reading.isAlone(paragraph: paragraph, index: index) == scanned)
                }
            }
        }
    }
}

extension SectionShortcutTests {
    @Test func wordShapeIsTheSplitWords() {
        for text in Self.texts {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            let lettered = words.filter { $0.first?.isLetter == true }
            let capitalised = lettered.filter { $0.first?.isUppercase == true }
            let shape = SentenceHygiene.wordShape(of: text)
            #expect(shape.words == words.count, "\(text.debugDescription)")
            #expect(shape.lettered == lettered.count, "\(text.debugDescription)")
            #expect(shape.capitalised == capitalised.count, "\(text.debugDescription)")
        }
    }

    /// Comparing two articles' places in publication order decides as `Article.precedes` does.
    @Test func publicationRankOrdersAsPrecedes() {
        var generator = SystemRandomNumberGenerator()
        let analyzer = ArticleAnalyzer()
        let dates = [nil, "2026-03-01", "2026-03-01T10:00:00Z", "2026-03-02"]
        let articles = (0..<12).map { number in
            analyzer.analyze(
                Article(
                    id: "a\(Int.random(in: 0..<100, using: &generator))-\(number)",
                    input: ["x.jsonl", "y.jsonl"].randomElement(using: &generator)!,
                    published: dates.randomElement(using: &generator)!.flatMap(PublicationDate.init(iso8601:)),
                    text: "Word \(number) here."))
        }
        let rank = FactFinder.publicationRank(of: articles)
        for first in articles.indices {
            for second in articles.indices where first != second {
                #expect(
                    Article.precedes(articles[first].article, articles[second].article)
                        == (rank[first] < rank[second]))
            }
        }
    }
}
