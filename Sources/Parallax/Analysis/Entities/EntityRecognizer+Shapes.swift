/// Shapes of capitalized runs that name nothing, or name a thing other than a person, body or
/// place, read off the run and the words around it: a unit after a number ("46 KOs", "8:12 PM") or
/// a plural abbreviation ("MPs"), a rank cut off its name ("Const."), a road ("Interstate 75"), a
/// group named by its nationality ("Turkmens", "Turkmen MPs"), a title alone ("Democratic
/// President"), a law ("Endangered Species Act"), a vessel ("INS Sukanya"), and a possessive
/// inside a name ("People's Council", "Sam's Club").
extension EntityRecognizer {
    /// Whether the run's words name nobody whatever their capitals: a nationality in the plural
    /// or with a plural group after it, a title or a nationality alone, or an abbreviation written
    /// after a number (a unit or a clock time).
    static func namesNobody(_ tokens: [Token], in sentence: AnalyzedSentence) -> Bool {
        let words = tokens.map { EntityName.withoutPossessive($0.text).lowercased() }
        // "I'm OK", "I’ve": a pronoun's contraction opens no name; "(D-Mass.)": a party's tag.
        if let first = tokens.first?.text, first.hasPrefix("I'") || first.hasPrefix("I’") { return true }
        if isPartyTag(tokens, in: sentence) { return true }
        // "Turkmens", "Somalis", "Americans": the people of a nation, not an entity.
        if words.count == 1, EntityLexicon.isNationality(words[0]), !EntityLexicon.demonyms.contains(words[0]) {
            return true
        }
        // "Turkmen MPs": a nationality and a plural abbreviation name a group.
        if words.count == 2, EntityLexicon.isNationality(words[0]), isPluralAbbreviation(tokens[1].text) {
            return true
        }
        // "Democratic President", "Vice President": titles name a person only before a name.
        // ("Foreign Affairs", a magazine, holds no title of its own.)
        let bare = words.map { $0.filter { $0 != "." } }
        if words.count >= 2, bare.allSatisfy({ EntityLexicon.titles.contains($0) || EntityLexicon.isNationality($0) }),
            bare.contains(where: { EntityLexicon.titles.contains($0) && !departmentWords.contains($0) })
        {
            return true
        }
        // "MPs", "RBIs": an abbreviation in the plural is a common noun.
        if tokens.count == 1, tokens[0].text.count >= 3, isPluralAbbreviation(tokens[0].text) { return true }
        // "Const.", "Sgt." alone (a sentence splitter may cut them off their name): a rank, no name.
        if tokens.count == 1, EntityLexicon.titles.contains(words[0]), words[0].count <= 5,
            sentence.text.unicodeScalars.dropFirst(tokens[0].end - sentence.start).first == "."
        {
            return true
        }
        // "14 AK-47 Rifles", "31 Magazines": a capitalized plural noun after a number is counted
        // things (a list in title case), not a name.
        if let noun = tokens.last, noun.text.count >= 4, noun.text.hasSuffix("s"), !noun.text.hasSuffix("ss"),
            noun.text != noun.text.uppercased(), tokens.count <= 2,
            let position = sentence.tokens.firstIndex(where: { $0.start == tokens[0].start }), position > 0,
            sentence.tokens[position - 1].text.last?.isNumber == true,
            tokens.count == 1 || tokens[0].text.last?.isNumber == true
        {
            return true
        }
        // "AK 47", "AK-47": a model's letters and number (a weapon, an aircraft) name no entity.
        if let first = tokens.first, (1...3).contains(first.text.count), first.text.allSatisfy(\.isUppercase) {
            if tokens.count == 2, tokens[1].isNumber { return true }
            let after = sentence.text.unicodeScalars.dropFirst(first.end - sentence.start).prefix(2)
            if tokens.count == 1, after.first == "-", after.dropFirst().first.map({ ("0"..."9").contains($0) }) == true
            {
                return true
            }
        }
        // "46 KOs", "33 KO's", "8:12 PM": an abbreviation after a number is a unit.
        if tokens.count == 1, isAbbreviation(EntityName.withoutPossessive(tokens[0].text)),
            let position = sentence.tokens.firstIndex(where: { $0.start == tokens[0].start }), position > 0,
            sentence.tokens[position - 1].text.first?.isNumber == true
        {
            return true
        }
        return false
    }

