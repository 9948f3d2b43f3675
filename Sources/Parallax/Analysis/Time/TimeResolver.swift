internal import ParallaxBase

/// A resolved value, with the calendar point behind it when there is one.
struct TimeResolution {
    var value: String
    var precision: TimePrecision
    var point: CalendarPoint?

    init(_ point: CalendarPoint) {
        value = point.value
        precision = point.precision
        self.point = point
    }

    init(value: String, precision: TimePrecision) {
        self.value = value
        self.precision = precision
    }

    static func unresolved(_ precision: TimePrecision) -> TimeResolution {
        let value =
            switch precision {
            case .day, .time: "XXXX-XX-XX"
            case .week: "XXXX-WXX"
            case .month: "XXXX-XX"
            case .quarter: "XXXX-QX"
            case .season: "XXXX-XX"
            default: "XXXX"
            }
        return TimeResolution(value: value, precision: precision)
    }
}

/// Resolves meanings in text order against the anchor and the dates mentioned before.
struct TimeResolver {
    /// How many sentences back a narrative date still anchors "two weeks later".
    static let narrativeReach = 3
    /// How many months after the anchor's month a quarter named without a year may begin and
    /// still be this year's: the same lead a bare month name has (`DateDirection.nearest`).
    /// TimeBank open part: "the fourth quarter" in January 1998 is 1997-Q4.
    static let quarterLead = 3
    /// How many sentences back a quarter named outright still anchors "a year earlier". 12 and
    /// the whole text were tried on three folds of the TimeBank open part (value F1 +0.003,
    /// +0.004, -0.003): no clear gain, so the narrative reach stays.
    static let quarterReach = 3

    let anchor: CalendarPoint?
    /// Whether the anchor is only the latest date an undated text mentions: the text was written
    /// on that day or later, so a past "On October 23" after an anchor of September 15 is still
    /// in the anchor's year (writers leave out the year of dates in the year they write in);
    /// "last December" stays the one before the anchor.
    let anchorIsLowerBound: Bool
    /// The last month named with its year ("In November 1973"), which a day of the same month
    /// named without one a few sentences on ("on Nov. 17") belongs to.
    private var statedMonth: (year: Int, month: Int, sentence: Int)?
    private var narrative: (point: CalendarPoint, sentence: Int)?
    /// Whether the narrative date was stated as a calendar day ("on January 3"), which an event
    /// told right after ("three days after the fall of the city") is dated by; a weekday or
    /// "today" more often dates the report than the event.
    private var narrativeIsStated = false
    /// Whether the narrative date was named with its year ("an April 2007 shooting"), not
    /// worked out ("the summer"): a move of the story's time, which a later amount does not
    /// count across.
    private var narrativeNamesItsYear = false
    /// The last day named, which "three days later" counts from when a month or season came since.
    private var lastDay: (point: CalendarPoint, sentence: Int)?
    /// The last quarter named outright ("the third quarter"), which "a year earlier" a few
    /// sentences on refers to in earnings reports (the reported quarter instead lost 4 values
    /// of the TimeBank open part in reports on several companies).
    private var lastQuarter: (point: CalendarPoint, sentence: Int)?
    /// The first quarter named outright: the one a company report is about, which "the quarter",
    /// "the 1988 period" and "the year-earlier period" refer to even after an aside on another
    /// ("after a flat second quarter"). TimeBank open part: +2 values, none lost.
    private var reportedQuarter: CalendarPoint?

    init(anchor: TemporalAnchor?, isLowerBound: Bool = false) {
        anchorIsLowerBound = isLowerBound
        guard let anchor else {
            self.anchor = nil
            return
        }
        if let month = anchor.month, (1...12).contains(month) {
            if let day = anchor.day, CivilCalendar.isValid(year: anchor.year, month: month, day: day) {
                self.anchor = .day(anchor.year, month, day)
            } else {
                self.anchor = .month(anchor.year, month)
            }
        } else {
            self.anchor = .year(anchor.year)
        }
    }

