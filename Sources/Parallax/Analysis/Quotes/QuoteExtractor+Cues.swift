internal import Foundation

// Cue finding: the verbs, colons and dashes that attribute words to a speaker.

extension QuoteExtractor {
    /// Every cue of a sentence with its source: `Name said`, `said Name`, `according to Name`.
    func cues(in sentence: AnalyzedSentence, context: Context) -> [Cue] {
        let tokens = sentence.tokens
        var result: [Cue] = []
        for (index, token) in tokens.enumerated() where !context.isQuoted(token.start) {
            let word = token.text.lowercased()
            if word == "according", index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "to" {
                guard
                    let (last, subject) = subject(
                        startingAt: index + 2, in: tokens, context: context, reach: configuration.accordingToTokens)
                else { continue }
                var found = subject
                // "According to Name, the …" : what follows the comma is the content, not an appositive.
                if found.kind == .name, let description = found.description,
                    !context.text(tokens[index + 2].start, tokens[last].end).contains(description)
                {
                    found.description = nil
                }
                result.append(
                    Cue(
                        span: token.start..<tokens[index + 1].end, text: "according to", source: found, index: index,
                        sourceFirst: index + 2, sourceLast: last))
                continue
            }
            // "Ham went on to explain how he believes …", "The email goes on to say: …": the
            // infinitive after "go on to" is the subject's own statement.
            if let (first, last, found) = goesOnSubject(of: index, in: tokens, context: context) {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: first, sourceLast: last))
                continue
            }
            guard Self.cueVerbs.contains(word) || Self.objectCues.contains(word), index == 0 || !token.isCapitalized
            else { continue }
            // "Asked if she believed Putin wanted …, Clinton said …": a cue inside the question put
            // to a teller is part of the question, not a statement of its own.
            if index > 1, Self.questionParticiples.contains(tokens[0].text.lowercased()),
                !(1...index).contains(where: { context.commaInGap(tokens, before: $0) })
            {
                continue
            }
            if index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "by" { continue }
            // "an estimated $10 million", "the alleged victim": a participle as an adjective.
            if index > 0, ["a", "an", "the"].contains(tokens[index - 1].text.lowercased()) { continue }
            // "the court of claims denied", "a flood of reports": after a preposition a verb form is a
            // noun (a gerund, "by saying", is handled below; "to" opens an infinitive).
            if index > 0, !word.hasSuffix("ing"), context.gap(tokens, before: index) == " ",
                Self.nounMarkingPrepositions.contains(tokens[index - 1].text.lowercased())
            {
                continue
            }
            // "records show", "reports indicate": the plain forms are verbs after a plural subject
            // and before an object or the sentence's end only ("on his radio show when …", "on his
            // show and", "the Academy's next awards show will have" are nouns).
            let gapBefore = context.gap(tokens, before: index)
            if ["show", "indicate"].contains(word), !isEvidenceVerb(at: index, in: tokens, context: context) {
                continue
            }
            // "struck populist notes", "supporters that level sexist attacks": a plural noun after a
            // modifier that follows no determiner is the object of the verb before it.
            if isModifiedPlural(at: index, in: tokens, context: context) { continue }
            // "In TV interviews and tweets, Trump …": ending an opening prepositional phrase in its
            // plural, the form is a noun. (Not after a possessor: PolNeAR counts "Trump's attacks",
            // and "he's said" is a verb; 16 train matches lost.)
            if isPluralEndingOpening(at: index, in: tokens, context: context) {
                continue
            }
            // "pointed a revolver at them": a verb of acting as well as telling, with a determiner's
            // noun phrase right after it, acts ("pointed out that", "pointed to the report" tell).
            if Self.actingCues.contains(word), index + 1 < tokens.count,
                Self.determiners.contains(tokens[index + 1].text.lowercased()),
                context.gap(tokens, before: index + 1) == " "
            {
                continue
            }
            if isActingComplement(of: word, at: index, in: tokens, context: context)
                || isObjectSense(of: word, at: index, in: tokens, context: context)
            {
                continue
            }
            // "put" only as in "as Name put it".
            if word == "put" || word == "puts", index + 1 >= tokens.count || tokens[index + 1].text.lowercased() != "it"
            {
                continue
            }
            if word.hasSuffix("ing") {
                // `…, saying …` and `… by saying: "…"` go on with the sentence's speaker; other -ing
                // forms are not cues.
                let gapAfter = index + 1 < tokens.count ? context.gap(tokens, before: index + 1) : ""
                guard
                    Self.holdsComma(gapBefore)
                        || gapAfter.contains(where: { $0 == ":" || Self.quoteCharacters.contains($0) })
                else { continue }
                let speaker =
                    clauseSubject(in: sentence, after: result.last?.index ?? 0, before: index, context: context)
                    ?? result.last.map { ($0.source, $0.sourceFirst, $0.sourceLast) }
                    ?? openingName(of: sentence, context: context)
                    ?? openingSubject(of: sentence, before: index, context: context)
                    ?? clauseSpeaker(in: sentence, before: index, context: context)
                if let (found, first, last) = speaker, last < index {
                    result.append(
                        Cue(
                            span: token.start..<token.end, text: token.text, source: found, index: index,
                            sourceFirst: first, sourceLast: last))
                }
                continue
            }
            // `Name shook her head and said, "…"`, `Name bemoaned the unrest and said he thought …`:
            // a second verb shares the sentence's subject.
            // "Lazar said he welcomed extradition and added, …": after an earlier cue of the same
            // clause (no punctuation between) with its subject before it, that subject.
            // "… but on Tuesday wrote that …", "… but has since said …": over auxiliaries and a time,
            // only after an earlier cue; with no cue before, only a plain "and said" takes the
            // sentence's opening name or subject ("…, but adds Jacob", the plot of a film, and
            // "but reports soon surfaced …" are no one's statements).
            if index >= 2, index + 1 < tokens.count,
                let joiner = coordinatingJoiner(before: index, in: tokens, context: context),
                let (found, first, last) = result.last.flatMap({ earlier in
                    earlier.sourceLast < earlier.index && earlier.text != "according to"
                        && !["who", "which"].contains(tokens[earlier.sourceFirst].text.lowercased())
                        && (earlier.sourceFirst + 1..<index).allSatisfy { context.gap(tokens, before: $0) == " " }
                        ? (earlier.source, earlier.sourceFirst, earlier.sourceLast) : nil
                })
                    ?? (joiner == index - 1 && tokens[joiner].text.lowercased() == "and"
                        ? openingName(of: sentence, context: context)
                            ?? openingSubject(of: sentence, before: joiner, context: context)
                            ?? clauseSpeaker(in: sentence, before: joiner, context: context) : nil),
                last < joiner
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: first, sourceLast: last))
                continue
            }
            // The name after "told" is the one told, never the teller: `"…," Name told AFP.`
            let addressesListener = Self.addresseeVerbs.contains(word)
            // `…, said Name, an expert at X.` wins over the words before the comma.
            let invertedName =
                !addressesListener && Self.holdsComma(gapBefore) && index + 1 < tokens.count
                && tokens[index + 1].isCapitalized
                && !context.entities(in: tokens[index + 1].start..<tokens[index + 1].start + 1).isEmpty
                && subject(startingAt: index + 1, in: tokens, context: context).map { last, _ in
                    last + 1 == tokens.count || context.commaInGap(tokens, before: last + 1)
                } == true
            // "Name, who calls X a “sociopath,” said …": a scare quote (too short to be a quote of its
            // own) closes the clause between the subject and its cue.
            if !invertedName, index >= 3, gapBefore.contains(where: Self.quoteCharacters.contains),
                !context.isQuoted(tokens[index - 1].start),
                let (first, last, found) = interruptedSubject(
                    endingAt: index - 1, in: tokens, context: context, closedByScareQuote: true)
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: first, sourceLast: last))
                continue
            }
            // `Name said …`, `Name, an expert at X, said …`, `…, Name said.`
            if !invertedName, !gapBefore.contains(where: Self.quoteCharacters.contains),
                let (first, last, found) = subject(before: index, in: tokens, context: context),
                gapBefore == " " || gapBefore == ") " || found.kind == .name
                    || last < index - 1 && !namesSubjectClosingSentence(after: index, in: tokens, context: context)
            {
                // "Lynch said she recalled …", "went on to explain how he believes …": a pronoun right
                // after an earlier cue (or its "that", "how", "why")
                // opens that cue's reported words; its verb is part of them, not a new statement.
                if found.kind == .pronoun, first > 0, let earlier = result.last, earlier.index < first,
                    earlier.text != "according to",
                    earlier.index == first - 1
                        || Self.contentOpeners.contains(tokens[first - 1].text.lowercased())
                            && earlier.index >= first - 4
                        || opensReportedWords(of: earlier, at: first, in: tokens, context: context)
                {
                    continue
                }
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text,
                        source: openingPoll(of: sentence, before: index, context: context) ?? found, index: index,
                        sourceFirst: first, sourceLast: last))
                continue
            }
            // `…," said Name` / `…, said Name, an expert at X.`; a stance verb's object follows it
            // ("…, called an emergency meeting").
            // "As Name, professor of law, put it": "it" is no teller.
            if !addressesListener, word != "put", word != "puts",
                !Self.objectCues.contains(word) || gapBefore.contains(where: Self.quoteCharacters.contains),
                index == 0 || gapBefore.contains(where: { $0 == "," || Self.quoteCharacters.contains($0) }),
                let (last, found) = subject(startingAt: index + 1, in: tokens, context: context),
                found.kind != .description || Self.determiners.contains(tokens[index + 1].text.lowercased()),
                last + 1 == tokens.count
                    || context.gap(tokens, before: last + 1).contains(where: { ",.;:—(".contains($0) })
                    || Self.adjuncts.contains(tokens[last + 1].text.lowercased())
            {
                result.append(
                    Cue(
                        span: token.start..<token.end, text: token.text, source: found, index: index,
                        sourceFirst: index + 1, sourceLast: last))
            }
        }
        return result
    }

    /// The person opening the last clause between token `floor` and a participle at `index`
    /// ("prosecutors charged the officer and Emanuel fired his chief, acknowledging …", "while
    /// his rivals called for more troops, Trump hewed to …, noting …"): a name after "and" or a
    /// comma and before a lower-case word, the participle's subject.
    func clauseSubject(in sentence: AnalyzedSentence, after floor: Int, before index: Int, context: Context)
        -> (Source, Int, Int)?
    {
        let tokens = sentence.tokens
        guard floor + 1 < index else { return nil }
        for entity in context.entities(in: tokens[floor + 1].start..<tokens[index].start).reversed()
        where entity.type == .person {
            guard let first = tokens.firstIndex(where: { $0.start == entity.start }), first > floor + 1,
                let last = tokens.lastIndex(where: { $0.end <= entity.end }), last + 1 < index,
                context.gap(tokens, before: last + 1) == " ", !tokens[last + 1].isCapitalized,
                !Self.boundaries.contains(tokens[last + 1].text.lowercased()),
                context.commaInGap(tokens, before: first)
                    || tokens[first - 1].text.lowercased() == "and" && context.gap(tokens, before: first) == " "
            else { continue }
            let source = Source(
                span: entity.start..<entity.end, kind: .name,
                speaker: Self.fullName(of: entity, in: tokens, from: first))
            return (source, first, last)
        }
        return nil
    }

    /// The subject of "go on to" before the infinitive at `index` ("Ham went on to explain …").
    func goesOnSubject(of index: Int, in tokens: [Token], context: Context) -> (Int, Int, Source)? {
        // The base form of a cue: "say", "explain" ("explains"), "slam" ("slammed").
        let word = tokens[index].text.lowercased()
        let cue = { (form: String) in Self.cueVerbs.contains(form) || Self.objectCues.contains(form) }
        guard index >= 4, tokens[index - 1].text.lowercased() == "to", tokens[index - 2].text.lowercased() == "on",
            ["go", "goes", "went", "going", "gone"].contains(tokens[index - 3].text.lowercased()),
            !tokens[index].isCapitalized,
            [word, word + "s", word + "es", word + "ed", word + "d", word + word.suffix(1) + "ed"].contains(where: cue),
            (index - 2...index).allSatisfy({ context.gap(tokens, before: $0) == " " })
        else { return nil }
        return subject(before: index - 3, in: tokens, context: context)
    }

    /// The "and" or "but" that joins the verb at `index` to the clause before it, over auxiliaries
    /// and a time adjunct ("and said", "but has since said", "but on Tuesday wrote"); nil when a
    /// subject of its own or punctuation stands between.
    func coordinatingJoiner(before index: Int, in tokens: [Token], context: Context) -> Int? {
        var joiner = index - 1
        while joiner > 0, context.gap(tokens, before: joiner + 1) == " ", !tokens[joiner].isCapitalized,
            Self.isAuxiliary(tokens[joiner].text.lowercased())
        {
            joiner -= 1
        }
        if joiner >= 2, let start = timeAdjunctStart(endingAt: joiner, in: tokens, context: context), start >= 1,
            start < joiner || EntityLexicon.calendarWords.contains(tokens[joiner].text.lowercased())
        {
            joiner = start - 1
        }
        let word = tokens[joiner].text.lowercased()
        guard joiner >= 1, word == "and" || word == "but",
            (joiner + 1...index).allSatisfy({ context.gap(tokens, before: $0) == " " })
        else { return nil }
        return joiner
    }

    /// "The senator told the Herald in a story posted Monday that he believes …": the "that" after
    /// an earlier cue, within the reach its content is searched in (`thatWindow`, after a listener
    /// of `listenerTokens` for "told"), with no clause break between, opens that cue's reported
    /// words, so a pronoun after it is their subject, not a new teller.
    func opensReportedWords(of earlier: Cue, at first: Int, in tokens: [Token], context: Context) -> Bool {
        let opener = first - 1
        let listener = Self.addresseeVerbs.contains(earlier.text.lowercased()) ? configuration.listenerTokens : 0
        guard earlier.sourceLast < earlier.index, tokens[opener].text.lowercased() == "that",
            opener > earlier.index, opener - earlier.index <= configuration.thatWindow + listener
        else { return false }
        return (earlier.index + 1...opener).allSatisfy { index in
            !context.gap(tokens, before: index).contains(where: { ",;:—–(".contains($0) })
        }
    }

    /// `"…," Name barked` / `"…," barked Name`: a subject and a lowercase verb after a quotation.
    func shapeCue(after next: Int, in sentence: AnalyzedSentence, context: Context) -> Cue? {
        let tokens = sentence.tokens
        // `"…," he points out.`: a personal pronoun is the whole subject; the word after it is the verb.
        let word = tokens[next].text.lowercased()
        if ["he", "she", "they", "we"].contains(word), next + 1 < tokens.count,
            context.gap(tokens, before: next + 1) == " ", !tokens[next + 1].isCapitalized,
            !Self.boundaries.contains(tokens[next + 1].text.lowercased())
        {
            let verb = tokens[next + 1]
            return Cue(
                span: verb.start..<verb.end, text: verb.text,
                source: Source(span: tokens[next].start..<tokens[next].end, kind: .pronoun), index: next + 1,
                sourceFirst: next, sourceLast: next)
        }
        if let (last, found) = subject(startingAt: next, in: tokens, context: context), last + 1 < tokens.count,
            found.kind != .reference || Self.determiners.contains(tokens[next].text.lowercased()),
            context.gap(tokens, before: last + 1) == " ", !tokens[last + 1].isCapitalized,
            !Self.boundaries.contains(tokens[last + 1].text.lowercased())
        {
            let verb = tokens[last + 1]
            return Cue(
                span: verb.start..<verb.end, text: verb.text, source: found, index: last + 1, sourceFirst: next,
                sourceLast: last)
        }
        let verb = tokens[next]
        if !verb.isCapitalized, verb.text.hasSuffix("ed"), next + 1 < tokens.count,
            let (last, found) = subject(startingAt: next + 1, in: tokens, context: context), found.kind == .name
        {
            return Cue(
                span: verb.start..<verb.end, text: verb.text, source: found, index: next, sourceFirst: next + 1,
                sourceLast: last)
        }
        return nil
    }

    /// `“…” ― Name`: a quotation signed with a dash, as collected comments and epigraphs are.
    func dashCue(after span: Span, context: Context) -> Cue? {
        var offset = span.contentEnd
        while offset < context.scalars.count, offset - span.contentEnd < configuration.signatureDashScalars,
            Self.quoteCharacters.contains(Character(context.scalars[offset]))
                || context.scalars[offset].properties.isWhitespace && context.scalars[offset] != "\n"
        {
            offset += 1
        }
        guard offset < context.scalars.count, ["―", "—", "–"].contains(context.scalars[offset]),
            let sentence = context.sentences.first(where: { $0.end > offset + 1 }),
            let next = sentence.tokens.firstIndex(where: { $0.start > offset }),
            sentence.tokens[next].start - offset <= configuration.signatureNameScalars,
            sentence.tokens[next].isCapitalized,
            let (last, found) = subject(startingAt: next, in: sentence.tokens, context: context), found.kind == .name
        else { return nil }
        // The signature ends its line: "― Carlos Raúl", not "— Clinton then said".
        let after = last + 1 < sentence.tokens.count ? context.gap(sentence.tokens, before: last + 1) : "\n"
        guard last + 1 == sentence.tokens.count || after.contains(where: { "\n.,;".contains($0) }) else { return nil }
        return Cue(
            span: offset..<offset + 1, text: String(context.scalars[offset]), source: found, index: next,
            sourceFirst: next, sourceLast: last)
    }

    /// `Name issued the following statement:`: the sentence's subject introduces what follows.
    func colonCue(in sentence: AnalyzedSentence, context: Context) -> Cue? {
        guard let colon = sentence.text.unicodeScalars.lastIndex(of: ":") else { return nil }
        var speaker = subject(startingAt: 0, in: sentence.tokens, context: context).flatMap { last, found in
            found.kind == .name || found.kind == .pronoun ? (found, last) : nil
        }
        if speaker == nil,
            let (found, _, last) = clauseSpeaker(
                in: sentence, before: sentence.tokens.count, context: context)
        {
            speaker = (found, last)
        }
        guard let (found, last) = speaker else { return nil }
        let offset =
            sentence.start
            + sentence.text.unicodeScalars.distance(
                from: sentence.text.unicodeScalars.startIndex, to: colon)
        return Cue(span: offset..<offset + 1, text: ":", source: found, index: last, sourceFirst: 0, sourceLast: last)
    }
}
