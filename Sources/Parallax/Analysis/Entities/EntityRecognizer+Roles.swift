/// A job closing a run of capitals ("Software Engineer", "Deputy Managing Director", "Security
/// Engineers") names a role, not a person; and the words around a single name that make it an
/// employer ("an engineer at Google", "Nabisco's shares").
extension EntityRecognizer {
    /// Jobs a run of capitals can end with where it names the role, not its holder: titles and
    /// occupations, read in their plural too ("Security Engineers"). Twelfth round: read in names the
    /// default shape typed a person in feed items no names round had read (a Karnataka news feed, two
    /// company blogs) and in the PolNeAR train half of the eleventh round ("Assistant Managing
    /// Editor", "BuzzFeed Editor"). Titles that are also common surnames or name places and teams
    /// ("King", "Bishop", "Major", "Judge", "Pope", "Marshal", "Chancellor", "Star", "Guard") are left out.
    static let closingRoles: Set<String> = [
        "president", "minister", "secretary", "governor", "senator", "representative", "ambassador", "mayor",
        "director", "chairman", "chairwoman", "ceo", "chief", "commissioner", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "officer", "inspector", "detective", "editor", "councillor", "councilor", "councilman",
        "councilwoman", "lawmaker", "legislator", "congressman", "congresswoman", "analyst", "economist",
        "activist", "lawyer", "attorney", "correspondent", "superintendent", "manager", "owner",
        "producer", "filmmaker", "archbishop", "engineer", "programmer", "consultant", "designer", "photographer",
        "journalist", "scientist", "researcher", "founder", "co-founder", "executive", "official", "accountant",
        "clerk", "teacher", "nurse", "student", "employee", "worker",
    ]

    /// Whether `tokens` name a role and no one: two words or more, the last a job of `closingRoles`
    /// (or its plural), the first no given name ("Billy King", "Mark Editor" stay people) and none
    /// a body's word ("Ohio State Director of Athletics" is cut elsewhere).
    static func namesARole(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 2, let first = tokens.first, let last = tokens.last,
            Gender(givenName: first.text) == nil, first.text.count > 1, isRoleWord(last.text)
        else { return false }
        return !tokens.contains { EntityLexicon.organizationWords.contains($0.text.lowercased()) }
    }

    /// The words before a role's first title or job: the place or body whose role it is ("Los
    /// Angeles" of "Los Angeles Mayor", "BuzzFeed" of "BuzzFeed Editor"), empty where it opens with one.
    static func roleOwner(_ tokens: [Token]) -> [Token] {
        Array(tokens.prefix { !EntityLexicon.isTitle($0.text.lowercased()) && !isRoleWord($0.text) })
    }

    private static func isRoleWord(_ text: String) -> Bool {
        let word = EntityName.withoutPossessive(text).lowercased()
        let singular = word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        return closingRoles.contains(word) || closingRoles.contains(singular)
    }
}

extension EntityRecognizer {
    /// Words before "at" that make the name after it an employer: a job ("an engineer at
    /// Google", "analysts at Goldman Sachs") or work itself ("worked at Centerview").
    private static let workWords: Set<String> = [
        "work", "works", "worked", "working", "job", "jobs", "staff", "staffer", "staffers", "intern", "interns",
        "employed", "career", "stint", "colleague", "colleagues", "employees",
    ]

    /// Nouns after a name's possessive that only a company has: "Centerview's founder", "Nabisco's
    /// shares" (not "chief" or "president": "Obama's chief of staff", "Trump's president"). The
    /// thirteenth round added "administrators", "owners" and "board" ("Ansett's administrators").
    private static let companyPossessions: Set<String> = [
        "ceo", "founder", "co-founder", "cofounder", "shares", "stock", "headquarters", "subsidiary",
        "subsidiaries", "revenue", "revenues", "profits", "earnings", "shareholders", "stockholders", "workforce",
        "administrators", "owners", "board",
    ]

    /// Whether the words around one mention make it an employer: a job or work before "at" right
    /// before it, or a company's possession after its possessive. Twelfth round: read around single
    /// names typed nothing or a place in feed items and the PolNeAR train half ("worked at
    /// Centerview", "an engineer at Google", "Patriot Coal's shares"); a vote, outweighed by
    /// place and person votes.
    static func namesAnEmployer(_ mention: EntityMention, at position: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        let scalars = sentence.text.unicodeScalars.dropFirst(mention.end - sentence.start)
        let possessive = scalars.first.map { $0 == "'" || $0 == "’" } ?? false
        // ("his job at Denver's KYGO-FM": the employer is the possessive's noun, not the town.)
        if !possessive, position > 1, tokens[position - 1].text == "at" {
            let word = tokens[position - 2].text.lowercased()
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            if workWords.contains(word) || closingRoles.contains(word) || closingRoles.contains(singular) {
                return true
            }
        }
        guard possessive,
            let next = tokens.first(where: { $0.start > mention.end + 1 && $0.text.first?.isLetter == true })
        else { return false }
        return next.start <= mention.end + 3 && companyPossessions.contains(next.text.lowercased())
    }
}

extension EntityRecognizer {
    /// Parties' letters before a state in a lawmaker's tag: "(D-Mass.)", ", R-Texas,".
    private static let partyLetters: Set<Character> = ["D", "R", "I"]

    /// Whether the run is a lawmaker's party and state ("Elizabeth Warren (D-Mass.)", "Ted Cruz,
    /// R-Texas,"): a party's letter, a hyphen and a capital, after an opening parenthesis or a comma.
    /// It names no entity. Twelfth round: tags typed nothing or a person in the whole-topic ECB+
    /// digests and the PolNeAR train half ("D-Mass", "R-TX", "I-Vt", 26 tags in the two).
    static func isPartyTag(_ tokens: [Token], in sentence: AnalyzedSentence) -> Bool {
        guard let first = tokens.first, let last = tokens.last, first.start >= sentence.start else { return false }
        // The run's first character is a party letter only where its first scalar is one (no other
        // scalars are canonically "D", "R" or "I"): most runs are let go before their text is made.
        guard let lead = first.text.unicodeScalars.first, lead == "D" || lead == "R" || lead == "I" else {
            return false
        }
        // (The tokenizer splits at the hyphen: the run's own text is read.)
        let scalars = sentence.text.unicodeScalars.dropFirst(first.start - sentence.start).prefix(
            last.end - first.start)
        let letters = Array(String(String.UnicodeScalarView(scalars)))
        guard letters.count >= 3, partyLetters.contains(letters[0]), letters[1] == "-", letters[2].isUppercase
        else { return false }
        let before = sentence.text.unicodeScalars.prefix(first.start - sentence.start)
        return before.last == "(" || String(String.UnicodeScalarView(before.suffix(2))) == ", "
    }
}
