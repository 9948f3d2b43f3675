internal import ParallaxBase

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
                return .quarter(CivilCalendar.floorDivide(index, 4), CivilCalendar.floorModulo(index, 4) + 1)
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

private func pad(_ value: Int, _ width: Int) -> String {
    String(zeroPadded: value, width: width)
}
