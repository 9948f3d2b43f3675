internal import Foundation

// Speaker finding: the subject of a cue, before or after it, and a clause's or a sentence's speaker.

extension QuoteExtractor {
    /// Classifies the words `first...last` of a sentence as a source. A noun phrase's head comes
    /// before its prepositions: "a source close to the Kremlin" is a description, "Neil Melvin of
    /// RUSI" a name.
    func source(
        _ tokens: [Token], _ first: Int, _ last: Int, context: Context, allowAppositive: Bool
    ) -> Source? {
        guard first <= last, first >= 0, last < tokens.count else { return nil }
        let words = tokens[first...last]
        let lower = words.map { $0.text.lowercased() }
        let span = tokens[first].start..<tokens[last].end
        if words.count == 1, Self.pronouns.contains(lower[0]) {
            return Source(span: span, kind: .pronoun)
        }
        if words.count == 1, !words[first].isCapitalized, Self.isAuxiliary(lower[0]) { return nil }
        // "who runs a café …": a relative clause stands for the name before it.
        if ["who", "which"].contains(lower[0]) {
            // "Obama, who he noted was …": the pronoun after an object's relative tells.
            let teller = words.count == 2 && Self.pronouns.contains(lower[1]) && lower[1] != "who" ? first + 1 : first
            return Source(span: tokens[teller].start..<tokens[teller].end, kind: .pronoun)
        }
        let preposition = words.indices.first {
            $0 > first && (Self.nounPrepositions.contains(lower[$0 - first]) || lower[$0 - first] == "by")
        }
        let headEnd = preposition.map { tokens[$0 - 1].end } ?? span.upperBound
        // "an interview with CNN Trump said": a person right before the cue, not after a preposition.
        let trailingPerson = context.entities(in: span).last { entity in
            preposition == nil && entity.type == .person && entity.end == span.upperBound && entity.start > headEnd
                && tokens.last(where: { $0.end <= entity.start }).map {
                    !Self.nounPrepositions.contains($0.text.lowercased())
                } == true
        }
        let inHead = context.entities(in: span).filter { $0.end <= headEnd }
        // "Meduza's source close to …": a possessor is not the speaker.
        let possessor =
            inHead.last.map { entity in
                let after = context.text(entity.end, min(entity.end + 3, headEnd))
                return after.hasPrefix("’s ") || after.hasPrefix("'s ")
                    || Self.isPluralPossessive(String(after.prefix(2)), after: entity.text.lowercased())
            } ?? false
        // The head of a noun phrase comes last: "\"Twilight\" studio Summit Entertainment",
        // "New York-based Human Rights Watch".
        if !possessor, let entity = inHead.last(where: { $0.type == .person }) ?? inHead.last ?? trailingPerson {
            let prefix = context.text(span.lowerBound, entity.start).trimmingASCIIWhitespace()
            var description =
                allowAppositive ? appositive(after: entity.end, context: context, limit: tokens.last?.end ?? 0) : nil
            let prefixWords = prefix.split(separator: " ").map { $0.lowercased() }
            if description == nil, prefixWords.contains(where: { !StopWords.contains($0, language: "en") }),
                prefix.first?.isLowercase == true || prefixWords.count >= 2,
                let opening = prefixWords.first, !Self.pronouns.contains(opening), !Self.boundaries.contains(opening)
            {
                description = String(prefix)
            }
            // "Vancouver police said": a name before a common noun speaks as that noun's body.
            let rest = context.text(entity.end, headEnd).trimmingASCIIWhitespace()
            if entity.type != .person, !rest.isEmpty,
                rest.split(separator: " ").allSatisfy({ $0.first?.isLowercase == true })
            {
                return Source(
                    span: span, kind: .name, speaker: context.text(entity.start, headEnd), description: description)
            }
            return Source(
                span: span, kind: .name, speaker: Self.fullName(of: entity, in: tokens, from: first),
                description: description)
        }
        // "the 34-year-old mother of three": the head comes before the preposition.
        let headWord = preposition.map { lower[$0 - 1 - first] } ?? lower.last
        guard let head = headWord, !StopWords.contains(head, language: "en") || head == "others" else {
            return nil
        }
        // "It was only decades later revealed that …", "because of the September 11 attacks": a
        // bare span of time or a date tells nothing ("43 said", a share, and "speeches over the
        // decades" do).
        if words.count <= 2 && Self.timeHeads.contains(head)
            || head.allSatisfy(\.isNumber) && lower.contains(where: EntityLexicon.calendarWords.contains)
        {
            return nil
        }
        let phrase = context.text(span.lowerBound, span.upperBound)
        // "Vancouver police said": a place before a common noun speaks as that noun's body, as a
        // name does above.
        if let named = words.firstIndex(where: { !$0.isCapitalized }), named > first, preposition == nil,
            words[named...].allSatisfy({ !$0.isCapitalized && $0.text.first?.isLetter == true }),
            context.placeNames.contains(EntityName.folded(context.text(tokens[first].start, tokens[named - 1].end)))
        {
            return Source(span: span, kind: .name, speaker: phrase)
        }
        // "said Sgt." cut before its name: an abbreviated title alone names nobody.
        if words.count == 1, Self.abbreviations.contains(lower[0]) {
            return nil
        }
        if words.allSatisfy(\.isCapitalized), first > 0 || words.count > 1 {
            // A speaker is a person or a body: a nationality or a month says nobody; a place
            // ("Russia said") stands for a government the text does not name.
            let folded = EntityName.folded(EntityName.withoutPossessive(phrase))
            if EntityLexicon.demonyms.contains(folded) || EntityLexicon.calendarWords.contains(folded) { return nil }
            // A one-word place the text names so; "Ellen Park" may be a person the suffix misled.
            if EntityLexicon.places.contains(folded) || !folded.contains(" ") && context.placeNames.contains(folded) {
                return Source(span: span, kind: .description, description: phrase)
            }
            return Source(span: span, kind: .name, speaker: phrase)
        }
        // "Kaine has adopted the stance …:": a predicate's subject is the teller.
        if isPredicate(tokens, first, last, context: context),
            let (_, _, subject) = subject(before: first, in: tokens, context: context)
        {
            return subject
        }
        let anonymous = lower.contains(where: Self.anonymousNouns.contains) || lower.first != "the"
        return Source(span: span, kind: anonymous ? .description : .reference, description: phrase)
    }

