internal import ParallaxBase

/// Calendar dates: numeric forms, month names, years, weekdays, seasons, quarters, holidays.
extension TimePhraseParser {
    /// Months that are also common words or names: March, April, May, June, August.
    static let ambiguousMonths: Set<Int> = [3, 4, 5, 6, 8]

    static let ordinalSuffixes: Set<String> = ["", "st", "nd", "rd", "th"]

    /// "2026-01-07", "15.01.2026" (day first), "1/15/2026" (month first unless the first is > 12
    /// or the text writes its dates day first).
    func numericDate(at index: Int) -> PhraseMatch? {
        let first = tokens[index]
        guard first.suffix.isEmpty else { return nil }
        if first.digits == 4, isMark(index + 1, "-"), isGlued(index + 1),
            let month = number(at: index + 2, digits: 1...2, glued: true), isMark(index + 3, "-"),
            isGlued(index + 3), let day = number(at: index + 4, digits: 1...2, glued: true),
            CivilCalendar.isValid(year: first.number, month: month, day: day)
        {
            return PhraseMatch(
                start: index, end: index + 5, meaning: .date(year: first.number, month: month, day: day, .nearest))
        }
        guard first.digits <= 2 else { return nil }
        for mark in [".", "/"] {
            guard isMark(index + 1, mark), isGlued(index + 1),
                let second = number(at: index + 2, digits: 1...2, glued: true), isMark(index + 3, mark),
                isGlued(index + 3), let yearToken = token(index + 4), yearToken.kind == .number,
                !yearToken.spaceBefore, yearToken.suffix.isEmpty,
                yearToken.digits == 4 || yearToken.digits == 2,
                !(isMark(index + 5, mark) && isGlued(index + 5))
            else { continue }
            let year =
                yearToken.digits == 4 ? yearToken.number : yearToken.number + (yearToken.number < 50 ? 2000 : 1900)
            let dayFirst = mark == "." || first.number > 12 || writesDayFirst && second <= 12
            let (day, month) = dayFirst ? (first.number, second) : (second, first.number)
            guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
            return PhraseMatch(
                start: index, end: index + 5, meaning: .date(year: year, month: month, day: day, .nearest))
        }
        return nil
    }

    /// "7 January 2026", "3rd of March", and the military and South Asian press's "10 Nov 11" (a
    /// day, an abbreviated month and a two-digit year; read as "Nov 11" it was 11 November:
    /// ECB+ open, eighth round, second part).
    func dayMonth(at index: Int) -> PhraseMatch? {
        guard let day = dayNumber(at: index) else { return nil }
        let monthIndex = isWord(index + 1, "of") ? index + 2 : index + 1
        guard let name = monthName(at: monthIndex) else { return nil }
        if name.needsNumber {
            guard monthIndex == index + 1, let short = number(at: name.end, digits: 2...2) else { return nil }
            let year = short < 50 ? 2000 + short : 1900 + short
            return PhraseMatch(
                start: index, end: name.end + 1,
                meaning: .date(year: year, month: name.month, day: day, direction(at: index)))
        }
        var end = name.end
        var year: Int?
        if let found = yearAt(end) ?? (isMark(end, ",") ? yearAt(end + 1) : nil) {
            year = found.year
            end = found.end
        }
        return PhraseMatch(
            start: index, end: end, meaning: .date(year: year, month: name.month, day: day, direction(at: index)))
    }

    /// "January 3", "Jan. 7, 2026", "March 3rd", "December 2018", "June last year", "May".
    func monthDate(at index: Int, direction explicit: DateDirection? = nil) -> PhraseMatch? {
        guard let name = monthName(at: index) else { return nil }
        let direction = explicit ?? self.direction(at: index)
        var end = name.end
        if let day = dayNumber(at: end) {
            end += 1
            var year: Int?
            if let found = yearAt(end) ?? (isMark(end, ",") ? yearAt(end + 1) : nil) {
                year = found.year
                end = found.end
            }
            return PhraseMatch(
                start: index, end: end, meaning: .date(year: year, month: name.month, day: day, direction))
        }
        if let found = yearAt(end) ?? (isWord(end, "of") || isMark(end, ",") ? yearAt(end + 1) : nil) {
            return PhraseMatch(
                start: index, end: found.end, meaning: .date(year: found.year, month: name.month, day: nil, .nearest))
        }
        guard !name.needsNumber, !name.needsContext || explicit != nil || hasDateContext(before: index)
        else { return nil }
        if let relative = relativeYear(at: end) {
            let month = TimeMeaning.date(year: nil, month: name.month, day: nil, .current)
            return PhraseMatch(start: index, end: relative.end, meaning: .shiftFrom(relative.offset, .year, month))
        }
        return PhraseMatch(start: index, end: end, meaning: .date(year: nil, month: name.month, day: nil, direction))
    }

