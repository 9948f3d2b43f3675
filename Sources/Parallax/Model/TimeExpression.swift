/// Where relative expressions are anchored: usually the article's publication date.
public struct TemporalAnchor: Hashable, Sendable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// How precise a time expression's value is.
public enum TimePrecision: String, Codable, Hashable, Sendable {
    case day, week, month, season, quarter, year, decade, century
    /// A time of day, with or without its date.
    case time
    case duration
    /// A recurring time ("every Thursday").
    case set
    /// A reference to the present, past or future, or a value that could not be resolved.
    case unknown
}

/// A time expression found in a text, with its TIMEX3-style value.
public struct TimeExpression: Hashable, Sendable, Codable {
    /// Verbatim from the input.
    public var text: String
    /// Offset of the first Unicode scalar in the input.
    public var start: Int
    /// Offset just past the last Unicode scalar.
    public var end: Int
    /// TIMEX3-style value: "2026-01-03", "2025-05", "2025-SU", "2024", "201", "P3D", "PRESENT_REF",
    /// "2026-01-03T18:18"; unknown digits are written "X".
    public var value: String
    public var precision: TimePrecision

    public init(text: String, start: Int, end: Int, value: String, precision: TimePrecision) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.precision = precision
    }

    /// The date as a timeline shows it: "2026-01-03", "2025-05", "2025-summer" or "2024";
    /// nil for durations, sets, times without a date, weeks, quarters, decades, references to
    /// the present and unresolved values.
    public var timelineDate: String? {
        guard !value.contains("X") else { return nil }
        switch precision {
        case .day, .month, .year:
            return value
        case .time:
            guard value.count > 10, value.firstIndex(of: "T") == value.index(value.startIndex, offsetBy: 10)
            else { return nil }
            return String(value.prefix(10))
        case .season:
            let parts = value.split(separator: "-")
            guard parts.count == 2, let name = seasonNames[String(parts[1])] else { return nil }
            return parts[0] + "-" + name
        case .week, .quarter, .decade, .century, .duration, .set, .unknown:
            return nil
        }
    }
}

private let seasonNames = ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"]