    /// Title words that name a department ("Foreign Affairs", "Interior") rather than a rank.
    private static let departmentWords: Set<String> = [
        "of", "state", "affairs", "foreign", "defense", "defence", "interior", "finance", "commerce",
    ]

    /// "117th", "5th", "22nd".
    static func isOrdinal(_ word: String) -> Bool {
        // A character is a number by its first scalar: an ASCII byte other than a digit first is none.
        if let first = word.utf8.first, first < 0x80, !(0x30...0x39).contains(first) { return false }
        let digits = word.prefix { $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(word.dropFirst(digits.count).lowercased())
    }

    /// "KO", "KOs", "MPs": capitals, with a plural "s" at most.
    private static func isAbbreviation(_ word: String) -> Bool {
        let stem = word.hasSuffix("s") ? String(word.dropLast()) : word
        return stem.count >= 2 && stem.allSatisfy { $0.isUppercase || $0 == "." }
    }

    private static func isPluralAbbreviation(_ word: String) -> Bool {
        word.hasSuffix("s") && isAbbreviation(word)
    }

    /// The type the run's shape gives it, if any: "Endangered Species Act" (a law) and "INS
    /// Sukanya" or "Naval Ship Sukanya" (a vessel) are neither people, bodies nor places.
    static func typeByShape(_ tokens: [Token]) -> EntityType? {
        guard tokens.count >= 2, let last = tokens.last else { return nil }
        // "Interstate 75", "Route 66", "Highway 1": a road.
        if tokens.count == 2, last.isNumber, ["interstate", "route", "highway"].contains(tokens[0].text.lowercased()) {
            return .place
        }
        if EntityLexicon.lawWords.contains(last.text.lowercased()) { return .other }
        // "Tony Award", "Nobel Prize": an award, not the person or body it is named after.
        if EntityLexicon.awardWords.contains(last.text.lowercased()) { return .other }
        if EntityLexicon.isVesselName(tokens.map(\.text)) { return .other }
        if isTeamName(tokens.map(\.text)) { return .organization }
        return nil
    }

    /// A place and one or two capitalized words in the plural after it: a team ("Portland
    /// Trailblazers", "Philadelphia 76ers", "New York Rangers"), not a person nor the place; not a
    /// place's own plural ("Colorado Springs") nor an event ("Beijing Olympics"). The place is a
    /// known one, or one of `places` (the names the same text types a place).
    static func isTeamName(_ words: [String], places: Set<String> = []) -> Bool {
        guard let last = words.last, words.count >= 2 else { return false }
        let folded = last.lowercased()
        guard folded.count >= 4, folded.hasSuffix("s"), !folded.hasSuffix("ss"), !folded.hasSuffix("'s"),
            !EntityLexicon.nonTeamPlurals.contains(folded), !EntityLexicon.organizationWords.contains(folded),
            !EntityLexicon.placeSuffixes.contains(folded)
        else { return false }
        for placeWords in 1...min(3, words.count - 1) {
            let rest = words.dropFirst(placeWords)
            let place = words.prefix(placeWords).joined(separator: " ")
            guard rest.count <= 2, EntityLexicon.places.contains(place.lowercased()) || places.contains(place)
            else { continue }
            return rest.allSatisfy { word in
                guard let first = word.first else { return false }
                // "N.J. Roger Ailes", "Florida Sens.": a person's given name or a title is no team's.
                return (first.isUppercase || first.isNumber) && word.contains(where: \.isLowercase)
                    && !EntityLexicon.isNationality(word) && Gender(givenName: word) == nil
                    && !EntityLexicon.titles.contains(String(word.lowercased().dropLast()))
            }
        }
        return false
    }

    /// A weekday, or a month with a day's number after it ("March 3"): a time, not a name's last word.
    static func isTimeAtTheEdge(_ token: Token, in sentence: AnalyzedSentence) -> Bool {
        let lower = token.text.lowercased()
        if EntityLexicon.weekdays.contains(lower) { return true }
        guard EntityLexicon.calendarWords.contains(lower),
            let index = sentence.tokens.firstIndex(where: { $0.start == token.start }),
            index + 1 < sentence.tokens.count
        else { return false }
        let next = sentence.tokens[index + 1]
        return next.isNumber && next.start == token.end + 1
    }

    /// Whether a possessive word at the end of `current` opens a name with the capitalized words
    /// from `position` ("People's Council", "Men's Central Jail", "Sam's Club"): those words end in
    /// an organization word or a place's last word, and the possessor is written nowhere inside a
    /// sentence without its possessive (so "Putin's Security Council" stays two names) and is no
    /// known place ("Russia's Defense Ministry"), and the words after it are common ones.
    static func possessiveOpensName(
        _ current: [Token], at position: Int, in sentence: AnalyzedSentence, plainWords: Set<String>,
        longest: Int, gap: (Int, Int) -> String
    ) -> Bool {
        guard let possessor = current.last, endsWithPossessive(possessor.text) else { return false }
        let owner = EntityName.withoutPossessive(possessor.text)
        guard owner.count > 1, !plainWords.contains(owner), !EntityLexicon.places.contains(owner.lowercased()) else {
            return false
        }
        // The words after it are common ones ("Central Jail"), not a name of their own ("Calvany's
        // Dunmarrow Dam" is two names).
        func common(_ word: String) -> Bool {
            EntityLexicon.organizationWords.contains(word) || EntityLexicon.placeSuffixes.contains(word)
                || compassWords.contains(word) || nameOpeningWords.contains(word)
        }
        var index = position
        var last: Token?
        while index < sentence.tokens.count, index - position < longest, sentence.tokens[index].isCapitalized,
            !endsWithPossessive(sentence.tokens[index].text),
            index == position || gap(sentence.tokens[index - 1].end, sentence.tokens[index].start) == " "
        {
            guard common(sentence.tokens[index].text.lowercased()) else { return false }
            last = sentence.tokens[index]
            index += 1
        }
        if index < sentence.tokens.count, sentence.tokens[index].isCapitalized,
            gap(sentence.tokens[index - 1].end, sentence.tokens[index].start) == " "
        {
            return false
        }
        guard let word = last?.text.lowercased() else { return false }
        return EntityLexicon.organizationWords.contains(word) || EntityLexicon.placeSuffixes.contains(word)
    }
}

/// Bodies by their shape (tenth round): a company's legal or trade suffix ("Upjohn Co", "Allianz
/// AG"), an acronym closing a name of words ("Henrico County GOP", "Principles PAC"), a word
/// capitalized inside ("LinkedIn") and a web address ("Infowars.com").
extension EntityRecognizer {
    /// Whether the name ends like a body's: a company's suffix, or an acronym of three letters or
    /// more after words written in lower case, which no person's name does; not after a given
    /// name ("Lisa Stark ABC" signs off a report) nor a generation ("Trotter III").
    static func endsLikeABody(_ tokens: [Token], lowerWords: [String]) -> Bool {
        guard tokens.count >= 2, let last = tokens.last, let lastWord = lowerWords.last else { return false }
        if EntityLexicon.companySuffixes.contains(lastWord.filter { $0 != "." }) { return true }
        let letters = last.text.filter(\.isLetter)
        return letters.count >= 3 && last.text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
            && !letters.allSatisfy({ "IVXLCDM".contains($0) })
            && tokens.dropLast().allSatisfy { $0.text.contains(where: \.isLowercase) }
            && !GivenNames.female.contains(lowerWords[0]) && !GivenNames.male.contains(lowerWords[0])
            && !EntityLexicon.titles.contains(lowerWords[0])
    }

