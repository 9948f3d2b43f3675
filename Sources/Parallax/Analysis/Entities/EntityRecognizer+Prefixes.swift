/// Words glued before a person's name by a capital they owe to their place, not to the name:
/// "Rival Hillary Clinton", "Asserting Clinton", "Former Carson", "Billionaire Donald Trump".
extension EntityRecognizer {
    /// A person's name whose first word is a word of the text, before a name the same text gives
    /// a person standing alone, loses that word where the word is written in lower case elsewhere
    /// in the text ("a rival", "former") or opens the sentence and ends in "-ing" ("Asserting
    /// Clinton"). A person noun before a full name goes too ("Billionaire Donald Trump"). Given
    /// names, words that open names ("New", "De", "North") and body or place words stay.
    static func withoutLeadingWords(
        _ mentions: [EntityMention], in sentences: [AnalyzedSentence], lowerCaseWords: LowerCaseWords
    ) -> [EntityMention] {
        let people = Set(mentions.filter { $0.type == .person }.map(\.text))
        // Before typing by context a surname alone is typed nothing yet ("Clinton said").
        let names = people.union(mentions.filter { $0.type == .other }.map(\.text))
        let sentenceAt = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        return mentions.map { mention in
            guard mention.type == .person, let sentence = sentenceAt[mention.sentence],
                let index = sentence.tokens.firstIndex(where: { $0.start == mention.start }),
                index + 1 < sentence.tokens.count
            else { return mention }
            let first = sentence.tokens[index]
            let restStart = sentence.tokens[index + 1].start
            guard restStart < mention.end, isLeadingWord(first, opensSentence: index == 0) else { return mention }
            let rest = String(mention.text.unicodeScalars.dropFirst(restStart - mention.start))
            let lower = first.text.lowercased()
            // A person noun before a full name describes its bearer, as a title does, where the text
            // names that person, or the surname alone, without it ("Billionaire Donald Trump"); not
            // where the noun and the next word are a name of their own ("Star Wars Jedi", "Star Wars").
            let restWords = rest.split(separator: " ")
            let nounBeforeFullName =
                EntityLexicon.personNouns.contains(lower) && restWords.count >= 2
                && (people.contains(rest) || names.contains(String(restWords.last!)))
                && !names.contains("\(first.text) \(restWords[0])")
            if !nounBeforeFullName {
                guard names.contains(rest) else { return mention }
                let writtenLower = lowerCaseWords.contains(lower)
                let openingGerund = index == 0 && lower.hasSuffix("ing") && lower.count >= leastGerundLetters
                guard writtenLower || openingGerund else { return mention }
            }
            var cut = mention
            cut.text = rest
            cut.start = restStart
            cut.name = EntityName.normalized(rest)
            return cut
        }
    }

    /// "Sing" is a verb, "Asserting" opens a clause: an "-ing" word of fewer letters is no gerund.
    private static let leastGerundLetters = 5

    /// A capitalized word, not shouted, that is no given name and opens no name of its own.
    private static func isLeadingWord(_ token: Token, opensSentence: Bool) -> Bool {
        let lower = token.text.lowercased()
        return token.isCapitalized && token.text != token.text.uppercased() && token.text.allSatisfy(\.isLetter)
            && GivenNames.female.contains(lower) == false && GivenNames.male.contains(lower) == false
            && !connectors.contains(lower) && !nameOpeningWords.contains(lower) && !compassWords.contains(lower)
            && !EntityLexicon.organizationWords.contains(lower) && !EntityLexicon.placeSuffixes.contains(lower)
            && !EntityLexicon.places.contains(lower) && !EntityLexicon.demonyms.contains(lower)
    }
}
