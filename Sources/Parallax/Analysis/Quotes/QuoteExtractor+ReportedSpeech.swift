internal import Foundation

// Reported speech: the clause a cue governs when no quotation marks hold it.

extension QuoteExtractor {
    /// `Name said (that) …`, `…, Name said.`, `According to Name, …`, `…, according to Name.`
    func reportedSpeech(
        in sentence: AnalyzedSentence, context: Context, taken: [Range<Int>], spentCues: Set<Int>
    ) -> [QuoteMention] {
        let tokens = sentence.tokens
        guard tokens.count > configuration.reportedWords else { return [] }
        var result: [QuoteMention] = []
        var consumedUpTo = -1
        var cues = context.cues[sentence.index]
        // `…, organizers added …, the paper reported.`: a cue closing the sentence governs it all.
        if let final = cues.last, final.sourceLast < tokens.count, cues.count > 1,
            max(final.index, final.sourceLast) >= tokens.count - configuration.closingCueTokens,
            context.commaInGap(tokens, before: min(final.index, final.sourceFirst))
        {
            cues = [final]
        }
        for cue in cues where cue.index > consumedUpTo && !spentCues.contains(cue.span.lowerBound) {
            let isObjectCue = Self.objectCues.contains(cue.text.lowercased())
            let sourceBeforeCue = cue.sourceLast < cue.index
            let afterCue =
                (sourceBeforeCue ? cue.index : max(cue.index + (cue.text == "according to" ? 1 : 0), cue.sourceLast))
                + 1
            var start = afterCue
            if sourceBeforeCue || cue.text == "according to" {
                start = contentStart(after: cue, from: afterCue, tokens: tokens, context: context)
            }
            let openingCue = min(cue.index, cue.sourceFirst)
            let after = tokens[min(start, tokens.count)...]
            let beforeStart = consumedUpTo + 1
            let before = openingCue > beforeStart ? tokens[beforeStart..<openingCue] : []
            let beforeIsClause =
                !before.isEmpty && context.gap(tokens, before: openingCue).contains(where: { $0 == "," || $0 == "—" })
            // Words right after the cue are what was said, unless a comma parts them from it
            // (`…, Name said, adding …`) and no quotation follows.
            let gapAfterCue = start < tokens.count ? context.gap(tokens, before: start) : ""
            // "…, Harnow police said in a statement.": a short phrase of place or time closing the
            // sentence is an adjunct of the cue, not what was said.
            // "…, lawmakers said Friday afternoon, as they bristled at …": a time phrase may also end
            // at a comma before a subordinate clause of its own.
            let adjunctEnd = after.indices.first { index in
                index > after.startIndex && context.commaInGap(tokens, before: index)
            }
            let timeBeforeClause =
                adjunctEnd.map { end in
                    let opener = tokens[end].text.lowercased()
                    return
                        (Self.adverbialOpeners.contains(opener)
                        || ["as", "while", "though", "although"].contains(opener))
                        && (after.startIndex..<end).count <= configuration.adjunctTokens
                        && !gapAfterCue.contains(where: { ",—–".contains($0) })
                        && after.first.map { EntityLexicon.calendarWords.contains($0.text.lowercased()) } == true
                } ?? false
            let afterIsAdjunct =
                !isObjectCue && cue.text != "according to"
                && (after.count <= configuration.adjunctTokens || timeBeforeClause)
                && after.first.map {
                    let word = $0.text.lowercased()
                    return Self.placePrepositions.contains(word) || EntityLexicon.calendarWords.contains(word)
                        || ["yesterday", "today", "tonight"].contains(word)
                } == true
            // "LaCalamita said nothing after officers surrounded him": nothing was said.
            // "…, police told 1010 WINS' Glenn Schuck.": only the listener's name follows.
            let saidNothing =
                after.first.map { ["nothing", "little"].contains($0.text.lowercased()) } == true
                || !isObjectCue && !after.contains { $0.text.first?.isLowercase == true }
            // "Police quickly responded and surrounded the building": a second verb in the past, no
            // complement ("told the Post and Courier …", "… and has fundraised …" go on).
            let joinsVerb =
                gapAfterCue == " " && after.count > 1
                && ["and", "or", "but"].contains(after[after.startIndex].text.lowercased())
                && after[after.startIndex + 1].text.hasSuffix("ed") && !after[after.startIndex + 1].isCapitalized
            let afterIsComplement =
                !afterIsAdjunct && !saidNothing && !joinsVerb
                && after.count >= (isObjectCue ? 1 : configuration.reportedWords)
                && (!Self.holdsComma(gapAfterCue) || gapAfterCue.contains(where: Self.quoteCharacters.contains)
                    || cue.text == "according to")
            let beforeIsQuoted = !before.isEmpty && context.quotedShare(before) >= configuration.quotedShare
            var content: ArraySlice<Token>
            if afterIsComplement, !beforeIsQuoted {
                content = after
            } else if beforeIsClause, before.count >= configuration.reportedWords,
                !isObjectCue || after.isEmpty && Self.evidenceCues.contains(cue.text.lowercased()),
                !isParticipialOpening(before, context: context)
            {
                content = before
            } else {
                continue
            }
            if cue.text == "according to", openingCue > 0, beforeIsClause, before.count >= configuration.reportedWords {
                content = before
            }
            // Stop before the next cue's own clause ("…, Name said, adding that …", "…, and human
            // rights groups warned that …", "… mishandled it and Democrats accused the GOP …").
            if content.startIndex > cue.index,
                let next = cues.lazy.map({ (next: Cue) -> (start: Int, ownSubject: Bool, relative: Bool) in
                    let ownSubject =
                        next.sourceFirst > content.startIndex && next.sourceLast < next.index
                        && next.source.kind == .name
                    // "said yes, compared with 12 percent who said …": a relative telling of its own
                    // after a comma in the content ("… to a booker who said" stays in it).
                    let relative =
                        next.sourceFirst > content.startIndex && next.sourceFirst == next.index - 1
                        && tokens[next.sourceFirst].text.lowercased() == "who"
                        && (content.startIndex + 1..<next.sourceFirst).contains {
                            context.commaInGap(tokens, before: $0)
                        }
                    return (
                        start: next.sourceFirst > content.startIndex ? min(next.index, next.sourceFirst) : next.index,
                        ownSubject: ownSubject, relative: relative
                    )
                }).first(where: { (next: (start: Int, ownSubject: Bool, relative: Bool)) -> Bool in
                    let start = next.start
                    return start > content.startIndex
                        && (next.relative || context.commaInGap(tokens, before: start)
                            || Self.clauseJoiners.contains(tokens[start - 1].text.lowercased())
                                && (context.commaInGap(tokens, before: start - 1) || next.ownSubject))
                })?.start
            {
                let conjunction = Self.clauseJoiners.contains(tokens[next - 1].text.lowercased())
                content = tokens[content.startIndex..<(conjunction ? next - 1 : next)]
            }
            if Self.objectCues.contains(cue.text.lowercased()), content.startIndex > cue.index,
                let stop = content.indices.dropFirst().first(where: {
                    context.gap(tokens, before: $0).contains(where: { ",;—–(".contains($0) })
                })
            {
                content = tokens[content.startIndex..<stop]
            }
            // "the state of emergency that the governor declared on Wednesday is still in force": the
            // verb's object came before it, in a relative clause; nothing follows that anybody said.
            if content.startIndex > cue.index, cue.sourceFirst >= 2, cue.sourceLast < cue.index,
                ["that", "which"].contains(tokens[cue.sourceFirst - 1].text.lowercased()),
                context.gap(tokens, before: cue.sourceFirst - 1) == " ",
                !Self.cueVerbs.contains(tokens[cue.sourceFirst - 2].text.lowercased()),
                !tokens[cue.sourceFirst - 2].isStopWord,
                let opening = content.first?.text.lowercased(), Self.adjuncts.contains(opening)
            {
                continue
            }
            // "sewers found under the street", "was told by": not what anybody said.
            if let opening = content.first?.text.lowercased(), content.startIndex > cue.index,
                opening == "by" || isObjectCue && Self.placePrepositions.contains(opening)
            {
                continue
            }
            // "Lazar said he welcomed extradition and added, “…”": reported words that run into a
            // quotation another cue of the clause attributes end before that cue's joiner.
            if content.startIndex > cue.index, let firstToken = content.first,
                let quotation = taken.filter({ $0.lowerBound > firstToken.start }).min(by: {
                    $0.lowerBound < $1.lowerBound
                }), content.contains(where: { $0.start >= quotation.lowerBound }),
                let joiner = content.indices.last(where: {
                    tokens[$0].end <= quotation.lowerBound && Self.clauseJoiners.contains(tokens[$0].text.lowercased())
                        && context.gap(tokens, before: $0) == " "
                }), joiner > content.startIndex
            {
                content = tokens[content.startIndex..<joiner]
            }
            let least = Self.objectCues.contains(cue.text.lowercased()) ? 1 : configuration.reportedWords
            guard let first = content.first, let last = content.last, content.count >= least,
                !taken.contains(where: { $0.overlaps(first.start..<last.end) })
            else { continue }
            // "Asked whether he would fire the writer, Priebus said, …": the question put to the
            // teller is asked by somebody the text does not name, not said by the teller.
            let question = content.endIndex <= openingCue && Self.questionParticiples.contains(first.text.lowercased())
            result.append(
                quote(
                    first.start, last.end, kind: .indirect, cue: question ? nil : cue, sentence: sentence.index,
                    context: context))
            consumedUpTo = max(content.endIndex - 1, cue.sourceLast, cue.index)
        }
        return result
    }

