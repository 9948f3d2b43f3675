/// Finds where outlets put the same event in different years: dated clauses (the words around
/// a date) of different articles that name the same thing (a shared name) and the same
/// happening (a shared word that is not a name, "strikes" and "airstrikes" alike) but whose
/// dates fall in different years.
struct DateDiscrepancyFinder {
    /// Names shared by more than this share of the story's dated sentences ("Russia" in a story
    /// about Russia) say nothing about which event a sentence tells.
    var commonNameShare = 0.3
    /// Words in more than this share of all the story's sentences ("allies" in a story about
    /// allies) are its topic, not a happening that tells one event from another.
    var commonWordShare = 0.03

    func discrepancies(in dated: [DatedSentence], articles: [AnalyzedArticle]) -> [Discrepancy] {
        var nameCounts: [String: Int] = [:]
        for entry in dated {
            for name in entry.nearNames { nameCounts[name, default: 0] += 1 }
        }
        let limit = max(2, Int(Double(dated.count) * commonNameShare))
        let telling = { (names: Set<String>) in names.filter { nameCounts[$0, default: 0] <= limit } }
        var wordCounts: [String: Int] = [:]
        var sentenceCount = 0
        for article in articles {
            for sentence in article.sentences {
                sentenceCount += 1
                for stem in Set(sentence.contentStems) { wordCounts[stem, default: 0] += 1 }
            }
        }
        let wordLimit = max(2, Int(Double(sentenceCount) * commonWordShare))
        let happenings = { (words: Set<String>) in words.filter { wordCounts[$0, default: 0] <= wordLimit } }
        var result: [Discrepancy] = []
        var seen = Set<String>()
        // What each pair compares, worked out once per dated sentence.
        let years = dated.map(\.year)
        let statesYear = dated.map(\.time.statesItsYear)
        let lowercased = dated.map { $0.time.text.lowercased() }
        let tellingNames = dated.map { telling($0.nearNames) }
        let events = dated.map { happenings($0.nearEvents) }
        for (index, first) in dated.enumerated() {
            for other in (index + 1)..<dated.count
            where dated[other].article != first.article && years[other] != years[index] {
                let second = dated[other]
                // "by the end of the year" in copies dated either side of New Year: the same words
                // worked out from different days, not outlets that disagree.
                let sameRelativeWords =
                    !statesYear[index] && !statesYear[other] && lowercased[index] == lowercased[other]
                guard !sameRelativeWords, !tellingNames[index].isDisjoint(with: second.nearNames),
                    Self.shareHappening(events[index], events[other])
                else { continue }
                let key = [first.sentence.text, second.sentence.text].sorted().joined(separator: "|")
                guard seen.insert(key).inserted else { continue }
                let ordered = first.year < second.year ? [first, second] : [second, first]
                result.append(
                    Discrepancy(
                        about: "the year",
                        claims: ordered.map {
                            .init(text: $0.sentence.text, article: articles[$0.article].id, value: $0.date)
                        }))
            }
        }
        return result
    }

    /// A word of one sentence that is, or ends, a word of the other ("strike" in "airstrike"),
    /// compared without a final "e" so stems of one word meet.
    static func shareHappening(_ left: Set<String>, _ right: Set<String>) -> Bool {
        let trimmedRight = right.map(trimmed).filter { $0.count >= 4 }
        for word in left.map(trimmed) where word.count >= 4 {
            for other in trimmedRight
            where word == other
                || (min(word.count, other.count) >= 5
                    && (word.hasSuffix(other) || other.hasSuffix(word)))
            {
                return true
            }
        }
        return false
    }

    private static func trimmed(_ stem: String) -> String {
        stem.hasSuffix("e") ? String(stem.dropLast()) : stem
    }
}
