/// Phrases relative to the anchor or to earlier dates: "today", "last week", "that same year",
/// "the following day", and references such as "now" and "recently".
extension TimePhraseParser {
    /// "today", "yesterday afternoon", "tonight".
    func dayWord(at index: Int) -> PhraseMatch? {
        let offsets = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0]
        guard let word = word(index), let offset = offsets[word] else { return nil }
        let day = TimeMeaning.relative(.day, offset: offset, .anchor)
        if word == "tonight" {
            return PhraseMatch(start: index, end: index + 1, meaning: .partOfDay("NI", on: day))
        }
        if case .partOfDay(let code) = token(index + 1)?.entry {
            return PhraseMatch(start: index, end: index + 2, meaning: .partOfDay(code, on: day))
        }
        return PhraseMatch(start: index, end: index + 1, meaning: day)
    }

    /// "this week", "last May", "next Tuesday", "last night", "this past summer", "that same
    /// year", "last year's third quarter", "last two years".
    func deicticPhrase(at index: Int) -> PhraseMatch? {
        guard let word = word(index) else { return nil }
        var next = index + 1
        var offset = ["last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1][word] ?? 0
        var base: ShiftBase = word == "previous" ? .narrative : word == "that" ? .anyEarlier : .anchor
        if word == "this", isWord(next, "past") {
            offset = -1
            next += 1
        } else if word == "this", isWord(next, "coming") {
            offset = 1
            next += 1
        } else if word == "that", isWord(next, "same") {
            next += 1
        }
        let direction: DateDirection = offset < 0 ? .past : offset > 0 ? .future : .current
        func extend(_ match: PhraseMatch?) -> PhraseMatch? {
            match.map { PhraseMatch(start: index, end: $0.end, meaning: $0.meaning) }
        }
        guard let token = token(next) else { return nil }
        switch token.entry {
        case .unit(let unit, plural: false) where !unit.isTimeOfDay:
            if word == "that", unit == .week || unit == .weekend { return nil }
            if word == "next", unit == .day { base = .narrative }
            let end = next + 1
            // "to this day", "until this day": up to the present, not a day (thirteenth round).
            if word == "this", unit == .day, isWord(index - 1, in: ["to", "until", "till"]) {
                return PhraseMatch(start: index, end: end, meaning: .literal("PRESENT_REF", .unknown))
            }
            if unit == .year, base == .anchor, isMark(end, "'"), isWord(end + 1, "s"),
                let period = period(at: end + 2)
            {
                return PhraseMatch(start: index, end: period.end, meaning: period.meaning(year: nil, offset: offset))
            }
            if unit == .year, base == .anchor, isMark(end, "'"), isWord(end + 1, "s"),
                let period = possessiveReportPeriod(at: end + 2, start: index, offset: offset)
            {
                return period
            }
            return PhraseMatch(start: index, end: end, meaning: .relative(unit, offset: offset, base))
        case .month:
            guard word != "that", word != "previous" else { return nil }
            return extend(monthDate(at: next, direction: direction))
        case .weekday(let weekday):
            guard word != "that" else { return nil }
            // "the previous Friday": the Friday before the last day named.
            if word == "previous" {
                guard weekdayPhrase(at: next) != nil else { return nil }
                return PhraseMatch(start: index, end: next + 1, meaning: .weekdayBefore(weekday))
            }
            // "last Tuesday": the Tuesday of last week, not the latest Tuesday.
            if word == "last" { return extend(weekdayPhrase(at: next, week: -1)) }
            return extend(weekdayPhrase(at: next, direction: direction))
        case .season:
            guard word != "that" else { return nil }
            return extend(seasonPhrase(at: next, direction: direction))
        case .partOfDay(let code):
            let dayOffset = word == "last" && code == "NI" ? -1 : word == "next" ? 1 : 0
            guard word != "past", word != "coming", word != "last" || code == "NI" else { return nil }
            let dayBase: ShiftBase = word == "that" ? .anyEarlier : word == "next" ? .narrative : .anchor
            let day = TimeMeaning.relative(.day, offset: dayOffset, dayBase)
            return PhraseMatch(start: index, end: next + 1, meaning: .partOfDay(code, on: day))
        default:
            if let holiday = holiday(at: next, direction: direction) { return extend(holiday) }
            guard ["last", "past", "next", "coming"].contains(word) else { return nil }
            return extend(durationPhrase(at: next, allowBare: word != "last" && word != "next"))
        }
    }

    /// Phrases opening with "the": "the third quarter", "the past three months", "the 1990s",
    /// "the same year", "the following day", "the weekend", "the summer", "the future".
    func thePhrase(at index: Int) -> PhraseMatch? {
        let next = index + 1
        guard let token = token(next) else { return nil }
        func extend(_ match: PhraseMatch?) -> PhraseMatch? {
            match.map { PhraseMatch(start: index, end: $0.end, meaning: $0.meaning) }
        }
        if let period = reportPeriod(afterArticle: index) { return period }
        if case .unit(let unit, plural: true) = token.entry, !unit.isTimeOfDay {
            // "the weeks ahead", "over the years": an unspecified stretch.
            let ahead = isWord(next + 1, "ahead")
            guard ahead || isWord(index - 1, in: ["over", "through", "across", "throughout"]),
                !isWord(next + 1, "of")
            else { return nil }
            return PhraseMatch(
                start: index, end: ahead ? next + 2 : next + 1, meaning: .literal("PX" + unit.durationCode, .duration))
        }
        if token.kind == .number {
            if let match = yearPhrase(at: next), match.meaning.isDecadeOrCentury { return extend(match) }
            return extend(durationPhrase(at: next, allowBare: false))
        }
        if token.isMark("'") { return extend(decade(at: next)) }
        guard let word = word(next) else { return nil }
        if case .season = token.entry { return extend(seasonPhrase(at: next, after: true)) }
        if let decade = Self.decadeWords[word] {
            return PhraseMatch(start: index, end: next + 1, meaning: .decade(decade))
        }
        switch word {
        case "past", "last", "previous", "prior", "preceding":
            if let duration = durationPhrase(at: next + 1, allowBare: false) { return extend(duration) }
            if case .unit(let unit, plural: false) = self.token(next + 1)?.entry, !unit.isTimeOfDay {
                let base: ShiftBase = word == "past" || word == "last" ? .anchor : .narrative
                return PhraseMatch(start: index, end: next + 2, meaning: .relative(unit, offset: -1, base))
            }
            if word == "last", let half = ordinalPeriod(at: next), case .half = half.meaning { return extend(half) }
            if word == "past", !isWord(next + 1, "few") {
                return PhraseMatch(start: index, end: next + 1, meaning: .literal("PAST_REF", .unknown))
            }
            return nil
        case "next", "coming", "following", "subsequent":
            if let duration = durationPhrase(at: next + 1, allowBare: true) { return extend(duration) }
            if case .unit(let unit, plural: false) = self.token(next + 1)?.entry, !unit.isTimeOfDay {
                let base: ShiftBase = word == "coming" ? .anchor : .narrative
                return PhraseMatch(start: index, end: next + 2, meaning: .relative(unit, offset: 1, base))
            }
            return nil
        case "same":
            guard case .unit(let unit, plural: false) = self.token(next + 1)?.entry, !unit.isTimeOfDay else {
                return nil
            }
            return PhraseMatch(start: index, end: next + 2, meaning: .relative(unit, offset: 0, .anyEarlier))
        case "latest", "recent", "current", "most":
            var position = next + 1
            if word == "most" {
                guard isWord(position, "recent") else { return nil }
                position += 1
            }
            if word == "latest", isWord(position, "fiscal"), isWord(position + 1, "year") {
                // The last fiscal year completed.
                return PhraseMatch(start: index, end: position + 2, meaning: .relative(.year, offset: -1, .anchor))
            }
            if isWord(position, "quarter") || (word != "current" && isWord(position, "period")) {
                let meaning: TimeMeaning =
                    word == "current" ? .relative(.quarter, offset: 0, .anchor) : .latestQuarter
                return PhraseMatch(start: index, end: position + 1, meaning: meaning)
            }
            if word == "current", isWord(position, "fiscal") { position += 1 }
            if word == "current", case .unit(let unit, plural: false) = self.token(position)?.entry,
                !unit.isTimeOfDay
            {
                return PhraseMatch(start: index, end: position + 1, meaning: .relative(unit, offset: 0, .anchor))
            }
            return nil
        case "quarter":
            guard !isUnitCompound(at: next) else { return nil }
            return PhraseMatch(start: index, end: next + 1, meaning: .discussedQuarter(year: nil, yearOffset: 0))
        case "year":
            if isMark(next + 1, "-"), isWord(next + 2, in: ["ago", "earlier"]),
                isWord(next + 3, in: ["quarter", "period"])
            {
                return PhraseMatch(start: index, end: next + 4, meaning: .discussedQuarter(year: nil, yearOffset: -1))
            }
            if let year = yearAt(next + 1) {
                return PhraseMatch(start: index, end: year.end, meaning: .year(year.year))
            }
            return neighbourDay(at: index) ?? extend(yearEarlier(at: next)) ?? discussedUnit(at: index, unit: next)
        case "day", "night", "week", "month":
            return neighbourDay(at: index) ?? discussedUnit(at: index, unit: next)
        case "full", "whole", "entire":
            if word == "full", isWord(next + 1, "year"), !isWord(next + 2, in: ["ended", "ending", "to", "through"]) {
                // "the full year" of a report is the current one, as against its quarters.
                return PhraseMatch(start: index, end: next + 2, meaning: .relative(.year, offset: 0, .anchor))
            }
            return discussedUnit(at: index, unit: next + 1)
        case "weekend":
            return PhraseMatch(start: index, end: next + 1, meaning: .relative(.weekend, offset: 0, .anchor))
        case "future":
            // "the future of our peoples" is a thing's prospects, not a time.
            if isWord(next + 1, "of") { return nil }
            return PhraseMatch(start: index, end: next + 1, meaning: .literal("FUTURE_REF", .unknown))
        case "present":
            guard isWord(index - 1, in: ["at", "until", "till"]) else { return nil }
            return PhraseMatch(start: index, end: next + 1, meaning: .literal("PRESENT_REF", .unknown))
        case "moment":
            guard isWord(index - 1, "at") else { return nil }
            return PhraseMatch(start: index, end: next + 1, meaning: .literal("PRESENT_REF", .unknown))
        case "fiscal":
            return extend(fiscalPhrase(at: next)) ?? discussedUnit(at: index, unit: next + 1)
        default:
            if let period = ordinalPeriod(at: next) { return extend(period) }
            if case .ordinal(let ordinal) = token.entry, isWord(next + 1, "century") {
                return PhraseMatch(start: index, end: next + 2, meaning: .century(ordinal - 1))
            }
            if word == "first" || word == "initial" || word == "final" {
                return extend(durationPhrase(at: next + 1, allowBare: false))
            }
            return extend(durationPhrase(at: next, allowBare: false))
        }
    }

    /// "the day before", "the year after", "the night before", "the day before yesterday":
    /// one unit from the narrative date.
    private func neighbourDay(at index: Int) -> PhraseMatch? {
        guard let word = word(index + 1), let way = self.word(index + 2), way == "before" || way == "after"
        else { return nil }
        let offset = way == "before" ? -1 : 1
        if word == "day", isWord(index + 3, way == "before" ? "yesterday" : "tomorrow") {
            return PhraseMatch(start: index, end: index + 4, meaning: .relative(.day, offset: offset * 2, .anchor))
        }
        if word == "night" {
            let day = TimeMeaning.relative(.day, offset: offset, .narrative)
            return PhraseMatch(start: index, end: index + 3, meaning: .partOfDay("NI", on: day))
        }
        guard case .unit(let unit, plural: false) = token(index + 1)?.entry else { return nil }
        // "the day after he lost his job": the day of an event the words name, not of the last date.
        if match(at: index + 3) == nil, startsEvent(at: index + 3) {
            return PhraseMatch(
                start: index, end: index + 2,
                meaning: .literal(TimeResolution.unresolved(unit.precision).value, unit.precision),
                timeBankValue: unit == .week ? .unspecifiedWeek : nil)
        }
        return PhraseMatch(start: index, end: index + 3, meaning: .relative(unit, offset: offset, .narrative))
    }

    /// "the year", "the week", "the fiscal year": the one under discussion; "the year ended
    /// June 30" is a duration.
    private func discussedUnit(at index: Int, unit unitIndex: Int) -> PhraseMatch? {
        guard case .unit(let unit, plural: false) = token(unitIndex)?.entry,
            [.day, .week, .month, .year].contains(unit)
        else { return nil }
        if isWord(unitIndex + 1, in: ["ended", "ending", "to", "through"]) {
            return PhraseMatch(start: index, end: unitIndex + 1, meaning: .literal("P1" + unit.durationCode, .duration))
        }
        return PhraseMatch(
            start: index, end: unitIndex + 1, meaning: .relative(unit, offset: 0, .narrative),
            timeBankValue: unit == .week ? .unspecifiedWeek : nil)
    }

    /// "nineteen ninety-six" standing alone.
    func spelledYearPhrase(at index: Int) -> PhraseMatch? {
        guard let year = spelledYear(at: index), year.year >= 1800 || hasDateContext(before: index),
            tokens[index].lower != "two" || hasDateContext(before: index)
        else { return nil }
        if case .unit = token(year.end)?.entry { return nil }
        return PhraseMatch(start: index, end: year.end, meaning: .year(year.year))
    }

    /// "year-earlier", "year-ago": a year before the date under discussion.
    func yearEarlier(at index: Int) -> PhraseMatch? {
        guard isWord(index, "year"), isMark(index + 1, "-"), isGlued(index + 1),
            isWord(index + 2, in: ["ago", "earlier"])
        else { return nil }
        return PhraseMatch(start: index, end: index + 3, meaning: .shift(-1, .year, .anchor))
    }

    /// "now", "currently", "recently", "soon", "recent years", "Tuesdays".
    func referenceWord(at index: Int) -> PhraseMatch? {
        guard let word = word(index) else { return nil }
        func literal(_ value: String, end: Int? = nil) -> PhraseMatch {
            PhraseMatch(start: index, end: end ?? index + 1, meaning: .literal(value, .unknown))
        }
        switch word {
        case "now":
            if isMark(index + 1, "-"), isGlued(index + 1) { return nil }
            return literal("PRESENT_REF")
        case "right":
            return isWord(index + 1, "now") ? literal("PRESENT_REF", end: index + 2) : nil
        case "currently", "presently", "nowadays":
            return literal("PRESENT_REF")
        case "these":
            return isWord(index + 1, "days") ? literal("PRESENT_REF", end: index + 2) : nil
        case "recently", "lately":
            return literal("PAST_REF")
        case "recent":
            if case .unit(let unit, plural: true) = token(index + 1)?.entry, !unit.isTimeOfDay {
                return literal("PAST_REF", end: index + 2)
            }
            return isDeicticAdjective(at: index) ? literal("PAST_REF") : nil
        case "current":
            let unitIndex = isWord(index + 1, "fiscal") ? index + 2 : index + 1
            if case .unit(let unit, plural: false) = token(unitIndex)?.entry, !unit.isTimeOfDay {
                return PhraseMatch(start: index, end: unitIndex + 1, meaning: .relative(unit, offset: 0, .anchor))
            }
            return isDeicticAdjective(at: index) ? literal("PRESENT_REF") : nil
        case "then":
            // "the then current price": the present of an earlier time.
            let current = isMark(index + 1, "-") && isGlued(index + 1) ? index + 2 : index + 1
            return isWord(current, "current") && isDeicticAdjective(at: current)
                ? literal("PAST_REF", end: current + 1) : nil
        case "as":
            // "as soon as possible": a time ahead; "as soon as he left" is a clause's time, no value.
            guard let end = sequence(["as", "soon", "as", "possible"], at: index) else { return nil }
            return literal("FUTURE_REF", end: end)
        case "soon":
            // "soon after he was captured" dates the event it names, not a time ahead.
            if isWord(index - 1, "as") || isWord(index + 1, in: ["as", "after", "before", "afterward", "afterwards"]) {
                return nil
            }
            return literal("FUTURE_REF")
        case "future":
            return isWord(index - 1, "in") ? literal("FUTURE_REF") : nil
        default:
            return pluralWeekday(at: index)
        }
    }

    /// Whether "current" or "recent" at `index` qualifies the noun after it ("current market
    /// conditions", "the recent closing of a bakery"), which TIMEX3 writes as a reference to the
    /// present or the past; terms of accounts ("current assets") name no time.
    private func isDeicticAdjective(at index: Int) -> Bool {
        guard let next = token(index + 1), next.kind == .word, !next.capitalized else { return false }
        return !Self.termsAfterCurrent.contains(next.lower) && !TimeLexicon.datePrepositions.contains(next.lower)
    }

    /// Nouns after "current" that make a term of accounts or physics, not a time.
    static let termsAfterCurrent: Set<String> = [
        "account", "accounts", "assets", "liabilities", "ratio", "affairs", "flow", "flows",
    ]

    /// "Tuesdays", "Tuesday nights": every such day.
    private func pluralWeekday(at index: Int) -> PhraseMatch? {
        let token = tokens[index]
        guard token.capitalized, token.lower.hasSuffix("s"),
            case .weekday(let weekday) = TimeLexicon.entries[String(token.lower.dropLast())]
        else { return nil }
        return PhraseMatch(start: index, end: index + 1, meaning: .literal("XXXX-WXX-\(weekday)", .set))
    }

    /// "every Thursday", "each year", "every two weeks", "every other day".
    func recurrence(at index: Int) -> PhraseMatch? {
        let next = index + 1
        switch token(next)?.entry {
        case .weekday(let weekday):
            if case .partOfDay(let code) = token(next + 1)?.entry {
                return PhraseMatch(
                    start: index, end: next + 2, meaning: .literal("XXXX-WXX-\(weekday)T\(code)", .set))
            }
            return PhraseMatch(start: index, end: next + 1, meaning: .literal("XXXX-WXX-\(weekday)", .set))
        case .month(let month, false):
            let value = "XXXX-" + (month < 10 ? "0\(month)" : "\(month)")
            return PhraseMatch(start: index, end: next + 1, meaning: .literal(value, .set))
        case .partOfDay(let code):
            return PhraseMatch(start: index, end: next + 1, meaning: .literal("XXXX-XX-XXT\(code)", .set))
        case .unit(let unit, plural: false):
            // TIMEX3 writes "every month" as the period it recurs with, P1M.
            let value = (unit.isTimeOfDay ? "PT1" : "P1") + unit.durationCode
            return PhraseMatch(start: index, end: next + 1, meaning: .literal(value, .set))
        default:
            var position = next
            if isWord(position, "other") { position += 1 }
            guard let duration = durationPhrase(at: position, allowBare: true),
                case .literal(let value, _) = duration.meaning
            else {
                if position > next, case .unit(let unit, false) = token(position)?.entry {
                    let value = (unit.isTimeOfDay ? "PT2" : "P2") + unit.durationCode
                    return PhraseMatch(start: index, end: position + 1, meaning: .literal(value, .set))
                }
                return nil
            }
            return PhraseMatch(start: index, end: duration.end, meaning: .literal(value, .set))
        }
    }

    static let decadeWords = [
        "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
        "seventies": 197, "eighties": 198, "nineties": 199,
    ]
}

