/// Finds English time expressions in text and resolves them to TIMEX3-style values.
///
/// A hand-written scanner over word tokens: each position tries the phrase rules, the longest
/// phrase found is resolved in text order, so relative phrases ("two weeks later", "that same
/// year") can lean on the dates mentioned before them.
public struct TemporalTagger: Sendable {
    /// Which convention the values follow where a timeline and TimeBank's annotation differ.
    public var conventions: TimexConventions

    /// How many words besides dates and numbers a full date's line may hold and still be a
    /// header's or a stamp's, which dates an undated text ("on April 30, 2008 at 4:31 AM,
    /// updated April 30, 2008 at 8:33 AM": 6). Tenth round: 4 loses five header lines of the
    /// ECB+ open briefs ("Story Created: Aug 7, 2012 at 9:56 AM AKDT"); 8 and 12 give the same
    /// values on those briefs and on PolNeAR train with its dates taken away.
    static let headerLineWords = 8

    public init(conventions: TimexConventions = .timeline) {
        self.conventions = conventions
    }

    /// Finds and resolves time expressions; relative ones resolve against the nearest explicit
    /// date mentioned earlier in the text when the expression is clearly anchored to it
    /// ("three days after the fall of X" following "on January 3"), otherwise against `anchor`.
    public func tag(_ text: String, anchor: TemporalAnchor?) -> [TimeExpression] {
        TimePhrases(text).resolved(against: anchor, conventions: conventions)
    }

    /// `tag(text, anchor: anchor ?? inferredAnchor(of: text))`, with the text's phrases found
    /// once: only their resolution depends on the anchor. A year or a month the text mentions
    /// says only that it was written later, not when: "in November" and "on Tuesday" of an
    /// undated text stay unresolved unless it states a full date ("the 2007 World Series MVP …
    /// turns 29 on April 11" is no April 2007).
    func tag(_ text: String, anchorOrInferred anchor: TemporalAnchor?) -> [TimeExpression] {
        let phrases = TimePhrases(text)
        if let anchor { return phrases.resolved(against: anchor, conventions: conventions) }
        guard let inferred = Self.statedDate(of: phrases), inferred.anchor.day != nil else {
            return phrases.resolved(against: nil, conventions: conventions)
        }
        return phrases.resolved(
            against: inferred.anchor, isLowerBound: !inferred.atDateline, conventions: conventions)
    }
}

/// The time phrases of a text in text order: the longest phrase at each position, found
/// before any is resolved, so they can be resolved against more than one anchor.
private struct TimePhrases {
    let text: String
    let tokens: [TimeToken]
    let matches: [PhraseMatch]
    /// Whether each phrase is a plan or a projection ("will open in May 2027", "is expected in 2030").
    let projected: [Bool]

    init(_ text: String) {
        self.text = text
        tokens = TimeTokenizer().tokens(of: text)
        let parser = TimePhraseParser(tokens: tokens, writesDayFirst: TimePhraseParser.writesDayFirst(tokens))
        var matches: [PhraseMatch] = []
        var index = 0
        while index < tokens.count {
            guard let match = parser.match(at: index), match.end > match.start else {
                index += 1
                continue
            }
            matches.append(match)
            index = match.end
        }
        self.matches = matches
        projected = matches.map {
            parser.futureCue(before: $0.start) || parser.prospectiveCue(before: $0.start)
                || parser.modalCue(before: $0.start)
        }
    }

    /// Whether a phrase stands where a dateline or a time stamp puts the text's own date: first
    /// on its line or after nothing but a place in capitals and a comma ("TESSEL, March 9, 2026"),
    /// or after "Published", "Updated" or "Posted"; with an agency in brackets, a dash or the
    /// line's end after it.
    func standsAtDateline(_ match: PhraseMatch) -> Bool {
        let scalars = text.unicodeScalars
        let startOffset = tokens[match.start].start
        let endOffset = tokens[match.end - 1].end
        let start = scalars.index(scalars.startIndex, offsetBy: startOffset)
        let end = scalars.index(scalars.startIndex, offsetBy: endOffset)
        let lineStart = scalars[..<start].lastIndex(of: "\n").map { scalars.index(after: $0) } ?? scalars.startIndex
        let lineEnd = scalars[end...].firstIndex(of: "\n") ?? scalars.endIndex
        let before = String(String.UnicodeScalarView(scalars[lineStart..<start])).trimmingASCIIWhitespace()
        let lowered = String(before.lowercased().filter { $0.isLetter || $0 == " " }.trimmingASCIIWhitespace())
        let placeOnly =
            before.isEmpty
            || ["published", "updated", "posted", "published on", "updated on", "posted on"].contains(lowered)
            || before.hasSuffix(",") && before.dropLast().allSatisfy { $0.isUppercase || " .'-".contains($0) }
        guard placeOnly else { return false }
        var after = Substring(String(String.UnicodeScalarView(scalars[end..<lineEnd]))).drop { $0 == " " || $0 == "," }
        if after.hasPrefix("(") { after = after.drop { $0 != ")" }.dropFirst().drop { $0 == " " } }
        after = Self.droppingClockTime(after)
        return after.isEmpty || ["-", "–", "—", "/", "|", "·"].contains(where: after.hasPrefix)
    }