    /// Resolves `meaning` found in sentence `sentence` and remembers its date for later ones;
    /// `saysWhen` tells a date that says when something happened ("In November 1973, students
    /// …") from one that names a thing ("the August 1988 cease-fire").
    mutating func resolve(_ meaning: TimeMeaning, sentence: Int, saysWhen: Bool = false) -> TimeResolution {
        let resolution = value(of: meaning, sentence: sentence)
        if saysWhen, case .date(let year?, let month, _, _) = meaning { statedMonth = (year, month, sentence) }
        guard let point = resolution.point else { return resolution }
        if point.precision == .day { lastDay = (point, sentence) }
        switch meaning {
        case .shift(let amount, _, _) where amount < 0:
            break
        case .discussedQuarter(let year, let offset) where offset != 0 || year != nil:
            break
        case .quarter, .discussedQuarter, .latestQuarter:
            lastQuarter = (point, sentence)
            if reportedQuarter == nil { reportedQuarter = point }
            narrative = (point, sentence)
        default:
            narrative = (point, sentence)
        }
        if narrative?.sentence == sentence, narrative?.point == point {
            if case .date(_, _, .some, _) = meaning { narrativeIsStated = true } else { narrativeIsStated = false }
            switch meaning {
            case .date(.some, _, _, _), .year, .season(_, .some, _): narrativeNamesItsYear = true
            default: narrativeNamesItsYear = false
            }
        }
        return resolution
    }

