internal import Foundation

// A sentence's opening phrase: "In a CNN poll released Monday, 31% of voters said …" names its
// teller there.

extension QuoteExtractor {
    /// Nouns of a poll, whose findings its respondents' "said" reports ("In a CNN poll, 31% said").
    static let pollNouns: Set<String> = ["poll", "polls", "survey", "surveys"]

    /// Words of a share of those asked ("79 percent of Democrats", "a majority of voters").
    static let shareWords: Set<String> = [
        "percent", "majority", "majorities", "half", "plurality", "third", "thirds", "quarter", "fifth", "fifths",
        "most",
    ]

    /// The poll of an opening "In a … poll …," when the cue at `index` has a share of its
    /// respondents for subject ("In a CNN/ORC poll released Monday, 31% of Republicans said …"): the
    /// poll tells what they said, as in "a CNN/ORC poll found that 31% …" (PolNeAR annotates the
    /// poll as the source and "in" as the cue).
    func openingPoll(of sentence: AnalyzedSentence, before index: Int, context: Context) -> Source? {
        let tokens = sentence.tokens
        guard index >= 4, tokens[0].text.lowercased() == "in",
            let comma = (2..<index).first(where: { context.commaInGap(tokens, before: $0) }),
            tokens[1..<comma].contains(where: { Self.pollNouns.contains($0.text.lowercased()) }),
            !((comma + 1)..<index).contains(where: { context.commaInGap(tokens, before: $0) }),
            tokens[comma..<index].contains(where: { token in
                token.isNumber || Self.shareWords.contains(token.text.lowercased())
                    || token.text.first?.isNumber == true
            })
        else { return nil }
        let span = tokens[1].start..<tokens[comma - 1].end
        return Source(span: span, kind: .description, description: context.text(span.lowerBound, span.upperBound))
    }

    /// "Polls show that …", "records show.", "new filings show it has …": a plain "show" or
    /// "indicate" after a plural noun (not a stop word, not a possessor) and before "that", an
    /// object's first word (a determiner, a pronoun, a name, a number), "how", "as" or the clause's end.
    func isEvidenceVerb(at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard index > 0 else { return false }
        let subject = tokens[index - 1]
        let noun = subject.text.lowercased()
        guard !subject.isStopWord, noun.hasSuffix("s") || noun.hasSuffix("data"), !noun.hasSuffix("'s"),
            !noun.hasSuffix("’s"), context.gap(tokens, before: index) == " "
        else { return false }
        guard index + 1 < tokens.count, context.gap(tokens, before: index + 1) == " " else { return true }
        let next = tokens[index + 1]
        let object = next.text.lowercased()
        return Self.contentOpeners.contains(object) || object == "as" || next.isCapitalized || next.isNumber
            || Self.determiners.contains(object)
            || Self.pronouns.contains(object) || ["him", "them", "us", "no", "little"].contains(object)
    }

    /// Words opening a clause or phrase before a sentence's subject ("Even before Sanders took the
    /// stage, his campaign sent …", "Despite the storm, …").
    static let openingClauseWords: Set<String> = [
        "after", "before", "when", "while", "as", "if", "although", "though", "because", "since", "once", "until",
        "even", "despite", "amid", "among", "unlike", "following", "throughout",
    ]