    /// A full date naming a thing ("for the March 11, 2005, incident", "a November 22, 2013
    /// release date"): between a determiner and a noun, after one comma at most. It says what
    /// the thing is, not when the text was written; a text about a sentencing three years on
    /// quotes the crime's date so (ECB+ open briefs, ninth round: a 2008 report anchored on the
    /// March 2005 it quotes, so "Saturday" was a week before the crime).
    func namesAThing(_ match: PhraseMatch) -> Bool {
        guard case .date(.some, _, .some, _) = match.meaning, match.start > 0,
            Self.thingDeterminers.contains(tokens[match.start - 1].lower)
        else { return false }
        var next = match.end
        if next < tokens.count, tokens[next].isMark(",") { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].capitalized else { return false }
        return !Self.phraseEnders.contains(tokens[next].lower)
    }

    private static let thingDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their"]

    /// Words after a date that end its phrase rather than name a thing it modifies.
    private static let phraseEnders: Set<String> = [
        "and", "or", "to", "when", "in", "on", "at", "for", "of", "as", "with", "by", "after", "before", "since",
        "that", "which", "who", "was", "were", "is", "are", "the", "a", "an", "until", "through", "he", "she", "it",
        "they", "we", "i", "but", "while", "where",
    ]

    /// Whether a full date may be the day an undated text was written: it carries its weekday
    /// ("Saturday, Feb. 6, 2016", "Sat Nov 12, 2011") or stands on a header's or a stamp's line,
    /// one of at most `headerLineWords` words besides dates and numbers ("Story Created: Aug 7,
    /// 2012 at 9:56 AM AKDT"). A date in a sentence of the story is of an event it tells ("Mr. Nichols
    /// escaped on March 11, 2005, as he was being escorted …" in a 2008 report), and one with its
    /// weekday after a future word in its sentence is the day of a plan ("will be the host of the
    /// ceremony, televised live on Sunday, February 22, 2009" in a December 2008 report).
    func datesTheWriting(_ match: PhraseMatch, scalars: [Unicode.Scalar]) -> Bool {
        if standsOnAHeaderLine(match, scalars: scalars) { return true }
        guard case .weekday = tokens[match.start].entry else { return false }
        let sentence = tokens[match.start].sentence
        var index = match.start - 1
        while index >= 0, tokens[index].sentence == sentence {
            if tokens[index].kind == .word, TimePhraseParser.clauseFutureWords.contains(tokens[index].lower) {
                return false
            }
            index -= 1
        }
        return true
    }

    private func standsOnAHeaderLine(_ match: PhraseMatch, scalars: [Unicode.Scalar]) -> Bool {
        var lineStart = tokens[match.start].start
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = tokens[match.end - 1].end
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var words = 0
        var index = match.start - 1
        while index >= 0, tokens[index].start >= lineStart {
            if isLineWord(tokens[index]) { words += 1 }
            index -= 1
        }
        index = match.end
        while index < tokens.count, tokens[index].start < lineEnd {
            if isLineWord(tokens[index]) { words += 1 }
            index += 1
        }
        return words <= TemporalTagger.headerLineWords
    }

    /// A word of a line that is not a date's: a stamp's other date and clock times count nothing
    /// ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET").
    private func isLineWord(_ token: TimeToken) -> Bool {
        guard token.kind == .word else { return false }
        switch token.entry {
        case .month, .weekday: return false
        default: return true
        }
    }

    /// A full date with its year at a dateline's or a stamp's place.
    func isStamp(_ match: PhraseMatch) -> Bool {
        guard case .date(.some, _, .some, _) = match.meaning else { return false }
        return standsAtDateline(match)
    }

