/// A sentence of the story holding a resolved calendar date, with the words that say what
/// happened then.
struct DatedSentence {
    var article: Int
    var sentence: AnalyzedSentence
    var time: TimeExpression
    var date: String
    /// Content stems of the sentence.
    var stems: Set<String>
    /// Stems of the names in the sentence (capitalised words past its first).
    var names: Set<String>

    /// Names within `reach` words of the date, the date's own words left out: who the dated
    /// clause is about, rather than the whole sentence.
    var nearNames: Set<String> = []
    /// Content stems within `reach` words of the date that are not names: what happened then.
    var nearEvents: Set<String> = []

    /// Words either side of a date taken as its clause.
    static let reach = 12

    var year: Int { Int(date.prefix(4)) ?? 0 }

    /// The article's headline (its title or its first line) or a line stamping it ("Updated:",
    /// "Published"): no event.
    static func isHeaderLine(_ sentence: AnalyzedSentence, of article: AnalyzedArticle) -> Bool {
        let text = sentence.text.trimmingASCIIWhitespace()
        if let title = article.article.title?.trimmingASCIIWhitespace(), !title.isEmpty, text.hasPrefix(title) {
            return true
        }
        let lower = text.lowercased()
        if ["updated", "published", "posted", "last updated", "first published"].contains(where: lower.hasPrefix) {
            return true
        }
        // A line that is nothing but a time stamp ("2 October 2013, 15:39 (GMT+05:00)").
        // (Asked only whether there is one such word: the first one found answers.)
        let hasWord = sentence.tokens.contains { token in
            guard token.text.first?.isLetter == true else { return false }
            let lower = token.text.lowercased()
            return !EntityLexicon.calendarWords.contains(lower) && !EntityLexicon.timeZones.contains(lower)
                && !["at", "on", "of", "am", "pm", "a.m", "p.m"].contains(lower)
        }
        if !hasWord { return true }
        // The opening line with no full stop is the headline of a text without a title.
        return sentence.index == 0 && !text.contains(where: { ".!?".contains($0) })
    }

    /// A date at a dateline's place: at the start of a line, after nothing but a place in
    /// capitals and a comma ("LONDON, Jan. 5 (Reuters) -"), before an agency or a dash.
    static func isDateline(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        let scalars = Array(sentence.text.unicodeScalars)
        let from = time.start - sentence.start
        let to = time.end - sentence.start
        guard from >= 0, to <= scalars.count else { return false }
        let before = String(String.UnicodeScalarView(scalars[..<from])).trimmingASCIIWhitespace()
        let placeOnly =
            before.isEmpty
            || before.hasSuffix(",") && before.dropLast().allSatisfy { $0.isUppercase || " .'-".contains($0) }
        guard placeOnly else { return false }
        var after = Substring(String(String.UnicodeScalarView(scalars[to...]))).drop { $0 == " " || $0 == "," }
        if after.hasPrefix("(") { after = after.drop { $0 != ")" }.dropFirst().drop { $0 == " " } }
        return ["-", "–", "—", "/"].contains(where: after.hasPrefix) || after.isEmpty
    }

    /// A date after the article's own told in the past tense ("police arrested him on Saturday"
    /// resolved to the Saturday after publication) is a misreading, not an event.
    static func isPastEventAfter(
        _ published: PublicationDate, _ time: TimeExpression, _ date: String, in sentence: AnalyzedSentence
    ) -> Bool {
        let publication = [published.year, published.month ?? 12, published.day ?? 31]
        let key = TimelineBuilder.sortKey(date)
        guard publication.lexicographicallyPrecedes(key), key[1] != 0 || key[0] > published.year else {
            return false
        }
        let words = sentence.tokens.map { $0.text.lowercased() }
        let future = words.contains { TimePhraseParser.futureWords.contains($0) || $0 == "would" || $0 == "could" }
        let past = words.contains { TimePhraseParser.pastAuxiliaries.contains($0) || $0 == "said" }
        return past && !future
    }

