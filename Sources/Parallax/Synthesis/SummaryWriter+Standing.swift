/// Whether a summary sentence stands alone: read with only the summary sentences before it, it
/// names no one the reader has not met ("He said…", "The 26-year-old actress…", "A second man…",
/// "Weitz said…" with no Chris Weitz told before, "…, the official said." with no official).
extension SummaryWriter {
    /// Nouns of a role or a kind of person or body: "the actress", "the gang member" and "the
    /// newspaper" point back to one the article told of before, unless the summary told of one.
    static let roleNouns: Set<String> = WordLists.entries(PackageResources.summary_role_nouns_txt)

    /// Words that point back whatever follows: "a second man", "the other suspect", "the latter".
    static let ordinals: Set<String> = ["second", "third", "fourth", "other", "same", "latter", "former"]

    /// Pronouns that cannot open a sentence read out of its article.
    static let pronouns: Set<String> = ["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"]

    /// Words after a noun that say which one it is ("the fire at the Waitrose store", "the man
    /// who…", "the killing of Grigoropoulos"): the noun then needs no earlier telling.
    static let identifying: Set<String> = [
        "of", "at", "in", "on", "near", "from", "that", "which", "who", "whose", "behind", "outside",
    ]

    /// Determiners of a noun the reader is meant to know already.
    static let definite: Set<String> = ["the", "this", "that", "these", "those"]

    /// What `standsAlone` needs to know of a sentence whatever comes before it: whether it opens
    /// by pointing back, the noun of an opening "The failure, …" or "The 26-year-old actress …"
    /// that an earlier sentence must have told, and the full names of the people it names by
    /// last name alone that it does not spell out itself, in the order it names them.
    struct Standing {
        var pointsBack: Bool
        var nounToBeTold: String? = nil
        /// Roles that speak past the opening with nothing saying which one ("…, the official
        /// said."), by stem: each must have been told before, or earlier in the sentence.
        var speakersToBeTold: [String] = []
        var namesToIntroduce: [String] = []
        /// Says "he" or "her" of someone without naming any person ("Houses in two villages were
        /// also reported damaged, he added."): someone must have been named before.
        var pronounWithoutPerson = false

        /// Whether `standsAlone` holds after any earlier sentences, none at all included: it then
        /// asks nothing of them. Kept beside `standsAlone`: a field it reads must be read here.
        var needsNothingBefore: Bool {
            !pointsBack && !pronounWithoutPerson && nounToBeTold == nil && speakersToBeTold.isEmpty
                && namesToIntroduce.isEmpty
        }
    }

    /// Pronouns of one person that a sentence naming nobody leaves to the reader.
    static let personalPronouns: Set<String> = ["he", "she", "him", "her", "his", "hers"]

