internal import ParallaxBase

/// An article as the clusterer sees it: weighted content terms, names and a day.
public struct ClusterDocument: Hashable, Sendable {
    /// A word and how often it counts in the article.
    public struct WordCount: Hashable, Sendable {
        public var word: String
        public var count: Int

        public init(_ word: String, _ count: Int) {
            self.word = word
            self.count = count
        }
    }

    public var id: String
    /// Days since 1970-01-01; nil when the article has no day-precise date.
    public var day: Int?
    /// Stem counts of content words (the title's count twice), each stem once, in order of
    /// first appearance.
    public var terms: [WordCount]
    /// Counts of capitalised words inside sentences, lowercased (weekdays, months and time
    /// zones left out where the article has a day), and of numbers of two digits or more (years, dates, tolls), in order of
    /// first appearance: names of people, places,
    /// organisations, and the figures of an event. They tell apart two events that share
    /// their topic words.
    public var names: [WordCount]

    public init(id: String, day: Int?, terms: [WordCount], names: [WordCount]) {
        self.id = id
        self.day = day
        self.terms = terms
        self.names = names
    }

    /// Counts given as dictionaries, put in the order of their words.
    public init(id: String, day: Int?, terms: [String: Int], names: [String: Int]) {
        self.init(
            id: id, day: day, terms: terms.sorted { $0.key < $1.key }.map { WordCount($0.key, $0.value) },
            names: names.sorted { $0.key < $1.key }.map { WordCount($0.key, $0.value) })
    }
}

extension PublicationDate {
    /// Days since 1970-01-01, where the date is precise to the day.
    var dayNumber: Int? {
        guard let month, let day else { return nil }
        return CivilCalendar.days(year, month, day)
    }
}

/// Turns articles into `ClusterDocument`s with a light tokenizer (letters and digits,
/// Snowball stems, stop words out), fast enough for a firehose: it walks the text's UTF-8
/// bytes, and each distinct word is lowercased, checked against the stop words and stemmed
/// once, then found again by a hash of its bytes. One instance per thread: it holds stemmers
/// and that word cache.
public final class ClusterFeaturizer {
    /// All the mutable state in one value: its methods reach it without the per-access
    /// exclusivity checks that a class's own stored properties would cost.
    private var state = FeaturizerState()

    public init() {}

    public func document(_ article: Article) -> ClusterDocument {
        document(
            id: article.id, title: article.title, text: article.text, language: article.language ?? "en",
            day: article.published?.dayNumber)
    }

    public func document(id: String, title: String?, text: String, language: String, day: Int?) -> ClusterDocument {
        state.document(id: id, title: title, text: text, language: language, day: day)
    }
}

private struct FeaturizerState {
    private var lexicons: [String: Lexicon] = [:]
    /// Per-document counts by the lexicon's stem and word numbers, with the numbers touched.
    private var termCounts: [Int] = []
    private var nameCounts: [Int] = []
    private var touchedTerms: [Int32] = []
    private var touchedNames: [Int32] = []
    /// Whether weekdays, months and time zones count as names in the current document: only
    /// where it has no day. An undated report's "on Sunday" tells its event from a similar one
    /// (ECB+ without dates: BCubed F1 0.9446 with them, 0.9111 without); where the article
    /// carries its day, the day says when (stories days apart are damped), and the word would
    /// only tie together concurrent stories of the same weekday (docs/clustering.md).
    private var timeWordsAreNames = true

    mutating func document(id: String, title: String?, text: String, language: String, day: Int?) -> ClusterDocument {
        var lexicon = lexicons.removeValue(forKey: language) ?? Lexicon(language: language)
        timeWordsAreNames = day == nil
        if let title { count(title, &lexicon, weight: 2, countsNames: false) }
        count(text, &lexicon, weight: 1, countsNames: true)
        var terms: [ClusterDocument.WordCount] = []
        terms.reserveCapacity(touchedTerms.count)
        for stem in touchedTerms {
            terms.append(.init(lexicon.stems[Int(stem)], termCounts[Int(stem)]))
            termCounts[Int(stem)] = 0
        }
        var names: [ClusterDocument.WordCount] = []
        names.reserveCapacity(touchedNames.count)
        for word in touchedNames {
            names.append(.init(lexicon.texts[Int(word)], nameCounts[Int(word)]))
            nameCounts[Int(word)] = 0
        }
        touchedTerms.removeAll(keepingCapacity: true)
        touchedNames.removeAll(keepingCapacity: true)
        // The cache is bounded: past its size it starts afresh, between documents.
        if lexicon.texts.count <= 1 << 20 { lexicons[language] = lexicon }
        return ClusterDocument(id: id, day: day, terms: terms, names: names)
    }