    private func value(of meaning: TimeMeaning, sentence: Int) -> TimeResolution {
        switch meaning {
        case .date(let year, let month, let day, let direction):
            if year == nil, day != nil, let statedMonth, statedMonth.month == month,
                sentence - statedMonth.sentence <= Self.narrativeReach
            {
                return date(year: statedMonth.year, month: month, day: day, direction)
            }
            return date(year: year, month: month, day: day, direction)
        case .year(let year):
            return TimeResolution(.year(year))
        case .weekday(let weekday, let direction):
            return self.weekday(weekday, direction)
        case .weekdayInWeek(let weekday, let weeks):
            guard let today = anchorDays else { return TimeResolution(value: "XXXX-WXX-\(weekday)", precision: .day) }
            let monday = today - CivilCalendar.weekday(days: today) + 1
            return TimeResolution(CalendarPoint.day(containing: monday + 7 * weeks + weekday - 1))
        case .weekdayBefore(let weekday):
            let base = lastDay?.point ?? anchor
            guard let base, base.precision == .day else {
                return TimeResolution(value: "XXXX-WXX-\(weekday)", precision: .day)
            }
            let today = base.firstDay
            let back = (CivilCalendar.weekday(days: today) - weekday + 7) % 7
            return TimeResolution(CalendarPoint.day(containing: today - (back == 0 ? 7 : back)))
        case .season(let season, let year, let direction):
            return self.season(season, year: year, direction)
        case .holiday(let holiday, let year, let direction):
            return self.holiday(holiday, year: year, direction)
        case .quarter(let quarter, let named, let offset):
            guard let year = named ?? anchor.map({ $0.year + offset }) else { return .unresolved(.quarter) }
            let back = named == nil && offset == 0 ? yearsBack(quarter: quarter) : 0
            return TimeResolution(.quarter(year - back, quarter))
        case .half(let half, let year, let offset):
            guard let year = year ?? anchor.map({ $0.year + offset }) else { return .unresolved(.quarter) }
            return TimeResolution(.half(year, half))
        case .discussedQuarter(let year, let offset):
            guard let quarter = reportedQuarter ?? anchor.map({ completedQuarter(before: $0) }) else {
                return .unresolved(.quarter)
            }
            if let year { return TimeResolution(quarter.shifted(by: year - quarter.year, .year)) }
            return TimeResolution(quarter.shifted(by: offset, .year))
        case .latestQuarter:
            guard let anchor else { return .unresolved(.quarter) }
            return TimeResolution(completedQuarter(before: anchor))
        case .decade(let decade):
            return TimeResolution(.decade(decade))
        case .century(let century):
            return TimeResolution(.century(century))
        case .relative(let unit, let offset, let base):
            guard let point = basePoint(base, sentence: sentence) else { return .unresolved(unit.precision) }
            return relative(unit, offset: offset, from: point)
        case .shift(let amount, let unit, let base):
            // "A man fired four days earlier walked into …" with no day told before: the amount
            // counts from an event the text has not dated, not from the report's day.
            if base == .narrative, unit.isShorterThanYear, !narrativeInReach(of: sentence) {
                return Self.duration(amount, unit)
            }
            guard var point = basePoint(base, sentence: sentence) else { return .unresolved(unit.precision) }
            if unit == .year, let lastQuarter, sentence - lastQuarter.sentence <= Self.quarterReach {
                point = lastQuarter.point
            }
            // "Three days later" after "the summer" counts from a day, not from the season: the
            // last day told, unless a month or year named with its year since lies wholly before
            // it. The story has then gone back ("A jury on Tuesday convicted a man charged in an
            // April 2007 shooting … fired four days earlier"), and the day is not the one the
            // amount counts from.
            if unit == .day || unit == .week, point.precision != .day {
                guard let lastDay, sentence - lastDay.sentence <= Self.narrativeReach,
                    !narrativeNamesItsYear || point.sameKind(atDay: lastDay.point.firstDay) == point
                        || point.firstDay > lastDay.point.firstDay
                else {
                    return base == .narrative ? Self.duration(amount, unit) : .unresolved(unit.precision)
                }
                point = lastDay.point
            }
            return TimeResolution(point.shifted(by: amount, unit))
        case .shiftFromEvent(let amount, let unit, let duration):
            guard narrativeIsStated, let narrative, sentence - narrative.sentence <= Self.narrativeReach else {
                return TimeResolution(value: duration, precision: .duration)
            }
            return TimeResolution(narrative.point.shifted(by: amount, unit))
        case .shiftFrom(let amount, let unit, let meaning):
            guard let point = value(of: meaning, sentence: sentence).point else { return .unresolved(.day) }
            return TimeResolution(point.shifted(by: amount, unit))
        case .literal(let value, let precision):
            return TimeResolution(value: value, precision: precision)
        case .clock(let hour, let minute, let second, let date):
            var time = "T" + twoDigits(hour) + ":" + twoDigits(minute)
            if let second { time += ":" + twoDigits(second) }
            return Self.onItsDay(TimeResolution(value: day(for: date, sentence: sentence) + time, precision: .time))
        case .partOfDay(let code, let date):
            return Self.onItsDay(
                TimeResolution(value: day(for: date, sentence: sentence) + "T" + code, precision: .time))
        }
    }

    /// A time of day carrying its day as its point, so that "10 minutes later" after "last
    /// night" counts from that night's day rather than from the anchor.
    private static func onItsDay(_ resolution: TimeResolution) -> TimeResolution {
        let parts = resolution.value.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CivilCalendar.isValid(year: parts[0], month: parts[1], day: parts[2]) else {
            return resolution
        }
        var dated = resolution
        dated.point = .day(parts[0], parts[1], parts[2])
        return dated
    }

    // MARK: Dates without a year

    private func date(year: Int?, month: Int, day: Int?, _ direction: DateDirection) -> TimeResolution {
        guard let year = year ?? inferYear(month: month, day: day, direction) else {
            let monthText = twoDigits(month)
            if let day { return TimeResolution(value: "XXXX-\(monthText)-\(twoDigits(day))", precision: .day) }
            return TimeResolution(value: "XXXX-\(monthText)", precision: .month)
        }
        guard let day else { return TimeResolution(.month(year, month)) }
        guard CivilCalendar.isValid(year: year, month: month, day: day) else { return .unresolved(.day) }
        return TimeResolution(.day(year, month, day))
    }