    /// Prefixes of surnames written with a capital inside them: "McCain", "MacArthur", "DeVito",
    /// "LeBron", "DiCaprio", "VanderBeek", "FitzGerald".
    private static let surnamePrefixes: Set<String> = [
        "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "vander", "fitz", "st", "al", "el", "ben",
    ]

    /// A word of letters with one capital after a lower-case letter that opens two letters or more
    /// ("LinkedIn", "YouTube", "WikiLeaks", "HarperCollins"), not after a surname's prefix
    /// ("McDonald") nor before a single capital ("PhD"); not a run of words glued as a hashtag is
    /// ("FeelTheBern", three capitals) nor a code ("DJPzHmuDP").
    static func isCamelCased(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 4, letters.allSatisfy(\.isLetter), letters[0].isUppercase, letters[1].isLowercase,
            letters.filter(\.isUppercase).count == 2
        else { return false }
        for index in 2..<letters.count where letters[index].isUppercase && letters[index - 1].isLowercase {
            let rest = letters[index...]
            guard rest.count >= 2, rest.dropFirst().contains(where: \.isLowercase) else { continue }
            return !surnamePrefixes.contains(String(letters[..<index]).lowercased())
        }
        return false
    }

    /// "Saudi Arabia is": a nationality opening a sentence stays where its two words are a known place.
    static func opensAPlace(_ tokens: [Token]) -> Bool {
        EntityLexicon.places.contains(tokens.prefix(2).map { $0.text.lowercased() }.joined(separator: " "))
    }