    static func standing(
        of item: StorySentences.Item, in sentences: StorySentences,
        configuration: SummaryConfiguration = SummaryConfiguration()
    ) -> Standing {
        let tokens = item.sentence.tokens
        let words = tokens.prefix(5).map { $0.text.lowercased() }
        guard let first = words.first else { return Standing(pointsBack: true) }
        // An opening pronoun, "a second man", "the other suspect", "another victim".
        if pronouns.contains(first) { return Standing(pointsBack: true) }
        // "Adding urgency: Lionsgate already has …", "Up the coast... the Philly Sixers canned …":
        // a few words closed by a colon or an ellipsis hang on what the article told before.
        // The opening words split once for the three looks at them below (each takes a prefix:
        // `firstWords` reads left to right, so fewer words are the first of more).
        let openingWords = firstWords(
            of: item.text, count: max(configuration.kickerWords, configuration.openingPhraseWords, 1) + 1)
        if leansOnKicker(opening: openingWords, words: configuration.kickerWords) { return Standing(pointsBack: true) }
        // "THREE PEOPLE HAVE DIED IN A BLAZE that broke out …": a headline run into the text, no
        // sentence of the summary (read as one that cannot stand alone, so it is never chosen).
        if isShouted(tokens, words: configuration.shoutedWords) { return Standing(pointsBack: true) }
        // "Unfortunately, it hasn't played out that way to date.", "Later, she was featured by
        // Playboy …": a pronoun right after a short opening phrase is an opening pronoun all the same.
        let opening = openingWords.prefix(configuration.openingPhraseWords + 1)
        if let comma = opening.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < opening.count,
            pronouns.contains(opening[comma + 1].lowercased())
        {
            return Standing(pointsBack: true)
        }
        if words.count >= 2, ["the", "a", "an", "another"].contains(first), ordinals.contains(words[1]) {
            return Standing(pointsBack: true)
        }
        // "One of them told the judge …".
        if first == "one", words.count >= 3, words[1] == "of",
            pronouns.contains(words[2]) || ["these", "those"].contains(words[2])
        {
            return Standing(pointsBack: true)
        }
        if first == "another", words.count >= 2, tokens[1].isCapitalized == false { return Standing(pointsBack: true) }
        // "Police responded to both, but …": a word of two or more things standing for them, with no
        // noun after it, points back to what the article told before.
        if Self.standsForThingsTold(item.text) { return Standing(pointsBack: true) }
        // "The (26-year-old) actress …", "The gang member …", "The fire was reported …", "The
        // failure, …": a role, or a happening told by its noun, with nothing saying which one.
        // A capitalised word ends the search ("The Golden Compass director Chris Weitz …").
        var noun: String?
        if definite.contains(first), tokens.count >= 3 {
            // "The failure, shortly before midnight, sent …": a bare noun before a comma.
            let opening = openingWords.prefix(2)
            if opening.count == 2, opening[1].hasSuffix(","), !tokens[1].isCapitalized, !tokens[1].isNumber,
                tokens[1].text.first?.isLetter == true
            {
                noun = tokens[1].stem
            }
            for index in 1..<min(6, tokens.count - 1) where noun == nil {
                let token = tokens[index]
                // A name after the noun says which one ("The Golden Compass director Chris Weitz");
                // capitalised words before it may describe ("The American Pie actress").
                if token.text.first?.isLetter == false && !token.isNumber { break }
                let word = token.text.lowercased()
                let isHappening = ClaimReader.happenings[token.stem] != nil || ClaimReader.happenings[word] != nil
                guard roleNouns.contains(word) || isHappening else { continue }
                let next = tokens[index + 1].text.lowercased()
                if !identifying.contains(next) && !tokens[index + 1].isCapitalized { noun = token.stem }
                break
            }
        }
        let article = sentences.articles[item.article]
        let inside = article.entities.filter {
            $0.type == .person && $0.start >= item.sentence.start && $0.end <= item.sentence.end
        }
        var names: [String] = []
        for mention in inside where !mention.text.contains(" ") && mention.name.contains(" ") {
            if !TextSearch.contains(item.text, mention.name) { names.append(mention.name) }
        }
        if let given = givenNameOpening(of: tokens, in: article), !names.contains(given),
            !TextSearch.contains(item.text, given)
        {
            names.append(given)
        }
        let pronoun = tokens.contains { $0.text.utf8.count <= 4 && personalPronouns.contains($0.text.lowercased()) }
        return Standing(
            pointsBack: false, nounToBeTold: noun,
            speakersToBeTold: speakers(in: tokens, modifiers: configuration.speakerModifiers),
            namesToIntroduce: names,
            pronounWithoutPerson: pronoun && item.claim.people.isEmpty
                && !article.entities.contains {
                    $0.type == .person && $0.start >= item.sentence.start && $0.end <= item.sentence.end
                })
    }

    /// Whether the first `words` words (at least one) are all written in capitals, each of two
    /// letters or more.
    static func isShouted(_ tokens: [Token], words: Int) -> Bool {
        guard words > 0, tokens.count >= words else { return false }
        return tokens.prefix(words).allSatisfy { token in
            token.text.count { $0.isLetter } >= 2 && token.text.allSatisfy { !$0.isLetter || $0.isUppercase }
        }
    }

    /// Words of two or more things that stand for them when no noun follows ("responded to both,").
    static let pronounsOfSeveral: Set<String> = ["both", "either", "neither"]

