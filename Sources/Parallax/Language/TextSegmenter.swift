internal import CICU
internal import ParallaxBase

/// Splits text into sentences and words with ICU's break iterators.
///
/// ICU's `ss=standard` locale keyword keeps common abbreviations ("Mr.", "U.S.", "Jan.")
/// inside sentences; `AbbreviationList` mends the few it still splits after ("Dr.", "Gen.").
public struct TextSegmenter: Sendable {
    public var locale: String

    public init(locale: String = "en_US@ss=standard") {
        self.locale = locale
    }

    /// Sentence ranges in `text`, whitespace trimmed, empty ones dropped.
    public func sentences(in text: String) -> [Range<String.Index>] {
        let raw = segments(of: text, kind: Int32(CICU_BREAK_SENTENCE), wordsOnly: false)
        var merged: [Range<String.Index>] = []
        for range in raw {
            if let last = merged.last,
                AbbreviationList.endsWithAbbreviation(text[last]) && startsLikeContinuation(text[range])
                    || Self.endsWithExclamationOrQuestion(text[last]) && Self.startsLowercase(text[range])
                    // The cheap test first: few sentences begin with a digit.
                    || Self.startsWithDigit(text[range]) && Self.endsWithWordThatLeadsOn(text[last])
            {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        return merged.compactMap { trimmed($0, in: text) }
    }

    /// Ranges of word-like segments (letters, numbers, ideographs); spaces and punctuation
    /// are skipped.
    public func words(in text: String) -> [Range<String.Index>] {
        segments(of: text, kind: Int32(CICU_BREAK_WORD), wordsOnly: true)
    }

    private func segments(of text: String, kind: Int32, wordsOnly: Bool) -> [Range<String.Index>] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var capacity = max(16, units.count / (wordsOnly ? 2 : 16))
        var boundaries: [Int32] = []
        var statuses: [Int32] = []
        while true {
            boundaries = Array(repeating: 0, count: capacity)
            statuses = Array(repeating: 0, count: capacity)
            let count = units.withUnsafeBufferPointer { buffer in
                cicu_breaks(
                    kind, locale, buffer.baseAddress, Int32(buffer.count), &boundaries, &statuses,
                    Int32(capacity))
            }
            if count < 0 { return [text.startIndex..<text.endIndex] }
            if Int(count) <= capacity {
                boundaries.removeSubrange(Int(count)...)
                statuses.removeSubrange(Int(count)...)
                break
            }
            capacity = Int(count)
        }
        var ranges: [Range<String.Index>] = []
        ranges.reserveCapacity(boundaries.count)
        let view = text.utf16
        var previousOffset = 0
        var previousIndex = view.startIndex
        for (boundary, status) in zip(boundaries, statuses) {
            let offset = Int(boundary)
            let index = view.index(previousIndex, offsetBy: offset - previousOffset)
            // Word rule statuses below 100 mark spaces and punctuation.
            if !wordsOnly || status >= 100 {
                // A boundary inside a scalar (never expected from ICU) would not round.
                if let lower = previousIndex.samePosition(in: text.unicodeScalars),
                    let upper = index.samePosition(in: text.unicodeScalars)
                {
                    ranges.append(lower..<upper)
                }
            }
            previousOffset = offset
            previousIndex = index
        }
        return ranges
    }

    /// Whether `sentence` ends with "!" or "?", a closing quotation mark or bracket after it
    /// allowed: ICU ends a sentence there whatever follows, so `"We won!" declared Rep. Moss` and
    /// "her E! network show" would leave a sentence beginning in the middle of another.
    static func endsWithExclamationOrQuestion(_ sentence: Substring) -> Bool {
        if let settled = asciiEndsWithExclamationOrQuestion(sentence.utf8) { return settled }
        let ending = sentence.reversed().first { !$0.isWhitespace && !"\"”’')]".contains($0) }
        return ending == "!" || ending == "?"
    }

    /// `endsWithExclamationOrQuestion` judged on bytes where the sentence ends in ASCII: skipping
    /// ASCII white space and `"')]` from the end to the first other byte, with an ASCII byte (or
    /// none) before it, every character read is one scalar ("\r\n" aside, white space either
    /// way). Nil where a byte outside ASCII comes first.
    static func asciiEndsWithExclamationOrQuestion(_ bytes: Substring.UTF8View) -> Bool? {
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let before = bytes.index(before: index)
            let byte = bytes[before]
            guard byte < 0x80 else { return nil }
            switch byte {
            case 0x09...0x0D, 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                index = before
            default:
                if before > bytes.startIndex, bytes[bytes.index(before: before)] >= 0x80 { return nil }
                return byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            }
        }
        return false
    }