extension TimeMeaning {
    var isDecadeOrCentury: Bool {
        switch self {
        case .decade, .century: true
        default: false
        }
    }
}

/// Weekdays relative to the writing.
extension TimePhraseParser {
    /// A weekday's direction: `direction(at:)`, but a weekday a modal projects in its own
    /// clause — no mark, past auxiliary or "have" between — is ahead ("relatives would hold a
    /// vigil Thursday", "the decision could come as soon as Tuesday"): a projection told within
    /// the week of the writing is of the days to come. "would have opened Monday" is a past that
    /// did not happen; a modal behind a mark ("('… Clinton would beat,' USATODAY.com,
    /// Thursday)") projects nothing on the date. PolNeAR train (unseen, read): three weekdays
    /// read a week back now right, one behind a bracket read forward (fixed by the mark).
    func weekdayDirection(at index: Int) -> DateDirection {
        let told = direction(at: index)
        guard told == .nearest else { return told }
        if futureCue(afterOpening: index) { return .upcoming }
        var position = index - 1
        while position >= 0, index - position <= Self.cueWindow, sameSentence(position, index) {
            if tokens[position].kind == .punctuation { return told }
            if let lower = word(position) {
                if Self.pastAuxiliaries.contains(lower) || ["have", "ve"].contains(lower) { return told }
                if Self.projectingModals.contains(lower), !tokens[position].capitalized { return .upcoming }
            }
            position -= 1
        }
        return told
    }

