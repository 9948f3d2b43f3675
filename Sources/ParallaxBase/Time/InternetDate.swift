/// Reads internet dates, as feeds and headers carry them (RFC 822 in its many broken variants,
/// ISO 8601), into ISO 8601 UTC (`2026-01-07T10:00:00Z`).
///
/// RFC 822 dates are read token by token, in any order: a leading weekday in any language
/// is skipped, months are read in several languages, two-digit years become 19xx/20xx,
/// missing seconds or time count as zero, and a missing or unknown zone counts as UTC.
public enum InternetDate {
    /// The ISO 8601 UTC form of `text` (its white space already collapsed to single spaces and
    /// trimmed), or nil when no date can be read.
    public static func normalize(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count < 120 else { return nil }
        let stamp = isoStamp(Array(text.utf8)) ?? rfc822Stamp(text)
        return stamp?.iso
    }

    /// A UTC moment.
    public struct Stamp: Hashable, Sendable {
        /// Seconds since 1970-01-01T00:00:00Z.
        public var seconds: Int

        public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int) {
            guard (1..<10000).contains(year), (1...12).contains(month),
                (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day), (0...24).contains(hour),
                (0...59).contains(minute), (0...60).contains(second)
            else { return nil }
            let days = CivilCalendar.days(year, month, day)
            seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offsetMinutes * 60
        }

        /// `YYYY-MM-DDThh:mm:ssZ`.
        public var iso: String {
            let days = CivilCalendar.floorDivide(seconds, 86_400)
            let rest = seconds - days * 86_400
            let day = CivilCalendar.civil(days: days)
            return String(zeroPadded: day.year, width: 4) + "-" + String(zeroPadded: day.month, width: 2) + "-"
                + String(zeroPadded: day.day, width: 2) + "T" + String(zeroPadded: rest / 3600, width: 2) + ":"
                + String(zeroPadded: rest / 60 % 60, width: 2) + ":" + String(zeroPadded: rest % 60, width: 2) + "Z"
        }
    }

    // MARK: ISO 8601

    /// `YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|±hh[:mm]]`, also with a space before the time.
    public static func isoStamp(_ bytes: [UInt8]) -> Stamp? {
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == 45, let month = number(5, 2), bytes[7] == 45,
            let day = number(8, 2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var cursor = 10
        if cursor < bytes.count, bytes[cursor] == 84 || bytes[cursor] == 116 || bytes[cursor] == 32,
            let parsedHour = number(cursor + 1, 2), cursor + 3 < bytes.count, bytes[cursor + 3] == 58,
            let parsedMinute = number(cursor + 4, 2)
        {
            hour = parsedHour
            minute = parsedMinute
            cursor += 6
            if cursor < bytes.count, bytes[cursor] == 58, let parsedSecond = number(cursor + 1, 2) {
                second = parsedSecond
                cursor += 3
            }
            if cursor < bytes.count, bytes[cursor] == 46 || bytes[cursor] == 44 {
                cursor += 1
                while cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57 { cursor += 1 }
            }
        }
        while cursor < bytes.count, bytes[cursor] == 32 { cursor += 1 }
        var offset = 0
        if cursor < bytes.count, bytes[cursor] == 43 || bytes[cursor] == 45, let zoneHour = number(cursor + 1, 2) {
            var zoneMinute = 0
            if let minutes = number(cursor + 3, 2) {
                zoneMinute = minutes
            } else if cursor + 3 < bytes.count, bytes[cursor + 3] == 58, let minutes = number(cursor + 4, 2) {
                zoneMinute = minutes
            }
            offset = (zoneHour * 60 + zoneMinute) * (bytes[cursor] == 45 ? -1 : 1)
        } else if cursor < bytes.count, bytes[cursor] != 90, bytes[cursor] != 122 {
            let zone = String(decoding: bytes[cursor...], as: UTF8.self).uppercased()
            offset = zones[zone] ?? 0
        }
        return Stamp(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    }

    // MARK: RFC 822 and variants

    /// An RFC 822 date in any order of its parts, or nil.
    public static func rfc822Stamp(_ text: String) -> Stamp? {
        var day: Int?
        var month: Int?
        var year: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        for (position, word) in words.enumerated() {
            var token = String(word)
            if token.contains(":"), let first = token.first, first.isASCII, first.isNumber {
                let (parsed, rest) = clock(token)
                guard let parsed else { continue }
                time = parsed
                token = rest
                if token.isEmpty { continue }
            }
            if let sign = token.first, sign == "+" || sign == "-" {
                let digits = token.dropFirst().filter { $0 != ":" }
                if let value = Int(digits), digits.allSatisfy(\.isASCII) {
                    let minutes = digits.count <= 2 ? value * 60 : value / 100 * 60 + value % 100
                    offset = sign == "-" ? -minutes : minutes
                }
                continue
            }
            let lower = token.lowercased().trimmingDots()
            if let number = Int(lower.prefix { $0.isASCII && $0.isNumber }), lower.first?.isNumber == true {
                let digits = lower.prefix { $0.isASCII && $0.isNumber }.count
                if digits == 4, year == nil {
                    year = number
                } else if digits <= 2, day == nil, month == nil || year == nil {
                    day = number
                } else if digits <= 2, year == nil {
                    year = number < 50 ? 2000 + number : 1900 + number
                }
                continue
            }
            if let found = monthNumber(lower) {
                // A leading word that ends with a comma is a weekday, even when it spells a month ("Mar,").
                let isWeekday =
                    position == 0 && word.endIndex < text.endIndex && words.count > 3 && month == nil
                    && text.dropFirst(word.count).first == ","
                if !isWeekday, month == nil { month = found }
                continue
            }
            if offset == nil, let zone = zones[token.uppercased()] { offset = zone }
        }
        guard let day, let month, let year else { return nil }
        let clock = time ?? (0, 0, 0)
        return Stamp(
            year: year, month: month, day: day, hour: clock.0, minute: clock.1, second: clock.2,
            offsetMinutes: offset ?? 0)
    }

    /// Reads `hh:mm[:ss]` at the start of `token`; returns what follows (a glued zone).
    private static func clock(_ token: String) -> ((Int, Int, Int)?, String) {
        let head = token.prefix { ($0.isASCII && $0.isNumber) || $0 == ":" || $0 == "." }
        let parts = head.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return (nil, "") }
        let second = parts.count > 2 ? Int(parts[2].prefix { $0 != "." }) ?? 0 : 0
        return ((hour, minute, second), String(token.dropFirst(head.count)))
    }

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return MonthNames.number(word) ?? MonthNames.number(String(word.prefix(3)))
    }

    /// Zone abbreviations in minutes east of UTC (the common North American, European and
    /// Asia-Pacific ones; military letters other than Z are ignored as RFC 2822 advises).
    public static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "WEST": 60, "CET": 60, "MET": 60,
        "MEZ": 60, "CEST": 120, "MEST": 120, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "EST": -300,
        "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "AKST": -540,
        "AKDT": -480, "HST": -600, "AST": -240, "ADT": -180, "NST": -210, "NDT": -150, "BRT": -180, "ART": -180,
        "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570, "ACDT": 630, "AEST": 600,
        "AEDT": 660, "NZST": 720, "NZDT": 780,
    ]
}

extension String {
    fileprivate func trimmingDots() -> String {
        var text = self
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
