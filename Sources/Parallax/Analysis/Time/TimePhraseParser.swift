/// A phrase the parser recognised, as a range of token indices.
struct PhraseMatch: Equatable {
    var start: Int
    var end: Int
    var meaning: TimeMeaning
    /// How TimeBank's annotation writes the phrase where that differs from the value a timeline needs.
    var timeBankValue: TimeBankValue? = nil
}

/// A TIMEX3 value TimeBank gives a phrase that the timeline convention dates instead.
enum TimeBankValue: Equatable {
    /// "three days later", "a day earlier": the amount counted from another time, written as
    /// the duration ("P3D") with "later" as a signal.
    case duration(String)
    /// "the week" under discussion: a week of its year left unspecified ("1989-WXX").
    case unspecifiedWeek
    /// "in the morning", "by mid afternoon": a part of day that names no day, which TimeBank
    /// dates by the day the story is on and a timeline leaves out (nothing would date it but
    /// the anchor).
    case timeBankOnly
    /// "would be redeemed in five years": the year the amount comes to from the anchor ("1994").
    case yearsAhead(Int)
}

/// Recognises English time phrases in a token sequence with hand-written rules.
///
/// `match(at:)` tries the rules at one token and returns the longest phrase found there;
/// the rules live in extensions by kind (dates, relative phrases, durations, times of day).
struct TimePhraseParser {
    let tokens: [TimeToken]
    /// Whether a numeric date either way round is read day first (`writesDayFirst(_:)`).
    var writesDayFirst = false

    func match(at index: Int) -> PhraseMatch? {
        guard index < tokens.count, tokens[index].kind != .word || tokens[index].entry != nil else {
            return nil
        }
        if let core = modifierEnd(at: index), let match = coreMatch(at: core), match.meaning.isDate {
            return PhraseMatch(
                start: index, end: match.end, meaning: match.meaning, timeBankValue: match.timeBankValue)
        }
        guard let match = coreMatch(at: index), !isTitle(match), !isGenericDay(match) else { return nil }
        return someday(match) ?? match
    }

    /// Whether "today" or "tomorrow" stands for an age rather than a day: "in today's world",
    /// "the people of tomorrow" ("today's vote", "the end of tomorrow" stay days).
    private func isGenericDay(_ match: PhraseMatch) -> Bool {
        guard match.end == match.start + 1, let word = word(match.start), ["today", "tomorrow"].contains(word) else {
            return false
        }
        if isMark(match.end, "'"), isWord(match.end + 1, "s"), isWord(match.end + 2, in: Self.ageNouns) {
            return true
        }
        return isWord(match.start - 1, "of") && !isWord(match.start - 2, in: Self.dayParts)
            && !(token(match.start - 2)?.kind == .number)
    }

    /// Nouns after "today's" that name an age, not a day.
    static let ageNouns: Set<String> = ["world", "society", "generation", "youth", "standards", "culture"]

    /// Words before "of today" that make it the day ("the end of today", "the morning of tomorrow").
    static let dayParts: Set<String> = [
        "end", "start", "beginning", "morning", "afternoon", "evening", "night", "close", "rest", "events",
    ]

    /// "one day" after a modal ("Islam will one day be …") is some time ahead, not a day's length.
    private func someday(_ match: PhraseMatch) -> PhraseMatch? {
        guard match.end == match.start + 2, isWord(match.start, "one"), isWord(match.start + 1, "day"),
            isWord(match.start - 1, in: ["will", "would", "could", "might", "may", "can", "should", "ll"])
        else { return nil }
        return PhraseMatch(start: match.start, end: match.end, meaning: .literal("FUTURE_REF", .unknown))
    }