    /// The first word of the noun phrase ending at `last`: over names, titles, possessives and
    /// prepositional phrases ("an employee of the envoy's office in Moscow").
    func phraseStart(endingAt last: Int, in tokens: [Token], context: Context) -> Int {
        var first = last
        var plain = 0
        while first > 0, last - first < configuration.nounPhraseTokens {
            let previous = tokens[first - 1].text.lowercased()
            let gap = context.gap(tokens, before: first)
            let joined =
                gap == " " || gap == "-" || gap == "’s " || gap == "'s "
                || Self.isPluralPossessive(gap, after: previous)
                || (gap == ". " && (Self.abbreviations.contains(previous) || previous.count == 1))
            guard joined else { break }
            if Self.nounPrepositions.contains(previous), first >= 2, context.gap(tokens, before: first - 1) == " " {
                let noun = tokens[first - 2]
                let nounText = noun.text.lowercased()
                let fits: Bool
                switch previous {
                case "to": fits = ["close", "closer", "near"].contains(nounText)
                case "with": fits = ["familiar", "involved"].contains(nounText)
                default:
                    // "Neil Melvin of RUSI", "an expert at X", but not "Mike Pence on Thursday".
                    fits =
                        !tokens[first].isNumber
                        && !EntityLexicon.calendarWords.contains(tokens[first].text.lowercased())
                        && !noun.isStopWord && !Self.boundaries.contains(nounText) && !Self.cueVerbs.contains(nounText)
                        && !Self.objectCues.contains(nounText) && !nounText.hasSuffix("ed")
                }
                if fits {
                    first -= 1
                    continue
                }
                break
            }
            guard !Self.boundaries.contains(previous) || previous == "the" else { break }
            plain += 1
            first -= 1
        }
        return first
    }