    /// Whether `text` uses one of `pronounsOfSeveral` as a pronoun: the word closed by a comma,
    /// semicolon, colon or full stop ("responded to both, but"), not "both officers" or "both of".
    static func standsForThingsTold(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return standsForThingsTold(ascii: text.utf8) }
        return text.split(separator: " ").contains { word in
            guard let last = word.last, ",;:.".contains(last) else { return false }
            return pronounsOfSeveral.contains(word.dropLast().lowercased())
        }
    }

    /// The full name of the article's person that the sentence opens with by first name alone
    /// ("Mo ran the Sixers in the 1980s" of Mo Cheeks), where the name finder saw no name (a
    /// capitalised word opens every sentence). The word must be followed by a lower-case word
    /// (not the rest of a name: "Betty Mae Page was born …") and be no word the article also
    /// writes in lower case ("Police said …" beside a "Police Capt. Tom Tennant") nor any person's
    /// last name.
    static func givenNameOpening(of tokens: [Token], in article: AnalyzedArticle) -> String? {
        guard let first = tokens.first, tokens.count >= 2, first.isCapitalized, !first.isStopWord,
            !tokens[1].isCapitalized, tokens[1].text.first?.isLetter == true
        else { return nil }
        // Only the first two words of each name are split (`firstWords`, as `split` gives them).
        let person = article.entities.first { mention in
            guard mention.type == .person else { return false }
            let words = firstWords(of: mention.name, count: 2)
            return words.count >= 2 && words[0] == first.text
        }
        guard let person else { return nil }
        // A surname too ("Page was born …" beside a "Page Playmate" the name finder made): the
        // rule for surnames judges it.
        let surname = article.entities.contains {
            $0.type == .person && $0.name.split(separator: " ").last == first.text[...]
        }
        guard !surname else { return nil }
        let lower = first.text.lowercased()
        if article.sentences.contains(where: { $0.tokens.contains { $0.text == lower } }) { return nil }
        return person.name
    }

    /// Verbs that make the noun before them a speaker ("the official said").
    static let speaking: Set<String> = ["said", "says", "told", "tells", "added", "stated", "explained", "noted"]

    /// Whether `text` opens with at most `words` words closed by a colon or an ellipsis and goes on
    /// after them: a kicker such as "Adding urgency:" or "Up the coast..." that leans on the
    /// sentence before it in its article.
    static func leansOnKicker(_ text: String, words: Int) -> Bool {
        leansOnKicker(opening: firstWords(of: text, count: words + 1), words: words)
    }

    /// `leansOnKicker(_:words:)` of a text whose first words (at least `words + 1` of them, or
    /// all it has) are `opening`.
    static func leansOnKicker(opening: [Substring], words: Int) -> Bool {
        let opening = opening.prefix(words + 1)
        guard opening.count == words + 1 else { return false }
        return opening.prefix(words).contains { word in
            word.hasSuffix(":") || word.hasSuffix("...") || word.hasSuffix("…")
        }
    }

    /// Stems of the role nouns that speak past the opening with nothing saying which one: "the"
    /// or "this", up to `modifiers` lower-case words, a role noun, then a verb of saying ("…, the
    /// official said.") or the end of "according to the official". A role told earlier in the
    /// same sentence ("An official of the ministry …, the official said") is no such one.
    static func speakers(in tokens: [Token], modifiers: Int) -> [String] {
        var found: [String] = []
        // "That" is left out: "said that officials told …" is a conjunction before a plural.
        for (index, token) in tokens.enumerated().dropFirst() where ["the", "this"].contains(token.text.lowercased()) {
            let last = min(tokens.count - 1, index + 1 + modifiers)
            guard index + 1 <= last else { continue }
            for position in (index + 1)...last {
                let word = tokens[position]
                guard word.text.first?.isLetter == true, !word.isCapitalized,
                    word.start - tokens[position - 1].end <= 1
                else { break }
                guard roleNouns.contains(word.text.lowercased()) else { continue }
                // Words come without their punctuation: a gap wider than a space between two of them
                // holds a mark ("Jon Owen, the city's public safety director, said": named before).
                let next = position + 1 < tokens.count ? tokens[position + 1] : nil
                let closed = next.map { $0.start - word.end > 1 } ?? true
                let according =
                    index >= 2 && tokens[index - 1].text.lowercased() == "to"
                    && tokens[index - 2].text.lowercased() == "according" && closed
                let speaks = next.map { !closed && speaking.contains($0.text.lowercased()) } ?? false
                if speaks || according,
                    !tokens[..<index].contains(where: { $0.stem == word.stem })
                {
                    found.append(word.stem)
                }
                break
            }
        }
        return found
    }

    /// The first `count` words of `text` split at spaces, as `text.split(separator: " ").prefix(count)`
    /// gives them, without splitting the rest of the sentence.
    static func firstWords(of text: String, count: Int) -> [Substring] {
        var words: [Substring] = []
        var rest = text[...]
        while words.count < count {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { break }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            words.append(rest[..<end])
            rest = rest[end...]
        }
        return words
    }

    /// Whether a reader can follow the sentence with only the summary sentences before it: no
    /// opening pronoun or "a second man", a role or happening it opens with ("the actress", "the
    /// fire") told before, "he" or "her" in a sentence naming no one only after a person was
    /// named, and every person named by a last name alone introduced in full before.
    static func standsAlone(_ item: StorySentences.Item, _ standing: Standing, after earlier: [StorySentences.Item])
        -> Bool
    {
        guard !standing.pointsBack else { return false }
        if standing.pronounWithoutPerson && !earlier.contains(where: { !$0.claim.people.isEmpty }) { return false }
        for noun in [standing.nounToBeTold].compactMap({ $0 }) + standing.speakersToBeTold
        where !earlier.contains(where: { $0.sentence.tokens.contains { $0.stem == noun } }) {
            return false
        }
        return standing.namesToIntroduce.allSatisfy { full in
            earlier.contains { TextSearch.contains($0.text, full) }
        }
    }
}
