import Foundation
import Testing

@testable import Parallax

/// The analysis shortcuts of round 12 of the ingest's speed (docs/pipeline.md), each against the
/// longer way it replaced, on random texts mostly ASCII with the pieces each shortcut reads at
/// its edges: closing stops and spaces, quotation marks, commas, combining marks, a prepended
/// scalar, "\r\n".
@Suite("Ingest shortcuts, round 12")
struct IngestRound12Tests {
    static let pieces: [String] = [
        " ", "  ", ".", "\n", "\t", ",", ", ", "\r\n", "\r", "\u{301}", "\u{600}", "“", "‘", "\"", "'", "’", "é",
        "\u{A0}", "👍", "K", "\u{212A}", "a", "Z", "s", "Obama", "Trump Says", "the", "Fire In Brooklyn",
    ]

    static func randomText(_ generator: inout SystemRandomNumberGenerator, most: Int = 6) -> String {
        (0..<Int.random(in: 0...most, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            .joined()
    }

    static var texts: [String] {
        var generator = SystemRandomNumberGenerator()
        return IngestRound11Tests.texts + (0..<3_000).map { _ in randomText(&generator) }
    }

    @Test func titlesAndLinesAreComparedAsCharacters() {
        var generator = SystemRandomNumberGenerator()
        var held = 0
        for _ in 0..<6_000 {
            let title = Self.randomText(&generator, most: 8)
            // Half the lines are taken from the title (a run of its characters), with closings after.
            let characters = Array(title)
            var line = Self.randomText(&generator)
            if Bool.random(using: &generator), !characters.isEmpty {
                let start = Int.random(in: 0..<characters.count, using: &generator)
                let end = Int.random(in: start...characters.count, using: &generator)
                line = String(characters[start..<end]) + Self.randomText(&generator, most: 2)
            }
            let closed = title + [".", " .", "\n", "", "\r\n", ".\u{301}"].randomElement(using: &generator)!
            for (title, line) in [(title, line), (closed, line), (line, closed)] {
                let expected = IngestRound12Reference.titleAndLineHoldEachOther(title, line)
                #expect(
                    EntityRecognizer.holdEachOther(title, line) == expected,
                    "\(title.debugDescription) \(line.debugDescription)")
                if expected { held += 1 }
            }
        }
        // The comparison's own cases are met, not only its refusals.
        #expect(held > 500)
    }

    @Test func wordsAreTheSplitWay() {
        for text in Self.texts {
            let words = text.split(separator: " ")
            #expect(EntityName.wordCount(text) == words.count, "\(text.debugDescription)")
            #expect(EntityName.lastWord(text) == (words.last.map(String.init) ?? ""), "\(text.debugDescription)")
            #expect(
                Array(EntityName.lastWord(text).utf8) == Array((words.last.map(String.init) ?? "").utf8),
                "\(text.debugDescription)")
        }
    }

    @Test func openingMarksAreTheScalars() {
        let keys: Set<Unicode.Scalar> = ["“", "‘", "\"", "'"]
        for text in Self.texts {
            #expect(
                EntityRecognizer.holdsOpeningMark(text) == text.unicodeScalars.contains(where: keys.contains),
                "\(text.debugDescription)")
        }
    }

    /// An ASCII sentence's bytes answer as the array of its scalars does, quoted or not.
    @Test func quotedTitlesReadFromBytesAreTheScalarArraysAnswer() {
        let text = """
            He saw "The Hunger Games" with Obama's aide. She loved 'Twilight' and "Take Me Out to the Ball Game," \
            Lee said. The film "Jane The Virgin" aired; ‘Catching Fire’ did not.
            """
        let analyzed = ArticleAnalyzer().analyze(
            Article(id: "q", input: "q.txt", outlet: nil, title: nil, published: nil, authors: [], text: text))
        var quoted = 0
        for sentence in analyzed.sentences {
            for (position, token) in sentence.tokens.enumerated() where token.isCapitalized {
                let mention = EntityMention(
                    text: token.text, start: token.start, end: token.end, type: .other, name: token.text,
                    sentence: sentence.index)
                let scalarWay = EntityRecognizer.isQuotedTitle(
                    mention, at: position, in: sentence, scalars: Array(sentence.text.unicodeScalars))
                #expect(
                    EntityRecognizer.isQuotedTitle(mention, at: position, in: sentence) == scalarWay, "\(token.text)")
                if scalarWay { quoted += 1 }
            }
        }
        #expect(quoted >= 3)
    }

    @Test func commasAreFoundationsAnswer() {
        for text in Self.texts {
            #expect(QuoteExtractor.holdsComma(text) == text.contains(","), "\(text.debugDescription)")
        }
    }

    /// Read for the first look-ups, gathered after: a set's answers either way.
    @Test func lowerCaseWordsAreTheSetsAnswers() {
        let sentences = ArticleAnalyzer().analyze(AnalysisArchiveTests.article).sentences
        let gathered = Set(sentences.flatMap(\.tokens).map(\.text).filter { $0.firstIsLowercase })
        let asked = [
            "ferry", "Ferry", "sank", "water", "boat", "", "Officials", "rescued", "ferry", "passenger", "said",
            "Quarn", "search", "ça",
        ]
        for rounds in 0..<3 {
            let words = EntityRecognizer.LowerCaseWords(sentences)
            for word in asked.dropFirst(rounds) {
                #expect(words.contains(word) == gathered.contains(word), "\(word)")
            }
        }
        #expect(EntityRecognizer.LowerCaseWords.readLookups < asked.count - 2)
    }

    /// An ASCII article's archive compares token texts by bytes: texts not their sentence's, of
    /// other lengths and at offsets past the sentence are kept, and all the rest read back.
    @Test func asciiArchivesKeepTokensThatAreNotTheirSentences() throws {
        let article = Article(
            id: "a3", input: "a3.txt", outlet: "The Ledger", title: "Ferry sinks",
            published: PublicationDate(iso8601: "2026-01-07T10:30:00"), authors: [],
            text: """
                A ferry carrying 240 passengers sank off Korvin Island on Sunday. "We saw the water rise," \
                said Mira Tallo.

                Officials said 212 people were rescued.
                """)
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(article.text.utf8.allSatisfy { $0 < 0x80 })
        let bytes = AnalysisArchive.encode(analyzed)
        #expect(try AnalysisArchive.decode(bytes, article: analyzed.article) == analyzed)
        var changed = analyzed
        changed.sentences[0].tokens[1].text = "boat!"
        changed.sentences[0].tokens[2].text = "FERRY"
        changed.sentences[1].tokens[0].end += 500
        changed.sentences[2].text = "Officials said many were rescued."
        let decoded = try AnalysisArchive.decode(AnalysisArchive.encode(changed), article: analyzed.article)
        #expect(decoded == changed)
        #expect(AnalysisArchive.encode(changed).count > bytes.count)
    }
}
