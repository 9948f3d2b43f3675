/// A resolved calendar time at the precision the text gives it (proleptic Gregorian calendar).
enum CalendarPoint: Equatable {
    case day(Int, Int, Int)
    /// ISO year and week.
    case week(Int, Int)
    case weekend(Int, Int)
    case month(Int, Int)
    case season(Int, Season)
    case quarter(Int, Int)
    case half(Int, Int)
    case year(Int)
    /// The first three digits of the years: 199 for the 1990s.
    case decade(Int)
    /// The first two digits of the years: 19 for the twentieth century.
    case century(Int)

    var value: String {
        switch self {
        case .day(let year, let month, let day): "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        case .week(let year, let week): "\(pad(year, 4))-W\(pad(week, 2))"
        case .weekend(let year, let week): "\(pad(year, 4))-W\(pad(week, 2))-WE"
        case .month(let year, let month): "\(pad(year, 4))-\(pad(month, 2))"
        case .season(let year, let season): "\(pad(year, 4))-\(season.code)"
        case .quarter(let year, let quarter): "\(pad(year, 4))-Q\(quarter)"
        case .half(let year, let half): "\(pad(year, 4))-H\(half)"
        case .year(let year): pad(year, 4)
        case .decade(let decade): pad(decade, 3)
        case .century(let century): pad(century, 2)
        }
    }

    var precision: TimePrecision {
        switch self {
        case .day: .day
        case .week, .weekend: .week
        case .month: .month
        case .season: .season
        case .quarter, .half: .quarter
        case .year: .year
        case .decade: .decade
        case .century: .century
        }
    }

    var year: Int {
        switch self {
        case .day(let year, _, _), .month(let year, _), .season(let year, _),
            .quarter(let year, _), .half(let year, _), .year(let year):
            year
        case .week(let year, let week), .weekend(let year, let week):
            CivilCalendar.civil(days: CivilCalendar.days(isoYear: year, week: week, weekday: 4)).year
        case .decade(let decade): decade * 10
        case .century(let century): century * 100
        }
    }

    /// The first day the point covers, as days since 1970-01-01.
    var firstDay: Int {
        switch self {
        case .day(let year, let month, let day): CivilCalendar.days(year, month, day)
        case .week(let year, let week): CivilCalendar.days(isoYear: year, week: week, weekday: 1)
        case .weekend(let year, let week): CivilCalendar.days(isoYear: year, week: week, weekday: 6)
        case .month(let year, let month): CivilCalendar.days(year, month, 1)
        case .season(let year, let season): CivilCalendar.days(year, season.firstMonth, 1)
        case .quarter(let year, let quarter): CivilCalendar.days(year, quarter * 3 - 2, 1)
        case .half(let year, let half): CivilCalendar.days(year, half * 6 - 5, 1)
        case .year(let year): CivilCalendar.days(year, 1, 1)
        case .decade(let decade): CivilCalendar.days(decade * 10, 1, 1)
        case .century(let century): CivilCalendar.days(century * 100, 1, 1)
        }
    }

    static func day(containing days: Int) -> CalendarPoint { day(0, 1, 1).sameKind(atDay: days) }
    static func week(containing days: Int) -> CalendarPoint { week(0, 1).sameKind(atDay: days) }
    static func weekend(containing days: Int) -> CalendarPoint { weekend(0, 1).sameKind(atDay: days) }
    static func month(containing days: Int) -> CalendarPoint { month(0, 1).sameKind(atDay: days) }
    static func quarter(containing days: Int) -> CalendarPoint { quarter(0, 1).sameKind(atDay: days) }

    /// The point at `days`, as precise as `self`.
    func sameKind(atDay days: Int) -> CalendarPoint {
        let date = CivilCalendar.civil(days: days)
        switch self {
        case .day: return .day(date.year, date.month, date.day)
        case .week:
            let week = CivilCalendar.isoWeek(days: days)
            return .week(week.year, week.week)
        case .weekend:
            let week = CivilCalendar.isoWeek(days: days)
            return .weekend(week.year, week.week)
        case .month: return .month(date.year, date.month)
        case .season:
            let season = Season.of(year: date.year, month: date.month)
            return .season(season.year, season.season)
        case .quarter: return .quarter(date.year, (date.month + 2) / 3)
        case .half: return .half(date.year, (date.month + 5) / 6)
        case .year: return .year(date.year)
        case .decade: return .decade(date.year / 10)
        case .century: return .century(date.year / 100)
        }
    }

