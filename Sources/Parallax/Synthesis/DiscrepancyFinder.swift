/// Finds where articles report the same thing with different values: sentences matched as
/// the same statement that attach different numbers to the same word, or different years.
struct DiscrepancyFinder {
    /// `matches` pair sentences about the same thing; years are compared only on `strongMatches`,
    /// since sentences that merely resemble each other often tell of different years.
    func discrepancies(in sentences: StorySentences, matches: [FactFinder.Match], strongMatches: [FactFinder.Match])
        -> [Discrepancy]
    {
        var result: [Discrepancy] = []
        var seen = Set<String>()
        let strong = Set(strongMatches.map { [$0.first, $0.second] })
        for match in matches {
            let first = sentences.items[match.first]
            let second = sentences.items[match.second]
            let left = Self.quantities(in: first.sentence)
            let right = Self.quantities(in: second.sentence)
            // "1,100 cases in Nalmouth" and "1,500 cases in Sunvik" tell of different places.
            let leftNames = first.sentence.nameStems
            let rightNames = second.sentence.nameStems
            guard leftNames.isSubset(of: rightNames) || rightNames.isSubset(of: leftNames) else { continue }
            let firstArticle = sentences.articles[first.article].article
            let secondArticle = sentences.articles[second.article].article
            for (noun, quantity) in left.sorted(by: { $0.key < $1.key }) {
                let value = quantity.value
                guard let otherQuantity = right[noun], otherQuantity.value != value,
                    noun != "year" || strong.contains([match.first, match.second]),
                    noun == "year"
                        || !Self.isUpdate(
                            firstArticle, value, secondArticle, otherQuantity.value)
                else { continue }
                let other = otherQuantity.value
                let key = [noun, value, other].sorted().joined(separator: "|")
                guard seen.insert(key).inserted else { continue }
                let about = noun == "year" ? "the year" : "the number of \(quantity.word)"
                result.append(
                    Discrepancy(
                        about: about,
                        claims: [
                            .init(
                                text: first.sentence.text, article: sentences.articles[first.article].id, value: value),
                            .init(
                                text: second.sentence.text, article: sentences.articles[second.article].id, value: other
                            ),
                        ]))
            }
        }
        return result
    }

    /// Words after a number that are units of time or magnitude, not things counted.
    static let notCountedNouns: Set<String> = [
        "a.m", "p.m", "am", "pm", "million", "billion", "thousand", "hundred", "percent", "per",
        "o'clock", "gmt", "utc",
    ]

    /// A count reported higher on a later day ("1,100 sickened" on Monday, "1,210" on Tuesday)
    /// has grown, not been contradicted.
    static func isUpdate(_ first: Article, _ firstValue: String, _ second: Article, _ secondValue: String) -> Bool {
        guard let firstDay = first.published.flatMap(day), let secondDay = second.published.flatMap(day),
            firstDay != secondDay,
            let left = Double(firstValue.filter { $0.isNumber || $0 == "." }),
            let right = Double(secondValue.filter { $0.isNumber || $0 == "." })
        else { return false }
        return firstDay.lexicographicallyPrecedes(secondDay) ? right > left : left > right
    }

    private static func day(_ date: PublicationDate) -> [Int]? {
        date.day.map { [date.year, date.month ?? 0, $0] }
    }

    /// Numbers with the word they count ("212 workers" → workers: 212, as written) and years.
    static func quantities(in sentence: AnalysedSentence) -> [String: (value: String, word: String)] {
        var found: [String: (value: String, word: String)] = [:]
        var ambiguous = Set<String>()
        var years: [String] = []
        for (position, token) in sentence.tokens.enumerated() where token.isNumber {
            let digits = token.text.filter { $0.isNumber || $0 == "." }
            if digits.count == 4, let year = Int(digits), (1900...2100).contains(year) {
                years.append(digits)
                continue
            }
            guard position + 1 < sentence.tokens.count else { continue }
            let next = sentence.tokens[position + 1]
            guard !next.isStopWord, !next.isNumber, next.start - token.end <= 1,
                !Self.notCountedNouns.contains(next.text.lowercased())
            else { continue }
            // Two values for one noun in a sentence ("cost 410 million, against 290 million")
            // compare different things.
            if found[next.stem] != nil { ambiguous.insert(next.stem) }
            found[next.stem] = (token.text, next.text.lowercased())
        }
        for stem in ambiguous { found[stem] = nil }
        if years.count == 1 { found["year"] = (years[0], "year") }
        return found
    }
}
