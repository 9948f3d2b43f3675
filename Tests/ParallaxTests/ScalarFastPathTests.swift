import Testing

@testable import Parallax

/// The analysis takes scalar shortcuts where text is plain ASCII; these check that they give what
/// the `Character`-based definitions give, on plain text and on the cases the shortcuts hand back
/// (combining marks after spaces and periods, CR LF, no-break spaces, prepended marks).
@Suite("Scalar fast paths")
struct ScalarFastPathTests {
    static let samples = [
        "Mr. ", "Mr.", "said Dr.  \n", "J. ", "the U.S. ", "it ended.", "it ended. ", "5.", ".", " . ", "",
        "   ", "Gen.\r\n", "Gen.\u{301} ", "Gen. \u{301}", "Sen.\u{00A0}", "café. ", "Jan.” ", "x\u{0600}. ",
        "\u{0600} Mr. ", "a\u{0600}Mr. ", "Rev. (", "St.\t", "ab.cd. ", "Hon.\u{2028}", "Q. ", "q. ",
    ]

    @Test func abbreviationEndingsMatchCharacters() {
        for sample in Self.samples {
            #expect(
                AbbreviationList.endsWithAbbreviation(Substring(sample)) == Self.referenceEndsWithAbbreviation(sample),
                "\(sample.debugDescription)")
        }
    }

    @Test func paragraphCountsMatchCharacters() {
        let texts = [
            "One.\n\nTwo.\r\n\r\nThree. \n \nFour.", "A\n\n\u{301}B\n\nC", "A \u{301}\n\nB", "A\r\n\r\nB\n\u{0600}\nC",
            "\n\nLead.\n\n\n\nEnd\u{2029}\u{2029}x", "α\n\nβ\n\n γ",
        ]
        for text in texts {
            // Every scalar as a target, inside characters too, and only every third one.
            for step in [1, 3] {
                var counter = ParagraphCounter(text: text)
                var reference = ReferenceParagraphCounter(text: text)
                for (number, index) in text.unicodeScalars.indices.enumerated() where number % step == 0 {
                    #expect(
                        counter.paragraph(at: index) == reference.paragraph(at: index),
                        "\(text.debugDescription) at \(number)")
                }
            }
        }
    }

    @Test func namesNormalizeAsCharactersDo() {
        let names = [
            "Jonas Weber", "Jonas  Weber", " Jonas", "Jonas ", "Jonas\tWeber", "Jonas\nWeber", "Jonas\u{00A0}Weber",
            "Jonas \u{301}Weber", "Nicolás Maduro", "José \u{0600}Weber", "U.S", "A B C", "Jonas\u{2009}Weber", "",
        ]
        for name in names {
            let reference = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            var expected = reference
            if expected.count <= 4, expected.contains("."), !expected.hasSuffix(".") { expected += "." }
            #expect(EntityName.normalized(name) == expected, "\(name.debugDescription)")
        }
    }

    @Test func foldedNamesDropDiacriticsOnlyWhereThereAreSome() {
        #expect(EntityName.folded("Jonas WEBER") == "jonas weber")
        #expect(EntityName.folded("Nicolás Łukasz") == "nicolas lukasz")
        #expect(EntityName.folded("Zoë") == "zoe")
    }

    @Test func scalarSlicesBecomeTheSameStrings() {
        let scalars = Array("Zoë said “ja” — 東京 🇺🇦 e\u{301}".unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                #expect(
                    String(scalars: scalars[start..<end]).unicodeScalars.elementsEqual(scalars[start..<end]))
            }
        }
    }

    @Test func inferredAnchorsResolveAsBefore() {
        let tagger = TemporalTagger()
        let text = "The talks began on 3 March 2025. Two days later they stalled, and by May 2025 they were over."
        for anchor in [nil, TemporalAnchor(year: 2026, month: 1, day: 5)] {
            #expect(
                tagger.tag(text, anchorOrInferred: anchor)
                    == tagger.tag(text, anchor: anchor ?? tagger.inferredAnchor(of: text)))
        }
        #expect(tagger.inferredAnchor(of: text) != nil)
    }

    /// The definition before the scalar shortcut.
    static func referenceEndsWithAbbreviation(_ sentence: String) -> Bool {
        var trimmed = Substring(sentence)
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard trimmed.last == "." else { return false }
        trimmed.removeLast()
        let word = trimmed.reversed().prefix { $0.isLetter }
        guard !word.isEmpty else { return false }
        if word.count == 1, word.first!.isUppercase { return true }
        return AbbreviationList.words.contains(String(word.reversed()).lowercased())
    }

    /// `ParagraphCounter` as it was, character by character.
    struct ReferenceParagraphCounter {
        let text: String
        var index: String.Index
        var paragraph = 0
        var newlines = 0

        init(text: String) {
            self.text = text
            index = text.startIndex
        }

        mutating func paragraph(at target: String.Index) -> Int {
            while index < target {
                let character = text[index]
                if character.isNewline {
                    newlines += 1
                } else if !character.isWhitespace {
                    if newlines >= 2 { paragraph += 1 }
                    newlines = 0
                }
                index = text.index(after: index)
            }
            if newlines >= 2 {
                paragraph += 1
                newlines = 0
            }
            return paragraph
        }
    }
}