    /// "Tuesday", "Tuesday night", "Tuesday, Jan. 6", "Tuesday (of) last week"; `week` is the
    /// calendar week a "last" before the weekday named (-1).
    func weekdayPhrase(at index: Int, direction explicit: DateDirection? = nil, week: Int? = nil) -> PhraseMatch? {
        guard let token = token(index), token.capitalized, case .weekday(let weekday) = token.entry else {
            return nil
        }
        let dateIndex = isMark(index + 1, ",") ? index + 2 : index + 1
        if explicit == nil, week == nil, let date = monthDate(at: dateIndex) ?? dayMatch(at: dateIndex),
            case .date(_, _, .some, _) = date.meaning
        {
            return PhraseMatch(start: index, end: date.end, meaning: date.meaning)
        }
        var end = index + 1
        var partOfDay: String?
        if case .partOfDay(let code) = self.token(end)?.entry {
            partOfDay = code
            end += 1
        }
        var weeks = week
        if week == nil, explicit == nil, let named = weekNamed(at: end) {
            weeks = named.weeks
            end = named.end
        }
        let meaning =
            weeks.map { TimeMeaning.weekdayInWeek(weekday, weeks: $0) }
            ?? .weekday(weekday, explicit ?? weekdayDirection(at: index))
        return PhraseMatch(start: index, end: end, meaning: partOfDay.map { .partOfDay($0, on: meaning) } ?? meaning)
    }

    /// "last week", "of last week", "next week" after a weekday: the calendar week it is in.
    private func weekNamed(at index: Int) -> (weeks: Int, end: Int)? {
        let start = isWord(index, "of") ? index + 1 : index
        guard let shift = ["last": -1, "next": 1][word(start) ?? ""],
            case .unit(.week, plural: false) = token(start + 1)?.entry
        else { return nil }
        return (shift, start + 2)
    }

    private func dayMatch(at index: Int) -> PhraseMatch? {
        token(index)?.kind == .number ? dayMonth(at: index) : nil
    }
}
