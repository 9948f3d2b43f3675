internal import Foundation

/// What a sentence of an article is, before anything quotes it: prose, or page furniture that
/// must never become a fact, a summary sentence, a discrepancy or a timeline event.
/// The one place this is decided; every section asks here.
public enum SentenceRole: String, Hashable, Sendable {
    case prose
    /// A title or subhead: a paragraph of one sentence without closing punctuation.
    case headline
    /// "Updated: July 02, 2013 15:50 IST", "Posted on …": a time stamp, not a statement.
    case timestamp
    /// "By Jane Doe, Associated Press Writer".
    case byline
    /// "(nasdaq: INTC - news - people)" and the like.
    case ticker
    /// Left-over markup, entities or addresses.
    case markup
    /// "Photo: …", "(AP Photo/…)", "Getty Images".
    case caption
    /// Begins in the middle of another sentence ("declared Rep. …" after a split at `!"`).
    case fragment
}

public struct SentenceHygiene: Sendable {
    public init() {}

    /// The role of `sentence`, judged with its paragraph: a headline is a paragraph of its own.
    public func role(of sentence: AnalyzedSentence, in article: AnalyzedArticle) -> SentenceRole {
        role(of: sentence, in: article, reading: ArticleReading(article))
    }

    /// The roles of all of `article`'s sentences, in order, as `role(of:in:)` judges each: what
    /// is read of the article itself (its title trimmed, its paragraphs' sentences) is read once,
    /// not once a sentence (trimming the title was a fifth of judging a role, and finding whether
    /// a sentence is alone in its paragraph read every sentence of the article).
    public func roles(in article: AnalyzedArticle) -> [SentenceRole] {
        let reading = ArticleReading(article)
        return article.sentences.map { role(of: $0, in: article, reading: reading) }
    }

    /// What `role` reads of a sentence's article, whichever sentence it judges.
    struct ArticleReading {
        /// The title without surrounding spaces.
        var title: String?
        /// Each paragraph's sentence index, or nil when it holds sentences of two indices.
        var paragraphIndex: [Int: Int?] = [:]

        init(_ article: AnalyzedArticle) {
            self.init(
                title: article.article.title, sentences: article.sentences.map { ($0.paragraph, $0.index) })
        }

        init(title: String?, sentences: [(paragraph: Int, index: Int)]) {
            self.title = title?.trimmingCharacters(in: .whitespaces)
            for sentence in sentences {
                if let known = paragraphIndex[sentence.paragraph] {
                    if known != sentence.index { paragraphIndex[sentence.paragraph] = .some(nil) }
                } else {
                    paragraphIndex[sentence.paragraph] = sentence.index
                }
            }
        }

        /// Whether no sentence of another index is in the paragraph.
        func isAlone(paragraph: Int, index: Int) -> Bool {
            guard let known = paragraphIndex[paragraph] else { return true }
            return known == index
        }
    }

    func role(of sentence: AnalyzedSentence, in article: AnalyzedArticle, reading: ArticleReading) -> SentenceRole {
        let text = body(of: sentence.text)
        let trimmed = Self.trimmed(text)
        guard let first = trimmed.unicodeScalars.first else { return .fragment }
        let lower = trimmed.lowercased()
        for prefix in ["updated", "posted", "published", "last updated", "last modified", "first published"]
        where lower.hasPrefix(prefix) {
            return .timestamp
        }
        let shape = Self.wordShape(of: trimmed)
        if Self.hasClockTime(trimmed) && shape.words <= 14 { return .timestamp }
        if lower.hasPrefix("by "), shape.words <= 10, !trimmed.hasSuffix(".") || shape.words <= 6 { return .byline }
        if Self.tickerMarks.contains(where: { Self.has(lower, $0) }) { return .ticker }
        if Self.markupMarks.contains(where: { Self.has(trimmed, $0) }) { return .markup }
        if Self.captionMarks.contains(where: { Self.has(lower, $0) }) { return .caption }
        if first.properties.isLowercase || ",;:)]}!?.".unicodeScalars.contains(first) { return .fragment }
        // A sentence closes with . ! ? or … (a closing quotation mark or bracket may follow);
        // a heading in title case ("Lindsay Lohan Checks Into Betty Ford Rehab – Where She 'Knows
        // Everyone'") does not, whatever mark ends it.
        let ending = trimmed.unicodeScalars.reversed().first { !"\"”’')]".unicodeScalars.contains($0) }
        let closes = ending.map { ".!?…".unicodeScalars.contains($0) } ?? false
        let (lettered, capitalised) = (shape.lettered, shape.capitalised)
        if !closes || (capitalised * 10 >= lettered * 8 && lettered >= 4 && !trimmed.hasSuffix(".")) {
            if lettered >= 3 && capitalised * 10 >= lettered * 6 { return .headline }
        }
        if !closes && (reading.isAlone(paragraph: sentence.paragraph, index: sentence.index) || shape.words <= 12) {
            return .headline
        }
        // Title case closed by a full stop ("Esther Williams: "Million Dollar Mermaid" Swimmer And
        // Actress Dies Aged 91."): prose of six words or more has lower-case words of some length.
        if lettered >= Self.titleCaseWords, capitalised * 10 >= lettered * 8,
            Self.longLowercaseWords(in: trimmed) <= 1
        {
            return .headline
        }
        if let title = reading.title, title == trimmed { return .headline }
        return .prose
    }

