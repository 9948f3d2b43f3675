internal import Foundation

extension QuoteExtractor {
    /// Whether the words `first...last`, taken for a described teller, are a predicate instead:
    /// an infinitive ("not authorized to discuss internal strategy"), or a verb form followed by
    /// its object ("Kaine has adopted the stance …:", "has repeatedly made other public …"). A
    /// participle that modifies a noun ("unnamed officials", "frustrated parents") is no predicate:
    /// a determiner, not a noun, follows a verb.
    func isPredicate(_ tokens: [Token], _ first: Int, _ last: Int, context: Context) -> Bool {
        guard first <= last, !tokens[first].isCapitalized else { return false }
        if first > 0, tokens[first - 1].text.lowercased() == "to", context.gap(tokens, before: first) == " " {
            return true
        }
        var verb = first
        // An adverb before the verb ("repeatedly made").
        if verb < last, tokens[verb].text.lowercased().hasSuffix("ly"), !tokens[verb + 1].isCapitalized {
            verb += 1
        }
        let word = tokens[verb].text.lowercased()
        guard verb < last, word.hasSuffix("ed") || word.hasSuffix("ing"), context.gap(tokens, before: verb + 1) == " "
        else { return false }
        let next = tokens[verb + 1].text.lowercased()
        return Self.determiners.contains(next) && !["one", "two", "three", "all", "both", "few", "many"].contains(next)
            || next.hasSuffix("’s") || next.hasSuffix("'s")
    }

    /// "Sanders’ campaign manager": an apostrophe after a word ending in s makes it a possessor.
    static func isPluralPossessive(_ gap: String, after word: String) -> Bool {
        (gap == "’ " || gap == "' ") && word.hasSuffix("s")
    }

    /// The recognizer leaves out a sentence's first word, which may be a first name: "Mara
    /// Lindqvist told …" is Mara Lindqvist when the subject starts the sentence.
    static func fullName(of entity: EntityMention, in tokens: [Token], from first: Int) -> String {
        let word = tokens.first?.text.lowercased() ?? ""
        guard entity.type != .place, first == 0, !EntityLexicon.titles.contains(word),
            !EntityLexicon.calendarWords.contains(word), !EntityLexicon.places.contains(word), tokens.count > 1,
            tokens[1].start == entity.start,
            tokens[0].isCapitalized, !tokens[0].isStopWord, tokens[1].start - tokens[0].end == 1,
            !determiners.contains(tokens[0].text.lowercased()), !entity.name.contains(tokens[0].text)
        else { return entity.name }
        return tokens[0].text + " " + entity.name
    }

    /// "declared polar bears a threatened species", "posted a record of 43-39", "continued her
    /// modeling work": a cue verb that also names an act is no cue when its complement is a noun
    /// phrase (a determiner or plain words, no clause, quotation or statement noun) shaped as an
    /// act's object: after "declared" a second noun phrase (an object and its complement), after
    /// "posted" a figure (a result), after "continued" a possessive's noun phrase whose head is no
    /// statement, after "boasted" an indefinite one ("boasted a full-length porch": it has one).
    /// "declared he was fit", "declared the intention to …", "posted a photo of …" and "continued
    /// his attacks on …" still tell (PolNeAR train counts the last two).
    func isActingComplement(of word: String, at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard let shape = Self.actingComplements[word], index + 1 < tokens.count else { return false }
        var words: [String] = []
        for next in index + 1..<min(tokens.count, index + 8) {
            let text = tokens[next].text.lowercased()
            guard context.gap(tokens, before: next) == " ", !context.isQuoted(tokens[next].start) else { break }
            if shape == .smallClause, !words.isEmpty, text == "a" || text == "an" {
                return !words.contains { Self.pronouns.contains($0) || Self.statementNouns.contains($0) }
            }
            // A figure right after the determiner or after "of" ("a 3-1 win", "a record of 43-39"), not
            // a word that holds one ("the image of the 3-year-old boy").
            if shape == .result, let previous = words.last, words.count == 1 || previous == "of",
                text.contains(where: \.isNumber), !text.contains(where: \.isLetter)
            {
                return Self.determiners.contains(words[0])
            }
            if Self.boundaries.contains(text) || Self.finiteForms.contains(text) || text == "of" && shape != .result {
                break
            }
            words.append(text)
        }
        guard let head = words.last, words.count >= 2, !Self.statementNouns.contains(head),
            !Self.stanceNouns.contains(head)
        else { return false }
        switch shape {
        case .possessedWork: return ["her", "his", "their", "its"].contains(words[0])
        case .possession: return ["a", "an"].contains(words[0])
        case .smallClause, .result: return false
        }
    }
}