    /// Whether a deictic phrase written with capitals in mid-sentence is a name: a paper or a
    /// programme ("USA Today", "This is VOA Today", ABC's "This Week,").
    private func isTitle(_ match: PhraseMatch) -> Bool {
        let first = tokens[match.start]
        guard first.capitalized, Self.deicticOpenings.contains(first.lower), match.start > 0,
            sameSentence(match.start - 1, match.start)
        else { return false }
        let previous = tokens[match.start - 1]
        if previous.kind == .word, previous.capitalized {
            // "USA Today reported", "This is VOA Today."; in a title-case headline ("to Host Next
            // Year's Oscars", "Stocks Fall Today As …") a capitalized word follows or it is no "Today".
            return first.lower == "today" && !(token(match.end).map { $0.kind == .word && $0.capitalized } ?? false)
        }
        guard Self.quotationMarks.contains(previous.lower),
            tokens[match.start..<match.end].allSatisfy({ $0.kind != .word || $0.capitalized })
        else { return false }
        let after = isMark(match.end, ",") || isMark(match.end, ".") ? match.end + 1 : match.end
        return after < tokens.count && Self.quotationMarks.contains(tokens[after].lower)
    }

    static let deicticOpenings: Set<String> = [
        "today", "tonight", "tomorrow", "yesterday", "this", "next", "last", "now",
    ]

    static let quotationMarks: Set<String> = ["\"", "'", "\u{201C}", "\u{201D}"]