    /// Counts the words of `text`; a capitalised word that does not start a sentence counts
    /// as a name too, and a number of two digits or more counts as a name only. Words are runs of letters and digits; an apostrophe ends a word
    /// ("Reid's": the possessive ending is dropped with it); a sentence starts after `.`, `!`,
    /// `?`, `:`, a newline or an opening quote.
    private mutating func count(_ text: String, _ lexicon: inout Lexicon, weight: Int, countsNames: Bool) {
        var text = text
        let kinds = Self.asciiKinds
        text.withUTF8 { bytes in
            var startsSentence = true
            var wordStart = -1
            var wordIsASCII = true
            var isCapitalised = false
            var wordStartsSentence = false
            var index = 0
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                var isWordCharacter: Bool
                var isUppercase = false
                var length = 1
                var endsSentence = false
                if byte < 0x80 {
                    let kind = kinds[Int(byte)]
                    isWordCharacter = kind & Self.wordCharacter != 0
                    isUppercase = kind & Self.uppercase != 0
                    endsSentence = kind & Self.sentenceBreak != 0
                } else {
                    let scalar = Self.decode(bytes, at: index, length: &length)
                    let properties = scalar.properties
                    isWordCharacter = properties.isAlphabetic || properties.numericType != nil
                    isUppercase = isWordCharacter && properties.isUppercase
                    endsSentence = scalar == "\u{201C}"
                }
                if isWordCharacter {
                    if wordStart < 0 {
                        wordStart = index
                        wordIsASCII = true
                        isCapitalised = isUppercase
                        wordStartsSentence = startsSentence
                        startsSentence = false
                    }
                    if byte >= 0x80 { wordIsASCII = false }
                } else {
                    if wordStart >= 0 {
                        add(
                            UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), isASCII: wordIsASCII, &lexicon,
                            weight: weight, countsName: countsNames && isCapitalised && !wordStartsSentence,
                            countsNumber: countsNames)
                        wordStart = -1
                    }
                    if endsSentence { startsSentence = true }
                }
                index += length
            }
            if wordStart >= 0 {
                add(
                    UnsafeBufferPointer(rebasing: bytes[wordStart..<end]), isASCII: wordIsASCII, &lexicon,
                    weight: weight, countsName: countsNames && isCapitalised && !wordStartsSentence,
                    countsNumber: countsNames)
            }
        }
    }

    private mutating func add(
        _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, _ lexicon: inout Lexicon, weight: Int, countsName: Bool,
        countsNumber: Bool
    ) {
        let word = lexicon.word(bytes, isASCII: isASCII)
        let stem = Int(lexicon.stemOf[Int(word)])
        if stem >= 0 {
            if stem >= termCounts.count { termCounts.append(contentsOf: repeatElement(0, count: stem + 1024)) }
            if termCounts[stem] == 0 { touchedTerms.append(Int32(stem)) }
            termCounts[stem] += weight
            if countsName, timeWordsAreNames || !lexicon.isTimeWord[Int(word)] { countName(word) }
        } else if stem == Lexicon.number, countsNumber {
            // Numbers of two digits and more (years, dates, tolls, sums) tell one event from a
            // similar one as its names do.
            countName(word)
        }
    }

    private mutating func countName(_ word: Int32) {
        let index = Int(word)
        if index >= nameCounts.count { nameCounts.append(contentsOf: repeatElement(0, count: index + 1024)) }
        if nameCounts[index] == 0 { touchedNames.append(word) }
        nameCounts[index] += 1
    }

    /// The scalar of a multi-byte UTF-8 sequence starting at `index` (the text is valid UTF-8).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: inout Int) -> Unicode.Scalar
    {
        let lead = UInt32(bytes[index])
        var value: UInt32
        if lead >= 0xF0 {
            length = 4
            value = lead & 0x07
        } else if lead >= 0xE0 {
            length = 3
            value = lead & 0x0F
        } else {
            length = 2
            value = lead & 0x1F
        }
        length = min(length, bytes.count - index)
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static let wordCharacter: UInt8 = 1
    private static let uppercase: UInt8 = 2
    private static let sentenceBreak: UInt8 = 4
    private static let asciiKinds: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return wordCharacter
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return wordCharacter | uppercase
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n"), UInt8(ascii: "\""),
            UInt8(ascii: ":"):
            return sentenceBreak
        default: return 0
        }
    }
}

