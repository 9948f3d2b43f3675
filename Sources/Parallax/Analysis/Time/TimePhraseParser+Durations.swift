/// An amount of a unit: "three days", "a year and a half", "several weeks", "10-year".
struct DurationMatch {
    /// Nil for an unspecified amount ("several", "a few").
    var amount: Double?
    var unit: TimeUnit
    var end: Int
    var isAdjective: Bool

    var value: String {
        let prefix = unit.isTimeOfDay ? "PT" : "P"
        guard let amount else { return prefix + "X" + unit.durationCode }
        let whole = Int(amount)
        let fraction = amount - Double(whole)
        if fraction == 0 { return prefix + String(whole) + unit.durationCode }
        let (smaller, factor): (TimeUnit?, Double) =
            switch unit {
            case .year: (.month, 12)
            case .week: (.day, 7)
            case .day: (.hour, 24)
            case .hour: (.minute, 60)
            case .minute: (.second, 60)
            default: (nil, 1)
            }
        let part = fraction * factor
        guard let smaller, part == part.rounded() else {
            return prefix + String(amount) + unit.durationCode
        }
        let head = whole > 0 ? String(whole) + unit.durationCode : ""
        let tail = String(Int(part)) + smaller.durationCode
        if unit == .day { return "P" + head + "T" + tail }
        if unit == .week { return "P" + String(Int(amount * 7)) + "D" }
        return prefix + head + tail
    }

    /// The amount as whole units for moving a date: 1.5 years is 18 months.
    var wholeShift: (amount: Int, unit: TimeUnit)? {
        guard let amount else { return nil }
        if amount == amount.rounded() { return (Int(amount), unit) }
        switch unit {
        case .year: return (Int((amount * 12).rounded()), .month)
        case .month: return (Int((amount * 30).rounded()), .day)
        case .week: return (Int((amount * 7).rounded()), .day)
        default: return (Int(amount.rounded()), unit)
        }
    }
}

/// Durations and the shifts built on them: "three days", "three days ago", "two weeks later",
/// "three days after Christmas", "nearly forty years".
extension TimePhraseParser {
    /// An amount phrase at `index`, with what follows it: "ago", "later", "before …".
    func amountPhrase(at index: Int) -> PhraseMatch? {
        guard let duration = duration(at: index) else { return nil }
        let next = duration.end
        guard !duration.isAdjective, let word = word(next) else {
            return literalDuration(duration, start: index)
        }
        var sign = 0
        var base = ShiftBase.narrative
        var end = next + 1
        switch word {
        case "ago":
            sign = -1
            base = .anchor
        case "earlier", "before", "prior", "previously", "beforehand":
            sign = -1
        case "later", "after", "afterward", "afterwards", "hence":
            sign = 1
            if word == "hence" { base = .anchor }
        case "from":
            guard isWord(next + 1, "now") else { return literalDuration(duration, start: index) }
            sign = 1
            base = .anchor
            end = next + 2
        default:
            return literalDuration(duration, start: index)
        }
        if word == "before" || word == "after" || word == "prior" {
            let target = word == "prior" && isWord(next + 1, "to") ? next + 2 : next + 1
            if let shift = duration.wholeShift, let date = match(at: target), date.meaning.isDate,
                date.meaning.isCalendarDate
            {
                return PhraseMatch(
                    start: index, end: date.end, meaning: .shiftFrom(sign * shift.amount, shift.unit, date.meaning))
            }
            // "30 days before closing the deal", "24 hours after Salazar took steps": counted from
            // an event the words name, not from a date; the amount is what the text gives.
            if word == "prior" { return literalDuration(duration, start: index) }
            if startsEvent(at: target) {
                guard let shift = duration.wholeShift else { return literalDuration(duration, start: index) }
                return PhraseMatch(
                    start: index, end: next,
                    meaning: .shiftFromEvent(sign * shift.amount, shift.unit, duration: duration.value))
            }
        }
        // TimeBank writes an amount shorter than a year counted from another time as its duration;
        // "a year earlier" in a report is the comparison period, a date (every open case).
        let timeBankValue =
            base == .narrative && duration.unit.isShorterThanYear ? TimeBankValue.duration(duration.value) : nil
        guard let shift = duration.wholeShift else {
            let value = sign < 0 ? "PAST_REF" : "FUTURE_REF"
            return PhraseMatch(
                start: index, end: end, meaning: .literal(value, .unknown), timeBankValue: timeBankValue)
        }
        return PhraseMatch(
            start: index, end: end, meaning: .shift(sign * shift.amount, shift.unit, base),
            timeBankValue: timeBankValue)
    }