    /// A time stamp's clock time and zone after its date ("9:00 PM PDT |", "@ 1:19PM",
    /// "2:00pm EDT") dropped, so the line still reads as a stamp.
    static func droppingClockTime(_ text: Substring) -> Substring {
        var rest = text.drop { $0 == "@" || $0 == " " }
        let hour = rest.prefix { $0.isNumber }
        guard (1...2).contains(hour.count) else { return text }
        rest = rest.dropFirst(hour.count)
        guard rest.first == ":" else { return text }
        rest = rest.dropFirst()
        let minutes = rest.prefix { $0.isNumber }
        guard minutes.count == 2 else { return text }
        rest = rest.dropFirst(2).drop { $0 == " " }
        for word in rest.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).prefix(2) {
            let letters = word.filter { $0.isLetter }
            guard
                ["am", "pm"].contains(letters.lowercased())
                    || letters.count >= 2 && letters.count <= 4
                        && letters == word && letters.allSatisfy(\.isUppercase)
            else { break }
            rest = rest.dropFirst(word.count).drop { $0 == " " }
        }
        return rest
    }

    /// The phrases resolved in text order against `anchor`. With TimeBank's conventions a phrase
    /// TimeBank writes otherwise takes that value at the end, so the dates later phrases lean on
    /// are the same under both conventions.
    func resolved(
        against anchor: TemporalAnchor?, isLowerBound: Bool = false, conventions: TimexConventions = .timeline
    ) -> [TimeExpression] {
        var resolver = TimeResolver(anchor: anchor, isLowerBound: isLowerBound)
        var slicer = ScalarSlicer(text)
        var expressions: [TimeExpression] = []
        for match in matches {
            if conventions == .timeline, match.timeBankValue == .timeBankOnly { continue }
            let first = tokens[match.start]
            let last = tokens[match.end - 1]
            let saysWhen = match.start > 0 && ["in", "on", "during"].contains(tokens[match.start - 1].lower)
            // A phrase only TimeBank keeps is resolved on a copy: what follows leans on the same
            // dates under both conventions. So is a time stamp ("Published April 11, 2007"): it
            // dates the text, not the story, so "four days earlier" does not count from it.
            var scratch = resolver
            var resolution =
                match.timeBankValue == .timeBankOnly || isStamp(match)
                ? scratch.resolve(match.meaning, sentence: first.sentence, saysWhen: saysWhen)
                : resolver.resolve(match.meaning, sentence: first.sentence, saysWhen: saysWhen)
            // "on Friday, three days after the collapse": the shift restates the date before it.
            if case .shift(_, _, .narrative) = match.meaning, let previous = expressions.last,
                previous.precision == .day, match.start >= 2, tokens[match.start - 1].lower == ",",
                tokens[match.start - 2].end == previous.end
            {
                resolution = TimeResolution(value: previous.value, precision: previous.precision)
            }
            // "shortly before midnight on Tuesday, March 3": the time takes the day named after it.
            if var previous = expressions.last, previous.precision == .time, resolution.precision == .day,
                let clock = previous.value.firstIndex(of: "T"), resolution.value.count == 10,
                match.start >= 1, tokens[match.start - 1].lower == "on",
                match.start >= 2, tokens[match.start - 2].end == previous.end
            {
                previous.value = resolution.value + previous.value[clock...]
                expressions[expressions.count - 1] = previous
            }
            if conventions == .timeBank, let written = match.timeBankValue {
                resolution = written.resolution(replacing: resolution, anchor: anchor)
            }
            expressions.append(
                TimeExpression(
                    text: slicer.text(from: first.start, to: last.end), start: first.start, end: last.end,
                    value: resolution.value, precision: resolution.precision))
        }
        return expressions
    }
}

extension TemporalTagger {
    /// For a text with no publication date: the latest date it states outright, with its year
    /// ("in the first two weeks of 2026", "on 15.01.2026"), as news is written after what it reports.
    public func inferredAnchor(of text: String) -> TemporalAnchor? {
        Self.statedDate(of: TimePhrases(text))?.anchor
    }