    /// The appositive after a name: `Name, an expert at X, told …` gives "an expert at X".
    func appositive(after offset: Int, context: Context, limit: Int) -> String? {
        let scalars = context.scalars
        guard offset + 2 < scalars.count, scalars[offset] == "," else { return nil }
        var end = offset + 1
        let limit = min(scalars.count, limit + 1, offset + configuration.appositiveScalars)
        while end < limit, scalars[end] != ",", scalars[end] != "\n",
            scalars[end] != "." || (end + 1 < limit && scalars[end + 1] != " ")
        {
            end += 1
        }
        let phrase = context.text(offset + 1, end).trimmingASCIIWhitespace()
        let first = phrase.split(separator: " ").first?.lowercased() ?? ""
        let lowercaseNoun = phrase.first?.isLowercase == true && !first.hasSuffix("ed") && !first.hasSuffix("ing")
        guard ["a", "an", "the", "who", "former"].contains(first) || lowercaseNoun,
            phrase.split(separator: " ").count >= 2
        else { return nil }
        return String(phrase)
    }

    /// The subject ending at token `last`, reaching back over a name and its title.
    func subject(endingAt last: Int, in tokens: [Token], context: Context) -> (Int, Source)? {
        guard last >= 0 else { return nil }
        var first = phraseStart(endingAt: last, in: tokens, context: context)
        guard var found = source(tokens, first, last, context: context, allowAppositive: false) else { return nil }
        // "Name, a spokesman, said" and "a spokeswoman, Name, said".
        if first >= 2, context.gap(tokens, before: first).trimmingASCIIWhitespace() == ",",
            context.gap(tokens, before: last + 1).hasPrefix(",")
        {
            let before = first - 1
            let start = phraseStart(endingAt: before, in: tokens, context: context)
            if found.kind == .pronoun, ["who", "which"].contains(tokens[first].text.lowercased()),
                let outer = source(tokens, start, before, context: context, allowAppositive: false), outer.kind == .name
            {
                // "Name, who runs a café by the stop, said …"
                found = Source(
                    span: tokens[start].start..<tokens[last].end, kind: .name, speaker: outer.speaker,
                    description: context.text(tokens[first].start, tokens[last].end))
                return (start, found)
            }
            if let outer = source(tokens, start, before, context: context, allowAppositive: false),
                outer.kind == .name || found.kind == .name,
                (found.kind == .name ? outer : found).description?.contains(" ") == true
                    || outer.kind == .name && found.kind == .name
            {
                // "Name, who runs a café, said": the relative clause describes the name before it.
                let innerDescribes =
                    outer.kind == .name
                    && (found.kind != .name || Self.determiners.contains(tokens[first].text.lowercased()))
                let named = innerDescribes ? outer : found
                let described = innerDescribes ? found : outer
                found = Source(
                    span: tokens[start].start..<tokens[last].end, kind: .name, speaker: named.speaker,
                    description: described.kind == .name ? named.description : described.description)
                first = start
            }
        }
        return coordinated(before: first, found, in: tokens, context: context) ?? (first, found)
    }

