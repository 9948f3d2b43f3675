/// Phrases of company reports that name a quarter by the one under discussion: "the 1988
/// quarter", "the year-ago third quarter", "the same period last year", "last year's quarter".
extension TimePhraseParser {
    /// After "the" at `article`: "the 1988 third quarter", "the 1989 period", "the year-ago
    /// quarter", "the comparable year-earlier period", "the corresponding period last year".
    /// A plain "the third quarter" is left to `ordinalPeriod`.
    func reportPeriod(afterArticle article: Int) -> PhraseMatch? {
        var position = article + 1
        let compared = isWord(position, in: Self.comparisonWords)
        if compared { position += 1 }
        let qualifier = position
        var year: Int?
        var yearOffset = 0
        if let token = token(position), token.kind == .number, token.digits == 4, token.suffix.isEmpty,
            (1900...2099).contains(token.number)
        {
            year = token.number
            position += 1
        } else if isWord(position, "year"), isMark(position + 1, "-"), isGlued(position + 1),
            isWord(position + 2, in: ["ago", "earlier"])
        {
            yearOffset = -1
            position += 3
        }
        if let period = period(at: position) {
            guard position > qualifier else { return nil }
            return PhraseMatch(start: article, end: period.end, meaning: period.meaning(year: year, offset: yearOffset))
        }
        guard isWord(position, in: ["quarter", "period"]), !isUnitCompound(at: position) else { return nil }
        var end = position + 1
        if position == qualifier {
            // "the same period last year": the quarter under discussion, a year back.
            guard compared, let back = yearBack(at: end) else { return nil }
            yearOffset = -1
            end = back
        }
        return PhraseMatch(start: article, end: end, meaning: .discussedQuarter(year: year, yearOffset: yearOffset))
    }

    /// "last year's quarter", "last year's period" at the possessive's "s" (`index`): the quarter
    /// under discussion, `offset` years away.
    func possessiveReportPeriod(at index: Int, start: Int, offset: Int) -> PhraseMatch? {
        guard offset != 0, isWord(index, in: ["quarter", "period"]), !isUnitCompound(at: index) else { return nil }
        return PhraseMatch(start: start, end: index + 1, meaning: .discussedQuarter(year: nil, yearOffset: offset))
    }

    /// Whether the unit at `index` is the first part of a compound such as "quarter-to-quarter"
    /// or "year-to-date", which names no time.
    func isUnitCompound(at index: Int) -> Bool {
        isMark(index + 1, "-") && isGlued(index + 1) && isWord(index + 2, "to") && isGlued(index + 2)
    }

    /// The end of a phrase putting a period a year back ("last year", "a year ago", "of the
    /// previous year") starting at `index`.
    private func yearBack(at index: Int) -> Int? {
        for phrase in Self.yearBackPhrases {
            if let end = sequence(phrase, at: index) { return end }
        }
        return nil
    }

    static let comparisonWords: Set<String> = ["same", "corresponding", "comparable", "equivalent", "like"]

    private static let yearBackPhrases: [[String]] = [
        ["last", "year"], ["a", "year", "ago"], ["a", "year", "earlier"], ["a", "year", "before"],
        ["of", "last", "year"], ["the", "previous", "year"], ["of", "the", "previous", "year"],
        ["the", "year", "before"], ["in", "the", "previous", "year"], ["the", "prior", "year"],
        ["of", "the", "prior", "year"],
    ]
}