    /// The year of a yearless month or day: "last May" is the May before the anchor's month;
    /// a bare "May" the one from eight months before to three months after it.
    private func inferYear(month: Int, day: Int?, _ direction: DateDirection) -> Int? {
        guard let anchor else { return nil }
        let anchorYear = anchor.year
        guard case (let anchorMonth, let anchorDay)? = anchorMonthAndDay else { return anchorYear }
        let candidate = month * 32 + (day ?? 0)
        let now = anchorMonth * 32 + (day == nil ? 0 : anchorDay ?? 0)
        switch direction {
        case .current: return anchorYear
        case .past: return candidate < now ? anchorYear : anchorYear - 1
        case .told: return candidate <= now || anchorIsLowerBound ? anchorYear : anchorYear - 1
        case .future: return candidate > now ? anchorYear : anchorYear + 1
        case .upcoming: return candidate >= now ? anchorYear : anchorYear + 1
        case .nearest:
            let months = month - anchorMonth
            if months > 3 { return anchorYear - 1 }
            if months < -8 { return anchorYear + 1 }
            return anchorYear
        }
    }

    /// 1 when a quarter named without a year ("the fourth quarter" in January) begins more than
    /// `quarterLead` months after the anchor's month: news reports quarters that have begun.
    private func yearsBack(quarter: Int) -> Int {
        guard case (let anchorMonth, _)? = anchorMonthAndDay else { return 0 }
        return quarter * 3 - 2 - anchorMonth > Self.quarterLead ? 1 : 0
    }

    private var anchorMonthAndDay: (Int, Int?)? {
        switch anchor {
        case .day(_, let month, let day): (month, day)
        case .month(_, let month): (month, nil)
        default: nil
        }
    }

    private var anchorDays: Int? {
        if case .day = anchor { return anchor?.firstDay }
        return nil
    }

    private func weekday(_ weekday: Int, _ direction: DateDirection) -> TimeResolution {
        guard let today = anchorDays else {
            return TimeResolution(value: "XXXX-WXX-\(weekday)", precision: .day)
        }
        let current = CivilCalendar.weekday(days: today)
        let back = (current - weekday + 7) % 7
        let ahead = (weekday - current + 7) % 7
        let days =
            switch direction {
            case .nearest, .told: today - back
            case .upcoming: today + ahead
            case .past: today - (back == 0 ? 7 : back)
            case .future: today + (ahead == 0 ? 7 : ahead)
            case .current: today + weekday - current
            }
        return TimeResolution(CalendarPoint.day(containing: days))
    }

    private func season(_ season: Season, year: Int?, _ direction: DateDirection) -> TimeResolution {
        if let year { return TimeResolution(.season(year, season)) }
        guard let anchor, case (let month, _)? = anchorMonthAndDay else {
            return TimeResolution(value: "XXXX-\(season.code)", precision: .season)
        }
        let current = Season.of(year: anchor.year, month: month)
        let now = current.year * 4 + current.season.rawValue - 1
        let sameYear = current.year * 4 + season.rawValue - 1
        let index: Int
        switch direction {
        case .current:
            index = season == .winter || current.year == anchor.year ? sameYear : sameYear + 4
        case .past: index = sameYear < now ? sameYear : sameYear - 4
        case .nearest, .told: index = sameYear <= now ? sameYear : sameYear - 4
        case .upcoming: index = sameYear >= now ? sameYear : sameYear + 4
        case .future: index = sameYear > now ? sameYear : sameYear + 4
        }
        return TimeResolution(.season(index / 4, season))
    }

