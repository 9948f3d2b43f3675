extension ClaimReader {
    /// Nouns of a person or a body of people in a role: an event noun just before one names the
    /// role ("a bomb technician", "the murder suspect", "the fire chief", "OSP bomb squad"), and
    /// tells no happening of its sentence (docs/claims.md, twelfth pass). The summary's and the
    /// quote reader's role nouns, less those a happening befalls ("victim": "the shooting victim"
    /// tells the shooting) and those that are no one ("report", "statement"), with the roles of
    /// emergency and police work the lists lack.
    static let roleHeads: Set<String> = SummaryWriter.roleNouns.union(QuoteExtractor.roleNouns)
        .union(QuoteExtractor.anonymousNouns)
        .union([
            "technician", "technicians", "squad", "squads", "investigator", "investigators", "specialist",
            "specialists", "experts", "chiefs", "crew", "crews", "fighter", "fighters", "detective", "detectives",
            "unit", "units", "team", "teams",
        ])
        .subtracting(["victim", "victims", "report", "statement"])

    /// Words before an event noun that make it the first word of a noun phrase: an article, a
    /// possessive or a determiner.
    static let roleOpeners: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "our", "one", "another"]

    /// Adjectives of the happening table: "an injured person", "a dead man" tell what befell them.
    static let happeningAdjectives: Set<String> = ["dead", "fatal", "slain", "hurt", "guilty", "silent", "quiet"]

    /// Whether the word at `position` only names the role of the person after it ("a bomb
    /// technician", "OSP bomb technician"): a noun (no participle, "-ed", nor adjective) with a role
    /// noun after it, lower case, and an article or a determiner or an acronym (all capitals: an
    /// agency) before it. The opener keeps a verb before its object a happening: "Sixers fire coach",
    /// "police arrest suspect".
    static func namesARole(at position: Int, in tokens: [Token], lowered: [String]) -> Bool {
        guard position > 0, position + 1 < tokens.count, !tokens[position + 1].isCapitalized,
            roleHeads.contains(lowered[position + 1]), !lowered[position].hasSuffix("ed"),
            !happeningAdjectives.contains(lowered[position])
        else { return false }
        let before = tokens[position - 1].text
        let isAcronym = before.count >= 2 && before.allSatisfy { $0.isUppercase && $0.isLetter }
        return roleOpeners.contains(lowered[position - 1]) || isAcronym
    }
}
