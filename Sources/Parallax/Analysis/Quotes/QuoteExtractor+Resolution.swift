internal import Foundation

extension QuoteExtractor {
    /// Pronouns ("he said") take the last named speaker; "the source" or "the expert" take the
    /// last speaker described or named so; mentions keep pointing at the words in the text.
    func resolved(_ quotes: [QuoteMention], context: Context) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var lastNamed: QuoteMention?
        var lastDescribed: QuoteMention?
        var lastSpeaking: QuoteMention?
        for var quote in quotes {
            let mention = quote.speakerStart.flatMap { start in quote.speakerEnd.map { context.text(start, $0) } }
            let lower = mention?.lowercased() ?? ""
            if quote.speaker == nil, Self.firstPerson.contains(lower) {
                // "As I said in my review, …": outside quotation marks the writer speaks; nobody
                // the story names.
            } else if quote.speaker == nil, ["who", "which"].contains(lower), let start = quote.speakerStart,
                let named = relativeAntecedent(before: start, context: context)
            {
                // "Lena Ortmann, who on Tuesday endorsed Holm": the name the relative clause follows.
                quote.speaker = named
            } else if quote.speaker == nil, ["who", "which"].contains(lower), let start = quote.speakerStart {
                // "compared with 23 percent who said": the noun phrase right before the relative,
                // never the last speaker (who may be the share it is compared with).
                let head = restrictedAntecedent(before: start, context: context)
                quote.speaker = head?.speaker
                quote.speakerDescription = head?.description
            } else if quote.speaker == nil, lower == "it", let start = quote.speakerStart,
                let earlier = lastSpeaking?.speaker, !isBody(earlier, context: context)
            {
                // "… is not explained in the indictment against her, but it says …": "it" is a thing,
                // never the person who spoke last: the thing its own sentence names before it.
                quote.speakerDescription = thingBefore(start, context: context)
            } else if quote.speaker == nil, mention != nil, Self.pronouns.contains(lower) {
                // The latest speaker, named or described, whose gender fits the pronoun.
                let wanted = Gender(pronoun: lower)
                let fitting =
                    wanted == nil
                    ? lastSpeaking
                    : result.last {
                        ($0.speaker != nil || $0.speakerDescription != nil)
                            && gender(of: $0, context: context).map { $0 == wanted } ?? true
                    }
                if wanted != nil, let named = nearestPerson(before: quote, gender: wanted, context: context) {
                    // "Dewell, for his part, is already talking … “…,” he said.": the person named
                    // nearest before in the paragraph whose gender fits.
                    quote.speaker = named
                    quote.speakerDescription =
                        quote.speakerDescription ?? result.last { $0.speaker == named }?.speakerDescription
                } else if let newer = newerSubject(
                    after: fitting, before: quote, gender: wanted, spoken: result, context: context)
                {
                    // "Anchorage lawyer William Ingaldson, the building's owner, was there. … "…," he
                    // said.": a person who opened a sentence since the last quote took the floor.
                    quote.speaker = newer
                } else if let wanted, fitting?.speaker == nil, let start = quote.speakerStart,
                    let named = context.entities(in: 0..<start).last(where: { entity in
                        entity.type == .person && !context.isQuoted(entity.start)
                            && gender(of: entity.name, description: nil, context: context) == wanted
                    })
                {
                    // "A representative said …. "…," she said.": a speaker described only, whose
                    // gender the text does not give, yields to a person named before whose gender fits.
                    quote.speaker = named.name
                } else if let earlier = fitting {
                    quote.speaker = earlier.speaker
                    quote.speakerDescription = quote.speakerDescription ?? earlier.speakerDescription
                } else {
                    quote.speaker = lastPerson(before: quote.speakerStart ?? 0, context: context)
                }
            } else if quote.speaker == nil, lower.hasPrefix("the "),
                // "the source close to X" describes; "the source" refers back.
                !lower.split(separator: " ").contains(where: { Self.nounPrepositions.contains(String($0)) }),
                let head = lower.split(separator: " ").dropFirst().prefix(while: {
                    !Self.nounPrepositions.contains(String($0))
                }).last
            {
                let earlierDescribed = result.last { earlier in
                    guard let description = earlier.speakerDescription?.lowercased() else { return false }
                    return description.split(separator: " ").prefix { !Self.nounPrepositions.contains(String($0)) }
                        .contains(head) && description != lower
                }
                if Self.roleNouns.contains(String(head)),
                    let earlier = nearestSpeaker(before: quote, head: String(head), among: result, context: context)
                {
                    // "The expert notes …" after "According to Oleshchuk, …": the speaker named
                    // nearest before it in its paragraph, one described so first.
                    quote.speaker = earlier.speaker
                    quote.speakerDescription = earlier.speakerDescription
                } else if let earlier = earlierDescribed
                    ?? lastDescribed.flatMap({
                        $0.speakerDescription?.lowercased().hasSuffix(head) == true ? $0 : nil
                    })
                {
                    quote.speaker = earlier.speaker
                    quote.speakerDescription = earlier.speakerDescription
                } else if Self.roleNouns.contains(String(head)) {
                    // "the engineer": the last named speaker described so, else the last named.
                    let described = result.last {
                        $0.speaker != nil && $0.speakerDescription?.lowercased().contains(head) == true
                    }
                    // "the Venezuelan leader" is somebody in particular: not just the last one named.
                    let modified = lower.split(separator: " ").count > 2
                    // "the Post says …. The manager said, "…"": a role is a person's; when the last
                    // one named is a body (an outlet, an agency), the role stays as described.
                    let body = lastNamed?.speaker.map { isBody($0, context: context) } ?? false
                    if let named = described ?? (modified || body ? nil : lastNamed) {
                        quote.speaker = named.speaker
                        quote.speakerDescription = named.speakerDescription ?? quote.speakerDescription
                    } else if !modified, !body {
                        quote.speaker = lastPerson(before: quote.speakerStart ?? 0, context: context)
                    }
                }
            }
            if quote.speaker != nil, quote.speakerStart != nil { lastNamed = quote }
            if quote.speaker != nil || quote.speakerDescription != nil { lastSpeaking = quote }
            if quote.speakerDescription != nil { lastDescribed = quote }
            result.append(quote)
        }
        return result
    }

    /// The earlier quote whose speaker is named nearest before `quote` in the same paragraph;
    /// among several, one whose description has `head` ("the security expert" → "an expert at X").
    func nearestSpeaker(
        before quote: QuoteMention, head: String, among earlier: [QuoteMention], context: Context
    ) -> QuoteMention? {
        guard let start = quote.speakerStart, quote.sentence < context.sentences.count else { return nil }
        let paragraph = context.sentences[quote.sentence].paragraph
        var bySpeaker: [String: QuoteMention] = [:]
        for candidate in earlier {
            guard let speaker = candidate.speaker, candidate.speakerStart != nil else { continue }
            if candidate.speakerDescription != nil || bySpeaker[speaker] == nil { bySpeaker[speaker] = candidate }
        }
        let mentions = context.entities.filter { entity in
            entity.type == .person && entity.end <= start && bySpeaker[entity.name] != nil
                && !context.isQuoted(entity.start)
                && entity.sentence < context.sentences.count
                && context.sentences[entity.sentence].paragraph == paragraph
        }
        let described = mentions.last { entity in
            earlier.contains {
                $0.speaker == entity.name && $0.speakerDescription?.lowercased().contains(head) == true
            }
        }
        return (described ?? mentions.last).flatMap { bySpeaker[$0.name] }
    }

    /// A speaker's gender as the text gives it: a title before a mention of the name ("Mrs.
    /// Wren"), a gendered noun in the description ("a spokeswoman"), or the pronoun that follows
    /// a mention in a sentence naming nobody else. Nil when the text does not say or disagrees.
    func gender(of quote: QuoteMention, context: Context) -> Gender? {
        gender(of: quote.speaker, description: quote.speakerDescription, context: context)
    }

    /// The person named nearest before `quote`'s speaker mention in its paragraph whose gender
    /// does not contradict `wanted`.
    func nearestPerson(before quote: QuoteMention, gender wanted: Gender?, context: Context) -> String? {
        guard let start = quote.speakerStart, let sentence = context.sentence(at: start) else { return nil }
        // The paragraph's first sentence up to the pronoun.
        var first = sentence.index
        while first > 0, context.sentences[first - 1].paragraph == sentence.paragraph { first -= 1 }
        let from = context.sentences[first].start
        guard from < start else { return nil }
        // A name inside a quotation is somebody spoken of, not the one speaking ("'I really
        // don't question Billy at all,' he said").
        return context.entities(in: from..<start).last { entity in
            entity.type == .person && entity.end <= start && !context.isQuoted(entity.start)
                // "surprised by Putin's response": a possessor is not who speaks next.
                && !["’s", "'s"].contains(context.text(entity.end, entity.end + 2))
                && !Self.isPluralPossessive(context.text(entity.end, entity.end + 2), after: entity.text)
                && gender(of: entity.name, description: nil, context: context).map { $0 == wanted } ?? true
        }?.name
    }

    func gender(of speaker: String?, description: String?, context: Context) -> Gender? {
        var votes: [Gender: Int] = [:]
        for word in (description ?? "").lowercased().split(separator: " ") {
            if let gender = Gender(noun: String(word)) { votes[gender, default: 0] += 2 }
        }
        guard let speaker else { return votes.count == 1 ? votes.keys.first : nil }
        // "Mark Roesler": a first name most often borne by one gender.
        if speaker.contains(" "), let first = speaker.split(separator: " ").first,
            let gender = Gender(speakerGivenName: String(first))
        {
            votes[gender, default: 0] += 2
        }
        for entity in context.entities where entity.name == speaker && entity.sentence < context.sentences.count {
            let sentence = context.sentences[entity.sentence]
            let tokens = sentence.tokens
            guard let position = tokens.firstIndex(where: { $0.start >= entity.start }) else { continue }
            if position > 0, let title = Gender(title: tokens[position - 1].text.lowercased()) {
                votes[title, default: 0] += 2
            }
            let others = context.entities(in: entity.end..<sentence.end).contains {
                $0.type == .person && $0.name != speaker
            }
            if !others,
                let pronoun = tokens[position...].lazy.compactMap({ Gender(pronoun: $0.text.lowercased()) }).first
            {
                votes[pronoun, default: 0] += 1
            }
        }
        let female = votes[.female] ?? 0
        let male = votes[.male] ?? 0
        return female > male ? .female : male > female ? .male : nil
    }

    /// The last person opening a sentence (within its first tokens) after `earlier` and before
    /// `quote`'s speaker mention, outside quotations, whose gender does not contradict `wanted`.
    func newerSubject(
        after earlier: QuoteMention?, before quote: QuoteMention, gender wanted: Gender?, spoken: [QuoteMention],
        context: Context
    ) -> String? {
        guard let earlier, let start = quote.speakerStart, wanted != nil else { return nil }
        let from = max(earlier.end, earlier.speakerEnd ?? 0)
        guard from < start else { return nil }
        return context.entities(in: from..<start).last { entity in
            guard entity.type == .person, entity.end <= start, !context.isQuoted(entity.start),
                entity.name != earlier.speaker, let sentence = context.sentence(at: entity.start),
                let position = sentence.tokens.firstIndex(where: { $0.start >= entity.start }),
                position < configuration.subjectOpeningTokens,
                // Not in a clause opening the sentence ("As Whiteside talked, …").
                !sentence.tokens[..<position].contains(where: { Self.boundaries.contains($0.text.lowercased()) })
            else { return false }
            // "Tom Brandt, a spokesman, said …": what his own quotes say of him counts too.
            let description = spoken.last { $0.speaker == entity.name }?.speakerDescription
            return gender(of: entity.name, description: description, context: context).map { $0 == wanted } ?? true
        }?.name
    }

    /// The person or body named right before a relative pronoun at `offset` (`Name, who`).
    func relativeAntecedent(before offset: Int, context: Context) -> String? {
        guard let named = context.entities(in: max(0, offset - configuration.appositiveScalars)..<offset).last,
            named.end < offset, context.text(named.end, offset).trimmingASCIIWhitespace() == ","
        else { return nil }
        return named.name
    }

    /// The noun phrase right before a relative pronoun at `offset` ("23 percent who said", "The
    /// two jurors, who indicated"), after the last pronoun or verb form in it ("he kidnapped a
    /// woman who says" gives "a woman"); nil when a pronoun or nothing stands there.
    func restrictedAntecedent(before offset: Int, context: Context) -> Source? {
        let tokens = context.sentence(at: offset)?.tokens ?? []
        guard let relative = tokens.firstIndex(where: { $0.start == offset }), relative >= 1,
            [" ", ", "].contains(context.gap(tokens, before: relative)),
            var (first, _) = subject(endingAt: relative - 1, in: tokens, context: context)
        else { return nil }
        if let verb = (first..<relative).last(where: { index in
            let word = tokens[index].text.lowercased()
            return !tokens[index].isCapitalized
                && (Self.pronouns.contains(word) || word.hasSuffix("ed") || Self.cueVerbs.contains(word))
        }) {
            first = verb + 1
        }
        guard first < relative,
            let found = source(tokens, first, relative - 1, context: context, allowAppositive: false),
            found.kind != .pronoun
        else { return nil }
        return found
    }

    /// The last "the" and the lowercase words after it, to a preposition or a comma, before `offset`
    /// in its sentence ("the indictment" in "not explained in the indictment against her, but it
    /// says"), when its head is no role, no anonymous teller and no time.
    func thingBefore(_ offset: Int, context: Context) -> String? {
        let tokens = context.sentence(at: offset)?.tokens ?? []
        guard let pronoun = tokens.firstIndex(where: { $0.start == offset }) else { return nil }
        for article in stride(from: pronoun - 1, through: 0, by: -1) where tokens[article].text.lowercased() == "the" {
            let end =
                (article + 1..<pronoun).first { index in
                    Self.clausePrepositions.contains(tokens[index].text.lowercased())
                        || context.commaInGap(tokens, before: index)
                } ?? pronoun
            let words = tokens[(article + 1)..<end]
            guard let head = words.last?.text.lowercased(), words.allSatisfy({ !$0.isCapitalized && !$0.isStopWord }),
                !Self.roleNouns.contains(head), !Self.anonymousNouns.contains(head), !Self.timeHeads.contains(head)
            else { return nil }
            return context.text(tokens[article].start, tokens[end - 1].end)
        }
        return nil
    }

    /// Whether the text names `speaker` only as an organization, place or other body, never as a person.
    func isBody(_ speaker: String, context: Context) -> Bool {
        let named = context.entities.filter { $0.name == speaker }
        return !named.isEmpty && !named.contains { $0.type == .person }
    }

    func lastPerson(before offset: Int, context: Context) -> String? {
        context.entities.last { $0.type == .person && $0.end <= offset }?.name
    }
}

/// A person's gender as news copy marks it: by pronoun, title or a gendered noun.
enum Gender: Hashable {
    case female, male

    init?(pronoun: String) {
        switch pronoun {
        case "she", "her", "hers", "herself": self = .female
        case "he", "him", "his", "himself": self = .male
        default: return nil
        }
    }

    init?(title: String) {
        switch title {
        case "mrs", "ms", "miss", "madam", "lady", "dame": self = .female
        case "mr", "sir", "lord": self = .male
        default: return nil
        }
    }

    init?(noun: String) {
        switch noun {
        case "woman", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "actress",
            "mother", "wife", "daughter", "sister", "widow", "girl", "queen", "princess":
            self = .female
        case "man", "spokesman", "chairman", "businessman", "congressman", "councilman", "actor", "father",
            "husband", "son", "brother", "widower", "boy", "king", "prince":
            self = .male
        default: return nil
        }
    }
}