    private func coreMatch(at index: Int) -> PhraseMatch? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            return numericDate(at: index) ?? clockTime(at: index) ?? dayMonth(at: index)
                ?? amountPhrase(at: index) ?? yearPhrase(at: index)
        case .word:
            return token.entry == nil ? nil : wordMatch(at: index)
        case .punctuation:
            return token.lower == "'" ? decade(at: index) : nil
        }
    }

    private func wordMatch(at index: Int) -> PhraseMatch? {
        let token = tokens[index]
        switch token.entry {
        case .month: return monthDate(at: index)
        case .weekday: return weekdayPhrase(at: index)
        case .season: return seasonPhrase(at: index)
        case .ordinal, .unit(.second, _): return ordinalPeriod(at: index) ?? amountPhrase(at: index)
        case .cardinal: return spelledYearPhrase(at: index) ?? amountPhrase(at: index)
        case .partOfDay: return partOfDayPhrase(at: index)
        case .unit(_, plural: true): return barePluralDuration(at: index)
        default: break
        }
        switch token.lower {
        case "the": return thePhrase(at: index)
        case "this", "last", "next", "past", "coming", "previous", "that":
            return deicticPhrase(at: index) ?? amountPhrase(at: index)
        case "today", "yesterday", "tomorrow", "tonight": return dayWord(at: index)
        case "a", "an", "several", "few", "couple", "half", "many", "some", "another":
            return amountPhrase(at: index)
        case "nearly", "almost", "about", "around", "roughly", "approximately", "over", "more", "less",
            "fewer", "at", "up", "no", "just", "under":
            return approximateDuration(at: index)
        case "fiscal": return fiscalPhrase(at: index)
        case "noon", "midnight": return clockWord(at: index)
        case "every", "each":
            return recurrence(at: index)
        case "q": return quarterCode(at: index)
        case "year": return yearEarlier(at: index)
        default: return holiday(at: index) ?? referenceWord(at: index)
        }
    }

    // MARK: Token helpers

    func word(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].lower
    }

    func isWord(_ index: Int, _ word: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isWord(word)
    }

    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        guard let word = word(index) else { return false }
        return words.contains(word)
    }

    func isMark(_ index: Int, _ mark: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isMark(mark)
    }

    /// Whether the token touches the one before it ("third-quarter").
    func isGlued(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].spaceBefore
    }

    func sameSentence(_ first: Int, _ second: Int) -> Bool {
        first >= 0 && second < tokens.count && tokens[first].sentence == tokens[second].sentence
    }

    /// The end of `words` in order from `index`, if they are there.
    func sequence(_ words: [String], at index: Int) -> Int? {
        var position = index
        for word in words {
            if let first = word.utf8.first, !(97...122).contains(first) {
                guard isMark(position, word) else { return nil }
            } else {
                guard isWord(position, word) else { return nil }
            }
            position += 1
        }
        return position
    }

    /// Whether the sentence talks about the future before `index` ("will meet on Tuesday"); a
    /// past auxiliary nearer the date than the cue says the plan is told as past ("talks were
    /// set to resume on Tuesday", "the fire that was started on Saturday").
    func futureCue(before index: Int) -> Bool {
        var position = index - 1
        var future = false
        while position >= 0, index - position <= Self.cueWindow, sameSentence(position, index) {
            if let lower = word(position) {
                if TimePhraseParser.pastAuxiliaries.contains(lower) { return false }
                if lower == "set", isWord(position + 1, in: ["on", "in", "at"]) {
                    // "the record high set on Aug. 6": a participle, not a plan ("set to resume",
                    // "Set As Host For 2014").
                    return false
                } else if TimePhraseParser.futureWords.contains(lower) && !isPlanNoun(position) || isLikelyTo(position)
                {
                    future = true
                } else if !future, index - position <= 2, lower.count > 4, lower.hasSuffix("ed"),
                    !tokens[position].capitalized
                {
                    // "the market closed Wednesday": a past verb next to the date outweighs a
                    // plan named farther back.
                    return false
                }
            }
            position -= 1
        }
        return future || futureWordInClause(before: index)
    }

    /// "is likely to", "are unlikely to": a prospect, which sets the date after it ahead ("is
    /// likely to have to prove his health in Spring Training" in a December report is the next
    /// spring; ECB+ open briefs, ninth round). "most likely died on Saturday" is no prospect.
    private func isLikelyTo(_ position: Int) -> Bool {
        isWord(position, in: ["likely", "unlikely"]) && isWord(position + 1, "to")
    }

    /// "plans" as a noun ("announced plans Tuesday to resume …", "its plans"): a thing told, not
    /// a plan for the date.
    private func isPlanNoun(_ position: Int) -> Bool {
        guard isWord(position, "plans"), let previous = word(position - 1) else { return false }
        return Self.determiners.contains(previous) || previous.count > 4 && previous.hasSuffix("ed")
    }

    static let determiners: Set<String> = ["the", "its", "his", "her", "their", "our", "my", "your", "new", "any"]

    /// A future word ("will", "prepares to") farther back than the cue window but in the same
    /// clause, with no comma, past auxiliary or verb in -ed between ("She will make her second appearance as the show's emcee
    /// on the March 2 broadcast").
    private func futureWordInClause(before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= Self.clauseWindow, sameSentence(position, index) {
            if tokens[position].kind == .punctuation, [",", ";", ":", "(", ")"].contains(tokens[position].lower) {
                return false
            }
            if let lower = word(position) {
                if Self.clauseFutureWords.contains(lower) && !isPlanNoun(position) || isScheduledDue(position) {
                    return index - position > Self.cueWindow
                }
                if Self.pastAuxiliaries.contains(lower) || lower.count > 4 && lower.hasSuffix("ed") { return false }
            }
            position -= 1
        }
        return false
    }

    /// "is due to appear", "are due to meet": a schedule told in the present governs its clause;
    /// "due to the storm" (a cause) and "was due to" (a plan told as past) do not.
    private func isScheduledDue(_ position: Int) -> Bool {
        isWord(position, "due") && isWord(position + 1, "to") && isWord(position - 1, in: ["is", "are", "s", "am"])
            && !isWord(position + 2, "the")
    }

    /// Words back a "will" still governs a date in its clause. ECB+ open briefs: "will make her
    /// second appearance as the show's emcee on the March 2 broadcast" (10 words), "prepares to
    /// mark his first 100 days in office on Wednesday" (10 words).
    static let clauseWindow = 14

    /// Future words that govern their whole clause: auxiliaries and verbs of preparing and
    /// planning ("set", "next", "until", "due" stay within the cue window).
    static let clauseFutureWords: Set<String> = [
        "will", "shall", "ll", "prepares", "preparing", "plans", "scheduled", "expected", "expects", "forward",
    ]

    /// Whether a modal stands within the cue window before `index`, nearer than any past
    /// auxiliary ("said repairs would be finished by May 2027"): the date is a projection.
    func modalCue(before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= Self.cueWindow, sameSentence(position, index) {
            if let lower = word(position) {
                if TimePhraseParser.pastAuxiliaries.contains(lower) { return false }
                if Self.projectingModals.contains(lower), !tokens[position].capitalized || lower != "may" {
                    return true
                }
            }
            position -= 1
        }
        return false
    }

    static let projectingModals: Set<String> = ["would", "could", "might", "should", "may", "can", "must"]

    /// Whether the clause before `index` is told in the past ("it opened in May", "the fire
    /// was set on Saturday"): a past auxiliary or a verb in -ed within the cue window.
    func pastCue(before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= Self.cueWindow, sameSentence(position, index) {
            if let lower = word(position) {
                if TimePhraseParser.futureWords.contains(lower) { return false }
                let verb =
                    index - position <= 2 && lower.count > 4 && lower.hasSuffix("ed") && !tokens[position].capitalized
                if TimePhraseParser.pastAuxiliaries.contains(lower) || verb {
                    return true
                }
            }
            position -= 1
        }
        return false
    }

    /// Whether the text writes its dates day first ("9 September", "the 3rd of May") more often
    /// than month first ("September 9"): the site's order, for a numeric date either way round
    /// ("11/09/2010" is 11 September on a page that writes "9 September").
    static func writesDayFirst(_ tokens: [TimeToken]) -> Bool {
        func isMonth(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].capitalized, case .month = tokens[index].entry else {
                return false
            }
            return true
        }
        func isDay(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .number else { return false }
            let token = tokens[index]
            return token.digits <= 2 && (1...31).contains(token.number) && ordinalSuffixes.contains(token.suffix)
        }
        var balance = 0
        for index in tokens.indices where isMonth(index) {
            if isDay(index - 1) || index >= 2 && tokens[index - 1].lower == "of" && isDay(index - 2) { balance += 1 }
            let next = index + 1 < tokens.count && tokens[index + 1].lower == "." ? index + 2 : index + 1
            if isDay(next) { balance -= 1 }
        }
        return balance > 0
    }

    /// A past verb farther back than the cue window but governing the date's clause, with no
    /// comma, future word or modal between ("changed from a fiscal year to a calendar year in
    /// December" in an October report is the December before). A reporting verb ("said",
    /// "told") does not count: its complement keeps a tense of its own; nor does a participle
    /// after a determiner or a form of "be" ("the proposed plan", "is scheduled").
    func pastVerbInClause(before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= Self.clauseWindow, sameSentence(position, index) {
            if tokens[position].kind == .punctuation, [",", ";", ":", "(", ")"].contains(tokens[position].lower) {
                return false
            }
            if let lower = word(position) {
                if Self.futureWords.contains(lower) || Self.projectingModals.contains(lower)
                    || Self.reportingPast.contains(lower) || lower == "to" && !isPreposition(position)
                {
                    return false
                }
                if Self.pastAuxiliaries.contains(lower) { return true }
                let participle = lower.count > 4 && lower.hasSuffix("ed") && !tokens[position].capitalized
                // A participle before a noun is an adjective ("an unspecified date", "preferred
                // shares"): a verb is followed by a function word or a name. After a determiner or
                // a form of "be" it is an adjective or a passive ("would be paid"): the clause's
                // tense is farther back.
                let verb =
                    token(position + 1).map {
                        $0.kind != .word || $0.capitalized || Self.verbFollowers.contains($0.lower)
                    }
                    ?? false
                if Self.pastForms.contains(lower) || participle && verb,
                    !isWord(position - 1, in: Self.determiners), !isWord(position - 1, in: Self.presentBe)
                {
                    return true
                }
            }
            position -= 1
        }
        return false
    }

    /// "to a calendar year", "to the court", "to 2027": "to" before a noun phrase, not an
    /// infinitive ("agreed to pay in May" is a plan).
    private func isPreposition(_ position: Int) -> Bool {
        guard let next = token(position + 1) else { return false }
        if next.kind == .number || next.capitalized { return true }
        return isWord(position + 1, in: Self.determiners) || isWord(position + 1, in: ["a", "an", "this", "that"])
    }

    /// Words that follow a verb rather than an adjective: prepositions, particles, determiners.
    static let verbFollowers: Set<String> = [
        "from", "to", "in", "on", "at", "by", "with", "for", "into", "out", "up", "off", "down", "back", "over",
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "about", "after", "before",
    ]

    static let reportingPast: Set<String> = ["said", "told", "announced", "reported", "added", "stated"]

    static let presentBe: Set<String> = ["is", "are", "be", "been", "being", "am", "s", "a", "an"]

    /// Whether a date that opens its sentence ("In January, the company brought in …", "On
    /// Tuesday, the king met …") is followed by a past verb within `cueWindow` words before any
    /// future word or modal, or within `clauseWindow` words where no mark stands between ("In
    /// February, a quake measuring 6.4 on the Richter scale hit the southern town": eleven words;
    /// ninth round, an ECB+ open entry dated the February after its November report).
    func pastCue(afterOpening index: Int) -> Bool {
        var first = index
        while first > 0, sameSentence(first - 1, index), isWord(first - 1, in: TimeLexicon.datePrepositions) {
            first -= 1
        }
        guard first == 0 || !sameSentence(first - 1, index) else { return false }
        var position = index + 1
        while position < tokens.count, position - index <= Self.clauseWindow, sameSentence(index, position) {
            // Past the cue window the verb must be the clause's own: no mark after the date's
            // comma ("In February, a quake measuring 6.4 on the Richter scale hit the town").
            if position - index > Self.cueWindow,
                tokens[(index + 2)..<position].contains(where: {
                    $0.kind == .punctuation && [",", ";", ":", "(", ")", "—", "–"].contains($0.lower)
                })
            {
                return false
            }
            if let lower = word(position), !tokens[position].capitalized || position == index + 1 {
                if TimePhraseParser.futureWords.contains(lower) || TimePhraseParser.modals.contains(lower) {
                    return false
                }
                if TimePhraseParser.pastAuxiliaries.contains(lower) || TimePhraseParser.pastForms.contains(lower)
                    || (lower.count > 4 && lower.hasSuffix("ed") && !tokens[position].capitalized)
                {
                    return true
                }
            }
            position += 1
        }
        return false
    }

    /// Words a tense cue is looked for within, on either side of a date (the window `futureCue`
    /// and `pastCue` have used since the first round).
    static let cueWindow = 8

    static let modals: Set<String> = ["would", "could", "can", "may", "might", "should", "must", "to"]

    /// Irregular past forms common in news ("In January, the company brought in a new chief").
    static let pastForms: Set<String> = [
        "said", "told", "brought", "began", "took", "made", "came", "went", "gave", "left", "met", "saw",
        "won", "lost", "fell", "rose", "held", "sold", "bought", "paid", "spent", "led", "ran", "found",
        "became", "got", "struck", "wrote", "sent", "built", "fought", "chose", "drew", "grew", "knew",
        "thought", "felt", "kept", "stood", "spoke", "broke", "flew", "threw", "quit", "hit",
    ]

    /// Verbs that put a clause in the past.
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did"]

    static let futureWords: Set<String> = [
        "will", "shall", "ll", "scheduled", "expected", "expects", "plans", "planned", "due", "until",
        "wo", "upcoming", "next", "going", "set", "meet", "meets", "resume", "resumes", "starting",
        "begin", "begins", "opens", "prepares", "preparing", "forward",
    ]

    // MARK: Modifiers

    /// Words that narrow a date without changing its value: "early", "late 2025",
    /// "mid-November", "the end of 1990", "earlier this month".
    private func modifierEnd(at index: Int) -> Int? {
        guard let first = word(index), Self.modifierStarts.contains(first) else { return nil }
        for phrase in Self.modifiers where phrase[0] == first {
            if let end = sequence(phrase, at: index), end < tokens.count { return end }
        }
        return nil
    }

    private static let modifierStarts: Set<String> = ["the", "end", "mid", "early", "late", "earlier", "later"]

    private static let modifiers: [[String]] = [
        ["the", "end", "of"], ["the", "beginning", "of"], ["the", "start", "of"],
        ["the", "middle", "of"], ["the", "turn", "of", "the"], ["the", "early"], ["the", "late"],
        ["the", "mid", "-"], ["the", "mid"], ["end", "of"], ["mid", "-"], ["mid"], ["early"],
        ["late"], ["earlier"], ["later"],
    ]
}

extension TimeMeaning {
    /// Whether the meaning is a point or period in the calendar, which modifiers may narrow.
    var isDate: Bool {
        switch self {
        case .literal(_, let precision): precision != .duration && precision != .set
        case .shift, .shiftFrom, .shiftFromEvent: false
        default: true
        }
    }
}