    /// A site's address: "Infowars.com", "Boston.com".
    static func isWebAddress(_ word: String) -> Bool {
        let lower = word.lowercased()
        return [".com", ".org", ".net", ".co.uk"].contains(where: lower.hasSuffix) && lower.first?.isLetter == true
    }
}

extension EntityRecognizer {
    /// A single word shaped like a company's or a site's name: capitalized inside (not a hashtag's
    /// or a handle's) or a web address.
    static func isBodyShaped(_ token: Token, word: String, in sentence: AnalyzedSentence) -> Bool {
        isCamelCased(word) && !isTagged(token, in: sentence) || isWebAddress(word)
    }

    /// A hashtag's or a handle's word ("#NeverTrump", "@DonaldTrump"): a mark before it, not a name's shape.
    static func isTagged(_ token: Token, in sentence: AnalyzedSentence) -> Bool {
        guard token.start > sentence.start else { return false }
        let before = sentence.text.unicodeScalars.dropFirst(token.start - sentence.start - 1).first
        return before == "#" || before == "@"
    }
}

extension EntityRecognizer {
    /// A common word in capitals ("A FIRE has badly damaged"), which the text writes in lower case
    /// too; not an acronym that is also a word ("WHO", "US": bodies and places).
    static func isShoutedWord(_ text: String, lowerCaseWords: LowerCaseWords) -> Bool {
        let word = EntityName.withoutPossessive(text)
        let lower = word.lowercased()
        return word.count >= 4 && word.allSatisfy(\.isUppercase) && lowerCaseWords.contains(lower)
            && !EntityLexicon.organizationWords.contains(lower) && !EntityLexicon.places.contains(lower)
    }

    /// Honours and degrees after a name, no bodies: "Ann Marsh CBE", "Tom Reed Esq".
    private static let postNominals: Set<String> = ["cbe", "obe", "mbe", "kbe", "dbe", "esq", "phd", "dds", "cpa"]

    /// A person's name of two words or more, opened by a given name, and an acronym of three letters
    /// or more after it ("Lisa Stark ABC", "Steven Snyder TWA"): a report's sign-off, two names.
    static func endsWithANetwork(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 3, let last = tokens.last?.text else { return false }
        let first = tokens[0].text.lowercased()
        return last.count >= 3 && last.allSatisfy(\.isUppercase) && !last.allSatisfy({ "IVXLCDM".contains($0) })
            && !postNominals.contains(last.lowercased())
            && (GivenNames.female.contains(first) || GivenNames.male.contains(first))
            && tokens.dropLast().allSatisfy { $0.text.contains(where: \.isLowercase) }
    }
}