/// The featurizer's memory of one language's words: each distinct lowercased word once,
/// with what it counts as and its stem, found by a hash of its UTF-8 bytes.
private struct Lexicon {
    /// `stemOf` of a word that counts for nothing, and of a number.
    static let ignored: Int32 = -1
    static let number: Int32 = -2

    let language: String
    let stemmer: SnowballStemmer?
    /// By word number: the lowercased word, its stem number (or `ignored`, `number`), its hash,
    /// and where its bytes start in `keyBytes` (they end where the next word's start).
    private(set) var texts: [String] = []
    private(set) var stemOf: [Int32] = []
    /// By word number: whether the word is a weekday, a month or a time zone, which is
    /// capitalised without naming anything: such words count as terms, never as names (every
    /// story of a Monday would otherwise share a name).
    private(set) var isTimeWord: [Bool] = []
    private var hashes: [UInt64] = []
    private var starts: [Int32] = [0]
    private(set) var stems: [String] = []
    private var stemNumbers: [String: Int32] = [:]
    /// Open addressing, linear probing: the upper half of the word's hash beside its number + 1,
    /// 0 for an empty slot; a probe rejects most other words without leaving the slot.
    private var slots = [UInt64](repeating: 0, count: 1 << 12)
    private var keyBytes: [UInt8] = []

    /// Weekdays, months and time zones ("may" is a stop word before it could be either).
    static let timeWords = EntityLexicon.calendarWords.union(EntityLexicon.timeZones)

    init(language: String) {
        self.language = language
        stemmer = SnowballStemmer(languageCode: language)
    }

    /// The number of the word spelled by `bytes`, as found in the text (any case).
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Int32 {
        guard isASCII, bytes.count <= 64 else {
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            return Array(text.utf8).withUnsafeBufferPointer { find($0, text: text) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                buffer[offset] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            }
            return find(UnsafeBufferPointer(rebasing: buffer[0..<bytes.count]), text: nil)
        }
    }

    /// Finds or enters a lowercased word; `text` is its spelling where already made.
    private mutating func find(_ key: UnsafeBufferPointer<UInt8>, text: String?) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let number = Int(entry & 0xFFFF_FFFF) - 1
                if Self.equal(keyBytes, from: starts[number], to: starts[number + 1], key) { return Int32(number) }
            }
            slot = (slot + 1) & mask
        }
        let number = Int32(texts.count)
        enter(text ?? String(decoding: key, as: UTF8.self), hash: hash)
        keyBytes.append(contentsOf: key)
        starts.append(Int32(keyBytes.count))
        slots[slot] = tag | UInt64(number + 1)
        if texts.count * 2 > slots.count { grow() }
        return number
    }

    private static func equal(_ bytes: [UInt8], from start: Int32, to end: Int32, _ key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard Int(end - start) == key.count else { return false }
        return bytes.withUnsafeBufferPointer {
            memcmp($0.baseAddress! + Int(start), key.baseAddress!, key.count) == 0
        }
    }

    private mutating func enter(_ text: String, hash: UInt64) {
        texts.append(text)
        hashes.append(hash)
        isTimeWord.append(Self.timeWords.contains(text))
        guard text.unicodeScalars.count > 1, !StopWords.contains(text, language: language) else {
            stemOf.append(Self.ignored)
            return
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
            stemOf.append(Self.number)
            return
        }
        let stem = stemmer?.stem(text) ?? text
        if let number = stemNumbers[stem] {
            stemOf.append(number)
        } else {
            stemOf.append(Int32(stems.count))
            stemNumbers[stem] = Int32(stems.count)
            stems.append(stem)
        }
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