    /// Words no English sentence ends with: a "." after one is a slip before a number ("returned
    /// with a. 357 Magnum", "armed with her. 357 Magnum" in ECB+ wire copy), not a full stop, and a
    /// "?" after one is a currency sign lost to a wrong encoding ("agreeing a? 110-billion ($143
    /// billion) bailout", ECB+), not a question.
    static let wordsThatLeadOn: Set<String> = [
        "a", "an", "the", "her", "his", "their", "its", "my", "our", "your", "with", "of", "to", "and", "for",
        "from", "than",
    ]

    /// Whether `sentence` ends with one of `wordsThatLeadOn` and a full stop or a question mark.
    static func endsWithWordThatLeadsOn(_ sentence: Substring) -> Bool {
        var text = sentence
        while text.last?.isWhitespace == true { text.removeLast() }
        guard text.last == "." || text.last == "?" else { return false }
        text.removeLast()
        let word = text.reversed().prefix { $0.isLetter }
        // What is left before the word, counted from the end: the whole sentence need not be counted.
        let rest = text.dropLast(word.count)
        guard !word.isEmpty, let before = rest.last else { return false }
        return before.isWhitespace && wordsThatLeadOn.contains(String(word.reversed()).lowercased())
    }

    /// Whether `sentence` begins with a digit.
    static func startsWithDigit(_ sentence: Substring) -> Bool {
        sentence.first { !$0.isWhitespace }?.isNumber == true
    }

    /// Whether the first letter-like character of `sentence` is a lower-case letter.
    static func startsLowercase(_ sentence: Substring) -> Bool {
        sentence.first { !$0.isWhitespace }?.isLowercase == true
    }

    private func startsLikeContinuation(_ sentence: Substring) -> Bool {
        guard let first = sentence.first(where: { !$0.isWhitespace }) else { return false }
        return first.isUppercase || first.isNumber
    }

    private func trimmed(_ range: Range<String.Index>, in text: String) -> Range<String.Index>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower {
            let before = text.index(before: upper)
            guard text[before].isWhitespace else { break }
            upper = before
        }
        return lower < upper ? lower..<upper : nil
    }
}

/// Titles and abbreviations after which ICU still ends a sentence but English does not.
enum AbbreviationList {
    static let words = Set([
        "dr", "gen", "prof", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "st", "mt", "ft", "no", "nos", "vs", "rev", "hon", "pres", "supt", "det", "insp",
        "mr", "mrs", "ms", "jr", "sr", "co", "corp", "inc", "ltd", "dept", "univ", "approx",
    ]).union(MonthNames.englishAbbreviations.keys)

    /// Whether `sentence` ends with a listed abbreviation or a single initial ("J.").
    static func endsWithAbbreviation(_ sentence: Substring) -> Bool {
        if let plain = plainEnding(sentence.unicodeScalars) { return plain }
        var trimmed = sentence
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard trimmed.last == "." else { return false }
        trimmed.removeLast()
        let word = trimmed.reversed().prefix { $0.isLetter }
        guard !word.isEmpty else { return false }
        if word.count == 1, word.first!.isUppercase { return true }
        return words.contains(String(word.reversed()).lowercased())
    }

    /// `endsWithAbbreviation` judged on scalars where the sentence ends in plain ASCII: trailing
    /// ASCII white space, then a scalar other than "." or a period after ASCII letters that follow
    /// an ASCII scalar. There every scalar is a character of its own (CR LF aside, which is white
    /// space either way), so the answer is that of `Character`; nil where the end is less plain.
    private static func plainEnding(_ scalars: Substring.UnicodeScalarView) -> Bool? {
        func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            guard scalars[before].isASCII else { return nil }
            guard (0x09...0x0D).contains(scalars[before].value) || scalars[before] == " " else { break }
            end = before
        }
        guard end > scalars.startIndex else { return nil }
        let period = scalars.index(before: end)
        guard scalars[period] == "." else { return false }
        var wordStart = period
        while wordStart > scalars.startIndex, isASCIILetter(scalars[scalars.index(before: wordStart)]) {
            wordStart = scalars.index(before: wordStart)
        }
        if wordStart > scalars.startIndex {
            // The scalar before the word must begin a character of its own (no prepended mark).
            let before = scalars.index(before: wordStart)
            guard scalars[before].isASCII else { return nil }
            if before > scalars.startIndex, !scalars[scalars.index(before: before)].isASCII { return nil }
        }
        let word = scalars[wordStart..<period]
        guard let first = word.first else { return false }
        if word.count == 1, ("A"..."Z").contains(first) { return true }
        return words.contains(String(word).lowercased())
    }
}
