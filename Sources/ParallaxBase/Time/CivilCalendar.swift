/// Day arithmetic on the proleptic Gregorian calendar, counting days from 1970-01-01.
public enum CivilCalendar {
    /// Days since 1970-01-01 of a date (Howard Hinnant's `days_from_civil`).
    public static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01, for any sign (Howard Hinnant's `civil_from_days`).
    public static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 is Monday, 7 Sunday.
    public static func weekday(days: Int) -> Int {
        floorModulo(days + 3, 7) + 1
    }

    /// The ISO 8601 year and week of a day.
    public static func isoWeek(days: Int) -> (year: Int, week: Int) {
        let thursday = days - weekday(days: days) + 4
        let year = civil(days: thursday).year
        return (year, (thursday - Self.days(year, 1, 1)) / 7 + 1)
    }

    /// The day of an ISO 8601 year, week and weekday (1 is Monday).
    public static func days(isoYear: Int, week: Int, weekday: Int) -> Int {
        let fourth = days(isoYear, 1, 4)
        let monday = fourth - Self.weekday(days: fourth) + 1
        return monday + (week - 1) * 7 + weekday - 1
    }

    /// 28 to 31.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether the month exists and has the day.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    /// The month `amount` months after (or before) the given one.
    public static func addMonths(_ amount: Int, year: Int, month: Int) -> (year: Int, month: Int) {
        let index = year * 12 + month - 1 + amount
        let newYear = floorDivide(index, 12)
        return (newYear, index - newYear * 12 + 1)
    }

    /// The day `amount` months after `days`, at the month's last day where the month is shorter.
    public static func addMonthsToDay(_ amount: Int, days: Int) -> Int {
        let date = civil(days: days)
        let moved = addMonths(amount, year: date.year, month: date.month)
        return Self.days(
            moved.year, moved.month, min(date.day, daysInMonth(year: moved.year, month: moved.month)))
    }

    /// The `n`th `weekday` of a month; a negative `n` counts from the month's end.
    public static func nthWeekday(_ n: Int, _ weekday: Int, year: Int, month: Int) -> Int {
        if n > 0 {
            let first = days(year, month, 1)
            return first + floorModulo(weekday - Self.weekday(days: first), 7) + (n - 1) * 7
        }
        let last = days(year, month, daysInMonth(year: year, month: month))
        return last - floorModulo(Self.weekday(days: last) - weekday, 7) + (n + 1) * 7
    }

    /// `a / b` rounded down (toward minus infinity), for a positive `b`.
    public static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// `a` modulo a positive `b`, from 0 to `b - 1` for any sign of `a`.
    public static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }

    /// Western Easter Sunday (anonymous Gregorian algorithm).
    public static func easter(year: Int) -> Int {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let h = (19 * a + b - b / 4 - (8 * b + 13) / 25 + 15) % 30
        let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return days(year, month, day)
    }
}

extension String {
    /// `value` in decimal, zero-padded to `width` digits (a minus sign before the padding).
    public init(zeroPadded value: Int, width: Int) {
        self = Self.zeroPadded(value, width: width)
    }

    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padded = String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