    /// Words of a finite verb: a prepositional phrase holds none ("In 2014 Trump said that, …" opens
    /// with its subject, not with a phrase).
    static let finiteWords: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
    ]

    /// The first token after a dateline opening the sentence ("ORLANDO, Fla. (Reuters) - …",
    /// "BUENA PARK, Calif. - …", "Washington (AFP) – …"): the outlet in its brackets reports, it is
    /// not the subject. A dateline in mixed case needs its bracketed outlet (one word).
    func datelineEnd(of sentence: AnalyzedSentence, context: Context) -> Int {
        let tokens = sentence.tokens
        guard let first = tokens.first, first.text.count > 1, first.text.first?.isLetter == true, first.isCapitalized
        else { return 0 }
        let shouted = first.text == first.text.uppercased()
        let dash = tokens.indices.dropFirst().prefix(configuration.datelineTokens).first { index in
            let gap = context.gap(tokens, before: index)
            guard gap.count > 1, gap.contains(where: { "-—–".contains($0) }) else { return false }
            if shouted { return true }
            // "(Reuters) - …" after a sentence cut at "Fla.": the bracket opens before the sentence.
            let opened =
                index >= 2
                ? context.gap(tokens, before: index - 1).hasSuffix("(")
                : context.text(tokens[0].start - 1, tokens[0].start) == "("
            return gap.hasPrefix(")") && opened
        }
        return dash ?? 0
    }

    /// The first token after a phrase or clause opening the sentence at `start` and closed by a
    /// comma ("At a campaign event in St. Clairsville, Ohio, …", "Even before Sanders took the stage
    /// Tuesday night, …", "Rallying hundreds of workers, …"), else `start`. A place's state between
    /// commas belongs to the phrase; a prepositional phrase holding a verb is no phrase.
    func openingPhraseEnd(of sentence: AnalyzedSentence, from start: Int, context: Context) -> Int {
        let tokens = sentence.tokens
        guard start + 2 < tokens.count else { return start }
        let word = tokens[start].text.lowercased()
        let preposition = Self.placePrepositions.contains(word) && !Self.openingClauseWords.contains(word)
        let participle = word.count > 5 && word.hasSuffix("ing") && !Self.cueVerbs.contains(word)
        guard preposition || participle || Self.openingClauseWords.contains(word) else { return start }
        var index = start + 1
        while index < tokens.count, index - start <= configuration.openingPhraseTokens {
            let gap = context.gap(tokens, before: index)
            if gap.contains(where: { ".;:!?".contains($0) || Self.quoteCharacters.contains($0) }) && !gap.hasPrefix(".")
            {
                return start
            }
            let next = tokens[index].text.lowercased()
            if preposition, Self.cueVerbs.contains(next) || Self.finiteWords.contains(next) { return start }
            if Self.holdsComma(gap) {
                // "in St. Clairsville, Ohio, …", "in Manchester, N.H., …"
                if let close = tokens.indices.dropFirst(index + 1).prefix(2).first(where: {
                    context.commaInGap(tokens, before: $0)
                }), tokens[index..<close].allSatisfy(\.isCapitalized),
                    context.placeNames.contains(
                        EntityName.folded(context.text(tokens[index].start, tokens[close - 1].end)))
                        || EntityLexicon.places.contains(EntityName.folded(tokens[index].text))
                        || context.gap(tokens, before: close).hasPrefix(".")
                {
                    index = close
                    continue
                }
                return index
            }
            index += 1
        }
        return start
    }

    /// "In TV interviews and tweets, Trump has argued …": a cue's plural form closing a
    /// prepositional phrase that opens the sentence, with no verb before it there, is a noun.
    func isPluralEndingOpening(at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard index >= 2, index + 1 < tokens.count, tokens[index].text.hasSuffix("s"),
            context.gap(tokens, before: index + 1).hasPrefix(","),
            Self.placePrepositions.contains(tokens[0].text.lowercased()),
            !Self.openingClauseWords.contains(tokens[0].text.lowercased())
        else { return false }
        return !(1..<index).contains { position in
            let word = tokens[position].text.lowercased()
            return context.commaInGap(tokens, before: position) || Self.cueVerbs.contains(word)
                || Self.finiteWords.contains(word)
        }
    }

    /// Cue forms that are as often plural nouns ("sexist attacks", "renewed fears", "personal notes").
    static let pluralNounCues: Set<String> = [
        "attacks", "fears", "notes", "calls", "reports", "estimates", "demands", "promises", "claims",
    ]

    /// Forms of "be": "There have been conflicting reports …" makes the reports tellers.
    static let copulas: Set<String> = ["be", "been", "is", "are", "was", "were"]

    /// Endings of an adjective or participle before a noun ("sexist", "xenophobic", "personal",
    /// "renewed").
    static let modifierEndings = ["ist", "ic", "al", "ive", "ous", "ful", "ian", "ed", "ing"]

    /// "Trump also struck populist notes", "Grimm talked about renewed fears", "…, raising fears":
    /// one of `pluralNounCues` after a lowercase adjective or participle that no determiner,
    /// possessor, name, number or copula opens (or a participle after a comma) is a noun; "the official
    /// notes", "Her economic plan promises" and "Mr. Trump's repeated calls" stay cues.
    func isModifiedPlural(at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard index >= 2, Self.pluralNounCues.contains(tokens[index].text.lowercased()),
            context.gap(tokens, before: index) == " "
        else { return false }
        let modifier = tokens[index - 1]
        let word = modifier.text.lowercased()
        guard !modifier.isCapitalized, !modifier.isStopWord, !Self.isAuxiliary(word), word.count > 4,
            Self.modifierEndings.contains(where: word.hasSuffix)
        else { return false }
        let gap = context.gap(tokens, before: index - 1)
        if word.hasSuffix("ing"), Self.holdsComma(gap) { return true }
        let before = tokens[index - 2]
        let opener = before.text.lowercased()
        let possessor =
            ["’s ", "'s "].contains(gap) || opener.hasSuffix("'s") || opener.hasSuffix("’s")
            || Self.isPluralPossessive(gap, after: opener)
        // "There have been conflicting reports as to whether …": after a copula the reports tell.
        // "Mr. Obama scrutinized reports like …": after a name, a past form is the verb, the plural its object.
        let pastAfterName = before.isCapitalized && word.hasSuffix("ed") && !before.text.hasSuffix(".")
        return gap == " " && (!before.isCapitalized || pastAfterName) && !possessor
            && !Self.determiners.contains(opener)
            && !before.isNumber && !Self.copulas.contains(opener)
    }

    /// "…, which will open …, said political scientist Petro Oleshchuk of Kyiv National
    /// University.": a person named within the inverted subject's first words after the cue is the
    /// teller, not the described phrase before the clause.
    func namesSubjectClosingSentence(after index: Int, in tokens: [Token], context: Context) -> Bool {
        var next = index + 1
        while next < tokens.count, next - index <= configuration.subjectOpeningTokens {
            let token = tokens[next]
            if let person = context.entities(in: token.start..<token.end).first(where: {
                $0.type == .person && $0.start == token.start
            }) {
                // "said Trump's remarks …": a possessor is not the teller.
                let after = context.text(person.end, min(person.end + 2, context.scalars.count))
                return !after.hasPrefix("'s") && !after.hasPrefix("’s")
            }
            // Over a title or a role in lower case ("political scientist", "Sen."), not a clause.
            let word = token.text.lowercased()
            guard !Self.boundaries.contains(word), !EntityLexicon.calendarWords.contains(word),
                !token.isCapitalized || Self.abbreviations.contains(word) || EntityLexicon.titles.contains(word)
            else { return false }
            next += 1
        }
        return false
    }
}
