/// Reads the dates feeds carry (RFC 822 in its many broken variants, ISO 8601) into
/// ISO 8601 UTC (`2026-01-07T10:00:00Z`).
///
/// RFC 822 dates are read token by token, in any order: a leading weekday in any language
/// is skipped, months are read in several languages, two-digit years become 19xx/20xx,
/// missing seconds or time count as zero, and a missing or unknown zone counts as UTC.
package enum FeedDate {
    /// The ISO 8601 UTC form of `raw`, or nil when no date can be read.
    static func normalize(_ raw: String) -> String? {
        let text = TextNormalizer.collapse(raw)
        guard !text.isEmpty, text.utf8.count < 120 else { return nil }
        let stamp = isoStamp(Array(text.utf8)) ?? rfc822Stamp(text)
        return stamp?.iso
    }

    /// A UTC moment.
    package struct Stamp: Hashable {
        var seconds: Int

        init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int) {
            guard (1..<10000).contains(year), (1...12).contains(month),
                (1...DateParser.Day.length(month: month, year: year)).contains(day), (0...24).contains(hour),
                (0...59).contains(minute), (0...60).contains(second)
            else { return nil }
            let days = DateParser.Day(year: year, month: month, day: day).ordinal
            seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offsetMinutes * 60
        }

        var iso: String {
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let rest = seconds - days * 86_400
            let day = DateParser.Day.civil(days)
            return day.iso + "T" + String(format2: rest / 3600) + ":" + String(format2: rest / 60 % 60) + ":"
                + String(format2: rest % 60) + "Z"
        }
    }

    // MARK: ISO 8601

    /// `YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|±hh[:mm]]`, also with a space before the time.
    package static func isoStamp(_ bytes: [UInt8]) -> Stamp? {
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

    static func rfc822Stamp(_ text: String) -> Stamp? {
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
        if let month = monthNames[word] { return month }
        return monthNames[String(word.prefix(3))]
    }

    /// Month names and abbreviations in English, German, French, Spanish, Portuguese, Italian and Dutch.
    private static let monthNames: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
            ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
            ["jan", "fév", "mar", "avr", "mai", "jui", "jui", "aoû", "sep", "oct", "nov", "déc"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            ["jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ],
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
        ]
        for list in lists {
            for (offset, name) in list.enumerated() where table[name] == nil { table[name] = offset + 1 }
        }
        table["juil"] = 7
        table["sept"] = 9
        table["maerz"] = 3
        return table
    }()

    /// Zone abbreviations in minutes east of UTC (the common North American, European and
    /// Asia-Pacific ones; military letters other than Z are ignored as RFC 2822 advises).
    static let zones: [String: Int] = [
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

extension DateParser.Day {
    /// The day `days` after 1970-01-01, for any sign.
    static func civil(_ days: Int) -> DateParser.Day {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return DateParser.Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
