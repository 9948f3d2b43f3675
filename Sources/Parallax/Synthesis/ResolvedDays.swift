internal import Foundation
internal import ParallaxBase

/// Writes a sentence's worked-out days with the date they resolve to, so a brief read days later
/// still says which day: "on Friday" becomes "on Friday (1998-10-30)". Only days whose words do
/// not give their year are marked ("Friday", "yesterday", "December 2"); "March 5, 2026" is left.
struct ResolvedDays {
    /// The sentence's text (`item.text`, its dateline cut) with each such day followed by its
    /// date in parentheses; nil when it has none.
    func dated(_ item: StorySentences.Item, in article: AnalyzedArticle) -> String? {
        let times = article.times.filter {
            $0.start >= item.sentence.start && $0.end <= item.sentence.end && $0.precision == .day
                && !$0.statesItsYear && $0.timelineDate != nil && Self.namesADay($0.text)
        }.sorted { $0.start < $1.start }
        guard !times.isEmpty else { return nil }
        var text = item.text
        var from = text.startIndex
        var changed = false
        for time in times {
            guard let date = time.timelineDate, let range = text.range(of: time.text, range: from..<text.endIndex)
            else { continue }
            let mark = " (\(date))"
            // Already written with its date ("Friday (1998-10-30)" in the source itself).
            if text[range.upperBound...].hasPrefix(mark) {
                from = range.upperBound
                continue
            }
            let offset = text.distance(from: text.startIndex, to: range.upperBound)
            text.insert(contentsOf: mark, at: range.upperBound)
            from = text.index(text.startIndex, offsetBy: offset + mark.count)
            changed = true
        }
        return changed ? text : nil
    }

    /// Words that name a day by the calendar or by the writer's present ("Friday", "yesterday",
    /// "December 2"); a day counted from an event ("three days after the collapse") reads as
    /// it stands.
    static let dayWords = CalendarWords.english.union(["yesterday", "today", "tonight", "tomorrow"])

    static func namesADay(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { dayWords.contains(String($0)) }
    }
}