    /// The subject starting at token `first` ("said Name, an expert at X").
    func subject(
        startingAt first: Int, in tokens: [Token], context: Context, reach: Int? = nil
    ) -> (Int, Source)? {
        guard first < tokens.count else { return nil }
        let leading = tokens[first].text.lowercased()
        guard !Self.boundaries.contains(leading) || leading == "the", !Self.cueParticles.contains(leading) else {
            return nil
        }
        var last = first
        let reach = reach ?? configuration.subjectTokensAfterCue
        while last + 1 < tokens.count, last - first < reach {
            let gap = context.gap(tokens, before: last + 1)
            let next = tokens[last + 1].text.lowercased()
            // "according to a tally by the Associated Press"
            let current = tokens[last].text.lowercased()
            if gap == " ",
                ["by", "of", "from", "at", "for"].contains(next) && reach > configuration.subjectTokensAfterCue
                    || next == "to" && ["close", "closer"].contains(current) || next == "with" && current == "familiar"
            {
                last += 1
                continue
            }
            // "according to \"Twilight\" studio Summit": a quoted title modifies the noun after it.
            let quotedModifier =
                gap.count == 2 && gap.hasSuffix(" ") && gap.first.map(Self.quoteCharacters.contains) == true
                && context.text(tokens[first].start - 1, tokens[first].start).first.map(Self.quoteCharacters.contains)
                    == true
            let joined =
                gap == " " || gap == "-" || gap == "’s " || gap == "'s " || quotedModifier
                || (gap == ". "
                    && (Self.abbreviations.contains(tokens[last].text.lowercased()) || tokens[last].text.count == 1))
            guard joined, !Self.boundaries.contains(next) || next == "the" else { break }
            last += 1
        }
        // "said House Resources Committee Chairman Nick J. Rahall II (D-W.Va.)": a name the reach
        // cuts goes on to its end.
        if let person = context.entities(in: tokens[first].start..<tokens[last].end).last(where: {
            $0.type != .place && $0.end > tokens[last].end
        }), let end = tokens.lastIndex(where: { $0.end <= person.end }), end > last,
            !context.text(tokens[last].end, person.end).contains(where: { ",;:\n".contains($0) })
        {
            last = end
        }
        // "said Biancardi's attorney, James Zeszutek": a role ending in a common noun, then the
        // person's name between commas, is that person.
        if last + 2 < tokens.count, context.gap(tokens, before: last + 1) == ", ", !tokens[last].isCapitalized,
            let person = context.entities(in: tokens[last + 1].start..<tokens[last + 1].end).first(where: {
                $0.type == .person && $0.start == tokens[last + 1].start
            }),
            let nameLast = tokens.lastIndex(where: { $0.end <= person.end }), nameLast > last,
            // The name closes the subject: "According to exit polls, Mitt Romney had …" goes on.
            nameLast + 1 == tokens.count
                || context.gap(tokens, before: nameLast + 1).contains(where: { ",.;".contains($0) })
        {
            return (
                nameLast,
                Source(
                    span: tokens[first].start..<person.end, kind: .name, speaker: person.name,
                    description: context.text(tokens[first].start, tokens[last].end))
            )
        }
        guard let found = source(tokens, first, last, context: context, allowAppositive: true) else { return nil }
        return coordinated(after: last, found, in: tokens, context: context) ?? (last, found)
    }

    /// The subject of the cue at `index`, before it: over auxiliaries ("has also said") and a
    /// bracketed party tag ("Name (R-Fla.) said").
    func subject(before index: Int, in tokens: [Token], context: Context) -> (Int, Int, Source)? {
        var last = index - 1
        var bracketed = false
        // "(D-Calif.) said": the abbreviation's full stop comes before the bracket.
        if last > 0, Self.closesABracket(context.gap(tokens, before: index)),
            let open = (max(1, index - configuration.bracketTokens)..<index).last(where: {
                context.gap(tokens, before: $0).hasSuffix("(")
            })
        {
            last = open - 1
            bracketed = true
        }
        // "The officials, however, said": an adverb between commas is an aside (no comma before the cue).
        var aside = false
        while last > 0,
            context.gap(tokens, before: last + 1) == " "
                || context.gap(tokens, before: last + 1) == ", " && context.gap(tokens, before: last) == ", ",
            !tokens[last].isCapitalized, Self.isAuxiliary(tokens[last].text.lowercased())
        {
            aside =
                aside || context.gap(tokens, before: last) == ", " && context.gap(tokens, before: last + 1) == ", "
            last -= 1
        }
        // "Warren, who has not endorsed a candidate, told …", "Mrs. Clinton, in response to Mr.
        // Trump's remark, accused …": a clause between commas interrupts its subject and verb.
        if !bracketed,
            let interrupted = interruptedSubject(endingAt: last, in: tokens, context: context)
                ?? restrictedSubject(endingAt: last, in: tokens, context: context)
        {
            return interrupted
        }
        // "President Obama, dedicating the museum on Saturday, said": the participial phrase
        // between commas describes the subject before it.
        if !bracketed, last >= 2, context.gap(tokens, before: last + 1) == ", ",
            let opening = (max(1, last - configuration.nounPhraseTokens)...last).last(where: {
                context.commaInGap(tokens, before: $0)
            }),
            opening >= 1, tokens[opening].text.hasSuffix("ing"), !tokens[opening].isCapitalized,
            tokens[opening].text.count > 4, context.gap(tokens, before: opening) == ", "
        {
            last = opening - 1
            guard let (first, found) = subject(endingAt: last, in: tokens, context: context),
                found.kind == .name || found.kind == .pronoun
            else { return nil }
            return (first, last, found)
        }
        // "Name on Thursday said", "Name last week said": the time is not the subject.
        // "Name on Wednesday morning also said", "Name a month later announced".
        while last >= 2, let start = timeAdjunctStart(endingAt: last, in: tokens, context: context), start >= 1 {
            last = start - 1
            while last > 0, context.gap(tokens, before: last + 1) == " ", !tokens[last].isCapitalized,
                Self.isAuxiliary(tokens[last].text.lowercased())
            {
                last -= 1
            }
        }
        // "a panel in 2001 found", "who in 2010 said": a year is not the subject either.
        if last >= 2, tokens[last].isNumber, tokens[last].text.count == 4,
            ["in", "since", "until"].contains(tokens[last - 1].text.lowercased()),
            context.gap(tokens, before: last) == " ", context.gap(tokens, before: last - 1) == " "
        {
            last -= 2
        }
        // "compared with 23 percent who said …", "some who warned …": a relative that no comma
        // sets off, right before its cue, is the teller PolNeAR marks.
        if !bracketed, last >= 1, last == index - 1, tokens[last].text.lowercased() == "who",
            context.gap(tokens, before: last) == " ", context.gap(tokens, before: index) == " "
        {
            return (last, last, Source(span: tokens[last].start..<tokens[last].end, kind: .pronoun))
        }
        guard last >= 0, !Self.boundaries.contains(tokens[last].text.lowercased()) else { return nil }
        let gap = bracketed || aside ? " " : context.gap(tokens, before: last + 1)
        guard gap == " " || gap == ", " && !Self.pronouns.contains(tokens[last].text.lowercased()),
            let (first, found) = subject(endingAt: last, in: tokens, context: context),
            gap == " " || found.kind == .name
        else { return nil }
        return (first, last, found)
    }

