/// Common nouns beside a name that say what it names, read in unseen news: a body's noun before it
/// ("travel company Traveland", "the airline Qantas"), a body's people or parts after it ("the Al
/// Qaeda network", "Labor leader Simon Crean"), and the land around a place after it ("the Tora
/// Bora cave complex", "the Franklin River catchment").
extension EntityRecognizer {
    /// Nouns of a kind of body right before its name, lower case: "pay TV operator Austar".
    /// Thirteenth round (docs/analysis-evaluation.md "Thirteenth round: names"): read before single
    /// words typed nothing in the top 10s of the Lee corpus sample (Austar, Traveland, Ansett); not
    /// "group", "team" or "agency" (kept for people: "the group Pussy Riot" names a band).
    static let bodyNounsBefore: Set<String> = [
        "company", "companies", "firm", "airline", "carrier", "operator", "retailer", "bank", "insurer",
        "broadcaster", "manufacturer", "maker", "publisher", "supplier", "provider", "chain", "conglomerate",
        "miner", "developer", "telco", "newspaper", "network", "party", "union",
    ]

    /// Nouns of a body's people or parts right after its name (with `bodyMembers`): "the Al Qaeda
    /// network", "Labor leader Simon Crean", "Hamas members". Thirteenth round: read after names the
    /// capitals alone typed a person or nothing in the Lee corpus sample (Al Qaeda, Labor, "Ansett
    /// workers").
    static let moreBodyMembers: Set<String> = [
        "network", "member", "members", "leader", "leaders", "leadership", "party", "fighter", "militant",
        "backbencher", "backbenchers", "frontbench", "frontbencher", "executive", "chief", "board", "management",
        "workers", "staff",
    ]

    /// Nouns of the land around a place right after its name (with `EntityLexicon.placeNouns`): "the
    /// Tora Bora cave complex", "the Tora Bora mountain", "the Herberton Range area". Thirteenth
    /// round: read after names typed a person by their capitals alone in the Lee corpus sample.
    static let landNouns: Set<String> = [
        "mountain", "mountains", "cave", "caves", "border", "coast", "coastline", "highlands", "beach", "shore",
        "outback", "hinterland", "catchment", "battleground", "battlefield", "foothills", "plateau",
    ]

    /// Whether a body's noun, lower case, stands right before the mention ("operator Austar"; not
    /// after a possessive: "the company's Smith"), or a body's people or parts right after it, one
    /// space on ("the Al Qaeda network"; not "Paulo Serrat, chief officer": an apposition's head).
    static func namesABody(_ mention: EntityMention, next: Token?, at position: Int, in sentence: AnalyzedSentence)
        -> Bool
    {
        if let next, !next.isCapitalized, next.start == mention.end + 1,
            moreBodyMembers.contains(next.text.lowercased())
        {
            return true
        }
        guard position > 0 else { return false }
        let previous = sentence.tokens[position - 1]
        return !previous.isCapitalized && previous.end + 1 == mention.start
            && bodyNounsBefore.contains(previous.text.lowercased())
    }
}
