internal import ParallaxBase

/// Reads a publication date from a header line: "15.01.2026, 18:18", "Jan 7, 2026",
/// "Published 4 March 2026, 09:42", "2026-01-07T10:00:00Z".
enum DateLineParser {
    /// English month names and abbreviations.
    static let months: [String: Int] = MonthNames.englishAbbreviations.merging(
        MonthNames.english.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })

    private static let fillers = Set([
        "published", "updated", "posted", "on", "at", "date", "am", "pm", "a.m", "p.m", "gmt",
        "utc", "cet", "cest", "msk", "est", "edt", "pst", "pdt", "bst", "et", "first", "last",
        "modified", "of", "the", "time",
    ]).union(WeekdayNames.english).union(WeekdayNames.englishAbbreviations)

    /// The date of a line that holds a date and little else.
    static func dateline(_ line: LineFeatures) -> PublicationDate? {
        guard line.wordCount <= 12 else { return nil }
        // "Updated Mar. 5, 2026 · 4 min read": the date is one of the line's parts.
        for part in line.text.split(whereSeparator: { "·|•".contains($0) }) {
            if let date = parse(String(part), requireWholeLine: true) { return date }
        }
        return broadcastDate(line)
    }

    /// "Broadcast on The Morning Report, Thursday, March 5, 2026.": a programme's air date, which
    /// follows the programme's name.
    private static func broadcastDate(_ line: LineFeatures) -> PublicationDate? {
        let lowered = line.text.lowercased()
        guard ["broadcast ", "aired ", "first aired ", "recorded "].contains(where: lowered.hasPrefix) else {
            return nil
        }
        let parts = line.text.split(separator: ",", omittingEmptySubsequences: false)
        for start in parts.indices.dropFirst() {
            if let date = parse(parts[start...].joined(separator: ","), requireWholeLine: true) { return date }
        }
        return nil
    }

    static func parse(_ text: String, requireWholeLine: Bool) -> PublicationDate? {
        let pieces = pieces(of: text)
        var date: PublicationDate?
        var consumed = Set<Int>()
        var index = 0
        while index < pieces.count, date == nil {
            if let (found, used) = match(at: index, in: pieces) {
                date = found
                consumed.formUnion(index..<(index + used))
                index += used
                if index < pieces.count, ["at", "on", "um", "в"].contains(pieces[index].lowercased()) {
                    consumed.insert(index)
                    index += 1
                }
                if let (hour, minute, used) = time(at: index, in: pieces) {
                    date?.hour = hour
                    date?.minute = minute
                    consumed.formUnion(index..<(index + used))
                }
            }
            index += 1
        }
        guard var found = date else { return nil }
        // A time may come before the date: "18:18, 15.01.2026".
        if found.hour == nil, let first = consumed.min(), first > 0 {
            for start in 0..<first {
                if let (hour, minute, used) = time(at: start, in: pieces), start + used <= first {
                    found.hour = hour
                    found.minute = minute
                    consumed.formUnion(start..<(start + used))
                    break
                }
            }
        }
        if requireWholeLine {
            for (position, piece) in pieces.enumerated() where !consumed.contains(position) {
                guard fillers.contains(piece.lowercased()) else { return nil }
            }
        }
        return found
    }

    /// Words and numbers; punctuation other than ':' inside times is dropped.
    private static func pieces(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == ":" {
                current.append(character)
            } else if character == "." && !current.isEmpty && current.allSatisfy({ $0.isNumber || $0 == "." }) {
                current.append(".")
            } else if character == "." && current.lowercased() == "a" || character == "." && current.lowercased() == "p"
            {
                current.append(".")
            } else if character == "-" && !current.isEmpty && current.allSatisfy({ $0.isNumber || $0 == "-" }) {
                current.append("-")
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { piece in
            var piece = Substring(piece)
            while piece.hasSuffix(".") || piece.hasSuffix(":") { piece = piece.dropLast() }
            return String(piece)
        }.filter { !$0.isEmpty }
    }

    private static func match(at index: Int, in pieces: [String]) -> (PublicationDate, Int)? {
        let piece = pieces[index]
        // 15.01.2026 (day first, as in Europe and Russia)
        let dotted = piece.split(separator: ".")
        if dotted.count == 3, let day = Int(dotted[0]), let month = Int(dotted[1]), let year = Int(dotted[2]),
            (1...31).contains(day), (1...12).contains(month), (1900...2100).contains(year)
        {
            return (PublicationDate(year: year, month: month, day: day), 1)
        }
        // 2026-01-07 or 2026-01-07T10:00
        if piece.count >= 10, piece.first?.isNumber == true, let iso = PublicationDate(iso8601: piece),
            iso.day != nil, (1900...2100).contains(iso.year)
        {
            return (iso, 1)
        }
        // Jan 7, 2026 / January 7 2026
        if let month = months[piece.lowercased()], index + 2 < pieces.count,
            let day = Int(pieces[index + 1].filter(\.isNumber)), (1...31).contains(day),
            let year = Int(pieces[index + 2]), (1900...2100).contains(year)
        {
            return (PublicationDate(year: year, month: month, day: day), 3)
        }
        // 7 January 2026
        if let day = Int(piece.filter(\.isNumber)), piece.first?.isNumber == true, (1...31).contains(day),
            index + 2 < pieces.count, let month = months[pieces[index + 1].lowercased()],
            let year = Int(pieces[index + 2]), (1900...2100).contains(year)
        {
            return (PublicationDate(year: year, month: month, day: day), 3)
        }
        return nil
    }

    /// "18:18", "9:42 am", "10:15 p.m."
    private static func time(at index: Int, in pieces: [String]) -> (Int, Int, Int)? {
        guard index < pieces.count else { return nil }
        let parts = pieces[index].split(separator: ":")
        guard parts.count >= 2, var hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        var used = 1
        if index + 1 < pieces.count {
            let marker = pieces[index + 1].lowercased()
            if marker == "pm" || marker == "p.m" {
                if hour < 12 { hour += 12 }
                used = 2
            } else if marker == "am" || marker == "a.m" {
                if hour == 12 { hour = 0 }
                used = 2
            }
        }
        return (hour, minute, used)
    }
}
