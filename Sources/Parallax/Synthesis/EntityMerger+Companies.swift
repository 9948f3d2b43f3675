/// A company's short form is its first word ("Goldman" of "Goldman Sachs", "Tallgrass" of
/// "Tallgrass Distributors"), where a person's is the last: a story that types the first word
/// alone a body names a body by the two words, though their capitals made a person of them.
extension EntityMerger {
    /// A two-word name typed a person whose first word is, alone, a body of the story (no given
    /// name), that opens no other name of the story, and whose last word the story never uses
    /// alone, is that body: retyped and merged with it. Twelfth round: read in the PolNeAR train half ("a managing director at Goldman" beside
    /// "loans from Goldman Sachs"); a person is shortened to the surname ("Sachs"), which the guard
    /// keeps a person.
    static func mergingCompanyShortForms(_ entities: [StoryEntity]) -> [StoryEntity] {
        let names = Set(entities.map { EntityName.folded($0.name) })
        var into: [Int: Int] = [:]
        for short in entities.indices where entities[short].type == .organization {
            let word = EntityName.folded(entities[short].name)
            // ("Bill", "Donald": a given name typed a body once is no company's short form.)
            // ("WikiLeaks", "CNN": a body's shape is its whole name, not a short form.)
            let name = entities[short].name
            guard !word.contains(" "), Gender(givenName: word) == nil, !EntityRecognizer.isCamelCased(name),
                name != name.uppercased()
            else { continue }
            // Every longer name the word opens, of any type ("Google Drive", "Google Search").
            let opened = entities.indices.filter { long in
                entities[long].name.split(separator: " ").count > 1
                    && EntityName.folded(String(entities[long].name.split(separator: " ")[0])) == word
            }
            guard opened.count == 1, let holder = opened.first, entities[holder].type == .person else { continue }
            let words = entities[holder].name.split(separator: " ").map { EntityName.folded(String($0)) }
            // ("Quessel said": the surname alone, merged into the person's name as an alias, or apart.)
            let surnameUsed =
                names.contains(words[1]) || entities[holder].aliases.contains { EntityName.folded($0) == words[1] }
            if words.count == 2, !surnameUsed { into[short] = holder }
        }
        var retyped = entities
        for long in into.values { retyped[long].type = .organization }
        return merged(retyped, into: into)
    }
}