    /// Moves by `amount` units; the result is as precise as the coarser of the point and the unit,
    /// except that whole years keep months, seasons and quarters ("a year earlier" than a
    /// quarter is the same quarter a year before).
    func shifted(by amount: Int, _ unit: TimeUnit) -> CalendarPoint {
        switch unit {
        case .second, .minute, .hour:
            let hours = unit == .hour ? amount : unit == .minute ? amount / 60 : amount / 3600
            return sameKind(atDay: firstDay + Int((Double(hours) / 24).rounded(.down)))
        case .day:
            return sameKind(atDay: firstDay + amount)
        case .week, .weekend:
            return sameKind(atDay: firstDay + amount * 7)
        case .month:
            switch self {
            case .day(let year, let month, _), .month(let year, let month):
                let moved = CivilCalendar.addMonths(amount, year: year, month: month)
                return .month(moved.year, moved.month)
            case .season, .quarter, .half, .week, .weekend:
                return sameKind(atDay: CivilCalendar.addMonthsToDay(amount, days: firstDay))
            case .year(let year):
                return .year(year + Int((Double(amount) / 12).rounded(.down)))
            case .decade, .century:
                return self
            }
        case .quarter:
            switch self {
            case .quarter(let year, let quarter):
                let index = year * 4 + quarter - 1 + amount
                return .quarter(floorDivide(index, 4), index - floorDivide(index, 4) * 4 + 1)
            default:
                let months = CivilCalendar.addMonths(amount * 3, year: year, month: firstMonth)
                return .quarter(months.year, (months.month + 2) / 3)
            }
        case .year:
            switch self {
            case .month(let year, let month): return .month(year + amount, month)
            case .season(let year, let season): return .season(year + amount, season)
            case .quarter(let year, let quarter): return .quarter(year + amount, quarter)
            case .half(let year, let half): return .half(year + amount, half)
            case .decade(let decade): return .decade(decade + amount / 10)
            case .century: return self
            default: return .year(year + amount)
            }
        case .decade:
            if case .century = self { return self }
            if case .decade(let decade) = self { return .decade(decade + amount) }
            return .year(year + amount * 10)
        case .century:
            if case .century(let century) = self { return .century(century + amount) }
            return .year(year + amount * 100)
        }
    }

    private var firstMonth: Int { CivilCalendar.civil(days: firstDay).month }
}

/// Day arithmetic on the proleptic Gregorian calendar, counting days from 1970-01-01.
enum CivilCalendar {
    /// Howard Hinnant's `days_from_civil`.
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
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
    static func weekday(days: Int) -> Int {
        floorModulo(days + 3, 7) + 1
    }

    static func isoWeek(days: Int) -> (year: Int, week: Int) {
        let thursday = days - weekday(days: days) + 4
        let year = civil(days: thursday).year
        return (year, (thursday - Self.days(year, 1, 1)) / 7 + 1)
    }

    static func days(isoYear: Int, week: Int, weekday: Int) -> Int {
        let fourth = days(isoYear, 1, 4)
        let monday = fourth - Self.weekday(days: fourth) + 1
        return monday + (week - 1) * 7 + weekday - 1
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
    }

    static func addMonths(_ amount: Int, year: Int, month: Int) -> (year: Int, month: Int) {
        let index = year * 12 + month - 1 + amount
        let newYear = floorDivide(index, 12)
        return (newYear, index - newYear * 12 + 1)
    }

    static func addMonthsToDay(_ amount: Int, days: Int) -> Int {
        let date = civil(days: days)
        let moved = addMonths(amount, year: date.year, month: date.month)
        return Self.days(
            moved.year, moved.month, min(date.day, daysInMonth(year: moved.year, month: moved.month)))
    }

    /// The `n`th `weekday` of a month; a negative `n` counts from the month's end.
    static func nthWeekday(_ n: Int, _ weekday: Int, year: Int, month: Int) -> Int {
        if n > 0 {
            let first = days(year, month, 1)
            return first + floorModulo(weekday - Self.weekday(days: first), 7) + (n - 1) * 7
        }
        let last = days(year, month, daysInMonth(year: year, month: month))
        return last - floorModulo(Self.weekday(days: last) - weekday, 7) + (n + 1) * 7
    }

    /// Western Easter Sunday (anonymous Gregorian algorithm).
    static func easter(year: Int) -> Int {
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

private func floorDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}

private func floorModulo(_ a: Int, _ b: Int) -> Int {
    a - floorDivide(a, b) * b
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}
