/// Spellings and short forms of one entity within a story, merged after the story's entities are
/// listed: a transliteration or spelling of a person's names ("Kurbanguly" / "Gurbanguli
/// Berdymukhamedov", "Betty Mae Page" / "Bettie Page"), a short first name used alone ("Wlad" for
/// Wladimir Klitschko), a ship's name without its prefix ("Sukanya"), an abbreviation of a name
/// ("IMF") and a plural of a thing's name ("Oscar" / "Oscars").
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
        // "Mat Maid" / "Matanuska Maid", "Chris Weitz" / "Christopher Weitz": the same last word, and
        // each other word of one begins the other's.
        for first in entities.indices where words[first].count >= 2 {
            for second in entities.indices where second > first && root(first) != root(second) {
                guard abbreviates(words[first], words[second], configuration: configuration) else { continue }
                let (one, other) = (root(first), root(second))
                let (short, long) = rank(one) < rank(other) ? (one, other) : (other, one)
                into[short] = long
            }
        }
        // "IMF" / "International Monetary Fund", "TDCJ" / "Texas Department of Criminal Justice": an
        // abbreviation is the one name of the story whose capitalized words it spells.
        for index in entities.indices where into[index] == nil && entities[index].type != .person {
            let name = entities[index].name.filter { $0 != "." }
            guard (2...configuration.longestAbbreviation).contains(name.count), name.allSatisfy(\.isUppercase)
            else { continue }
            let expansions = Set(
                entities.indices.filter {
                    $0 != index && entities[$0].type != .person && initials(of: entities[$0].name) == name
                }
                .map(root))
            if expansions.count == 1, let expansion = expansions.first {
                into[index] = expansion
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

    /// Whether two names of as many words end alike and each other word of one is the other's or
    /// begins it (at least `shortestShortForm` letters): "Mat Maid" / "Matanuska Maid".
    static func abbreviates(_ lhs: [String], _ rhs: [String], configuration: EntityConfiguration) -> Bool {
        guard lhs.count == rhs.count, lhs != rhs, lhs.last == rhs.last else { return false }
        return zip(lhs.dropLast(), rhs.dropLast()).allSatisfy { left, right in
            left == right
                || min(left.count, right.count) >= configuration.shortestShortForm
                    && (left.hasPrefix(right) || right.hasPrefix(left))
        }
    }

    /// The first letters of a name's capitalized words ("Texas Department of Criminal Justice" →
    /// "TDCJ"); "" for a name of one word.
    static func initials(of name: String) -> String {
        let words = name.split { $0 == " " || $0 == "-" }
        guard words.count >= 2 else { return "" }
        return String(words.compactMap { $0.first }.filter(\.isUppercase))
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
