/// The one table of English weekday names, beside `MonthNames`: the claims, quotes, entities,
/// times and date lines all read these instead of a list of their own.
public enum WeekdayNames {
    /// English weekday names, lowercased, Monday first (ISO 8601's order).
    public static let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Their three-letter abbreviations, Monday first.
    public static let englishAbbreviations = english.map { String($0.prefix(3)) }
}

extension MonthNames {
    /// Every word naming a month in English: the names and the abbreviations ("sept" too).
    public static let englishWords = Set(english).union(englishAbbreviations.keys)
}

/// Every English word naming a weekday or a month, by name or abbreviation (not "mon", "sun").
public enum CalendarWords {
    public static let english = Set(WeekdayNames.english).union(MonthNames.englishWords)
}