    /// A capitalised month name; abbreviations need a full stop or a day after them, and the
    /// ambiguous months a date-like context.
    func monthName(at index: Int) -> (month: Int, end: Int, needsContext: Bool, needsNumber: Bool)? {
        guard let token = token(index), token.capitalized, case .month(let month, let abbreviated) = token.entry
        else { return nil }
        if abbreviated {
            if isMark(index + 1, "."), isGlued(index + 1) { return (month, index + 2, false, false) }
            return dayNumber(at: index + 1) == nil ? nil : (month, index + 1, false, true)
        }
        return (month, index + 1, Self.ambiguousMonths.contains(month), false)
    }

    /// "this year", "last year", "next year" after a month: the year offset.
    func relativeYear(at index: Int) -> (offset: Int, end: Int)? {
        guard isWord(index + 1, "year") else { return nil }
        switch word(index) {
        case "this": return (0, index + 2)
        case "last": return (-1, index + 2)
        case "next": return (1, index + 2)
        default: return nil
        }
    }

    /// Whether the words before a month name show it is a date ("in May", "mid-March").
    func hasDateContext(before index: Int) -> Bool {
        guard index > 0 else { return false }
        if isMark(index - 1, "-") || isMark(index - 1, "/") { return true }
        return isWord(index - 1, in: TimeLexicon.datePrepositions)
    }

    func direction(at index: Int) -> DateDirection {
        prospectiveCue(before: index) || futureCue(before: index)
            ? .upcoming
            : pastCue(before: index) || pastCue(afterOpening: index) || pastVerbInClause(before: index)
                ? .told : .nearest
    }