    /// The speaker of a sentence's clause before token `index`: the last pronoun, else the last
    /// person or body named before it ("When X died, President Clinton released a statement:").
    func clauseSpeaker(in sentence: AnalyzedSentence, before index: Int, context: Context)
        -> (Source, Int, Int)?
    {
        let tokens = sentence.tokens
        guard index > 0, index <= tokens.count else { return nil }
        let end = tokens[index - 1].end
        var pronoun = tokens[..<index].lastIndex { ["he", "she", "they", "i", "we"].contains($0.text.lowercased()) }
        // "She said she speaks … because "…"": the pronoun opening a cue's reported words speaks
        // for that cue's subject, the outer attribution.
        while let inner = pronoun, inner >= 2 {
            let cue = tokens[inner - 1].text.lowercased() == "that" && inner >= 3 ? inner - 2 : inner - 1
            guard Self.cueVerbs.contains(tokens[cue].text.lowercased()),
                ["he", "she", "they", "i", "we"].contains(tokens[cue - 1].text.lowercased())
            else { break }
            pronoun = cue - 1
        }
        // Not the object of a preposition ("delivered to the Water Authority").
        let named = context.entities(in: sentence.start..<end).last { entity in
            guard entity.end <= end else { return false }
            // Over determiners and a title joined to the name ("about Mr. Tom Brandt").
            guard var index = tokens.lastIndex(where: { $0.end <= entity.start }) else { return true }
            // …and over a possessor ("director of UCS's Scientific Integrity Program").
            while index > 0,
                Self.determiners.contains(tokens[index].text.lowercased())
                    || tokens[index].isCapitalized && !context.commaInGap(tokens, before: index + 1)
                        && Self.abbreviations.contains(tokens[index].text.lowercased())
                    || ["’s ", "'s "].contains(context.gap(tokens, before: index + 1))
                    || tokens[index].text.hasSuffix("'s") || tokens[index].text.hasSuffix("’s")
            {
                index -= 1
            }
            let word = tokens[index].text.lowercased()
            // "a statement by Francesca Grifo": the author of a statement is its teller.
            if word == "by", index > 0, Self.statementNouns.contains(tokens[index - 1].text.lowercased()) {
                return true
            }
            return !Self.objectMarkers.contains(word)
        }
        if let pronoun, named.map({ $0.start < tokens[pronoun].start }) ?? true {
            return (Source(span: tokens[pronoun].start..<tokens[pronoun].end, kind: .pronoun), pronoun, pronoun)
        }
        guard let named, let first = tokens.firstIndex(where: { $0.start >= named.start }),
            let last = tokens.lastIndex(where: { $0.end <= named.end })
        else { return nil }
        return (
            Source(
                span: named.start..<named.end, kind: .name, speaker: Self.fullName(of: named, in: tokens, from: first)),
            first, last
        )
    }

