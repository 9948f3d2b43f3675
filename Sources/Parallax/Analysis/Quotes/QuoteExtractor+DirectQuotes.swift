internal import Foundation

// Direct quotes: quotation marks and the cue that attributes each quotation.

extension QuoteExtractor {
    /// Quotations of four words or more, attributed by a cue right after the closing mark, one
    /// before the opening mark, or a sentence ending in a colon just before.
    func directQuotes(_ spans: [Span], context: Context) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var previousSpanEnd = -1
        var pending: [(span: Span, sentence: Int)] = []
        for (position, span) in spans.enumerated() {
            defer { previousSpanEnd = span.contentEnd }
            guard let opening = context.sentence(at: span.contentStart) else { continue }
            let closing = context.sentence(at: span.contentEnd, strictly: true) ?? opening
            var cue = trailingCue(of: span, closing: closing, context: context)
            if cue == nil, let next = closing.tokens.firstIndex(where: { $0.start >= span.contentEnd }),
                context.text(max(span.contentStart, span.contentEnd - 1), span.contentEnd).contains(where: {
                    ",?!".contains($0)
                }),
                closing.tokens[next].start - span.contentEnd <= configuration.scalarsFromQuotationToCue
            {
                // `"…," Name barked.`: the shape says it even where the verb is not in the lexicon.
                cue = shapeCue(after: next, in: closing, context: context)
            }
            if cue == nil {
                cue = dashCue(after: span, context: context)
            }
            if cue == nil, closing.tokens.last.map({ $0.end <= span.contentEnd }) ?? true,
                closing.index + 1 < context.sentences.count,
                context.sentences[closing.index + 1].paragraph == closing.paragraph
            {
                // `"…?" Name said.` where the question mark ended the sentence.
                let next = context.sentences[closing.index + 1]
                let ending = context.text(max(span.contentStart, span.contentEnd - 2), span.contentEnd)
                if ending.contains(where: { "?!—-".contains($0) }) || next.text.first?.isLowercase == true {
                    cue = context.cues[next.index].first {
                        let end = max($0.index, $0.sourceLast)
                        // "Trump said of Apple in February, …": an adjunct may run on.
                        let adjunct =
                            end + 1 < next.tokens.count
                            && Self.adjuncts.contains(next.tokens[end + 1].text.lowercased())
                        return min($0.index, $0.sourceFirst) == 0 && end <= configuration.nextSentenceCueEnd
                            && (next.tokens.count - end <= configuration.nextSentenceTrailingTokens || adjunct)
                            && $0.text != "according to"
                    }
                }
            }
            if cue == nil {
                // `Name said: "…"`, `Name told DW, "…"`, `According to Name, "…"`; right before a short one.
                let lastBefore = opening.tokens.lastIndex { $0.end <= span.contentStart }
                let reach = span.isLong ? configuration.tokensFromCueToQuotation : 0
                cue = context.cues[opening.index].last { candidate in
                    guard let lastBefore, candidate.span.upperBound <= span.contentStart else { return false }
                    // The quotation follows the cue, or a comma or colon after the listener or an adjunct.
                    let distance = lastBefore - max(candidate.index, candidate.sourceLast)
                    let opener = context.gap(opening.tokens, before: lastBefore + 1)
                    // A short quotation right after its cue counts where it closes the sentence
                    // (`called it ''a disgrace.''`); inside a sentence it is the writer's phrase.
                    let closesSentence = !opening.tokens.contains { $0.start >= span.contentEnd }
                    return distance == 0 && (span.isLong || closesSentence || opener.contains { ",:".contains($0) })
                        || distance <= reach && opener.contains { ",:".contains($0) }
                }
            }
            if cue == nil, opening.index > 0, !opening.tokens.contains(where: { $0.end <= span.contentStart }) {
                // A block quotation after `Name said:` or `Name agreed.`, or `Name issued a statement:`.
                let previous = context.sentences[opening.index - 1]
                let introduction = previous.text.trimmingASCIIWhitespace()
                if introduction.hasSuffix(":") {
                    cue = context.cues[previous.index].last ?? colonCue(in: previous, context: context)
                } else if let last = context.cues[previous.index].last,
                    max(last.index, last.sourceLast) == previous.tokens.count - 1,
                    previous.paragraph == opening.paragraph
                {
                    cue = last
                }
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).contains(where: { ",:".contains($0) }),
                !opening.tokens[lastBefore].isCapitalized,
                !Self.boundaries.contains(opening.tokens[lastBefore].text.lowercased()),
                let (first, last, found) = subject(before: lastBefore, in: opening.tokens, context: context),
                found.kind == .name || found.kind == .pronoun
                    || context.text(opening.tokens[lastBefore].end, span.contentStart).contains(":"),
                // "told the Reuters news agency simply, "…"", "stand up for the federal workforce:
                // "…"": the one told and a preposition's object are no tellers.
                first == 0 || !Self.objectMarkers.contains(opening.tokens[first - 1].text.lowercased())
            {
                // `Name demurred: "…"`: the shape says it where the verb is not in the lexicon.
                let verb = opening.tokens[lastBefore]
                cue = Cue(
                    span: verb.start..<verb.end, text: verb.text, source: found, index: lastBefore, sourceFirst: first,
                    sourceLast: last)
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).contains(where: { ",:".contains($0) }),
                !opening.tokens[lastBefore].isCapitalized, !opening.tokens[lastBefore].isStopWord,
                context.gap(opening.tokens, before: lastBefore) == " ",
                let (found, first, last) = clauseSpeaker(in: opening, before: lastBefore, context: context)
            {
                // `…, she then boomed, "…"`: the clause's speaker.
                let verb = opening.tokens[lastBefore]
                cue = Cue(
                    span: verb.start..<verb.end, text: verb.text, source: found, index: lastBefore, sourceFirst: first,
                    sourceLast: last)
            }
            if cue == nil, let lastBefore = opening.tokens.lastIndex(where: { $0.end <= span.contentStart }),
                context.text(opening.tokens[lastBefore].end, span.contentStart).hasPrefix(":"),
                let (first, found) = subject(endingAt: lastBefore, in: opening.tokens, context: context),
                found.kind == .name
            {
                // `Name: "…"` inside a sentence; `Holm delivered a message to Brandt: "…"` is the
                // subject's, not the object's (a name after a plain word is no clause's opening).
                let colon = opening.tokens[lastBefore].end
                let object = first > 0 && context.gap(opening.tokens, before: first) == " "
                if object, let (subject, subjectFirst, subjectLast) = openingName(of: opening, context: context),
                    subjectLast < first
                {
                    cue = Cue(
                        span: colon..<colon + 1, text: ":", source: subject, index: lastBefore,
                        sourceFirst: subjectFirst, sourceLast: subjectLast)
                } else if !object {
                    cue = Cue(
                        span: colon..<colon + 1, text: ":", source: found, index: lastBefore, sourceFirst: first,
                        sourceLast: lastBefore)
                }
            }
            guard let cue else {
                // A quotation inside a sentence of the writer's is a phrase, not a statement.
                // Continues a quotation of the same paragraph or the one before: a speaker later.
                let reach = span.contentStart - previousSpanEnd
                guard span.isLong || reach < configuration.shortContinuationScalars,
                    !opening.tokens.contains(where: { $0.end <= span.contentStart })
                else { continue }
                if span.isContinued,
                    result.last.map({ $0.end < previousParagraphStart(span, context) }) ?? true
                        || closesWithCue(spans, after: position, paragraph: opening.paragraph, context: context)
                {
                    // Runs into the next paragraph, whose quotation may name the speaker; where it
                    // does, that speaker wins over the one before (`"He was shaken. / He tried to
                    // help," said Name`).
                    pending.append((span, opening.index))
                    continue
                }
                let between =
                    result.last.map { last in
                        context.sentences[..<opening.index].suffix(configuration.interveningSentences).filter {
                            $0.start >= last.end && $0.end <= span.contentStart
                        }
                    } ?? []
                guard let last = result.last, last.speakerStart != nil,
                    reach < configuration.continuationScalars
                        && context.sentences[last.sentence].paragraph >= opening.paragraph - 1,
                    // Nobody else may speak in between.
                    !between.contains(where: { sentence in
                        context.cues[sentence.index].contains { $0.span.lowerBound != last.cueStart }
                    })
                else {
                    // A quotation of its own after someone spoke earlier in the paragraph.
                    let earlier = context.sentences[..<opening.index].reversed()
                        .prefix { $0.paragraph == opening.paragraph }
                        .lazy.compactMap { context.cues[$0.index].last }.first
                    if span.isLong, let earlier {
                        result.append(
                            quote(
                                span.contentStart, span.contentEnd, kind: .direct, cue: earlier,
                                sentence: opening.index, context: context))
                    }
                    continue
                }
                var continued = quote(
                    span.contentStart, span.contentEnd, kind: .direct, cue: nil, sentence: opening.index,
                    context: context)
                continued.speaker = last.speaker
                continued.speakerDescription = last.speakerDescription
                continued.speakerStart = last.speakerStart
                continued.speakerEnd = last.speakerEnd
                // A quotation of the next paragraph is a statement of its own by the same speaker;
                // one in the same paragraph continues the statement.
                continued.isContinuation = context.sentences[last.sentence].paragraph == opening.paragraph
                result.append(continued)
                continue
            }
            var found = quote(
                span.contentStart, span.contentEnd, kind: .direct, cue: cue, sentence: opening.index, context: context)
            // `"…," Name said, "…"`: one statement around its attribution.
            if let last = result.last, last.cueStart == cue.span.lowerBound { found.isContinuation = true }
            // Paragraphs of the same quotation before this one, attributed only here.
            if let first = pending.first,
                context.sentences[first.sentence].paragraph >= opening.paragraph - pending.count
            {
                for (index, (earlier, sentence)) in pending.enumerated() {
                    var continued = found
                    continued.text = context.text(earlier.contentStart, earlier.contentEnd)
                    continued.start = earlier.contentStart
                    continued.end = earlier.contentEnd
                    continued.sentence = sentence
                    continued.isContinuation = index > 0
                    result.append(continued)
                }
                found.isContinuation = true
            }
            pending = []
            result.append(found)
        }
        return result
    }

    /// The cue right after a quotation's closing mark (`"…," Name said`).
    func trailingCue(of span: Span, closing: AnalyzedSentence, context: Context) -> Cue? {
        closing.tokens.firstIndex { $0.start >= span.contentEnd }.flatMap { next -> Cue? in
            // `"the long way," and Wren said: "…"`: after a conjunction a new clause begins, and so
            // after a contrasting subordinator (`… "good health," while 73 percent said the same`)
            // and an adverbial one (`was "absolutely right" when he said`).
            let word = closing.tokens[next].text.lowercased()
            guard word != "or", !Self.clauseJoiners.contains(word), !Self.adverbialOpeners.contains(word) else {
                return nil
            }
            return context.cues[closing.index].first {
                $0.index >= next && $0.index - next <= configuration.cueTokensAfterQuotation
                    && min($0.index, $0.sourceFirst) >= next
                    && closing.tokens[next].start - span.contentEnd <= configuration.scalarsFromQuotationToCue
                    && !context.text(span.contentEnd, closing.tokens[next].start).contains(where: \.isLetter)
            }
        }
    }

    /// Whether the quotation after `spans[position]` opens the next paragraph and a cue follows its
    /// closing mark: a quotation running over both is that cue's.
    func closesWithCue(_ spans: [Span], after position: Int, paragraph: Int, context: Context) -> Bool {
        guard position + 1 < spans.count, !spans[position + 1].isContinued,
            let opening = context.sentence(at: spans[position + 1].contentStart), opening.paragraph == paragraph + 1
        else { return false }
        let next = spans[position + 1]
        let closing = context.sentence(at: next.contentEnd, strictly: true) ?? opening
        return trailingCue(of: next, closing: closing, context: context) != nil
    }

    /// Where the paragraph before the one of `span` starts.
    func previousParagraphStart(_ span: Span, _ context: Context) -> Int {
        guard let sentence = context.sentence(at: span.contentStart) else { return 0 }
        return context.sentences.first { $0.paragraph >= sentence.paragraph - 1 }?.start ?? 0
    }
}

