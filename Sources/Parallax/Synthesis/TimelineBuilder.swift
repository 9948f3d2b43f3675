/// Dated events: each sentence holding a resolved calendar date, merged across articles
/// where they report the same thing on the same date, oldest first.
struct TimelineBuilder {
    var maximumEvents = 30

    func timeline(of articles: [AnalysedArticle]) -> [TimelineEvent] {
        struct Entry {
            var event: TimelineEvent
            var stems: Set<String>
        }
        var entries: [Entry] = []
        for article in articles {
            var datedSentences = Set<String>()
            for time in article.times {
                guard let date = time.timelineDate, [.day, .month, .season, .year].contains(time.precision),
                    let sentence = article.sentences.last(where: { $0.start <= time.start && time.start < $0.end })
                else { continue }
                // One event per sentence and date.
                guard datedSentences.insert("\(sentence.index)|\(date)").inserted else { continue }
                let stems = Set(sentence.contentStems)
                if let existing = entries.firstIndex(where: {
                    $0.event.date == date && $0.stems.intersection(stems).count >= 3
                }) {
                    if !entries[existing].event.sources.contains(article.id) {
                        entries[existing].event.sources.append(article.id)
                    }
                    continue
                }
                entries.append(
                    Entry(
                        event: TimelineEvent(
                            date: date, precision: time.precision, text: sentence.text, sources: [article.id]),
                        stems: stems))
            }
        }
        let events = entries.map(\.event).sorted { lhs, rhs in
            let left = Self.sortKey(lhs.date)
            let right = Self.sortKey(rhs.date)
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.sources.count > rhs.sources.count
        }
        guard events.count > maximumEvents else { return events }
        // Keep the best-corroborated events, still in date order.
        let kept = Set(
            events.indices.sorted { events[$0].sources.count > events[$1].sources.count }.prefix(maximumEvents))
        return events.indices.filter(kept.contains).map { events[$0] }
    }

    /// Year, month, day; a season sorts at its first month, a bare year before its months.
    static func sortKey(_ date: String) -> [Int] {
        let parts = date.split(separator: "-")
        let year = Int(parts.first ?? "") ?? 0
        guard parts.count > 1 else { return [year, 0, 0] }
        let seasons = ["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12]
        let month = Int(parts[1]) ?? seasons[String(parts[1])] ?? 0
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 0
        return [year, month, day]
    }
}
