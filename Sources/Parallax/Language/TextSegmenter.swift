internal import CICU

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
            if let last = merged.last, AbbreviationList.endsWithAbbreviation(text[last]),
                startsLikeContinuation(text[range])
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
    static let words: Set<String> = [
        "dr", "gen", "prof", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
        "st", "mt", "ft", "no", "nos", "vs", "rev", "hon", "pres", "supt", "det", "insp",
        "mr", "mrs", "ms", "jr", "sr", "co", "corp", "inc", "ltd", "dept", "univ", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether `sentence` ends with a listed abbreviation or a single initial ("J.").
    static func endsWithAbbreviation(_ sentence: Substring) -> Bool {
        if endsWithoutAPeriod(sentence.unicodeScalars) { return false }
        var trimmed = sentence
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        guard trimmed.last == "." else { return false }
        trimmed.removeLast()
        let word = trimmed.reversed().prefix { $0.isLetter }
        guard !word.isEmpty else { return false }
        if word.count == 1, word.first!.isUppercase { return true }
        return words.contains(String(word.reversed()).lowercased())
    }

    /// Whether the last non-space character is plainly not a period, judged on scalars: after
    /// trailing ASCII white space (each a character of its own, or CR LF), an ASCII scalar other
    /// than "." ends a character that cannot be ".". Anything less plain is left to `Character`.
    private static func endsWithoutAPeriod(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var index = scalars.endIndex
        while index > scalars.startIndex {
            let before = scalars.index(before: index)
            let scalar = scalars[before]
            guard scalar.isASCII else { return false }
            switch scalar.value {
            case 0x09...0x0D, 0x20: index = before
            case UInt32(UInt8(ascii: ".")): return false
            default: return true
            }
        }
        return false
    }
}