extension QuoteExtractor.Context {
    /// Pairs curly, guillemet and straight double quotes and doubled apostrophes ('' … '');
    /// a straight quote opens after a space or line start and closes otherwise. A quotation
    /// still open at a paragraph's end runs to it: news copy reopens it in the next paragraph.
    func quotationSpans() -> [QuoteExtractor.Span] {
        var spans: [QuoteExtractor.Span] = []
        var open: Int?
        var index = 0
        // The paragraph before ended inside a quotation: a closing mark with none open ends the
        // quotation reopened at this paragraph's start without a mark (`"He was shaken. / He
        // helped her," said Name`).
        var reopened = false
        var paragraphStart = 0
        func add(_ start: Int, _ end: Int, continued: Bool = false) {
            var trimmedEnd = end
            while trimmedEnd > start, scalars[trimmedEnd - 1].properties.isWhitespace { trimmedEnd -= 1 }
            let words = text(start, trimmedEnd).split(whereSeparator: \.isWhitespace).count
            if trimmedEnd - start < configuration.longestQuotation, words >= 1 {
                spans.append(
                    .init(
                        contentStart: start, contentEnd: trimmedEnd, isContinued: continued,
                        isLong: words >= configuration.longQuotationWords))
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let previous = index > 0 ? scalars[index - 1] : " "
            let opensStraight =
                previous == " " || previous == "\n" || previous == "(" || previous == ":"
                || previous == "—"
            switch scalar {
            case "“", "«", "„":
                open = index + 1
            case "”", "»":
                if let start = open ?? (reopened ? paragraphStart : nil) { add(start, index) }
                open = nil
                reopened = false
            case "\"":
                // `…, "said Name` after a reopened paragraph: a closing mark typed after its space.
                let typedLate =
                    reopened && index >= 2 && ",.".unicodeScalars.contains(scalars[index - 2]) && previous == " "
                    && index + 1 < scalars.count && scalars[index + 1].properties.isLowercase
                if open == nil, opensStraight, !typedLate {
                    open = index + 1
                } else if let start = open ?? (reopened ? paragraphStart : nil) {
                    add(start, index)
                    open = nil
                    reopened = false
                }
            case "'" where index + 1 < scalars.count && scalars[index + 1] == "'":
                if open == nil, opensStraight {
                    open = index + 2
                } else if let start = open {
                    add(start, index)
                    open = nil
                }
                index += 1
            case "\n":
                if index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    reopened = open != nil
                    if let start = open { add(start, index, continued: true) }
                    open = nil
                    paragraphStart = index + 2
                }
            default:
                break
            }
            index += 1
        }
        return spans
    }
}
