/// Spellings and short forms of one entity within a story, merged after the story's entities are
/// listed: a transliteration or spelling of a person's names ("Kurbanguly" / "Gurbanguli
/// Berdymukhamedov", "Betty Mae Page" / "Bettie Page"), a short first name used alone ("Wlad" for
/// Wladimir Klitschko), a ship's name without its prefix ("Sukanya") and a plural of a thing's
/// name ("Oscar" / "Oscars").
extension EntityMerger {
    static func mergingVariants(_ entities: [StoryEntity], configuration: EntityConfiguration) -> [StoryEntity] {
        let words = entities.map { $0.name.split(separator: " ").map { EntityName.folded(String($0)) } }
        let people = entities.indices.filter { entities[$0].type == .person && words[$0].count >= 2 }
        var into: [Int: Int] = [:]
        func root(_ index: Int) -> Int {
            var index = index
            while let next = into[index] { index = next }
            return index
        }
        func rank(_ index: Int) -> (Int, Int, String) {
            (entities[index].mentions, entities[index].name.count, entities[index].name)
        }
        for first in people {
            for second in people where second > first && root(first) != root(second) {
                guard samePerson(words[first], words[second], configuration: configuration) else { continue }
                let (one, other) = (root(first), root(second))
                let (short, long) = rank(one) < rank(other) ? (one, other) : (other, one)
                into[short] = long
            }
        }
        // A single word that begins exactly one person's first name and is nobody's own name.
        for index in entities.indices where words[index].count == 1 && into[index] == nil {
            guard entities[index].type == .person || entities[index].type == .other else { continue }
            let word = words[index][0]
            guard word.count >= configuration.shortestShortForm, word.allSatisfy(\.isLetter),
                !people.contains(where: { words[$0].first == word || words[$0].last == word })
            else { continue }
            let holders = Set(
                people.filter { words[$0][0].count > word.count && words[$0][0].hasPrefix(word) }.map(root))
            if holders.count == 1, let holder = holders.first { into[index] = holder }
        }
        // "Sukanya" alone is the one vessel the story names so ("INS Sukanya").
        let vessels = entities.indices.filter {
            EntityLexicon.isVesselName(entities[$0].name.split(separator: " ").map(String.init))
        }
        for index in entities.indices where words[index].count == 1 && into[index] == nil {
            let holders = vessels.filter { words[$0].last == words[index][0] }
            if holders.count == 1, let holder = holders.first { into[index] = holder }
        }
        // "Oscar" and "Oscars": a thing's name and its plural (people are left alone).
        for index in entities.indices where words[index].count == 1 && into[index] == nil {
            guard entities[index].type != .person,
                let plural = entities.indices.first(where: {
                    words[$0] == [words[index][0] + "s"] && entities[$0].type != .person && into[$0] == nil
                })
            else { continue }
            let (short, long) = rank(index) < rank(plural) ? (index, plural) : (plural, index)
            into[short] = long
        }
        return merged(entities, into: into.mapValues(root))
    }

    /// Whether two people's names of two words or more are one person's: first names and last names
    /// each the same or close spellings, and middle names (where both have them) the same ("George
    /// W. Bush" is not "George H. W. Bush").
    static func samePerson(_ lhs: [String], _ rhs: [String], configuration: EntityConfiguration) -> Bool {
        guard let lhsFirst = lhs.first, let rhsFirst = rhs.first, let lhsLast = lhs.last, let rhsLast = rhs.last,
            lhsFirst.allSatisfy(\.isLetter), rhsFirst.allSatisfy(\.isLetter)
        else { return false }
        let lhsMiddle = lhs.dropFirst().dropLast()
        let rhsMiddle = rhs.dropFirst().dropLast()
        if !lhsMiddle.isEmpty, !rhsMiddle.isEmpty, Array(lhsMiddle) != Array(rhsMiddle) { return false }
        let lastClose =
            lhsLast == rhsLast
            || min(lhsLast.count, rhsLast.count) >= configuration.unrelatedInitialLetters
                && closeSpellings(lhsLast, rhsLast, configuration: configuration)
        return lastClose && closeSpellings(lhsFirst, rhsFirst, configuration: configuration)
    }

    /// The same word, or two spellings of one: at most `variantEdits` edits apart in a word of at
    /// least `shortestVariantWord` letters, beginning alike unless both are long ("Gurbanguli" /
    /// "Kurbanguly"; not "Mark" / "Mary").
    static func closeSpellings(_ lhs: String, _ rhs: String, configuration: EntityConfiguration) -> Bool {
        if lhs == rhs { return true }
        guard max(lhs.count, rhs.count) >= configuration.shortestVariantWord,
            lhs.first == rhs.first || min(lhs.count, rhs.count) >= configuration.unrelatedInitialLetters
        else { return false }
        return editDistance(Array(lhs), Array(rhs)) <= configuration.variantEdits
    }

    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var row = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, right) in rhs.enumerated() {
                let substitution = previous + (left == right ? 0 : 1)
                previous = row[j + 1]
                row[j + 1] = min(substitution, row[j] + 1, row[j + 1] + 1)
            }
        }
        return row[rhs.count]
    }

    /// Each entity of `into`'s keys folded into the one it maps to: mentions summed, its names kept
    /// as aliases, its articles added.
    static func merged(_ entities: [StoryEntity], into: [Int: Int]) -> [StoryEntity] {
        var result = entities
        for (short, long) in into.sorted(by: { $0.key < $1.key }) {
            result[long].mentions += entities[short].mentions
            result[long].aliases = Array(Set(result[long].aliases + [entities[short].name] + entities[short].aliases))
                .filter { $0 != result[long].name }.sorted()
            for article in entities[short].articles where !result[long].articles.contains(article) {
                result[long].articles.append(article)
            }
        }
        return result.indices.filter { into[$0] == nil }.map { result[$0] }
    }
}
