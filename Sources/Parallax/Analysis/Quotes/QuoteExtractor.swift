internal import Foundation

/// Finds direct quotations, transcript speech and simple reported speech, and attributes
/// each to a speaker: a named person or body where the text names one, else the
/// description it gives ("a source close to the Kremlin").
struct QuoteExtractor {
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains",
        "noted", "notes", "wrote", "writes", "stated", "states", "stressed", "emphasized",
        "emphasizes", "argued", "argues", "warned", "warns", "insisted", "claimed", "claims",
        "asked", "recalled", "continued", "declared", "announced", "believes", "believed",
        "concluded", "remarked", "replied", "commented", "acknowledged", "admitted",
    ]

    func quotes(in text: String, sentences: [AnalysedSentence], entities: [EntityMention]) -> [QuoteMention] {
        let scalars = Array(text.unicodeScalars)
        let spans = quotationSpans(in: scalars).filter {
            String(String.UnicodeScalarView(scalars[$0.contentStart..<$0.contentEnd])).split(
                whereSeparator: \.isWhitespace
            ).count >= 4
        }
        var quotedSentences = Set<Int>()
        for span in spans {
            for sentence in sentences where sentence.start < span.contentEnd && span.contentStart < sentence.end {
                quotedSentences.insert(sentence.index)
            }
        }
        // Reported speech first: its speakers are who later "he said" may refer to.
        var result = transcriptQuotes(in: sentences, entities: entities)
        for sentence in sentences where !quotedSentences.contains(sentence.index) {
            if let quote = reportedSpeech(in: sentence, entities: entities) { result.append(quote) }
        }
        var direct: [QuoteMention] = []
        for span in spans {
            let content = String(String.UnicodeScalarView(scalars[span.contentStart..<span.contentEnd]))
            guard let sentence = sentences.last(where: { $0.start <= span.contentStart }) else { continue }
            let closing = sentences.last(where: { $0.start < span.contentEnd }) ?? sentence
            let attribution =
                attribution(after: span.contentEnd + 1, in: scalars, sentence: closing, entities: entities)
                ?? attribution(before: span.contentStart - 1, in: scalars, sentence: sentence, entities: entities)
            var speaker = attribution?.speaker
            var description = attribution?.description
            if attribution == nil || attribution?.isPronoun == true {
                // "he said", "said the expert", or a quote that continues: the latest speaker
                // of the paragraph (or, for a pronoun, the one before), else the person last named.
                let earlier = (result + direct).filter {
                    $0.end <= span.contentStart && ($0.speaker != nil || $0.speakerDescription != nil)
                }
                .max { $0.end < $1.end }
                let reach = attribution == nil ? 0 : 1
                if let earlier, sentence.paragraph - sentences[earlier.sentence].paragraph <= reach {
                    speaker = earlier.speaker
                    description = description ?? earlier.speakerDescription
                } else if attribution != nil,
                    let named = entities.last(where: {
                        $0.type == .person && $0.end <= span.contentStart
                            && sentences[$0.sentence].paragraph == sentence.paragraph
                    })
                {
                    speaker = named.name
                }
            }
            // A quotation nobody in the text is said to have spoken is a phrase, not a quote.
            guard speaker != nil || description != nil else { continue }
            direct.append(
                QuoteMention(
                    text: content, start: span.contentStart, end: span.contentEnd, kind: .direct,
                    speaker: speaker, speakerDescription: description, cue: attribution?.cue,
                    sentence: sentence.index, speakerStart: attribution?.speakerSpan?.lowerBound,
                    speakerEnd: attribution?.speakerSpan?.upperBound, cueStart: attribution?.cueSpan?.lowerBound,
                    cueEnd: attribution?.cueSpan?.upperBound))
        }
        return (result + direct).sorted { $0.start < $1.start }
    }

    // MARK: Quotation marks

    private struct Span {
        var contentStart: Int
        var contentEnd: Int
    }

    /// Pairs curly, guillemet and straight double quotes; a straight quote opens after a
    /// space or line start and closes otherwise.
    private func quotationSpans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "“", "«", "„":
                open = index
            case "”", "»":
                if let start = open, index - start < 3000 {
                    spans.append(Span(contentStart: start + 1, contentEnd: index))
                }
                open = nil
            case "\"":
                let previous = index > 0 ? scalars[index - 1] : " "
                if open == nil, previous == " " || previous == "\n" || previous == "(" || previous == ":" {
                    open = index
                } else if let start = open {
                    if index - start < 3000 { spans.append(Span(contentStart: start + 1, contentEnd: index)) }
                    open = nil
                }
            case "\n":
                // Quotes do not run over a paragraph break in news copy.
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { open = nil }
            default:
                break
            }
        }
        return spans
    }

    // MARK: Attribution

    private struct Attribution {
        var speaker: String?
        var description: String?
        var cue: String?
        var isPronoun: Bool
        var speakerSpan: Range<Int>?
        var cueSpan: Range<Int>?
    }

    /// `…," Name said` / `…," said Name, a …` / `…," he said` / `…," the source said`.
    private func attribution(
        after offset: Int, in scalars: [Unicode.Scalar], sentence: AnalysedSentence, entities: [EntityMention]
    ) -> Attribution? {
        let tokens = sentence.tokens.filter { $0.start >= offset }
        guard let first = tokens.first, first.start - offset < 4 else { return nil }
        let window = Array(tokens.prefix(14))
        guard let verbIndex = window.firstIndex(where: { Self.speechVerbs.contains($0.text.lowercased()) }) else {
            return nil
        }
        let verb = window[verbIndex]
        let speakerEntity = entities.first {
            $0.type != .place && $0.sentence == sentence.index && $0.start >= offset
                && $0.start <= (window.last?.end ?? offset)
        }
        if verbIndex == 0 || (verbIndex == 1 && ["then", "also"].contains(window[0].text.lowercased())) {
            // `said Name, a …` or `said the security expert`
            if verbIndex + 1 < window.count, Self.determiners.contains(window[verbIndex + 1].text.lowercased()) {
                let end = window[(verbIndex + 1)...].prefix {
                    !$0.isStopWord || Self.determiners.contains($0.text.lowercased())
                }.last!.end
                return describedSpeaker(
                    scalarsText(scalars, window[verbIndex + 1].start, end), span: window[verbIndex + 1].start..<end,
                    cue: verb)
            }
            if let entity = speakerEntity, entity.start >= verb.end {
                return Attribution(
                    speaker: entity.name, description: description(after: entity.end, in: scalars, sentence: sentence),
                    cue: verb.text, isPronoun: false, speakerSpan: entity.start..<entity.end,
                    cueSpan: verb.start..<verb.end)
            }
            return nil
        }
        let subject = window[..<verbIndex]
        if subject.count == 1, ["he", "she", "they"].contains(subject[subject.startIndex].text.lowercased()) {
            let pronoun = subject[subject.startIndex]
            return Attribution(
                speaker: nil, description: nil, cue: verb.text, isPronoun: true,
                speakerSpan: pronoun.start..<pronoun.end, cueSpan: verb.start..<verb.end)
        }
        if let first = subject.first, let last = subject.last, Self.determiners.contains(first.text.lowercased()) {
            return describedSpeaker(
                scalarsText(scalars, first.start, last.end), span: first.start..<last.end, cue: verb)
        }
        if let entity = speakerEntity, entity.start < verb.start {
            return Attribution(
                speaker: entity.name, description: description(after: entity.end, in: scalars, sentence: sentence),
                cue: verb.text, isPronoun: false, speakerSpan: entity.start..<entity.end,
                cueSpan: verb.start..<verb.end)
        }
        return nil
    }

    /// `Name said: "…"` / `Name told DW: "…"` / `According to Name, "…"`.
    private func attribution(
        before offset: Int, in scalars: [Unicode.Scalar], sentence: AnalysedSentence, entities: [EntityMention]
    ) -> Attribution? {
        let tokens = sentence.tokens.filter { $0.end <= offset }
        guard
            let verbIndex = tokens.lastIndex(where: {
                Self.speechVerbs.contains($0.text.lowercased()) || $0.text.lowercased() == "according"
            })
        else {
            return nil
        }
        let verb = tokens[verbIndex]
        if let entity = entities.last(where: {
            ($0.type == .person || $0.type == .organization) && $0.sentence == sentence.index && $0.end <= offset
                && abs($0.end - verb.start) < 40
        }) {
            return Attribution(
                speaker: entity.name, description: description(after: entity.end, in: scalars, sentence: sentence),
                cue: verb.text, isPronoun: false, speakerSpan: entity.start..<entity.end,
                cueSpan: verb.start..<verb.end)
        }
        if verbIndex > 0, ["he", "she", "they"].contains(tokens[verbIndex - 1].text.lowercased()) {
            let pronoun = tokens[verbIndex - 1]
            return Attribution(
                speaker: nil, description: nil, cue: verb.text, isPronoun: true,
                speakerSpan: pronoun.start..<pronoun.end, cueSpan: verb.start..<verb.end)
        }
        return nil
    }

    static let determiners: Set<String> = ["the", "a", "an", "this", "one", "another", "all", "two", "three"]

    /// Nouns that stand for people the text does not name.
    static let anonymousNouns: Set<String> = [
        "source", "sources", "official", "officials", "person", "people", "employee", "insider",
        "consultant", "diplomat", "diplomats", "aide", "aides", "member", "members", "resident",
        "residents", "witness", "witnesses", "journalist", "journalists", "staffer", "adviser",
    ]

    /// "the source close to X" stays a description; "the security expert" refers back to the
    /// last person named.
    private func describedSpeaker(_ phrase: String, span: Range<Int>, cue: Token) -> Attribution {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        let anonymous = words.prefix(4).contains(where: Self.anonymousNouns.contains)
        return Attribution(
            speaker: nil, description: phrase, cue: cue.text, isPronoun: !anonymous, speakerSpan: span,
            cueSpan: cue.start..<cue.end)
    }

    /// The appositive after a name: `Name, an expert at X, told …` gives "an expert at X".
    private func description(after offset: Int, in scalars: [Unicode.Scalar], sentence: AnalysedSentence) -> String? {
        guard offset + 2 < scalars.count, scalars[offset] == "," else { return nil }
        var end = offset + 1
        let limit = min(scalars.count, sentence.end, offset + 120)
        while end < limit, scalars[end] != ",", scalars[end] != "." || (end + 1 < limit && scalars[end + 1] != " ") {
            end += 1
        }
        let phrase = scalarsText(scalars, offset + 1, end).trimmingASCIIWhitespace()
        let first = phrase.split(separator: " ").first?.lowercased() ?? ""
        guard ["a", "an", "the", "who", "former"].contains(first) || phrase.first?.isLowercase == true,
            phrase.split(separator: " ").count >= 2
        else { return nil }
        return String(phrase)
    }

    private func sentenceHasCue(_ sentence: AnalysedSentence) -> Bool {
        sentence.tokens.contains { Self.speechVerbs.contains($0.text.lowercased()) }
    }

    // MARK: Transcripts and reported speech

    /// `NAME SURNAME: words` lines of broadcast transcripts; hosts and reporters
    /// (single-word labels, BYLINE) are the outlet speaking, not a source.
    private func transcriptQuotes(in sentences: [AnalysedSentence], entities: [EntityMention]) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var paragraphsSeen: Set<Int> = []
        for sentence in sentences where !paragraphsSeen.contains(sentence.paragraph) {
            paragraphsSeen.insert(sentence.paragraph)
            guard let colon = sentence.text.firstIndex(of: ":") else { continue }
            let label = sentence.text[..<colon]
            let words = label.split(separator: " ").map { $0.trimmingCharacters(in: [","]) }
            guard words.count >= 2, words.count <= 5, !words.contains("BYLINE"),
                words.allSatisfy({ $0 == $0.uppercased() && $0.contains(where: \.isLetter) })
            else { continue }
            let paragraphSentences = sentences.filter { $0.paragraph == sentence.paragraph }
            let contentStart = sentence.start + label.unicodeScalars.count + 1
            guard let last = paragraphSentences.last else { continue }
            let full = paragraphSentences.map(\.text).joined(separator: " ")
            let content = String(full.unicodeScalars.dropFirst(label.unicodeScalars.count + 1))
                .trimmingASCIIWhitespace()
            let speaker = words.map(EntityName.titleCased).joined(separator: " ")
            let leading = (full.unicodeScalars.count - label.unicodeScalars.count - 1) - content.unicodeScalars.count
            guard last.end - contentStart > 0, !content.isEmpty,
                content.unicodeScalars.count == last.end - contentStart - leading
            else { continue }
            result.append(
                QuoteMention(
                    text: String(content), start: contentStart + leading, end: last.end, kind: .direct,
                    speaker: speaker, speakerDescription: nil, cue: ":", sentence: sentence.index,
                    speakerStart: sentence.start, speakerEnd: contentStart - 1, cueStart: contentStart - 1,
                    cueEnd: contentStart))
        }
        return result
    }

    /// `Name said (that) …` and `According to Name, …` without quotation marks.
    private func reportedSpeech(in sentence: AnalysedSentence, entities: [EntityMention]) -> QuoteMention? {
        let tokens = sentence.tokens
        guard tokens.count >= 6 else { return nil }
        let speakers = entities.filter {
            $0.sentence == sentence.index && ($0.type == .person || $0.type == .organization)
        }
        let scalars = Array(sentence.text.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String {
            String(String.UnicodeScalarView(scalars[(start - sentence.start)..<(end - sentence.start)]))
        }
        if tokens[0].text == "According", tokens[1].text == "to",
            let entity = speakers.first(where: { $0.start == tokens[2].start }),
            let comma = scalars[(entity.end - sentence.start)...].firstIndex(of: ",")
        {
            let start = sentence.start + comma + 2
            guard start < sentence.end else { return nil }
            return QuoteMention(
                text: text(start, sentence.end), start: start, end: sentence.end, kind: .indirect, speaker: entity.name,
                speakerDescription: nil, cue: "according to", sentence: sentence.index, speakerStart: entity.start,
                speakerEnd: entity.end, cueStart: tokens[0].start, cueEnd: tokens[1].end)
        }
        let prepositions: Set<String> = ["to", "of", "from", "with", "about", "for", "by", "in", "on", "at", "close"]
        for entity in speakers {
            // Only a subject speaks: no preposition may govern the name.
            let governing = tokens.filter { $0.end <= entity.start }.suffix(2)
            guard !governing.contains(where: { prepositions.contains($0.text.lowercased()) }) else { continue }
            guard let next = tokens.firstIndex(where: { $0.start > entity.end }) else { continue }
            var verbIndex = next
            while verbIndex < tokens.count,
                ["also", "has", "had", "then", "meanwhile", "however", "further"].contains(
                    tokens[verbIndex].text.lowercased())
            {
                verbIndex += 1
            }
            guard verbIndex < tokens.count, Self.speechVerbs.contains(tokens[verbIndex].text.lowercased()),
                tokens[next].start - entity.end <= 2 || tokens[next].text.lowercased() == "meanwhile"
            else { continue }
            var contentIndex = verbIndex + 1
            if ["told", "tells"].contains(tokens[verbIndex].text.lowercased()) {
                while contentIndex < tokens.count, tokens[contentIndex].isCapitalized { contentIndex += 1 }
            }
            if contentIndex < tokens.count, tokens[contentIndex].text == "that" { contentIndex += 1 }
            guard contentIndex < tokens.count, tokens.count - contentIndex >= 4 else { continue }
            let start = tokens[contentIndex].start
            return QuoteMention(
                text: text(start, sentence.end), start: start, end: sentence.end, kind: .indirect, speaker: entity.name,
                speakerDescription: nil, cue: tokens[verbIndex].text, sentence: sentence.index,
                speakerStart: entity.start, speakerEnd: entity.end, cueStart: tokens[verbIndex].start,
                cueEnd: tokens[verbIndex].end)
        }
        return nil
    }

    private func scalarsText(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