    /// The text's own date where it states one at a dateline's place ("TESSEL, March 9, 2026
    /// (Reuters) -", a line "Updated: March 10, 2026"); else the latest date with its year among
    /// the phrases resolved with no anchor. A plan or a projection ("the plant will open in 2031",
    /// "repairs would be done by May 2027") is no sign of when the text was written.
    /// `atDateline` tells the text's own date from the latest it mentions, which the text was
    /// written on or after. Of several stamps the latest counts (a "Published" and an "Updated").
    fileprivate static func statedDate(of phrases: TimePhrases) -> (anchor: TemporalAnchor, atDateline: Bool)? {
        let expressions = phrases.resolved(against: nil)
        // The latest stamp: "PUBLISHED: MONDAY, MARCH 11" then "UPDATED: TUESDAY, MARCH 12" is
        // the text as it stood on Tuesday.
        let stamps = zip(expressions, phrases.matches).filter { expression, match in
            expression.statesItsYear && expression.precision == .day && phrases.standsAtDateline(match)
        }
        if let date = stamps.compactMap({ $0.0.timelineDate }).max() {
            let parts = date.split(separator: "-").compactMap { Int($0) }
            if parts.count == 3 { return (TemporalAnchor(year: parts[0], month: parts[1], day: parts[2]), true) }
        }
        var latest: (key: [Int], anchor: TemporalAnchor)?
        let scalars = Array(phrases.text.unicodeScalars)
        for ((expression, projected), match) in zip(zip(expressions, phrases.projected), phrases.matches)
        where expression.statesItsYear && !projected && !phrases.namesAThing(match) {
            guard let date = expression.timelineDate else { continue }
            // A season's year is as far as it goes: "summer" is not a month.
            let parts = date.split(separator: "-").compactMap { Int($0) }
            guard let year = parts.first else { continue }
            var anchor = TemporalAnchor(
                year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
            let key = [year, anchor.month ?? 0, anchor.day ?? 0]
            // A full date told in a sentence of the story, with no weekday, is one of another
            // time than the writing's (news gives a day of the week it writes in by its weekday):
            // it says the text is of its year or later, not of its day.
            if anchor.day != nil, !phrases.datesTheWriting(match, scalars: scalars) {
                anchor = TemporalAnchor(year: year, month: nil, day: nil)
            }
            if latest.map({ $0.key.lexicographicallyPrecedes(key) || $0.key == key && $0.anchor.day == nil })
                ?? true
            {
                latest = (key, anchor)
            }
        }
        return latest.map { ($0.anchor, false) }
    }
}

extension TemporalAnchor {
    public init(_ date: PublicationDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }
}

extension TimeExpression {
    /// Whether the words themselves give the year ("May 2025", "15.01.2026"), rather than
    /// leaving it to be worked out ("seven months ago", "that same year").
    public var statesItsYear: Bool {
        guard let year = value.split(separator: "-").first, year.count == 4, year.allSatisfy(\.isNumber) else {
            return false
        }
        return TextSearch.contains(text, year) || TextSearch.contains(text, "'" + year.suffix(2))
            || TextSearch.contains(text, "’" + year.suffix(2)) || endsInShortYear(year)
    }

    /// A numeric date ending in two year digits ("04/02/07", "11.09.10"): the year is stated.
    private func endsInShortYear(_ year: Substring) -> Bool {
        let digits = text.unicodeScalars
        guard precision == .day, digits.count >= 6, digits.allSatisfy({ "0123456789/.".unicodeScalars.contains($0) })
        else { return false }
        let separator = digits[digits.index(digits.endIndex, offsetBy: -3)]
        return (separator == "/" || separator == ".") && text.hasSuffix(year.suffix(2))
    }
}

/// Cuts substrings at increasing Unicode scalar offsets without walking from the start each time.
private struct ScalarSlicer {
    let scalars: String.UnicodeScalarView
    var offset = 0
    var index: String.UnicodeScalarView.Index

    init(_ text: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    mutating func text(from start: Int, to end: Int) -> String {
        let lower = advance(to: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }

    private mutating func advance(to target: Int) -> String.UnicodeScalarView.Index {
        if target < offset {
            index = scalars.startIndex
            offset = 0
        }
        index = scalars.index(index, offsetBy: target - offset)
        offset = target
        return index
    }
}

/// Which convention a tagger's values follow where a news timeline and TimeBank's TIMEX3
/// annotation differ (`TimeBankValue`).
public enum TimexConventions: Sendable, Hashable {
    /// Dates a timeline can show: "three days later" is the day it names, "the week" the week
    /// under discussion. What the pipeline uses.
    case timeline
    /// TimeBank's annotation: "three days later" is the duration "P3D", "the week" under
    /// discussion an unspecified week of its year ("1989-WXX"). For `parallax eval timex`.
    case timeBank
}

extension TimeBankValue {
    /// The value TimeBank writes in place of `resolution`, the timeline's value of the phrase.
    func resolution(replacing resolution: TimeResolution, anchor: TemporalAnchor?) -> TimeResolution {
        switch self {
        case .duration(let value):
            return TimeResolution(value: value, precision: .duration)
        case .timeBankOnly:
            return resolution
        case .yearsAhead(let amount):
            guard let anchor else { return resolution }
            return TimeResolution(value: String(anchor.year + amount), precision: .year)
        case .unspecifiedWeek:
            let stated = resolution.value.prefix(4)
            let year = stated.allSatisfy(\.isNumber) ? String(stated) : anchor.map { String($0.year) } ?? "XXXX"
            return TimeResolution(value: year + "-WXX", precision: .week)
        }
    }
}
