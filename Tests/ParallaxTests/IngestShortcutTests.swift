import Testing

@testable import Parallax

/// Shortcuts the ingest's per-article work takes must give what the longer way gave: the
/// near-duplicate shingles of ASCII text from its bytes, and the quantity reader's skipped signs.
@Suite("Ingest shortcuts")
struct IngestShortcutTests {
    /// Every ASCII scalar, and a few others the general way reads.
    static let alphabet: [String] =
        (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
            "é", "Ä", "\u{301}", "٣", "½", "ß", "\u{A0}", "Ⅻ",
        ]

    static func randomTexts(count: Int = 2000) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                // Mostly letters and spaces, so texts have words enough for shingles.
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: " "
                case 1: String(UnicodeScalar(UInt8.random(in: 97...122, using: &generator)))
                default: alphabet.randomElement(using: &generator)!
                }
            }.joined()
        }
    }

    /// The word hashes as made before the ASCII shortcut: every scalar's properties asked,
    /// every letter lowercased as a string.
    static func referenceWordHashes(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in String(scalar).lowercased().utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        return words
    }

    @Test func shinglesAreTheScalarWays() {
        let texts =
            Self.randomTexts() + [
                "The Quick brown fox, 42 times: JUMPED over the lazy dog.", "Café au lait ½ DEUX Ⅻ réunions de 2026",
                "tab\tseparated\r\nlines\u{0B}and\u{0C}more words here", "",
            ]
        for text in texts {
            // The word hashes are all the shortcut changes; the shingles are folded from them.
            #expect(
                NearDuplicateDetector.wordHashes(of: text) == Self.referenceWordHashes(of: text),
                "\(text.debugDescription)")
        }
    }

    @Test func onlyWordsEndingAsMultipliersAreReadAsJoinedSums() {
        let words = [
            "2.1bn", "200mm", "40m", "3b", "5k", "ten", "tenm", "12", "1,000", "bn", "m", "k", "2.5x", "40min", "$", "",
        ]
        for word in words + Self.randomTexts(count: 300).map({ $0.lowercased() }) {
            for sign in ["$", "€", "£", " $", "", "x", "US$"] where !QuantityReader.maySum(word) {
                #expect(QuantityReader.sum(written: word, after: sign) == nil, "\(word.debugDescription)")
            }
        }
        #expect(QuantityReader.maySum("2.1bn") && QuantityReader.sum(written: "2.1bn", after: "$") == 2.1e9)
        #expect(QuantityReader.sum(written: "40m", after: " £") == 40e6)
    }
}