    /// Whether the words right before a date set it ahead although a participle in -ed stands
    /// there: a passive infinitive or modal ("to be completed by Dec. 15", "will be sentenced
    /// on Friday"), the target of a change ("was extended to Nov. 16", "postponed until"), or
    /// "effective Feb. 1".
    func prospectiveCue(before index: Int) -> Bool {
        for position in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            guard sameSentence(position, index), let lower = word(position) else { return false }
            if lower == "effective" { return true }
            if lower.count > 4, lower.hasSuffix("ed"), !tokens[position].capitalized {
                let target = (position + 1..<index).contains { isWord($0, "to") }
                return isWord(position - 1, "be") || target
            }
        }
        return false
    }

    func token(_ index: Int) -> TimeToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// A plain number token's value.
    func number(at index: Int, digits: ClosedRange<Int>, glued: Bool = false) -> Int? {
        guard let token = token(index), token.kind == .number, token.suffix.isEmpty,
            digits.contains(token.digits), !glued || !token.spaceBefore
        else { return nil }
        return token.number
    }

    /// A day of the month: "3", "3rd", not a time ("3:30") or a range's start ("3-5"); a colon
    /// after it may open what follows ("on Saturday, April 25: The court …").
    func dayNumber(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits <= 2,
            (1...31).contains(token.number), Self.ordinalSuffixes.contains(token.suffix),
            !(isMark(index + 1, ":") && isGlued(index + 1) && number(at: index + 2, digits: 2...2, glued: true) != nil),
            !(isMark(index + 1, ".") && isGlued(index + 1) && isGlued(index + 2)),
            !isMark(index + 1, "%"), !isWord(index + 1, in: TimeLexicon.countedNouns)
        else { return nil }
        if case .unit = self.token(index + 1)?.entry { return nil }
        return token.number
    }

    /// A year in digits or in words ("nineteen ninety-six", "two thousand").
    func yearAt(_ index: Int) -> (year: Int, end: Int)? {
        if let year = yearNumber(at: index) { return (year, index + 1) }
        return spelledYear(at: index)
    }

    /// "nineteen ninety-six", "twenty twenty", "two thousand", "two thousand and eight".
    func spelledYear(at index: Int) -> (year: Int, end: Int)? {
        guard case .cardinal(let first) = token(index)?.entry else { return nil }
        if first == 2, isWord(index + 1, "thousand") {
            var end = index + 2
            if isWord(end, "and") { end += 1 }
            if case .cardinal(let ones) = token(end)?.entry, ones < 20 { return (2000 + ones, end + 1) }
            return (2000, index + 2)
        }
        guard (17...20).contains(first), case .cardinal(let tens) = token(index + 1)?.entry,
            (10...90).contains(tens), first != 20 || tens >= 10
        else { return nil }
        var value = tens
        var end = index + 2
        if tens >= 20, tens % 10 == 0 {
            let onesIndex = isMark(end, "-") && isGlued(end) ? end + 1 : end
            if case .cardinal(let ones) = token(onesIndex)?.entry, ones < 10 {
                value += ones
                end = onesIndex + 1
            }
        }
        return (first * 100 + value, end)
    }

    /// A four-digit year: not an amount ("$2019", "2,019", "2019 workers", "about 2000").
    func yearNumber(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits == 4, token.suffix.isEmpty,
            (1000...2199).contains(token.number)
        else { return nil }
        if let next = self.token(index + 1), next.kind == .punctuation, !next.spaceBefore,
            [",", ".", ":", "/"].contains(next.lower), self.token(index + 2)?.kind == .number,
            self.token(index + 2)?.spaceBefore == false
        {
            return nil
        }
        if isMark(index + 1, "%") || isWord(index + 1, in: TimeLexicon.countedNouns) { return nil }
        if let previous = self.token(index - 1), previous.kind == .punctuation {
            if ["$", "#", "£", "€", "¥", "+", "."].contains(previous.lower) { return nil }
            if [",", ":", "/"].contains(previous.lower), !token.spaceBefore,
                self.token(index - 2)?.kind == .number
            {
                return nil
            }
        }
        if isWord(index - 1, in: Self.quantityWords) { return nil }
        if case .unit = self.token(index + 1)?.entry { return nil }
        return token.number
    }

    /// Words before a number that make it an amount.
    static let quantityWords: Set<String> = [
        "about", "some", "nearly", "approximately", "than", "least", "only", "almost", "roughly",
        "number", "no", "model", "flight", "route", "room", "page", "rule", "section", "article",
        "channel", "interstate", "highway", "boeing", "airbus", "windows", "version", "dow",
    ]

    /// "2024", "1990s", "the 19th century", "1989's third quarter": bare years are 1900–2099
    /// unless a preposition shows a year.
    func yearPhrase(at index: Int) -> PhraseMatch? {
        let token = tokens[index]
        if token.digits == 4, token.suffix == "s", token.number % 10 == 0,
            !isMark(index - 1, "$"), !isWord(index - 1, in: Self.quantityWords)
        {
            let meaning: TimeMeaning =
                token.number % 100 == 0 && token.number != 2000
                ? .century(token.number / 100) : .decade(token.number / 10)
            return PhraseMatch(start: index, end: index + 1, meaning: meaning)
        }
        if token.digits <= 2, ["st", "nd", "rd", "th"].contains(token.suffix), isWord(index + 1, "century") {
            return PhraseMatch(start: index, end: index + 2, meaning: .century(token.number - 1))
        }
        // Outside 1900–2099 a preposition must show a year, and "at" does not: "struck at 1353
        // (1023 GMT)" is a 24-hour clock time, "built in 1353" a year.
        guard let year = yearNumber(at: index),
            (1900...2099).contains(year) || hasDateContext(before: index) && !isWord(index - 1, "at"),
            !endsName(at: index)
        else { return nil }
        if isMark(index + 1, "'"), isWord(index + 2, "s"), let period = period(at: index + 3) {
            return PhraseMatch(start: index, end: period.end, meaning: period.meaning(year: year, offset: 0))
        }
        return PhraseMatch(start: index, end: index + 1, meaning: .year(year))
    }

    /// Whether the year at `index` ends a name: right after a capitalized word inside its
    /// sentence that is no date word ("a venture called Orion 1980,", "the Fire Safety Order
    /// 2005."), with no capitalized word after it (a title-case headline's "to Host 2014 Oscars"
    /// stays a year).
    private func endsName(at index: Int) -> Bool {
        guard index >= 2, let previous = token(index - 1), previous.kind == .word, previous.capitalized,
            previous.entry == nil, !isWord(index - 1, in: TimeLexicon.datePrepositions),
            sameSentence(index - 2, index), tokens[index - 2].kind != .punctuation || tokens[index - 2].lower == ")"
        else { return false }
        if let next = token(index + 1), next.kind == .word, next.capitalized { return false }
        return true
    }

    /// "the '90s".
    func decade(at index: Int) -> PhraseMatch? {
        guard let token = token(index + 1), token.kind == .number, !token.spaceBefore, token.digits == 2,
            token.suffix == "s", token.number % 10 == 0
        else { return nil }
        let century = token.number >= 30 ? 190 : 200
        return PhraseMatch(start: index, end: index + 2, meaning: .decade(century + token.number / 10))
    }

    /// "summer 2025", "the summer of 2025", "in summer"; "the fall" needs a preposition before it
    /// and no "of" after it ("after the fall of Rome" is no date).
    func seasonPhrase(at index: Int, direction explicit: DateDirection? = nil, after article: Bool = false)
        -> PhraseMatch?
    {
        guard let token = token(index), case .season(let season) = token.entry else { return nil }
        if let found = yearAt(index + 1) {
            return PhraseMatch(start: index, end: found.end, meaning: .season(season, year: found.year, .nearest))
        }
        if isWord(index + 1, "of") {
            guard let found = yearAt(index + 2) else { return nil }
            return PhraseMatch(start: index, end: found.end, meaning: .season(season, year: found.year, .nearest))
        }
        // "prices could fall", "set to Fall": the verb, not the season.
        if isWord(index - 1, in: Self.verbOpeners) { return nil }
        if explicit == nil {
            let before = article ? index - 2 : index - 1
            let needsPreposition = !article || token.lower == "fall" || token.lower == "spring"
            if needsPreposition, !isWord(before, in: Self.seasonPrepositions) { return nil }
        }
        if case .unit = self.token(index + 1)?.entry { return nil }
        return PhraseMatch(
            start: index, end: index + 1, meaning: .season(season, year: nil, explicit ?? direction(at: index)))
    }

    /// Words after which "fall" and "spring" are verbs ("to fall", "could spring").
    static let verbOpeners: Set<String> = [
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
        "not", "never",
    ]

    static let seasonPrepositions: Set<String> = [
        "in", "during", "over", "through", "throughout", "since", "until", "till", "by", "before",
        "after", "for", "into", "from", "late", "early", "mid", "of",
    ]

    /// "third-quarter", "the first half of 2025", "Q3 2025" after an ordinal.
    func ordinalPeriod(at index: Int) -> PhraseMatch? {
        guard let period = period(at: index) else { return nil }
        var end = period.end
        var year: Int?
        var offset = 0
        if isWord(end, "of") {
            // "the first half of the 1990s": part of a decade, which TIMEX3 writes as the decade.
            let decade =
                isWord(end + 1, "the")
                ? thePhrase(at: end + 1) : token(end + 1)?.kind == .number ? yearPhrase(at: end + 1) : nil
            if let decade, decade.meaning.isDecadeOrCentury {
                return PhraseMatch(start: index, end: decade.end, meaning: decade.meaning)
            }
            if let found = yearNumber(at: end + 1) {
                year = found
                end += 2
            } else if let relative = relativeYear(at: end + 1) {
                offset = relative.offset
                end = relative.end
            }
        } else if let found = yearNumber(at: end) {
            year = found
            end += 1
        }
        return PhraseMatch(start: index, end: end, meaning: period.meaning(year: year, offset: offset))
    }

    /// An ordinal quarter or half: "third quarter", "fourth-quarter", "first half", "fiscal
    /// second quarter".
    func period(at index: Int) -> PeriodMatch? {
        var position = index
        if isWord(position, "fiscal") { position += 1 }
        guard let word = word(position),
            let ordinal = word == "final" ? 4 : Self.laterHalf.contains(word) ? 2 : TimeLexicon.ordinal(word)
        else { return nil }
        position += 1
        if isMark(position, "-"), isGlued(position) { position += 1 }
        if isWord(position, "fiscal") { position += 1 }
        if isWord(position, "quarter"), ordinal <= 4, !Self.laterHalf.contains(word) {
            return PeriodMatch(end: position + 1, ordinal: ordinal, isHalf: false)
        }
        if isWord(position, "half"), ordinal <= 2 || word == "final", !isUnit(at: position + 1) {
            return PeriodMatch(end: position + 1, ordinal: min(ordinal, 2), isHalf: true)
        }
        return nil
    }

    private func isUnit(at index: Int) -> Bool {
        if case .unit = token(index)?.entry { return true }
        return false
    }

    /// Words naming the second half of a year ("the latter half of 1989"); "the last quarter"
    /// is the latest one, not the fourth.
    static let laterHalf: Set<String> = ["last", "latter"]

    /// "Q3", "Q3 2025".
    func quarterCode(at index: Int) -> PhraseMatch? {
        guard tokens[index].capitalized, let quarter = number(at: index + 1, digits: 1...1, glued: true),
            (1...4).contains(quarter)
        else { return nil }
        if let year = yearNumber(at: index + 2) {
            return PhraseMatch(start: index, end: index + 3, meaning: .quarter(quarter, year: year, yearOffset: 0))
        }
        return PhraseMatch(start: index, end: index + 2, meaning: .quarter(quarter, year: nil, yearOffset: 0))
    }

    /// "fiscal 1989", "fiscal year 1990", "fiscal 1989's second quarter".
    func fiscalPhrase(at index: Int) -> PhraseMatch? {
        var position = index + 1
        if isWord(position, "year") { position += 1 }
        if let year = yearNumber(at: position) {
            if isMark(position + 1, "'"), isWord(position + 2, "s"), let period = period(at: position + 3) {
                return PhraseMatch(start: index, end: period.end, meaning: period.meaning(year: year, offset: 0))
            }
            return PhraseMatch(start: index, end: position + 1, meaning: .year(year))
        }
        return ordinalPeriod(at: index)
    }

    /// "Christmas", "Orthodox Christmas", "New Year's Day", "Easter Sunday".
    func holiday(at index: Int, direction explicit: DateDirection? = nil) -> PhraseMatch? {
        guard let token = token(index), token.kind == .word, token.capitalized else { return nil }
        for (words, holiday, needsContext) in Self.holidays where words[0] == token.lower {
            guard let end = sequence(words, at: index) else { continue }
            if needsContext, explicit == nil, !isWord(index - 1, in: Self.holidayPrepositions) {
                continue
            }
            if let year = yearNumber(at: end) {
                return PhraseMatch(start: index, end: end + 1, meaning: .holiday(holiday, year: year, .nearest))
            }
            return PhraseMatch(
                start: index, end: end, meaning: .holiday(holiday, year: nil, explicit ?? direction(at: index)))
        }
        return nil
    }

    static let holidayPrepositions: Set<String> = [
        "on", "at", "over", "before", "after", "since", "until", "till", "by", "for", "during",
        "around", "last", "next", "this", "from", "through", "of",
    ]

    /// Holiday names, longest first; the single words need a preposition before them.
    static let holidays: [([String], Holiday, Bool)] = [
        (["orthodox", "christmas", "day"], .fixed(month: 1, day: 7), false),
        (["orthodox", "christmas", "eve"], .fixed(month: 1, day: 6), false),
        (["orthodox", "christmas"], .fixed(month: 1, day: 7), false),
        (["christmas", "eve"], .fixed(month: 12, day: 24), false),
        (["christmas", "day"], .fixed(month: 12, day: 25), false),
        (["christmas"], .fixed(month: 12, day: 25), true),
        (["new", "year", "'", "s", "day"], .fixed(month: 1, day: 1), false),
        (["new", "year", "'", "s", "eve"], .fixed(month: 12, day: 31), false),
        (["new", "years", "day"], .fixed(month: 1, day: 1), false),
        (["new", "years", "eve"], .fixed(month: 12, day: 31), false),
        (["halloween"], .fixed(month: 10, day: 31), true),
        (["valentine", "'", "s", "day"], .fixed(month: 2, day: 14), false),
        (["thanksgiving", "day"], .nthWeekday(4, weekday: 4, month: 11), false),
        (["thanksgiving"], .nthWeekday(4, weekday: 4, month: 11), true),
        (["easter", "sunday"], .easter(offset: 0), false),
        (["easter", "monday"], .easter(offset: 1), false),
        (["easter"], .easter(offset: 0), true),
        (["good", "friday"], .easter(offset: -2), false),
        (["boxing", "day"], .fixed(month: 12, day: 26), false),
        (["labor", "day"], .nthWeekday(1, weekday: 1, month: 9), false),
        (["memorial", "day"], .nthWeekday(-1, weekday: 1, month: 5), false),
        (["veterans", "day"], .fixed(month: 11, day: 11), false),
        (["armistice", "day"], .fixed(month: 11, day: 11), false),
        (["remembrance", "day"], .fixed(month: 11, day: 11), false),
        (["may", "day"], .fixed(month: 5, day: 1), false),
        (["st", ".", "patrick", "'", "s", "day"], .fixed(month: 3, day: 17), false),
        (["saint", "patrick", "'", "s", "day"], .fixed(month: 3, day: 17), false),
    ]
}

/// A quarter or half of a year named by its ordinal.
struct PeriodMatch {
    var end: Int
    var ordinal: Int
    var isHalf: Bool

    func meaning(year: Int?, offset: Int) -> TimeMeaning {
        isHalf
            ? .half(ordinal, year: year, yearOffset: offset)
            : .quarter(ordinal, year: year, yearOffset: offset)
    }
}