    /// Every dated sentence of the articles; one entry per sentence and date. In a sentence that
    /// states a date outright ("seven months ago – in May 2025"), worked-out dates of about the
    /// same time are left out: the stated one is what the writer meant.
    /// `roles` are the articles' sentences' roles where the caller has judged them
    /// (`StorySentences.roles`), else they are judged here.
    static func all(in articles: [AnalyzedArticle], roles: [[SentenceRole]]? = nil) -> [DatedSentence] {
        var result: [DatedSentence] = []
        for (articleIndex, article) in articles.enumerated() {
            var seen = Set<String>()
            var sentenceIndex = 0
            for time in article.times.sorted(by: { $0.start < $1.start }) {
                guard let date = time.timelineDate, [.day, .month, .season, .year].contains(time.precision)
                else { continue }
                while sentenceIndex + 1 < article.sentences.count,
                    article.sentences[sentenceIndex + 1].start <= time.start
                {
                    sentenceIndex += 1
                }
                guard sentenceIndex < article.sentences.count else { continue }
                let sentence = article.sentences[sentenceIndex]
                guard sentence.start <= time.start, !seen.contains("\(sentence.index)|\(date)"),
                    (roles?[articleIndex][sentenceIndex] ?? SentenceHygiene().role(of: sentence, in: article)) == .prose
                else { continue }
                // A headline, a dateline or an "Updated:" line dates the article, not an event.
                if Self.isHeaderLine(sentence, of: article) || Self.isDateline(time, in: sentence)
                    || Self.isFooterLine(sentence) || Self.isNounModifier(time, in: sentence, among: article.times)
                    || Self.isAsideYear(time, in: sentence, among: article.times)
                    || Self.isSinceStart(time, in: sentence) || Self.isSpanEnd(time, in: sentence, among: article.times)
                    || Self.isSubordinateDate(time, in: sentence, among: article.times)
                    || Self.isRankingYear(time, in: sentence) || Self.isPossessiveYear(time, in: sentence)
                    || Self.isNamedDay(time, in: sentence) || Self.isNamingYear(time, in: sentence)
                    || Self.isReportDay(time, in: sentence) || Self.isComparisonDate(time, in: sentence)
                    || Self.isQuestion(sentence) || Self.isOutsideMainClause(time, in: sentence, among: article.times)
                    || Self.isDeicticInQuotation(time, in: sentence, quotes: article.quotes)
                {
                    continue
                }
                if let published = article.article.published, Self.isPastEventAfter(published, time, date, in: sentence)
                {
                    continue
                }
                // A dateline's date is the article's, not the event's: it outranks nothing.
                if !time.statesItsYear,
                    article.times.contains(where: {
                        $0.statesItsYear && $0.start >= sentence.start && $0.end <= sentence.end
                            && !Self.isDateline($0, in: sentence)
                            && abs((Int($0.value.prefix(4)) ?? 0) - (Int(date.prefix(4)) ?? 0)) <= 1
                    })
                {
                    continue
                }
                seen.insert("\(sentence.index)|\(date)")
                let names = sentence.nameStems
                var entry = DatedSentence(
                    article: articleIndex, sentence: sentence, time: time, date: date,
                    stems: Set(sentence.contentStems), names: names)
                let first = sentence.tokens.firstIndex { $0.end > time.start } ?? sentence.tokens.count
                let last = sentence.tokens.lastIndex { $0.start < time.end } ?? first
                // The clause stops where a sentence the splitter missed begins ("in 1996. 24 patients").
                let scalars = Array(sentence.text.unicodeScalars)
                func endsSentence(after position: Int) -> Bool {
                    guard position + 1 < sentence.tokens.count else { return false }
                    let from = sentence.tokens[position].end - sentence.start
                    let to = min(scalars.count, sentence.tokens[position + 1].start - sentence.start)
                    guard from < to else { return false }
                    let gap = String(String.UnicodeScalarView(scalars[from..<to]))
                    let word = sentence.tokens[position].text
                    let next = sentence.tokens[position + 1].text.first
                    return [". ", "? ", "! "].contains(where: gap.hasPrefix) && word.count > 2 && !word.contains(".")
                        && word != word.uppercased() && (next?.isUppercase == true || next?.isNumber == true)
                }
                var lower = max(0, first - reach)
                if let cut = (lower..<first).last(where: endsSentence(after:)) { lower = cut + 1 }
                var upper = min(sentence.tokens.count, last + 1 + reach)
                if let cut = (last..<upper).first(where: endsSentence(after:)) { upper = cut + 1 }
                let window = lower..<upper
                for position in window where position < first || position > last {
                    let token = sentence.tokens[position]
                    guard !token.isStopWord, !token.isNumber, token.stem.count > 1 else { continue }
                    if names.contains(token.stem) && position > 0 && token.isCapitalized {
                        entry.nearNames.insert(token.stem)
                    } else if !token.isCapitalized {
                        entry.nearEvents.insert(token.stem)
                    }
                }
                result.append(entry)
            }
        }
        return result
    }
}

/// Dated events: each sentence holding a resolved calendar date, merged across articles
/// where they report the same thing on the same date, oldest first.
struct TimelineBuilder {
    var maximumEvents = 30

    func timeline(of articles: [AnalyzedArticle], dated: [DatedSentence]) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        var stems: [Set<String>] = []
        for entry in dated {
            let id = articles[entry.article].id
            // The same thing on the same date: shared words, at least one of them not a name
            // (two meetings of the same people are two events).
            if let existing = events.indices.first(where: {
                let shared = stems[$0].intersection(entry.stems)
                return events[$0].date == entry.date && shared.count >= 3 && !shared.isSubset(of: entry.names)
            }) {
                if !events[existing].sources.contains(id) { events[existing].sources.append(id) }
                continue
            }
            events.append(
                TimelineEvent(
                    date: entry.date, precision: entry.time.precision, text: entry.sentence.text, sources: [id]))
            stems.append(entry.stems)
        }
        let order = events.indices.sorted { lhs, rhs in
            let left = Self.sortKey(events[lhs].date)
            let right = Self.sortKey(events[rhs].date)
            if left != right { return left.lexicographicallyPrecedes(right) }
            if events[lhs].sources.count != events[rhs].sources.count {
                return events[lhs].sources.count > events[rhs].sources.count
            }
            return lhs < rhs
        }
        let sorted = order.map { events[$0] }
        guard sorted.count > maximumEvents else { return sorted }
        // Keep the best-corroborated events, still in date order.
        let kept = Set(
            sorted.indices.sorted {
                sorted[$0].sources.count != sorted[$1].sources.count
                    ? sorted[$0].sources.count > sorted[$1].sources.count : $0 < $1
            }
            .prefix(maximumEvents))
        return sorted.indices.filter(kept.contains).map { sorted[$0] }
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
