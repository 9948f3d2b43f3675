/// The story's type of one entity, from the types its mentions were given in every article and
/// the words around them: the type most mentions were given where a cue gave it, not the first
/// of a fixed order, and not a person the capitals alone made of a place or a body.
extension EntityMerger {
    /// The type of an entity whose mentions were typed `types`, whose mentions' words voted `vote`.
    /// Thirteenth round (docs/analysis-evaluation.md "Thirteenth round: names"): read in the
    /// top 10s of unseen news (the Lee corpus of Australian news), where "Qantas", typed nothing
    /// in 18 mentions, a body in 11 and a place in one, was listed a place (a place came first);
    /// and "Al Qaeda" and "Tora Bora", typed a person by their capitals alone in some articles
    /// ("Bin Laden's Al Qaeda network") and a body or a place by cues in others ("the Tora Bora
    /// region", "in Tora Bora"), were listed people where those articles were more.
    static func storyType(of types: [EntityType: Int], vote: EntityRecognizer.ContextVote, name: String) -> EntityType {
        let typed: [EntityType] = [.person, .place, .organization]
        var type = types.max {
            $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
        }!.key
        // Typed nothing most often: the type given most, ties in the order person, place, body.
        if type == .other, let most = typed.map({ types[$0] ?? 0 }).max(), most > 0 {
            type = typed.first { types[$0] == most }!
        }
        // A person no word of the story made one (no title, kin, apposition, speech verb or
        // short form) and no given name opens, that some mentions' cues made a place or a body.
        let cued = vote[.person] + vote[.titled] + vote[.described]
        let first = name.split(separator: " ").first.map(String.init) ?? name
        if type == .person, cued == 0, name.contains(" "), Gender(givenName: first) == nil {
            let place = types[.place] ?? 0
            let body = types[.organization] ?? 0
            if place > 0 || body > 0 { type = body > place ? .organization : .place }
        }
        return type
    }
}
