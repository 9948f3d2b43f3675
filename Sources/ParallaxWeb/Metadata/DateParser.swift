internal import ParallaxBase

/// Reads dates written in ISO 8601, RFC 2822, numeric or spelled-out forms into ISO 8601.
package enum DateParser {
    /// A calendar day.
    struct Day: Hashable, Sendable, Comparable {
        var year: Int
        var month: Int
        var day: Int

        /// Days since 1970-01-01.
        var ordinal: Int { CivilCalendar.days(year, month, day) }

        var iso: String {
            String(zeroPadded: year, width: 4) + "-" + String(zeroPadded: month, width: 2) + "-"
                + String(zeroPadded: day, width: 2)
        }

        var isPlausible: Bool {
            year >= 1990 && year <= 2035 && month >= 1 && month <= 12 && day >= 1
                && day <= CivilCalendar.daysInMonth(year: year, month: month)
        }

        static func < (left: Day, right: Day) -> Bool {
            (left.year, left.month, left.day) < (right.year, right.month, right.day)
        }
    }

    /// Normalizes a date attribute or text to ISO 8601, keeping the time and zone when given.
    static func normalize(_ raw: String) -> String? {
        let text = TextNormalizer.collapse(raw)
        if let iso = isoPrefix(text) { return iso }
        return day(in: text)?.iso
    }

    /// An ISO 8601 date-time at the start of `text`, trimmed of fractions, or nil.
    static func isoPrefix(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(40))
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<start + count {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0, 4), bytes.count >= 10, bytes[4] == 45 || bytes[4] == 47,
            let month = digits(5, 2), bytes[7] == bytes[4], let dayNumber = digits(8, 2)
        else {
            if let compact = digits(0, 8), bytes.count == 8 {
                let day = Day(year: compact / 10000, month: compact / 100 % 100, day: compact % 100)
                return day.isPlausible ? day.iso : nil
            }
            return nil
        }
        let day = Day(year: year, month: month, day: dayNumber)
        guard day.isPlausible else { return nil }
        var output = day.iso
        guard bytes.count >= 16, bytes[10] == 84 || bytes[10] == 32, let hour = digits(11, 2), bytes[13] == 58,
            let minute = digits(14, 2), hour < 24, minute < 60
        else { return output }
        output += "T" + String(zeroPadded: hour, width: 2) + ":" + String(zeroPadded: minute, width: 2)
        var cursor = 16
        if bytes.count >= 19, bytes[16] == 58, let second = digits(17, 2), second < 61 {
            output += ":" + String(zeroPadded: second, width: 2)
            cursor = 19
        } else {
            output += ":00"
        }
        if cursor < bytes.count, bytes[cursor] == 46 {
            cursor += 1
            while cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57 { cursor += 1 }
        }
        guard cursor < bytes.count else { return output }
        if bytes[cursor] == 90 { return output + "Z" }
        if bytes[cursor] == 43 || bytes[cursor] == 45, let zoneHour = digits(cursor + 1, 2) {
            let sign = bytes[cursor] == 43 ? "+" : "-"
            var zoneMinute = 0
            if let minutes = digits(cursor + 4, 2), bytes[cursor + 3] == 58 {
                zoneMinute = minutes
            } else if let minutes = digits(cursor + 3, 2) {
                zoneMinute = minutes
            }
            return output + sign + String(zeroPadded: zoneHour, width: 2) + ":"
                + String(zeroPadded: zoneMinute, width: 2)
        }
        return output
    }

    private enum Token {
        case number(Int, digits: Int, separator: Character?)
        case month(Int)
    }

    /// The first calendar day written in `text` in any supported form.
    static func day(in text: String) -> Day? {
        let tokens = tokenize(text)
        var index = 0
        while index < tokens.count {
            if let day = match(tokens, at: index), day.isPlausible { return day }
            index += 1
        }
        if let stamp = tokens.first, case .number(let value, let digits, _) = stamp, digits == 10,
            tokens.count == 1
        {
            return day(fromUnix: value)
        }
        return nil
    }

    /// All calendar days written in `text`, in order.
    static func days(in text: String, limit: Int) -> [Day] {
        let tokens = tokenize(text)
        var found: [Day] = []
        var index = 0
        while index < tokens.count, found.count < limit {
            if let day = match(tokens, at: index), day.isPlausible { found.append(day) }
            index += 1
        }
        return found
    }

    static func day(fromUnix seconds: Int) -> Day? {
        guard seconds > 631_152_000, seconds < 2_082_758_400 else { return nil }
        let day = CivilCalendar.civil(days: seconds / 86_400)
        return Day(year: day.year, month: day.month, day: day.day)
    }

    private static func match(_ tokens: [Token], at index: Int) -> Day? {
        func token(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
        switch (token(0), token(1), token(2)) {
        case (.number(let year, 4, let first)?, .number(let month, 1...2, let second)?, .number(let day, 1...2, _)?)
        where first != nil && first == second:
            return Day(year: year, month: month, day: day)
        case (
            .number(let first, 1...2, let separator)?, .number(let second, 1...2, let separator2)?,
            .number(let year, 4, _)?
        )
        where separator != nil && separator == separator2:
            if separator == "/" {
                if first > 12 { return Day(year: year, month: second, day: first) }
                return Day(year: year, month: first, day: second)
            }
            return Day(year: year, month: second, day: first)
        case (.number(let day, 1...2, ".")?, .number(let month, 1...2, ".")?, .number(let year, 2, let last)?)
        where last != "." && last != "-" && last != "/":
            return Day(year: 2000 + year, month: month, day: day)
        case (.number(let day, 1...2, _)?, .month(let month)?, .number(let year, 4, _)?):
            return Day(year: year, month: month, day: day)
        case (.month(let month)?, .number(let day, 1...2, _)?, .number(let year, 4, _)?):
            return Day(year: year, month: month, day: day)
        case (.number(let year, 4, _)?, .month(let month)?, .number(let day, 1...2, _)?):
            return Day(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// Numbers (with the separator that follows them) and month names; other words become
    /// fillers so that only adjacent parts combine.
    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        var word = ""
        func finishWord() {
            guard !word.isEmpty else { return }
            if let month = MonthNames.number(word) {
                tokens.append(.month(month))
            } else if !["st", "nd", "rd", "th", "de", "of", "um", "am", "le", "el", "den", "der"].contains(word) {
                tokens.append(.number(-1, digits: 0, separator: nil))
            }
            word = ""
        }
        for character in text.lowercased() {
            if character.isASCII, let value = character.wholeNumberValue {
                finishWord()
                number = number &* 10 &+ value
                digits += 1
                continue
            }
            if digits > 0 {
                let separator: Character? = ".-/".contains(character) ? character : nil
                tokens.append(.number(digits > 9 ? number : number, digits: digits, separator: separator))
                number = 0
                digits = 0
                if separator != nil { continue }
            }
            if character.isLetter {
                word.append(character)
            } else {
                finishWord()
            }
        }
        finishWord()
        if digits > 0 { tokens.append(.number(number, digits: digits, separator: nil)) }
        return tokens
    }
}

extension DateParser {
    /// The calendar day of an ISO 8601 time in the publisher's probable zone: a UTC stamp
    /// is shifted by the usual offset for the page language and domain.
    package static func localDay(_ iso: String, language: String?, url: String?) -> String {
        let day = String(iso.prefix(10))
        guard iso.hasSuffix("Z") || iso.hasSuffix("+00:00"), iso.count >= 16,
            let hour = Int(iso.dropFirst(11).prefix(2)), let parsed = DateParser.day(in: day)
        else { return day }
        let host = url.flatMap { $0.split(separator: "/").dropFirst().first.map(String.init) } ?? ""
        let isSummer = parsed.month >= 4 && parsed.month <= 10
        var offset: Int
        switch language ?? "" {
        case "de", "fr", "it", "es", "nl", "pl", "cs", "da", "sv", "no", "nb", "hu", "sk", "sl", "hr":
            offset = isSummer ? 2 : 1
        case "pt":
            offset = host.hasSuffix(".br") ? -3 : (isSummer ? 1 : 0)
        case "en":
            if host.hasSuffix(".uk") || host.hasSuffix(".ie") {
                offset = isSummer ? 1 : 0
            } else if host.hasSuffix(".au") || host.hasSuffix(".nz") || host.hasSuffix(".in") {
                offset = 0
            } else {
                // American sites often label local times as UTC; leave them.
                offset = 0
            }
        default:
            offset = 0
        }
        let shifted = hour + offset
        if shifted < 0 { return Day.fromOrdinal(parsed.ordinal - 1).iso }
        if shifted >= 24 { return Day.fromOrdinal(parsed.ordinal + 1).iso }
        return day
    }
}

extension DateParser.Day {
    /// The day `ordinal` days after 1970-01-01.
    static func fromOrdinal(_ ordinal: Int) -> DateParser.Day {
        let day = CivilCalendar.civil(days: ordinal)
        return DateParser.Day(year: day.year, month: day.month, day: day.day)
    }
}