    /// The person or body that opens a sentence ("Mayor Ada Wren opened …, telling …").
    func openingName(of sentence: AnalyzedSentence, context: Context) -> (Source, Int, Int)? {
        let tokens = sentence.tokens
        // "At a campaign event in Clairsville, Ohio, Brenda Johnson railed …": after the opening phrase.
        let start = openingPhraseEnd(of: sentence, from: datelineEnd(of: sentence, context: context), context: context)
        guard tokens.count > start + 2,
            let entity = context.entities(in: tokens[start].start..<tokens[start + 2].end).first(where: {
                $0.start >= tokens[start].start && $0.start <= tokens[start + 2].start && $0.type != .place
            }),
            // "Police pulled Verno over …": a name after the sentence's verb is its object.
            !tokens[start...].prefix(while: { $0.start < entity.start }).contains(where: { token in
                let word = token.text.lowercased()
                return !token.isCapitalized
                    && (word.hasSuffix("ed") || Self.cueVerbs.contains(word) || Self.objectCues.contains(word))
            }),
            let last = tokens.lastIndex(where: { $0.end <= entity.end })
        else {
            if start < tokens.count, Self.pronouns.contains(tokens[start].text.lowercased()) {
                return (Source(span: tokens[start].start..<tokens[start].end, kind: .pronoun), start, start)
            }
            return nil
        }
        return (
            Source(
                span: tokens[start].start..<entity.end, kind: .name,
                speaker: start == 0 ? Self.fullName(of: entity, in: tokens, from: 0) : entity.name),
            start, last
        )
    }

    /// The noun phrase that opens a sentence, after an introductory phrase ("In August, several
    /// environmental groups granted …"), up to its verb: a past form, a cue, an auxiliary, or a
    /// year or weekday adjunct ("A group of doctors in 2015 sent …"). The subject of a verb
    /// coordinated with the first ("… and reported …") and of a participle ("…, calling for …").
    func openingSubject(of sentence: AnalyzedSentence, before index: Int, context: Context) -> (Source, Int, Int)? {
        let tokens = sentence.tokens
        var first = 0
        if let opening = tokens.first?.text.lowercased(), Self.placePrepositions.contains(opening),
            let comma = tokens.indices.dropFirst().prefix(configuration.introductoryTokens).first(where: {
                context.commaInGap(tokens, before: $0)
            })
        {
            first = comma
        }
        let opening = first < index ? tokens[first].text.lowercased() : ""
        guard first < index, !Self.pronouns.contains(opening), !opening.hasSuffix("ed"), !opening.hasSuffix("ing"),
            !Self.boundaries.contains(opening)
        else { return nil }
        var last = first
        var reachedVerb = false
        while last + 1 < index, last - first < configuration.nounPhraseTokens,
            context.gap(tokens, before: last + 1) == " "
        {
            let next = tokens[last + 1]
            let word = next.text.lowercased()
            let verb =
                !next.isCapitalized
                && (word.hasSuffix("ed") || Self.cueVerbs.contains(word) || Self.objectCues.contains(word)
                    || Self.isAuxiliary(word))
            let adjunct =
                ["in", "on", "last", "this"].contains(word) && last + 2 < tokens.count
                && (tokens[last + 2].isNumber
                    || EntityLexicon.calendarWords.contains(tokens[last + 2].text.lowercased()))
            reachedVerb = verb || adjunct
            if verb || adjunct || Self.boundaries.contains(word) && !["in", "at", "with"].contains(word) { break }
            last += 1
        }
        guard reachedVerb, last + 1 < index,
            let found = source(tokens, first, last, context: context, allowAppositive: false), found.kind != .pronoun
        else { return nil }
        return (found, first, last)
    }
}
