internal import ParallaxBase

/// A calendar unit as durations and shifts count it.
enum TimeUnit: Hashable {
    case second, minute, hour, day, week, weekend, month, quarter, year, decade, century

    /// The TIMEX3 duration letter, after "PT" for units shorter than a day.
    var durationCode: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week, .weekend: "W"
        case .month: "M"
        case .quarter: "Q"
        case .year: "Y"
        case .decade: "E"
        case .century: "C"
        }
    }

    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }

    /// A unit shorter than a year: days, weeks, months and times of day, not years and longer.
    var isShorterThanYear: Bool { ![.year, .decade, .century].contains(self) }
}

enum Season: Int, Hashable {
    case spring = 1
    case summer, autumn, winter

    var code: String {
        switch self {
        case .spring: "SP"
        case .summer: "SU"
        case .autumn: "FA"
        case .winter: "WI"
        }
    }

    /// The month the season starts in (northern hemisphere, meteorological).
    var firstMonth: Int { [3, 6, 9, 12][rawValue - 1] }

    /// The season a month falls in, with the year the season is named after
    /// (January 2026 is in winter 2025).
    static func of(year: Int, month: Int) -> (season: Season, year: Int) {
        switch month {
        case 3...5: (.spring, year)
        case 6...8: (.summer, year)
        case 9...11: (.autumn, year)
        case 12: (.winter, year)
        default: (.winter, year - 1)
        }
    }
}

/// What the lexicon knows about a word.
enum TimeWord: Equatable {
    case month(Int, abbreviated: Bool)
    /// ISO numbering: 1 is Monday, 7 Sunday.
    case weekday(Int)
    case season(Season)
    case unit(TimeUnit, plural: Bool)
    case cardinal(Int)
    case ordinal(Int)
    /// TIMEX3 part of day: "MO", "AF", "EV", "NI".
    case partOfDay(String)
    /// Any other word a time phrase can start with ("the", "last", "now", "Christmas").
    case keyword

    var isAbbreviatedMonth: Bool {
        if case .month(_, true) = self { return true }
        return false
    }
}

/// Word tables of the English temporal tagger.
enum TimeLexicon {
    static let entries: [String: TimeWord] = {
        var table: [String: TimeWord] = [:]
        for (index, name) in MonthNames.english.enumerated() { table[name] = .month(index + 1, abbreviated: false) }
        for (name, month) in MonthNames.englishAbbreviations { table[name] = .month(month, abbreviated: true) }
        for (index, name) in WeekdayNames.english.enumerated() { table[name] = .weekday(index + 1) }
        let seasons: [String: Season] = [
            "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn,
            "winter": .winter,
        ]
        for (name, season) in seasons { table[name] = .season(season) }
        let units: [String: TimeUnit] = [
            "second": .second, "minute": .minute, "hour": .hour, "day": .day, "week": .week,
            "weekend": .weekend, "month": .month, "quarter": .quarter, "year": .year,
            "decade": .decade,
        ]
        for (name, unit) in units {
            table[name] = .unit(unit, plural: false)
            table[name + "s"] = .unit(unit, plural: true)
        }
        table["century"] = .unit(.century, plural: false)
        table["centuries"] = .unit(.century, plural: true)
        table["hrs"] = .unit(.hour, plural: true)
        table["mins"] = .unit(.minute, plural: true)
        let cardinals = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen",
        ]
        for (index, name) in cardinals.enumerated() { table[name] = .cardinal(index + 1) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, name) in tens.enumerated() { table[name] = .cardinal((index + 2) * 10) }
        table["hundred"] = .cardinal(100)
        table["thousand"] = .cardinal(1000)
        table["dozen"] = .cardinal(12)
        let ordinals = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ]
        for (index, name) in ordinals.enumerated() where table[name] == nil {
            table[name] = .ordinal(index + 1)
        }
        table["thirtieth"] = .ordinal(30)
        let parts = [
            "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        ]
        for (name, code) in parts { table[name] = .partOfDay(code) }
        for name in WeekdayNames.english { table[name + "s"] = .keyword }
        for word in keywords where table[word] == nil { table[word] = .keyword }
        return table
    }()

    /// Words outside the classes above that open a phrase; the parser skips every other word
    /// without looking at it further.
    private static let keywords = [
        "the", "end", "mid", "early", "late", "earlier", "later", "this", "last", "next", "past",
        "coming", "previous", "that", "today", "yesterday", "tomorrow", "tonight", "a", "an",
        "several", "few", "couple", "half", "many", "some", "another", "nearly", "almost", "about",
        "around", "roughly", "approximately", "over", "more", "less", "fewer", "at", "up", "no",
        "just", "under", "fiscal", "noon", "midnight", "every", "each", "q", "now", "right",
        "currently", "presently", "nowadays", "these", "recently", "lately", "recent", "current", "then", "as", "soon",
        "future", "orthodox", "christmas", "new", "halloween", "valentine", "thanksgiving", "easter",
        "good", "boxing", "labor", "memorial", "veterans", "armistice", "remembrance", "st", "saint",
    ]

    /// Ordinal words as numbers, including "second" which the table files as a unit.
    static func ordinal(_ word: String) -> Int? {
        if word == "second" { return 2 }
        if case .ordinal(let value) = entries[word] { return value }
        return nil
    }

    /// Words before a full stop that does not end the sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "co", "corp", "inc", "ltd", "gen", "gov", "sen",
        "rep", "vs", "no", "col", "lt", "capt", "prof", "rev", "mt", "ft", "pp", "vol", "approx",
    ]

    /// Words before a year or month that make it a time ("in 1990", "since May").
    static let datePrepositions: Set<String> = [
        "in", "on", "since", "until", "till", "by", "during", "from", "through", "to", "before",
        "after", "of", "between", "and", "early", "late", "mid", "last", "next", "this", "that",
        "every", "each", "around", "throughout", "into", "circa", "or", "at",
    ]

    /// Counted nouns that show a bare four-digit number is a quantity, not a year.
    static let countedNouns: Set<String> = [
        "people", "workers", "employees", "jobs", "shares", "troops", "soldiers", "members",
        "students", "cars", "units", "homes", "houses", "tons", "tonnes", "miles", "feet", "meters",
        "metres", "kilometers", "kilometres", "votes", "residents", "deaths", "cases", "points",
        "barrels", "acres", "copies", "pages", "words", "persons", "dollars", "euros", "pounds",
        "yen", "rooms", "beds", "seats", "passengers", "flights", "lives", "children", "men",
        "women", "patients", "refugees", "prisoners", "protesters", "police", "officers", "staff",
        "stores", "companies", "firms", "items", "calories", "kilograms", "kg", "km", "mg", "ml",
        "times", "others", "more", "less", "percent", "cents", "hours", "days", "years",
    ]
}
