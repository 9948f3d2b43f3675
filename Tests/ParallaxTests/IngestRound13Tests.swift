import Foundation
import Testing

@testable import Parallax

/// The analysis shortcuts of round 13 of the ingest's speed (docs/pipeline.md), each against the
/// longer way it replaced, on random texts mostly ASCII with accented words written both ways
/// (one scalar or a letter and a combining mark), which `String` counts equal and Snowball does not.
@Suite("Ingest shortcuts, round 13")
struct IngestRound13Tests {
    static let pieces: [String] = [
        " ", " ", " ", ".", ",", "!", "?", "(", ")", "-", "'", "’", "\"", "Café", "Cafe\u{301}", "café", "cafe\u{301}",
        "CAFÉ", "Running", "runs", "ran", "RUN", "the", "The", "1990s", "3rd", "42", "Dr", "Jan", "Sept", "Mr", "D",
        "R", "I", "Mass", "Fla", "Sen", "U", "S", "Smith", "said", "Monday", "Kyiv", "Russia’s", "Russia's", "é",
        "\u{301}", "ß", "İstanbul", "Ölwerk", "naïve", "nai\u{308}ve",
    ]

    static let asciiPieces = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } }

    static func randomText(_ generator: inout SystemRandomNumberGenerator, most: Int = 24, ascii: Bool = false)
        -> String
    {
        (0..<Int.random(in: 0...most, using: &generator)).map { _ in
            (ascii ? asciiPieces : pieces).randomElement(using: &generator)!
        }.joined()
    }

    /// Stems kept by a stemmer are the stems a new one makes, byte for byte: "café" with one
    /// scalar and with two are stemmed each as written (keeping every word would answer the
    /// second with the first's stem).
    @Test func keptStemsAreSnowballsStems() throws {
        let kept = try #require(SnowballStemmer(languageCode: "en"))
        var generator = SystemRandomNumberGenerator()
        var words = Self.pieces.map { $0.lowercased() } + ["running", "cafe\u{301}s", "caf\u{E9}s"]
        words += (0..<2_000).map { _ in Self.randomText(&generator, most: 3).lowercased() }
        var differentBytes = 0
        for word in words + words.reversed() {
            let fresh = try #require(SnowballStemmer(languageCode: "en")).stem(word)
            #expect(Array(kept.stem(word).utf8) == Array(fresh.utf8), "\(word.debugDescription)")
        }
        for (one, two) in [("caf\u{E9}s", "cafe\u{301}s"), ("na\u{EF}ve", "nai\u{308}ve")] {
            #expect(one == two)
            if Array(kept.stem(one).utf8) != Array(kept.stem(two).utf8) { differentBytes += 1 }
        }
        // The control: the two spellings' stems do differ, so a table keyed by `String` would fail.
        #expect(differentBytes == 2)
    }

    /// An analyzer that read other articles first makes the tokens a new analyzer makes, byte for
    /// byte (the facts it keeps of each word), in English and in another language after it.
    @Test func keptWordFactsAreTheWordsOwn() {
        var generator = SystemRandomNumberGenerator()
        let reused = ArticleAnalyzer()
        for number in 0..<300 {
            let language = number % 7 == 6 ? "de" : "en"
            let article = Article(
                id: "t\(number)", input: "t", language: language,
                text: Self.randomText(&generator, ascii: number % 2 == 0) + "\n\n"
                    + Self.randomText(&generator, ascii: number % 4 == 0))
            let expected = ArticleAnalyzer().analyze(article).sentences.flatMap(\.tokens)
            let sentences = reused.analyze(article).sentences
            let tokens = sentences.flatMap(\.tokens)
            #expect(tokens.count == expected.count)
            // Offsets are scalars of the article (read from bytes in ASCII text).
            let scalars = Array(article.text.unicodeScalars)
            let text = { (start: Int, end: Int) in Array(String(String.UnicodeScalarView(scalars[start..<end])).utf8) }
            for sentence in sentences {
                #expect(text(sentence.start, sentence.end) == Array(sentence.text.utf8))
                for token in sentence.tokens { #expect(text(token.start, token.end) == Array(token.text.utf8)) }
            }
            for (token, fresh) in zip(tokens, expected) {
                #expect(token == fresh)
                #expect(Array(token.text.utf8) == Array(fresh.text.utf8))
                #expect(Array(token.stem.utf8) == Array(fresh.stem.utf8), "\(token.text.debugDescription)")
            }
        }
    }

    /// MinHash function by function over an array is the set walked once per shingle.
    @Test func minHashIsTheShingleByShingleSignature() {
        let detector = NearDuplicateDetector()
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 12, 500] + (0..<50).map({ _ in Int.random(in: 0...300, using: &generator) }) {
            let shingles = Set((0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) })
            var signature = [UInt64](repeating: .max, count: detector.hashFunctions)
            for shingle in shingles {
                for function in 0..<detector.hashFunctions {
                    let value = NearDuplicateDetector.mix(shingle ^ Self.seeds[function])
                    if value < signature[function] { signature[function] = value }
                }
            }
            #expect(detector.minHash(shingles) == signature)
        }
    }

    /// `NearDuplicateDetector`'s seeds, as it makes them.
    static let seeds: [UInt64] = (0..<256).map { NearDuplicateDetector.mix(UInt64($0) &+ 0x5851_F42D_4C95_7F2D) }

    /// 5,000 strings of up to four random pieces each.
    static func joinings(of pieces: [String]) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<5_000).map { _ in
            (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
    }

    @Test func bracketGapsAreTheTrimmedPrefix() {
        let gapPieces = [".", ")", "(", " ", ",", "\u{301}", ".)", "\u{A0}", "a", ""]
        var closing = 0
        for gap in Self.joinings(of: gapPieces) {
            let expected = gap.trimmingPrefix(".").hasPrefix(")")
            #expect(QuoteExtractor.closesABracket(gap) == expected, "\(gap.debugDescription)")
            if expected { closing += 1 }
        }
        #expect(closing > 200)
    }

    /// `isPartyTag` before round 13: the run's text made before its first letter was looked at.
    static func isPartyTagTheLongWay(_ tokens: [Token], in sentence: AnalyzedSentence) -> Bool {
        guard let first = tokens.first, let last = tokens.last, first.start >= sentence.start else { return false }
        let scalars = sentence.text.unicodeScalars.dropFirst(first.start - sentence.start).prefix(
            last.end - first.start)
        let letters = Array(String(String.UnicodeScalarView(scalars)))
        guard letters.count >= 3, ["D", "R", "I"].contains(letters[0]), letters[1] == "-", letters[2].isUppercase
        else { return false }
        let before = sentence.text.unicodeScalars.prefix(first.start - sentence.start)
        return before.last == "(" || String(String.UnicodeScalarView(before.suffix(2))) == ", "
    }

    @Test func partyTagsAreFoundAsBefore() {
        var generator = SystemRandomNumberGenerator()
        let tags = ["(D-Mass.)", "(R-Fla.)", ", I-Vt.", "(D-\u{301}Mass.)", "(Dr-Mass.)", "(I-95)", "(d-Mass.)"]
        var found = 0
        for _ in 0..<400 {
            let text =
                "Sen. " + Self.randomText(&generator, most: 4) + " " + tags.randomElement(using: &generator)! + " "
                + Self.randomText(&generator, most: 4) + " said."
            for sentence in ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
                .sentences
            {
                for start in sentence.tokens.indices {
                    for end in start..<min(start + 3, sentence.tokens.count) {
                        let run = Array(sentence.tokens[start...end])
                        let expected = Self.isPartyTagTheLongWay(run, in: sentence)
                        #expect(EntityRecognizer.isPartyTag(run, in: sentence) == expected, "\(text.debugDescription)")
                        if expected { found += 1 }
                    }
                }
            }
        }
        #expect(found > 100)
    }

    @Test func ordinalsAreReadAsBefore() {
        let wordPieces = ["1", "2", "٣", "Ⅷ", "½", "st", "nd", "RD", "th", "a", "\u{301}", "é", "-", ".", "x", "42"]
        var ordinals = 0
        for word in Self.joinings(of: wordPieces) {
            let digits = word.prefix { $0.isNumber }
            let expected =
                !digits.isEmpty && ["st", "nd", "rd", "th"].contains(word.dropFirst(digits.count).lowercased())
            #expect(EntityRecognizer.isOrdinal(word) == expected, "\(word.debugDescription)")
            if expected { ordinals += 1 }
        }
        #expect(ordinals > 100)
    }

    /// The sentence each time token is in, counted by the rule before round 13 from copies of the
    /// last two tokens (texts without a line break, which starts a sentence of its own).
    @Test func timeTokensCountSentencesAsBefore() {
        var generator = SystemRandomNumberGenerator()
        var ends = 0
        for _ in 0..<3_000 {
            let tokens = TimeTokenizer().tokens(of: Self.randomText(&generator, most: 30))
            var sentence = 0
            for (index, token) in tokens.enumerated() {
                if index > 0, token.spaceBefore,
                    Self.endsSentence(tokens[index - 1], after: index > 1 ? tokens[index - 2] : nil)
                {
                    sentence += 1
                    ends += 1
                }
                #expect(token.sentence == sentence)
            }
        }
        #expect(ends > 40)
    }

    static func endsSentence(_ last: TimeToken?, after previous: TimeToken?) -> Bool {
        guard let last, last.kind == .punctuation else { return false }
        switch last.lower {
        case "!", "?": return true
        case ".":
            guard let previous, previous.kind == .word else { return true }
            return previous.lower.utf8.count > 1 && !TimeLexicon.abbreviations.contains(previous.lower)
                && !(previous.entry?.isAbbreviatedMonth ?? false)
        default: return false
        }
    }
}
