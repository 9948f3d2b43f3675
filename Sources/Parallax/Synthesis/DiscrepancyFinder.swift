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
            for (noun, value) in left.sorted(by: { $0.key < $1.key }) {
                guard let other = right[noun], other != value,
                    noun != "year" || strong.contains([match.first, match.second])
                else { continue }
                let key = [noun, value, other].sorted().joined(separator: "|")
                guard seen.insert(key).inserted else { continue }
                let about = noun == "year" ? "the year" : "the number of \(noun)"
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

    /// Numbers with the word they count ("212 workers" → workers: 212) and years.
    static func quantities(in sentence: AnalysedSentence) -> [String: String] {
        var found: [String: String] = [:]
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
            found[next.stem] = token.text
        }
        for stem in ambiguous { found[stem] = nil }
        if years.count == 1 { found["year"] = years[0] }
        return found
    }
}
