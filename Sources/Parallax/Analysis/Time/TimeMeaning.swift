internal import ParallaxBase

/// What a matched phrase means before it is resolved against the anchor and earlier dates.
indirect enum TimeMeaning: Equatable {
    /// A calendar date with its month and maybe its day; a missing year is inferred.
    case date(year: Int?, month: Int, day: Int?, DateDirection)
    case year(Int)
    case weekday(Int, DateDirection)
    /// "The previous Friday": that weekday strictly before the last day named before it, however
    /// far back ("closed sharply lower Friday" four sentences earlier), else before the anchor.
    case weekdayBefore(Int)
    /// That weekday in the calendar week `weeks` weeks from the anchor's (weeks run Monday to
    /// Sunday): "last Tuesday" and "Tuesday last week" are the previous week's Tuesday (-1), even
    /// where a Tuesday of the anchor's own week has passed; "Tuesday next week" is +1.
    case weekdayInWeek(Int, weeks: Int)
    case season(Season, year: Int?, DateDirection)
    case holiday(Holiday, year: Int?, DateDirection)
    /// A quarter ("the third quarter"): `yearOffset` counts from the anchor's year when `year`
    /// is nil.
    case quarter(Int, year: Int?, yearOffset: Int)
    case half(Int, year: Int?, yearOffset: Int)
    /// "The quarter" under discussion: the last one mentioned, else the last one completed;
    /// `yearOffset` -1 for "the year-ago quarter"; `year` for "the 1988 quarter" (that quarter
    /// of 1988).
    case discussedQuarter(year: Int?, yearOffset: Int)
    /// The last quarter completed before the anchor ("the latest quarter").
    case latestQuarter
    case decade(Int)
    case century(Int)
    /// The unit containing the base, moved by `offset` units: "last week" is -1 week from the
    /// anchor, "that same year" 0 years from the narrative date.
    case relative(TimeUnit, offset: Int, ShiftBase)
    /// The base moved by an amount: "three days ago", "two weeks later".
    case shift(Int, TimeUnit, ShiftBase)
    /// "Three days after the fall of the city": an amount counted from an event the words name;
    /// the narrative date moved by it where that date was stated outright a few sentences back
    /// ("on January 3"), else the amount as a duration (`duration`, "P3D").
    case shiftFromEvent(Int, TimeUnit, duration: String)
    /// "Three days after Christmas": a shift from a date given in the phrase.
    case shiftFrom(Int, TimeUnit, TimeMeaning)
    /// An already written value: "PRESENT_REF", "P3D", "XXXX-WXX-2".
    case literal(String, TimePrecision)
    case clock(hour: Int, minute: Int, second: Int?, on: TimeMeaning?)
    case partOfDay(String, on: TimeMeaning)
}

/// Which occurrence of a yearless date is meant.
enum DateDirection: Equatable {
    /// The nearest one, leaning to the past as news does.
    case nearest
    /// The nearest one, leaning to the future ("will meet on Tuesday").
    case upcoming
    /// Strictly before the anchor ("last May").
    case past
    /// Strictly after the anchor ("next May").
    case future
    /// In the anchor's year or week ("this May").
    case current
    /// At or before the anchor: a clause told in the past ("it opened in May").
    case told
}

/// What a relative expression counts from.
enum ShiftBase: Equatable {
    /// The anchor (the publication date).
    case anchor
    /// The last date mentioned a few sentences back, else the anchor.
    case narrative
    /// The last date mentioned anywhere before, else the anchor.
    case anyEarlier
}

/// Holidays with a fixed date or a rule.
enum Holiday: Equatable {
    case fixed(month: Int, day: Int)
    case easter(offset: Int)
    /// The `nth` weekday of a month; negative counts from the end.
    case nthWeekday(Int, weekday: Int, month: Int)

    func days(in year: Int) -> Int {
        switch self {
        case .fixed(let month, let day): CivilCalendar.days(year, month, day)
        case .easter(let offset): CivilCalendar.easter(year: year) + offset
        case .nthWeekday(let nth, let weekday, let month):
            CivilCalendar.nthWeekday(nth, weekday, year: year, month: month)
        }
    }

    /// The month the holiday usually falls in, for choosing its year.
    var month: Int {
        switch self {
        case .fixed(let month, _), .nthWeekday(_, _, let month): month
        case .easter: 4
        }
    }
}