    /// "Looking back on the career that followed, she told Playboy: …": a participle and its
    /// particle or preposition opening the sentence, with no finite verb of its own, is how the
    /// teller spoke, not what was said ("Seeing his brother suffering led him …" is a gerund
    /// subject: no particle follows it). The phrase ends at its first comma: "Responding to a
    /// distress call by MV Gibe, INS Mysore … swung into action" holds a clause after it.
    func isParticipialOpening(_ words: ArraySlice<Token>, context: Context) -> Bool {
        guard words.startIndex == 0, words.count > 1, let first = words.first, first.isCapitalized,
            first.text.count > 5, first.text.lowercased().hasSuffix("ing"),
            Self.participleParticles.contains(words[words.startIndex + 1].text.lowercased()),
            !context.entities.contains(where: { $0.start == first.start }),
            !words.indices.dropFirst().contains(where: {
                Self.holdsComma(context.text(words[$0 - 1].end, words[$0].start))
            })
        else { return false }
        return !words.contains { Self.finiteForms.contains($0.text.lowercased()) }
    }

    /// Where the reported words start after a cue: past the listener ("told reporters"), a short
    /// adjunct ("on Sunday"), and "that".
    func contentStart(after cue: Cue, from index: Int, tokens: [Token], context: Context) -> Int {
        var start = index
        if cue.text == "according to" {
            // "According to Name, …": the words after the comma closing the source, and after an
            // appositive ("According to Name, chief of X, …").
            while start < tokens.count, !context.commaInGap(tokens, before: start) { start += 1 }
            if start < tokens.count,
                let close = tokens[start...].indices.dropFirst().first(where: {
                    context.commaInGap(tokens, before: $0)
                }), close - start <= configuration.accordingToAppositiveTokens
            {
                let word = tokens[start].text.lowercased()
                let describes =
                    ["a", "an"].contains(word)
                    || !tokens[start].isCapitalized && !Self.determiners.contains(word) && !Self.pronouns.contains(word)
                        && !Self.boundaries.contains(word)
                if describes, tokens.count - close >= configuration.reportedWords { return close }
            }
            return start
        }
        if Self.objectCues.contains(cue.text.lowercased()) {
            var skipped = 0
            while start < tokens.count, skipped < configuration.particleTokens,
                Self.cueParticles.contains(tokens[start].text.lowercased())
            {
                start += 1
                skipped += 1
            }
            return start
        }
        let window = tokens[start..<min(tokens.count, start + configuration.thatWindow)]
        if let that = window.firstIndex(where: { $0.text.lowercased() == "that" }),
            !(start..<that).contains(where: { context.commaInGap(tokens, before: $0) })
        {
            let skipped = tokens[start..<that].map { $0.text.lowercased() }
            let adjunct = ["on", "in", "at", "during", "last", "this", "after", "before", "earlier", "late"]
            if that == start || Self.listenerVerbs.contains(cue.text.lowercased())
                || skipped.first.map(adjunct.contains) == true
            {
                return that + 1
            }
        }
        if Self.listenerVerbs.contains(cue.text.lowercased()) {
            var skipped = 0
            while start < tokens.count, skipped < configuration.listenerTokens,
                !context.commaInGap(tokens, before: start) || skipped == 0,
                tokens[start].isCapitalized || Self.determiners.contains(tokens[start].text.lowercased())
                    || ["reporters", "him", "her", "them", "us", "me", "audience", "crowd", "supporters"].contains(
                        tokens[start].text.lowercased())
            {
                start += 1
                skipped += 1
            }
        }
        while start < tokens.count, context.gap(tokens, before: start).hasPrefix(":") == false,
            start == index && context.commaInGap(tokens, before: start)
        {
            start += 1
        }
        return start
    }
}
