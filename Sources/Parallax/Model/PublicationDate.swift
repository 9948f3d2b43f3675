/// A calendar date, as precise as the source gives it (year, month, day, minute, second).
public struct PublicationDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    public var second: Int?

    public init(
        year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
        second: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Parses ISO 8601 at any precision from year to second ("2026", "2026-01-07",
    /// "2026-01-15T18:18:00Z"); a time zone suffix is accepted and dropped.
    public init?(iso8601 string: String) {
        let scalars = Array(string.trimmingASCIIWhitespace().unicodeScalars)
        var numbers: [Int] = []
        var current = 0
        var digits = 0
        var index = 0
        let separators: [Character] = ["-", "-", "T", ":", ":"]
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = scalar.asciiDigit {
                // No date part has 19 digits; more would overflow (found by fuzzing, issue 15).
                guard digits < 18 else { return nil }
                current = current * 10 + digit
                digits += 1
            } else {
                guard digits > 0 else { return nil }
                numbers.append(current)
                current = 0
                digits = 0
                let position = numbers.count - 1
                let isSeparator =
                    position < separators.count
                    && (Character(scalar) == separators[position]
                        || (position == 2 && scalar == " "))
                if !isSeparator { break }
            }
            index += 1
        }
        if digits > 0 { numbers.append(current) }
        guard let year = numbers.first, (1000...9999).contains(year) else { return nil }
        self.init(year: year)
        if numbers.count > 1 {
            guard (1...12).contains(numbers[1]) else { return nil }
            month = numbers[1]
        }
        if numbers.count > 2 {
            guard (1...31).contains(numbers[2]) else { return nil }
            day = numbers[2]
        }
        if numbers.count > 4, numbers[3] < 24, numbers[4] < 60 {
            hour = numbers[3]
            minute = numbers[4]
            if numbers.count > 5, numbers[5] < 61 { second = numbers[5] }
        }
    }

    /// ISO 8601 at the known precision; times always carry seconds.
    public var iso8601: String {
        var text = String(year)
        guard let month else { return text }
        text += "-" + twoDigits(month)
        guard let day else { return text }
        text += "-" + twoDigits(day)
        guard let hour, let minute else { return text }
        text += "T" + twoDigits(hour) + ":" + twoDigits(minute) + ":" + twoDigits(second ?? 0)
        return text
    }

    public var description: String { iso8601 }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    private var sortKey: [Int] {
        [year, month ?? 0, day ?? 0, hour ?? 0, minute ?? 0, second ?? 0]
    }
}

private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}

extension Unicode.Scalar {
    var asciiDigit: Int? {
        (48...57).contains(value) ? Int(value - 48) : nil
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