    /// Whether the words at `index`, after "before" or "after", name an event: a noun phrase or a
    /// clause opening with a determiner, a pronoun, a name or a gerund ("the election", "he lost
    /// his job", "Hurricane Katrina", "closing the deal"), rather than ending the phrase ("a day
    /// before rose to 10") or pointing back to what was told ("two days after that").
    func startsEvent(at index: Int) -> Bool {
        guard let word = word(index), sameSentence(index - 1, index) else { return false }
        return Self.eventOpeners.contains(word) || tokens[index].capitalized
            || word.count > 5 && word.hasSuffix("ing")
    }

    static let eventOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "we", "i", "you",
    ]

    /// A duration with nothing after it; "the past three months" and such call it after
    /// their opening words. `allowBare` accepts a plural unit alone ("the coming weeks").
    func durationPhrase(at index: Int, allowBare: Bool) -> PhraseMatch? {
        if let duration = duration(at: index) { return literalDuration(duration, start: index) }
        guard allowBare, case .unit(let unit, plural: true) = token(index)?.entry else { return nil }
        let duration = DurationMatch(amount: nil, unit: unit, end: index + 1, isAdjective: false)
        return literalDuration(duration, start: index)
    }

    /// "nearly forty years", "more than four hours", "up to 180 days", "at least 20 more years".
    func approximateDuration(at index: Int) -> PhraseMatch? {
        for phrase in Self.approximations {
            guard let end = sequence(phrase, at: index), let match = amountPhrase(at: end) else { continue }
            return PhraseMatch(
                start: index, end: match.end, meaning: match.meaning, timeBankValue: match.timeBankValue)
        }
        return nil
    }

    private static let approximations: [[String]] = [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"],
        ["up", "to"], ["no", "more", "than"], ["no", "less", "than"], ["nearly"], ["almost"],
        ["about"], ["around"], ["roughly"], ["approximately"], ["over"], ["just"], ["under"],
    ]

    /// An amount as a duration. "in five years" after a future word or a modal ("would be
    /// redeemed in five years") is, in TimeBank, the year it comes to (TimeML's guidelines: a
    /// point reached after the amount, not the span); a timeline keeps the amount.
    private func literalDuration(_ duration: DurationMatch, start: Int) -> PhraseMatch {
        var match = PhraseMatch(start: start, end: duration.end, meaning: .literal(duration.value, .duration))
        if isWord(start - 1, "in"), let shift = duration.wholeShift, shift.unit == .year,
            futureCue(before: start - 1) || modalCue(before: start - 1)
        {
            match.timeBankValue = .yearsAhead(shift.amount)
        }
        return match
    }

    /// An amount and a unit.
    func duration(at index: Int) -> DurationMatch? {
        guard let amount = amount(at: index) else { return nil }
        var position = amount.end
        var value = amount.value
        if let whole = value, isHalf(at: position) {
            value = whole + 0.5
            position += 3
        }
        var isAdjective = false
        if isMark(position, "-"), isGlued(position) {
            isAdjective = true
            position += 1
        }
        if isWord(position, in: ["more", "additional", "straight", "consecutive", "full"]) { position += 1 }
        guard case .unit(let unit, let plural) = token(position)?.entry else { return nil }
        if amount.isArticle {
            // "$5 a year", "10% a month" are rates.
            if !isWord(position + 1, in: ["ago", "earlier", "later", "before", "after"]),
                let previous = token(index - 1),
                previous.kind == .number || previous.isMark("%")
                    || isWord(index - 1, in: ["million", "billion", "thousand", "cents", "percent", "times"])
            {
                return nil
            }
            if isMark(position + 1, "-"), isWord(position + 2, in: ["earlier", "ago", "end"]) { return nil }
            guard !plural, unit != .second || isWord(position + 1, in: ["ago", "later", "earlier"]) else {
                return nil
            }
        }
        if unit == .quarter, isShare(of: position + 1) { return nil }
        if value == nil, !plural { return nil }
        position += 1
        if let whole = value, !isAdjective, isHalf(at: position) {
            value = whole + 0.5
            position += 3
        }
        // An age ("55 years old", "a 136-year-old bank") is no time expression.
        if isWord(position, "old") || (isMark(position, "-") && isWord(position + 1, "old")) { return nil }
        return DurationMatch(amount: value, unit: unit, end: position, isAdjective: isAdjective)
    }

    /// Whether "of" at `index` after "quarter(s)" makes a share of a thing ("three-quarters of
    /// its food") rather than of a year ("three quarters of the year", "a quarter of 1989").
    private func isShare(of index: Int) -> Bool {
        guard isWord(index, "of") else { return false }
        var position = index + 1
        if isWord(position, in: ["the", "this", "last", "next", "its", "their", "that"]) { position += 1 }
        if isWord(position, "fiscal") { position += 1 }
        if yearNumber(at: position) != nil { return false }
        if case .unit = token(position)?.entry { return false }
        return true
    }

    /// A plural unit with no amount after "for", "within" or "in" ("for years", "within weeks
    /// or months", "for the first time in years"): an unspecified duration, "PXY".
    func barePluralDuration(at index: Int) -> PhraseMatch? {
        guard case .unit(let unit, plural: true) = token(index)?.entry, !unit.isTimeOfDay,
            isWord(index - 1, in: ["for", "within", "in"]), !isWord(index + 1, in: ["of", "old", "ago"])
        else { return nil }
        var end = index + 1
        if isWord(end, in: ["or", "and"]), case .unit(_, plural: true) = token(end + 1)?.entry { end += 2 }
        return PhraseMatch(start: index, end: end, meaning: .literal("PX" + unit.durationCode, .duration))
    }

    private func isHalf(at index: Int) -> Bool {
        isWord(index, "and") && isWord(index + 1, in: ["a", "one"]) && isWord(index + 2, "half")
    }

    /// A number in digits or words, or words for an unspecified amount.
    private func amount(at index: Int) -> (value: Double?, end: Int, isArticle: Bool)? {
        guard let token = token(index) else { return nil }
        if token.kind == .number {
            guard token.suffix.isEmpty, token.digits <= 4, !isMark(index - 1, "$"),
                !(isMark(index - 1, ",") && isGlued(index - 1)), !(isMark(index + 1, ",") && isGlued(index + 1))
            else { return nil }
            var value = Double(token.number)
            var end = index + 1
            if isMark(end, "."), isGlued(end), let next = self.token(end + 1), next.kind == .number,
                !next.spaceBefore, let decimal = Double("\(token.number).\(digitsText(next))")
            {
                value = decimal
                end += 2
            }
            if let fraction = fraction(at: end) {
                value += fraction
                end += 3
            } else if let fraction = fraction(at: index), token.spaceBefore {
                return (fraction, index + 3, false)
            }
            return (value, end, false)
        }
        guard let word = word(index) else { return nil }
        switch word {
        case "a", "an":
            if isWord(index + 1, "few") { return (nil, index + 2, false) }
            if isWord(index + 1, "couple") { return (2, isWord(index + 2, "of") ? index + 3 : index + 2, false) }
            if isWord(index + 1, "half") { return (0.5, index + 2, false) }
            if isWord(index + 1, "number"), isWord(index + 2, "of") { return (nil, index + 3, false) }
            if case .cardinal(let value) = self.token(index + 1)?.entry, value >= 12 {
                return (Double(value), index + 2, false)
            }
            return (1, index + 1, true)
        case "several", "few", "many", "numerous":
            return (nil, index + 1, false)
        case "some":
            if let inner = amount(at: index + 1), !inner.isArticle { return inner }
            return (nil, index + 1, false)
        case "another":
            if let inner = amount(at: index + 1), !inner.isArticle { return inner }
            return (1, index + 1, false)
        case "couple":
            return (2, isWord(index + 1, "of") ? index + 2 : index + 1, false)
        case "half":
            if isWord(index + 1, in: ["a", "an"]) { return (0.5, index + 2, false) }
            return (0.5, index + 1, false)
        default:
            guard let cardinal = cardinal(at: index) else { return nil }
            return (Double(cardinal.value), cardinal.end, false)
        }
    }

    /// "twenty-four", "twenty four", "one hundred", "a dozen" (without the article).
    private func cardinal(at index: Int) -> (value: Int, end: Int)? {
        guard case .cardinal(var value) = token(index)?.entry else { return nil }
        var end = index + 1
        if (20...90).contains(value), value % 10 == 0 {
            let unitIndex = isMark(end, "-") && isGlued(end) ? end + 1 : end
            if case .cardinal(let ones) = token(unitIndex)?.entry, ones < 10 {
                value += ones
                end = unitIndex + 1
            }
        }
        if value < 100, case .cardinal(let multiplier) = token(end)?.entry, multiplier == 100 || multiplier == 1000 {
            value *= multiplier
            end += 1
        }
        return (value, end)
    }

    /// "1/2" as a value, glued together.
    private func fraction(at index: Int) -> Double? {
        guard let numerator = number(at: index, digits: 1...2), isMark(index + 1, "/"), isGlued(index + 1),
            let denominator = number(at: index + 2, digits: 1...2, glued: true), denominator > numerator,
            denominator > 0
        else { return nil }
        return Double(numerator) / Double(denominator)
    }

    private func digitsText(_ token: TimeToken) -> String {
        let digits = String(token.number)
        return String(repeating: "0", count: max(0, token.digits - digits.count)) + digits
    }
}

extension TimeMeaning {
    /// Whether a shift can start from this meaning: a date with a day, month or year.
    var isCalendarDate: Bool {
        switch self {
        case .date, .year, .weekday, .holiday, .season, .quarter, .half, .relative: true
        default: false
        }
    }
}
