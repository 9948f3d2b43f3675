/// Within one text: a bare surname or short form takes the fullest name of the same entity.
extension EntityRecognizer {
    /// Maps each mention's `name` to the fullest form of the same entity in `mentions`. Where
    /// several people share a surname ("Ana Reyes" and "Tomás Reyes"), a bare "Reyes" is the one
    /// named last before it (the nearest antecedent), else the fullest form.
    static func mergedWithinText(_ mentions: [EntityMention]) -> [EntityMention] {
        var fullForms: [String: String] = [:]  // last word -> full person name
        var holders: [String: Set<String>] = [:]  // last word -> every full name bearing it
        let people = Set(mentions.filter { $0.type == .person }.map { EntityName.folded($0.name) })
        // "The Notorious Bettie Page" (a film) ends with another person's name: no surname's holder.
        func endsWithAnotherPerson(_ name: String) -> Bool {
            let words = EntityName.folded(name).split(separator: " ")
            return words.count >= 3 && people.contains(words.suffix(2).joined(separator: " "))
        }
        for mention in mentions where mention.type == .person {
            let words = mention.name.split(separator: " ")
            guard words.count >= 2, let last = words.last, !endsWithAnotherPerson(mention.name) else { continue }
            let key = EntityName.folded(String(last))
            holders[key, default: []].insert(EntityName.folded(mention.name))
            if let existing = fullForms[key], existing.count >= mention.name.count { continue }
            fullForms[key] = mention.name
        }
        var latest: [String: String] = [:]  // last word -> the full name mentioned last
        return mentions.map { mention in
            var merged = mention
            let words = mention.name.split(separator: " ")
            if mention.type == .person, words.count >= 2, let last = words.last {
                latest[EntityName.folded(String(last))] = mention.name
            }
            let key = EntityName.folded(mention.name)
            if !mention.name.contains(" "), mention.type != .place, let full = fullForms[key] {
                let shared = (holders[key]?.count ?? 0) > 1
                merged.name = shared ? latest[key] ?? full : full
                merged.type = .person
            }
            return merged
        }
    }
}