    /// Least lettered words for a title-case line closed by a full stop to be read as a
    /// headline: below six, a list of names ("Jon Stewart and Ellen DeGeneres.") looks the same.
    static let titleCaseWords = 6

    /// Words that begin with a lower-case letter and have four letters or more ("with",
    /// "responded"): title case has none, or one.
    static func longLowercaseWords(in text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count { word in
            word.first?.isLowercase == true && word.count { $0.isLetter } >= 4
        }
    }

    private static let tickerMarks = ["nasdaq:", "nyse:", "- news - people", "amex:", "lse:"]
    private static let markupMarks = [
        "<", ">", "&amp;", "&quot;", "&nbsp;", "http://", "https://", "www.", "{", "}", " | ",
    ]
    private static let captionMarks = [
        "photo:", "(photo", "ap photo", "getty images", "image:", "picture:", "file photo", "caption:", "(reuters/",
    ]
    private static let zones = [
        "ist", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "am", "pm", "a.m", "p.m",
    ]

    private static let blanks = CharacterSet.whitespacesAndNewlines

    /// How many words `text` has (runs between " " and "\n" characters), how many of them begin
    /// with a letter, and how many of those with a capital: the counts `split(whereSeparator:)`
    /// and each word's first character gave, read in one pass. In ASCII text each character is a
    /// byte, but for "\r\n" (one character: no separator, no letter).
    static func wordShape(of text: String) -> (words: Int, lettered: Int, capitalised: Int) {
        var shape = (words: 0, lettered: 0, capitalised: 0)
        var inWord = false
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var previous: UInt8 = 0
            for byte in text.utf8 {
                let separates =
                    byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r"))
                previous = byte
                if separates {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    shape.words += 1
                    if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                        shape.lettered += 1
                        shape.capitalised += 1
                    } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                        shape.lettered += 1
                    }
                }
            }
            return shape
        }
        for character in text {
            if character == " " || character == "\n" {
                inWord = false
            } else if !inWord {
                inWord = true
                shape.words += 1
                if character.isLetter {
                    shape.lettered += 1
                    if character.isUppercase { shape.capitalised += 1 }
                }
            }
        }
        return shape
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without its cost where there is
    /// nothing to trim (almost always: a sentence begins and ends with something written).
    static func trimmed(_ text: Substring) -> String {
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !blanks.contains(first),
            !blanks.contains(last)
        {
            return String(text)
        }
        return text.trimmingCharacters(in: blanks)
    }

    /// Foundation's `contains` (`range(of:) != nil`), the one this type has always asked, answered from the bytes where
    /// they settle it (`TextSearch.settledAnswer`): bridging every sentence to `NSString` for
    /// each of some thirty marks was a fifth of writing a brief.
    static func has(_ text: String, _ mark: String) -> Bool {
        TextSearch.settledAnswer(text, mark) ?? (text.range(of: mark) != nil)
    }

    /// The sentence without a leading dateline ("LONDON (AP) -- ", "TEHRAN, Iran (Reuters) - ",
    /// "WASHINGTON — "): a verbatim part of it, so citations stay exact.
    public func body(of text: String) -> Substring {
        let scalars = Array(text.unicodeScalars)
        // A dateline is a short run before a dash: capitals, a place and an agency in brackets.
        let limit = min(scalars.count, 80)
        var index = 0
        while index < limit {
            let scalar = scalars[index]
            if scalar == "-" || scalar == "—" || scalar == "–" {
                let head = String(String.UnicodeScalarView(scalars[0..<index]))
                let letters = head.unicodeScalars.filter { $0.properties.isAlphabetic }
                let capitals = letters.filter { $0.properties.isUppercase }
                let words = head.split(separator: " ").count
                let agency = head.contains("(") && head.contains(")")
                let shouting = letters.count >= 3 && capitals.count * 10 >= letters.count * 6
                if (agency || shouting) && words <= 8 && !letters.isEmpty {
                    var rest = index
                    while rest < scalars.count
                        && (scalars[rest] == "-" || scalars[rest] == "—" || scalars[rest] == "–"
                            || scalars[rest] == " ")
                    {
                        rest += 1
                    }
                    guard rest < scalars.count else { return text[...] }
                    let offset = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: rest)
                    return text[offset...]
                }
                return text[...]
            }
            if scalar == "." || scalar == "\"" || scalar == "“" { break }
            index += 1
        }
        return text[...]
    }

    /// "15:50", "3:30 p.m." with a month name or a zone: a clock reading in a stamp.
    static func hasClockTime(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var hasClock = false
        for index in scalars.indices.dropFirst().dropLast()
        where scalars[index] == ":" && scalars[index - 1].properties.numericType != nil
            && scalars[index + 1].properties.numericType != nil
        {
            hasClock = true
        }
        guard hasClock else { return false }
        let lower = text.lowercased()
        return QuantityReader.months.contains { has(lower, $0 + " ") } && zones.contains { has(lower, " " + $0) }
    }
}
