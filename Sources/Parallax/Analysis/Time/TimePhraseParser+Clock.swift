/// Times of day: "18:18", "10 a.m.", "10:30pm", "noon Thursday".
extension TimePhraseParser {
    static let timeZones: Set<String> = [
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "bst", "cet", "cest",
    ]

    /// A clock time: hours and minutes with a colon, or an hour with "a.m." or "p.m.".
    func clockTime(at index: Int) -> PhraseMatch? {
        let token = tokens[index]
        guard token.digits <= 2 else { return nil }
        var hour = token.number
        var minute = 0
        var second: Int?
        var end = index + 1
        var suffix = token.suffix
        if suffix.isEmpty, isMark(end, ":"), isGlued(end),
            let minutes = self.token(end + 1), minutes.kind == .number, !minutes.spaceBefore, minutes.digits == 2,
            minutes.number < 60
        {
            minute = minutes.number
            suffix = minutes.suffix
            end += 2
            if suffix.isEmpty, isMark(end, ":"), isGlued(end),
                let seconds = number(at: end + 1, digits: 2...2, glued: true),
                seconds < 61
            {
                second = seconds
                end += 2
            }
        }
        if let meridiem = meridiem(at: end, suffix: suffix) {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem.isAfternoon ? 12 : 0)
            end = meridiem.end
        } else {
            guard end > index + 1, suffix.isEmpty, hour <= 23, !isMark(end, "%") else { return nil }
        }
        if let zone = word(end), Self.timeZones.contains(zone), self.token(end)?.capitalized == true {
            end += 1
        }
        let dateIndex = isMark(end, ",") ? end + 1 : end
        if let date = dayAfterTime(at: dateIndex) {
            return PhraseMatch(
                start: index, end: date.end,
                meaning: .clock(hour: hour, minute: minute, second: second, on: date.meaning))
        }
        return PhraseMatch(start: index, end: end, meaning: .clock(hour: hour, minute: minute, second: second, on: nil))
    }

    /// "noon", "midnight Tuesday".
    func clockWord(at index: Int) -> PhraseMatch? {
        let hour = isWord(index, "noon") ? 12 : 24
        if let date = dayAfterTime(at: index + 1) {
            return PhraseMatch(
                start: index, end: date.end, meaning: .clock(hour: hour, minute: 0, second: nil, on: date.meaning))
        }
        return PhraseMatch(start: index, end: index + 1, meaning: .clock(hour: hour, minute: 0, second: nil, on: nil))
    }

    /// A part of day before the day it is on: "(mid-)afternoon yesterday", "morning Jan. 3".
    /// Alone after a preposition ("in the morning", "by mid afternoon") it names no day: only
    /// TimeBank's conventions keep it, on the day the story is on, so no timeline dates it by the
    /// anchor.
    func partOfDayPhrase(at index: Int) -> PhraseMatch? {
        guard case .partOfDay(let code) = token(index)?.entry else { return nil }
        if let date = dayAfterTime(at: index + 1) {
            return PhraseMatch(start: index, end: date.end, meaning: .partOfDay(code, on: date.meaning))
        }
        var before = index - 1
        while isWord(before, in: ["the", "mid", "early", "late"]) || isMark(before, "-") { before -= 1 }
        guard isWord(before, in: Self.partOfDayPrepositions), sameSentence(before, index), !isWord(index + 1, "of")
        else { return nil }
        // "overnight losses" on a trading day: the night before it, dated by its evening.
        let offset = isWord(index, "overnight") ? -1 : 0
        return PhraseMatch(
            start: index, end: index + 1, meaning: .partOfDay(code, on: .relative(.day, offset: offset, .narrative)),
            timeBankValue: .timeBankOnly)
    }

    /// Prepositions before a part of day that make it a time ("in the morning"), not a name or
    /// a greeting ("good evening", "a morning talk show").
    static let partOfDayPrepositions: Set<String> = ["in", "by", "during", "until", "till", "through", "throughout"]

    /// A day right after a time: "Wednesday", "today", "Jan. 3".
    private func dayAfterTime(at index: Int) -> PhraseMatch? {
        guard let date = weekdayPhrase(at: index) ?? dayWord(at: index) ?? monthDate(at: index) else { return nil }
        switch date.meaning {
        case .weekday, .date(_, _, .some, _), .relative(.day, _, _): return date
        default: return nil
        }
    }

    /// "a.m.", "pm", "p.m" after an hour, or glued to it as `suffix`.
    private func meridiem(at index: Int, suffix: String) -> (isAfternoon: Bool, end: Int)? {
        switch suffix {
        case "am", "pm":
            return (suffix == "pm", index)
        case "a", "p":
            guard isMark(index, "."), isGlued(index), isWord(index + 1, "m"), isGlued(index + 1) else { return nil }
            return (suffix == "p", isMark(index + 2, ".") && isGlued(index + 2) ? index + 3 : index + 2)
        default:
            guard let word = word(index) else { return nil }
            if word == "am" || word == "pm" { return (word == "pm", index + 1) }
            guard word == "a" || word == "p", isMark(index + 1, "."), isGlued(index + 1), isWord(index + 2, "m"),
                isGlued(index + 2)
            else { return nil }
            return (word == "p", isMark(index + 3, ".") && isGlued(index + 3) ? index + 4 : index + 3)
        }
    }
}
