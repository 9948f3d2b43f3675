internal import ParallaxBase

/// Dates in a sentence that date something other than what the sentence tells.
extension DatedSentence {
    /// A date inside a noun phrase ("the 2005 petition", "his 2013 Toyota Camry", "the March 2005
    /// rampage") dates the thing it names, not the event the sentence tells; it is left out where
    /// the sentence dates its event otherwise ("found guilty last month … in the March 2005
    /// rampage", "As word got out Friday …, a clip from the 2004 Tony telecast"), and always
    /// before a make and a model ("his 2013 Toyota Camry"). A year after "at" before a name is a
    /// street number ("at 2016 Ontario").
    static func isNounModifier(
        _ time: TimeExpression, in sentence: AnalyzedSentence, among times: [TimeExpression]
    ) -> Bool {
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.end > time.start }),
            let next = tokens.firstIndex(where: { $0.start >= time.end }), tokens[next].text.first?.isLetter == true
        else { return false }
        var leading = tokens[first].text.lowercased()
        var before = first > 0 ? tokens[first - 1].text.lowercased() : ""
        var determiner = first - 1
        // The tagger may take "the" into its span ("the 1988 quarter").
        if determiners.contains(leading), first + 1 < next {
            before = leading
            leading = tokens[first + 1].text.lowercased()
            determiner = first
        }
        guard leading.first?.isNumber == true || tokens[first].isCapitalized else { return false }
        let head = tokens[next]
        if before == "at", time.precision == .year, head.isCapitalized,
            !EntityLexicon.calendarWords.contains(head.text.lowercased())
        {
            return true
        }
        if isRelatedThing(time, head: head, determiner: determiner, in: sentence) { return true }
        guard gapIsSpace(in: sentence, from: time.end, to: head.start), !followers.contains(head.text.lowercased())
        else { return false }
        // "his 2013 Toyota Camry", "a 2013 gray Camry": a model year before a make, or before a
        // colour and a make.
        let makeAndModel =
            next + 1 < tokens.count && tokens[next + 1].isCapitalized
            && (head.isCapitalized || !head.isStopWord && head.text.first?.isLetter == true)
        if makeAndModel, before != "the", determiners.contains(before) || adjectiveAfterDeterminer(first, in: tokens) {
            return true
        }
        guard determiners.contains(before) else { return false }
        // "author of the 2005 book", "a review of the 1986 consultation regulations", "convicted
        // of the 2005 murder": a noun phrase after "of" is what the sentence is about, not when
        // ("the end of the 2005 season" still says when).
        if determiner > 1, tokens[determiner - 1].text.lowercased() == "of", time.precision == .year,
            !head.isCapitalized, !partsOfTime.contains(tokens[determiner - 2].text.lowercased())
        {
            return true
        }
        return times.contains { other in
            other != time && other.start >= sentence.start && other.end <= sentence.end
                && (other.end <= time.start || other.start >= time.end)
                && [.day, .month, .season, .year, .time].contains(other.precision)
        }
    }

    /// A date naming a thing after a preposition of relation ("sentenced … for the March 11,
    /// 2005, incident", "in contrast with the February 2007 presidential election", "above the
    /// 2002 value"): what the sentence compares or answers for, not when it happens, even where
    /// nothing else dates it. A period of time as the head ("suspended for the 2003 season") still
    /// says when. ECB+ open briefs (ninth round): four entries, all read R/W or W (the monologue
    /// axed "for the February 2009 show" in December 2008); PolNeAR train (unseen): twelve, ten of
    /// them a race, a debate or a remark the sentence talks about ("mused about the 2016 race").
    private static func isRelatedThing(
        _ time: TimeExpression, head: Token, determiner: Int, in sentence: AnalyzedSentence
    ) -> Bool {
        let tokens = sentence.tokens
        guard determiner > 0, determiner < tokens.count, determiners.contains(tokens[determiner].text.lowercased()),
            relations.contains(tokens[determiner - 1].text.lowercased())
                || tokens[determiner - 1].text.lowercased() == "with" && determiner > 1
                    && comparisons.contains(tokens[determiner - 2].text.lowercased()),
            !head.isCapitalized,
            !periods.contains(head.text.lowercased()), !followers.contains(head.text.lowercased()),
            time.end >= sentence.start, head.start >= time.end
        else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        let from = min(time.end - sentence.start, scalars.count)
        let to = min(head.start - sentence.start, scalars.count)
        // Nothing but spaces and one comma between ("the March 11, 2005, incident").
        let gap = scalars[from..<to].filter { $0 != " " }
        return gap.isEmpty || gap.count == 1 && gap.first == ","
    }

    /// Prepositions that relate the sentence to a thing rather than place it in time. "with"
    /// only after a comparison ("in contrast with the February 2007 election"): "followed up with
    /// a Jan. 21 memo" dates the memo, which is the act (ECB+ open briefs, read).
    private static let relations: Set<String> = [
        "for", "above", "below", "against", "than", "about", "over", "like", "unlike", "versus",
    ]

    private static let comparisons: Set<String> = ["compared", "contrast", "comparison", "comparing"]

    /// Heads that name a period of time, which a date before them still says when.
    private static let periods: Set<String> = [
        "season", "seasons", "year", "years", "term", "session", "semester", "quarter", "period", "campaign",
        "playoffs", "tour", "month", "week", "summer", "winter", "spring", "fall", "autumn",
    ]

    /// A year told in an aside — a relative clause set off by a comma ("Rahman, who won the
    /// belt in 2005, arrived"), or a participle phrase ("hosted in 2007, following Goldberg's
    /// stints in 1999 and 2002"; "an extension last September, taking him through the 2009-10
    /// season") while the sentence dates its event outside it, even where that date cannot be
    /// worked out: the year dates the background, not the event. A day in the aside ("The fire,
    /// which broke out on Saturday, …") still dates it. ECB+ open briefs: three misdated entries
    /// of the seventh round's read sample.
    static func isAsideYear(
        _ time: TimeExpression, in sentence: AnalyzedSentence, among times: [TimeExpression]
    ) -> Bool {
        guard [.year, .month, .season].contains(time.precision), time.start >= sentence.start,
            time.end <= sentence.end
        else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        // Commas that separate the items of a list of years ("in 1994, 1996 and 2002") stay inside.
        func separates(_ comma: Int) -> Bool {
            sentence.tokens.first(where: { $0.start > sentence.start + comma })?.isNumber != true
        }
        let offset = min(time.start - sentence.start, scalars.count)
        guard let comma = scalars[..<offset].indices.last(where: { scalars[$0] == "," && separates($0) }),
            let opener = sentence.tokens.first(where: { $0.start > sentence.start + comma }),
            opener.start < time.start
        else { return false }
        let word = opener.text.lowercased()
        guard asideOpeners.contains(word) || (!opener.isCapitalized && word.count > 5 && word.hasSuffix("ing")) else {
            return false
        }
        let after = min(time.end - sentence.start, scalars.count)
        let close =
            sentence.start
            + (scalars[after...].indices.first(where: { scalars[$0] == "," && separates($0) }) ?? scalars.count)
        // A relative clause's year dates its background whether or not the sentence dates its
        // event ("Rahman, who beat Lewis in 2001, barely landed a punch"; eighth round: ten open
        // entries read as dated by the aside, not by their event, one or two right).
        if asideOpeners.contains(word) { return true }
        guard time.precision == .year else { return false }
        let open = sentence.start + comma
        // A year in brackets dates nothing (`isBracketed`), so it does not date the sentence's event.
        return times.contains { other in
            other != time && other.start >= sentence.start && other.end <= sentence.end
                && (other.end <= open || other.start >= close)
                && [.day, .month, .season, .year].contains(other.precision)
                && !(other.precision == .year && isBracketed(other, in: sentence))
        }
    }

    /// A year, month or season in a "since" phrase ("the worst riots since 2008", "has won 16
    /// fights in a row since losing to Brewster in April 2004", "the first title since the team
    /// won the championship in 2002") starts the span the sentence measures; it dates the start,
    /// not the event the sentence tells ("is the fourth coach", "has won 16 fights"). A day after
    /// "since" ("held since Tuesday") still dates. The phrase runs from "since" to the date
    /// within one clause: no comma, semicolon or dash between, at most `sinceReach` words.
    /// ECB+ open briefs (eighth round, second part): twelve entries dated by a "since" phrase,
    /// all read R/W (right for the words, not the entry's event).
    static func isSinceStart(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        guard [.year, .month, .season].contains(time.precision), time.start >= sentence.start,
            time.end <= sentence.end
        else { return false }
        let tokens = sentence.tokens
        guard let first = tokens.firstIndex(where: { $0.end > time.start }),
            let since = tokens[max(0, first - sinceReach - 1)..<first].lastIndex(where: {
                $0.text.lowercased() == "since"
            })
        else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        let from = min(max(tokens[since].end - sentence.start, 0), scalars.count)
        let to = min(max(time.start - sentence.start, from), scalars.count)
        return !scalars[from..<to].contains { clauseBreaks.contains($0) }
    }

    /// "the year" after "of" ("the biggest celebration of the year", "a celebration of the
    /// year's movies", "his third win of the year") is the scope of a ranking, not when anything
    /// happened; resolved, it takes whatever year the text told last. "the end of the year" still
    /// dates. ECB+ open briefs (eighth round, second part): four entries, none of them an event
    /// on its date.
    static func isRankingYear(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        var words = time.text.lowercased().split(separator: " ").map(String.init)
        if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") {
            words[words.count - 1] = String(last.dropLast(2))
        }
        guard time.precision == .year, words == ["the", "year"] || words == ["year"] else { return false }
        let tokens = sentence.tokens
        guard var index = tokens.firstIndex(where: { $0.end > time.start }) else { return false }
        if words == ["year"], index > 0, tokens[index - 1].text.lowercased() == "the" { index -= 1 }
        guard index > 0, tokens[index - 1].text.lowercased() == "of" else { return false }
        guard index > 1 else { return true }
        let noun = tokens[index - 2].text.lowercased()
        return !partsOfTime.contains(noun) && !spansOfTime.contains(noun)
    }

    /// A year in the possessive ("a sequel to last year's X-Men", "his role in 2001's romantic
    /// film", "the ideal host for this year's show") names a thing of that year, the sentence's
    /// topic rather than when its event happened; a coming ceremony told in August is "this
    /// year's" in the words and next year's in fact. A day in the possessive ("Monday's shooting
    /// follows …") still dates: it names the event the sentence tells. ECB+ open briefs (tenth
    /// round): three entries, read R/W or W; PolNeAR train (unseen): 27, a race, a session or a
    /// shooting the sentence talks about ("The stakes in this year's election could not be higher").
    /// "that year's winners" refers back to the year the story is in, which the event is of;
    /// "the 1930's" is a decade.
    static func isPossessiveYear(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        guard time.precision == .year, time.end >= sentence.start, !time.text.lowercased().hasPrefix("that"),
            !time.text.hasSuffix("0")
        else { return false }
        let after = sentence.text.unicodeScalars.dropFirst(time.end - sentence.start).prefix(3)
        let mark = after.first
        return (mark == "'" || mark == "’") && after.dropFirst().first == "s"
            && after.dropFirst(2).first.map { $0 == " " } ?? false
    }

    /// Spans that place a time within the year ("the first two months of the year").
    private static let spansOfTime: Set<String> = ["months", "month", "weeks", "week", "days", "quarter", "quarters"]

    /// A question ("Does this mean they will not get a free agent next year?") asks; it tells
    /// no event for its dates to date. A question quoted at the end of a telling sentence
    /// ("earned praise in 2001 … by asking, “…?”") is not one: a sentence that ends in a quoted
    /// question is a question only if it opens with the quotation. ECB+ open briefs: two junk
    /// entries of one question.
    static func isQuestion(_ sentence: AnalyzedSentence) -> Bool {
        let closing: Set<Character> = ["\"", "”", "'", "’", ")"]
        let text = sentence.text.drop { $0.isWhitespace }
        let tail = text.reversed().prefix { closing.contains($0) || $0.isWhitespace }
        guard text.dropLast(tail.count).last == "?" else { return false }
        return !tail.contains { $0 == "\"" || $0 == "”" } || text.first == "\"" || text.first == "“"
    }

    /// Words between "since" and its date, at most ("since the football team won the national
    /// championship in 2002": eight); the longest "since" phrase of the open ECB+ briefs.
    private static let sinceReach = 10

    /// Marks that end a clause, so that a "since" before them governs nothing after.
    private static let clauseBreaks: Set<Unicode.Scalar> = [",", ";", ":", "–", "—", "_", "(", ")", "\"", "“", "”"]

    /// "today", "this year" inside a quotation told in the present or the future ("we can grow
    /// our economy today", "how many kids will you kill today"): the speaker's now, no event
    /// and not the article's day. Told in the past ("Today, the administration restored …") it
    /// dates what was done; a stated date in a quotation still dates.
    static func isDeicticInQuotation(
        _ time: TimeExpression, in sentence: AnalyzedSentence, quotes: [QuoteMention]
    ) -> Bool {
        guard deictic.contains(time.text.lowercased()) else { return false }
        let offset = time.start - sentence.start
        guard offset >= 0 else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        let marks: Set<Unicode.Scalar> = ["“", "”", "\""]
        // The quoted words: from the mark before the time (else the sentence's start) to the
        // mark after it (else its end).
        let from = scalars[..<min(offset, scalars.count)].lastIndex { marks.contains($0) } ?? -1
        let to = scalars[min(offset, scalars.count)...].firstIndex { marks.contains($0) } ?? scalars.count
        let quoted = quotes.contains { $0.kind == .direct && $0.start <= time.start && time.end <= $0.end }
        let before = scalars[..<min(offset, scalars.count)]
        let opening = before.filter { $0 == "“" }.count
        let closing = before.filter { $0 == "”" }.count
        let straight = before.filter { $0 == "\"" }.count
        let after = scalars[min(offset, scalars.count)...]
        // Inside marks, or in a quotation opened in a sentence before and closed in this one.
        let marked =
            opening > closing || straight % 2 == 1
            || opening == closing && after.first { $0 == "“" || $0 == "”" } == "”"
            || straight == 0 && after.filter { $0 == "\"" }.count % 2 == 1
        guard quoted || marked else { return false }
        return !sentence.tokens.contains { token in
            let place = token.start - sentence.start
            guard place > from, place < to else { return false }
            let word = token.text.lowercased()
            return TimePhraseParser.pastAuxiliaries.contains(word) || TimePhraseParser.pastForms.contains(word)
                || word.count > 4 && word.hasSuffix("ed") && !token.isCapitalized
        }
    }

    private static let deictic: Set<String> = [
        "today", "tonight", "yesterday", "tomorrow", "now", "this year", "this month", "this week",
        "this morning", "this afternoon", "this evening",
    ]

    /// Nouns that place a time within the thing named after "of" ("the end of the 2005 season").
    private static let partsOfTime: Set<String> = [
        "end", "start", "beginning", "middle", "rest", "close", "part", "half", "course", "remainder", "eve",
    ]

    /// Words that open a relative clause after a comma.
    private static let asideOpeners: Set<String> = ["who", "which", "whose", "where"]

    /// "a silver 2007 Ford Fusion": a lower-case word after a determiner right before.
    private static func adjectiveAfterDeterminer(_ index: Int, in tokens: [Token]) -> Bool {
        guard index > 1, determiners.contains(tokens[index - 2].text.lowercased()) else { return false }
        let token = tokens[index - 1]
        return !token.isStopWord && !token.isCapitalized && token.text.first?.isLetter == true
    }

    /// Whether nothing but spaces stands between two offsets of the sentence (no comma after
    /// "Wednesday" in "During his arraignment Wednesday, authorities …").
    private static func gapIsSpace(in sentence: AnalyzedSentence, from start: Int, to end: Int) -> Bool {
        guard start >= sentence.start, end >= start else { return false }
        let scalars = sentence.text.unicodeScalars
        guard
            let from = scalars.index(scalars.startIndex, offsetBy: start - sentence.start, limitedBy: scalars.endIndex),
            let to = scalars.index(from, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return false }
        return scalars[from..<to].allSatisfy { $0 == " " }
    }

    /// Words that open a noun phrase, so that a date right after them modifies its head.
    private static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose", "this", "that",
    ]

    /// Words after a date that show it ends its phrase rather than modifying a noun.
    private static let followers: Set<String> = [
        "and", "or", "to", "when", "in", "on", "at", "for", "of", "as", "with", "by", "after", "before",
        "since", "that", "which", "was", "were", "is", "are", "the", "a", "an", "until", "through",
    ]

    /// A weekday named by the word before it ("Oscar Sunday", "Super Tuesday", "Black Friday")
    /// is a named day, not the weekday nearest to the writing it resolves to: no entry unless
    /// the date is told with it ("on Oscar Sunday, March 2, 2014"). ECB+ open briefs (eleventh
    /// round): "having her back on ABC for Oscar Sunday" as the Sunday after an August
    /// announcement; PolNeAR train (unseen): thirteen such entries, eleven of them wrong ("the
    /// Super Tuesday primary on March 1" in November 2015, "Black Friday" a week late).
    static func isNamedDay(_ time: TimeExpression, in sentence: AnalyzedSentence) -> Bool {
        guard time.precision == .day, time.start >= sentence.start,
            WeekdayNames.english.contains(where: { time.text.lowercased().hasSuffix($0) }),
            let first = sentence.tokens.firstIndex(where: { $0.end > time.start }), first > 0
        else { return false }
        let words = time.text.split(separator: " ")
        guard words.count == 1 || words.count == 2 && ["on", "for"].contains(words[0].lowercased()) else {
            return false
        }
        let before = sentence.tokens[first - 1]
        return before.isCapitalized && namedDayWords.contains(before.text.lowercased())
    }

    /// Words that name a day of the week for what happens on it.
    private static let namedDayWords: Set<String> = [
        "super", "oscar", "oscars", "black", "cyber", "easter", "good", "ash", "palm", "bloody", "giving", "mardi",
    ]

    /// A blog's footer ("Posted in Hit and Run Accidents on Friday, September 20, 2013"): a stamp,
    /// not an event.
    static func isFooterLine(_ sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.dropLast(2).contains { index in
            tokens[index].text.lowercased() == "posted" && tokens[index + 1].text.lowercased() == "in"
                && tokens[index + 2].isCapitalized
        }
    }
}