    private func holiday(_ holiday: Holiday, year: Int?, _ direction: DateDirection) -> TimeResolution {
        if let year { return TimeResolution(CalendarPoint.day(containing: holiday.days(in: year))) }
        guard let anchor else { return .unresolved(.day) }
        guard let today = anchorDays else {
            return TimeResolution(CalendarPoint.day(containing: holiday.days(in: anchor.year)))
        }
        let years = [anchor.year - 1, anchor.year, anchor.year + 1]
        let candidates = years.map { holiday.days(in: $0) }
        let days: Int
        switch direction {
        case .current: days = candidates[1]
        case .past: days = candidates.last { $0 < today } ?? candidates[0]
        case .told: days = candidates.last { $0 <= today } ?? candidates[0]
        case .future: days = candidates.first { $0 > today } ?? candidates[2]
        case .upcoming: days = candidates.first { $0 >= today } ?? candidates[2]
        case .nearest:
            let year = inferYear(month: holiday.month, day: nil, .nearest) ?? anchor.year
            days = holiday.days(in: year)
        }
        return TimeResolution(CalendarPoint.day(containing: days))
    }

    // MARK: Relative expressions

    private func narrativeInReach(of sentence: Int) -> Bool {
        guard let narrative else { return false }
        return sentence - narrative.sentence <= Self.narrativeReach
    }

    /// An amount as a TIMEX3 duration ("P4D", "PT10M").
    private static func duration(_ amount: Int, _ unit: TimeUnit) -> TimeResolution {
        TimeResolution(
            value: "P" + (unit.isTimeOfDay ? "T" : "") + "\(abs(amount))" + unit.durationCode, precision: .duration)
    }

    private func basePoint(_ base: ShiftBase, sentence: Int) -> CalendarPoint? {
        switch base {
        case .anchor: return anchor
        case .narrative:
            guard let narrative, sentence - narrative.sentence <= Self.narrativeReach else { return anchor }
            return narrative.point
        case .anyEarlier:
            return narrative?.point ?? anchor
        }
    }

    private func relative(_ unit: TimeUnit, offset: Int, from point: CalendarPoint) -> TimeResolution {
        let days = point.firstDay
        let needsDay = unit == .day || unit == .week || unit == .weekend
        if needsDay, point.precision != .day {
            return .unresolved(unit.precision)
        }
        switch unit {
        case .second, .minute, .hour:
            return TimeResolution(value: "PRESENT_REF", precision: .unknown)
        case .day:
            return TimeResolution(point.sameKind(atDay: days + offset))
        case .week:
            return TimeResolution(CalendarPoint.week(containing: days + offset * 7))
        case .weekend:
            let weekday = CivilCalendar.weekday(days: days)
            let weeks = offset == 0 && weekday <= 2 ? -1 : offset
            return TimeResolution(CalendarPoint.weekend(containing: days + weeks * 7))
        case .month:
            guard point.precision == .day || point.precision == .month else {
                return .unresolved(.month)
            }
            return TimeResolution(CalendarPoint.month(containing: days).shifted(by: offset, .month))
        case .quarter:
            return TimeResolution(CalendarPoint.quarter(containing: days).shifted(by: offset, .quarter))
        case .year:
            return TimeResolution(.year(point.year + offset))
        case .decade:
            return TimeResolution(.decade(point.year / 10 + offset))
        case .century:
            return TimeResolution(.century(point.year / 100 + offset))
        }
    }

    private func completedQuarter(before point: CalendarPoint) -> CalendarPoint {
        let month = CivilCalendar.civil(days: point.firstDay).month
        return CalendarPoint.quarter(point.year, (month + 2) / 3).shifted(by: -1, .quarter)
    }

    /// The date a time of day is on: the one given, else the last day mentioned in the same
    /// sentence, else the anchor's day.
    private func day(for meaning: TimeMeaning?, sentence: Int) -> String {
        if let meaning {
            let resolution = value(of: meaning, sentence: sentence)
            return resolution.precision == .day ? resolution.value : "XXXX-XX-XX"
        }
        if let narrative, narrative.sentence == sentence, narrative.point.precision == .day {
            return narrative.point.value
        }
        if case .day = anchor, let anchor { return anchor.value }
        return "XXXX-XX-XX"
    }
}

extension TimeUnit {
    /// The precision of a point counted in this unit.
    var precision: TimePrecision {
        switch self {
        case .second, .minute, .hour: .time
        case .day: .day
        case .week, .weekend: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        case .decade: .decade
        case .century: .century
        }
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}
