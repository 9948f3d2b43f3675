/// Dates that bound a span or set the background of a sentence dated otherwise (ninth round).
extension DatedSentence {
    /// The end of a span ("lasted from 1943 to 1947", "between 1998 and 2002", "Director of
    /// Player Personnel (1999-2003)", "on October 1-2", "is guaranteed to make through 2017",
    /// "a contract through the end of the 2009-2010 season"): the span's start, where the
    /// sentence gives one, dates what it tells; its end dates when it stopped or will stop, a
    /// term rather than an event. ECB+ open briefs (ninth round): sixteen entries dated by a
    /// span's end, read R/W or J in the eighth round's draws ("Registration will run from
    /// October 26 to November 20" as November 20, "(1999-2003)" as 2003, "through 2017").
    static func isSpanEnd(_ time: TimeExpression, in sentence: AnalyzedSentence, among times: [TimeExpression])
        -> Bool
    {
        guard isCalendarDate(time), time.start >= sentence.start, time.end <= sentence.end else { return false }
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.end > time.start }) else { return false }
        // "through 2017", "through the end of the 2009-2010 season".
        var position = first - 1
        while position >= 0, first - position <= spanEndLead,
            spanEndFillers.contains(tokens[position].text.lowercased())
        {
            position -= 1
        }
        if position >= 0, spanEnders.contains(tokens[position].text.lowercased()) { return true }
        let scalars = Array(sentence.text.unicodeScalars)
        return times.contains { other in
            guard other != time, isCalendarDate(other), other.start >= sentence.start, other.end <= time.start
            else { return false }
            let gap = String(
                String.UnicodeScalarView(scalars[(other.end - sentence.start)..<(time.start - sentence.start)])
            )
            .trimmingASCIIWhitespace().lowercased()
            if ["-", "–", "—"].contains(gap) { return true }
            guard ["to", "and", "through"].contains(gap),
                let opener = tokens.lastIndex(where: { $0.end <= other.start })
            else { return false }
            return ["from", "between"].contains(tokens[opener].text.lowercased())
        }
    }

    /// A date in a subordinate clause or phrase that follows a date of the main clause ("In
    /// December, the school imposed a ban … after O'Brien acknowledged he gave $6,000 to a
    /// recruit in 1999", "In 2007, she put the Oscars back … after poor reviews for Jon Stewart in
    /// 2006", "returned in 1994 … until the Trail Blazers hired him on June 27, 2001"): the
    /// sentence tells the main clause's event, and the subordinate date only its background, so
    /// the sentence is one entry, at its main date. A subordinate clause told first ("After a
    /// rally Friday, she was asked …") often dates the main event, and is kept; so is a main date
    /// that only dates a report ("…, police said Wednesday": the subordinate clause is then the
    /// news), and a sentence whose only dates are subordinate. ECB+ open briefs (ninth round):
    /// entries read R/W in the eighth round (the 1999 recruit, Stewart's 2006).
    static func isSubordinateDate(
        _ time: TimeExpression, in sentence: AnalyzedSentence, among times: [TimeExpression]
    ) -> Bool {
        guard isCalendarDate(time), let opener = subordinator(of: time, in: sentence) else { return false }
        return times.contains { other in
            other != time && isCalendarDate(other) && other.start >= sentence.start && other.end <= opener
                && other.timelineDate != nil && other.timelineDate != time.timelineDate
                && subordinator(of: other, in: sentence) == nil && !datesAReport(other, in: sentence)
                && !isSpanEnd(other, in: sentence, among: times)
        }
    }

    /// Where the subordinating word ("after", "because", "until" …) that opens the clause
    /// holding `time` starts, if one does: between the clause's start (the sentence's, or the
    /// last comma, semicolon, colon, dash or bracket before the date: the claims' `clauseMarks`)
    /// and the date.
    private static func subordinator(of time: TimeExpression, in sentence: AnalyzedSentence) -> Int? {
        guard time.start >= sentence.start, time.end <= sentence.end else { return nil }
        let scalars = Array(sentence.text.unicodeScalars)
        let offset = min(time.start - sentence.start, scalars.count)
        // A comma inside a number ("$6, 000") ends no clause.
        let opening = scalars[..<offset].indices.last { index in
            guard ClaimReader.clauseMarks.contains(scalars[index]) else { return false }
            guard scalars[index] == "," else { return true }
            return scalars[(index + 1)...].first { $0 != " " }.map { !("0"..."9").contains($0) } ?? true
        }
        let clauseStart = sentence.start + (opening.map { $0 + 1 } ?? 0)
        let tokens = sentence.tokens
        return tokens.indices.first { index in
            tokens[index].start >= clauseStart && tokens[index].end <= time.start && opensClause(at: index, in: tokens)
        }
        .map { tokens[$0].start }
    }

    /// Whether the word at `index` opens a subordinate clause or phrase: one of `subordinators`,
    /// but not "before" of place, after a verb of appearing or being brought ("is due to appear
    /// before Taunton Deane Magistrates' Court on Tuesday", "testified before Congress on
    /// Thursday"): the date then dates the appearance, which is the main clause's event.
    static func opensClause(at index: Int, in tokens: [Token]) -> Bool {
        let word = tokens[index].text.lowercased()
        guard subordinators.contains(word) else { return false }
        guard word == "before", index > 0 else { return true }
        // One adverb may stand between ("appeared briefly before the judge", "came again before").
        var verb = index - 1
        let previous = tokens[verb].text.lowercased()
        if verb > 0, previous.hasSuffix("ly") || previous == "again" { verb -= 1 }
        return !placeBeforeVerbs.contains(tokens[verb].text.lowercased())
    }

    /// Verbs after which "before" names a place — a court, a judge, a committee — not a time.
    static let placeBeforeVerbs: Set<String> = [
        "appear", "appears", "appeared", "appearing", "testify", "testifies", "testified", "testifying", "stand",
        "stands", "stood", "standing", "brought", "bring", "come", "comes", "came", "coming", "go", "goes", "went",
        "going", "hauled", "summoned", "arraigned", "paraded", "pleaded", "argued", "arguing", "argue",
    ]

    /// Whether a reporting verb stands within `reportReach` words before the date ("police said
    /// Wednesday", "told reporters on Friday"): the date of a report, not of what it tells.
    private static func datesAReport(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        guard let first = sentence.tokens.firstIndex(where: { $0.end > time.start }) else { return false }
        return sentence.tokens[max(0, first - reportReach)..<first].contains { isReportWord($0.text.lowercased()) }
    }

    /// A report's day in a closing attribution ("The man was arrested at the gate, police said
    /// Monday", "Facebook created the tool …, a spokeswoman said on Saturday"): the day is the
    /// saying's, not the happening's, so it dates no entry. The attribution is the clause holding
    /// the date, opened by a mark after words told in the past (`isToldInThePast`: the first
    /// verb group's tense, so not "has made", "hosts a seminar organised …"),
    /// with no quotation mark before the date (a quotation, or a statement in the present — "Trump's
    /// excesses are sickening, Hollande said Tuesday" — makes the saying the event); one to
    /// `attributionSubject` words stand between the mark and the reporting verb, the date is within
    /// `reportReach` words after it, and at most `attributionTail` words follow the date in its
    /// clause, none "that". Left by the twelfth round's reading (docs/analysis-evaluation.md).
    static func isReportDay(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        guard time.precision == .day, time.start > sentence.start, time.end <= sentence.end,
            datesAReport(time, in: sentence)
        else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        let from = time.start - sentence.start
        let to = min(time.end - sentence.start, scalars.count)
        guard let mark = scalars[..<from].indices.last(where: { attributionMarks.contains(scalars[$0]) }),
            !scalars[..<from].contains(where: { quotationMarks.contains($0) }),
            !String(String.UnicodeScalarView(scalars[..<from])).contains("''")
        else { return false }
        let tokens = sentence.tokens
        let opening = sentence.start + mark + 1
        let told = tokens.prefix { $0.end <= opening }
        guard isToldInThePast(Array(told)),
            let verb = tokens.firstIndex(where: { token in
                token.start >= opening && token.end <= time.start && isReportWord(token.text.lowercased())
            })
        else { return false }
        let subject = tokens[..<verb].filter { $0.start >= opening }.count
        guard (1...attributionSubject).contains(subject) else { return false }
        let closing = scalars[to...].firstIndex { attributionMarks.contains($0) }.map { sentence.start + $0 }
        let tail = tokens.filter { $0.start >= time.end && $0.end <= (closing ?? sentence.end) }
        return tail.count <= attributionTail && !tail.contains { $0.text.lowercased() == "that" }
    }

    private static func isReportWord(_ word: String) -> Bool {
        TimePhraseParser.reportingPast.contains(word)
            || ["says", "say", "tells", "announces", "reports"].contains(word)
    }

    /// Marks that open or close an attribution (not brackets: "Sanders (I-Vt.) said Sunday").
    private static let attributionMarks: Set<Unicode.Scalar> = [",", ";", ":", "—", "–"]

    /// Double quotation marks ("''" is looked for apart: one apostrophe is a possessive's).
    private static let quotationMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]

    /// Words an attribution's teller may take between its opening mark and its reporting verb
    /// ("a spokesman for the sheriff's office said": seven).
    private static let attributionSubject = 7

    /// Words an attribution may hold after its day ("the New York Times reported Monday in its
    /// story on the interview": six).
    private static let attributionTail = 6

    private static func isCalendarDate(_ time: TimeExpression) -> Bool {
        [.day, .month, .season, .year].contains(time.precision)
    }

    /// Words back from a date a reporting verb still makes it a report's date ("told reporters
    /// on Friday": three).
    private static let reportReach = 3

    /// Words that open a subordinate clause or phrase whose date is background. Not "that" (a
    /// reporting verb's complement is the news: "said Tuesday that the man was arrested on
    /// Monday"), not "since" (`isSinceStart`), not "as" or "once" ("as head coach", "once
    /// again"), not the contrasts "while", "though", "whereas", which join two events ("Cruz
    /// speaks on Friday, while Rubio is scheduled for Saturday": PolNeAR train, read).
    static let subordinators: Set<String> = ["after", "before", "when", "until", "because", "following"]

    /// Words that end a span at the date after them.
    private static let spanEnders: Set<String> = ["through", "thru"]

    /// Words between "through" and its date ("through the end of the 2009-2010 season").
    private static let spanEndFillers: Set<String> = ["the", "end", "close", "rest", "remainder", "of"]

    /// How many words back from a date "through" is looked for (`spanEndFillers` and "through").
    private static let spanEndLead = 5
}
