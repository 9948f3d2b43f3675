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
        // "Internationally Recognised / Recognized Transit Corridor": a body's or a place's name
        // spelled two ways, word by word, each word beginning alike ("Northern" is no "Southern").
        for first in entities.indices where words[first].count >= 2 && entities[first].type != .person {
            for second in entities.indices
            where second > first && root(first) != root(second) && entities[second].type == entities[first].type
                && words[second].count == words[first].count && words[second] != words[first]
            {
                let close = zip(words[first], words[second]).allSatisfy { left, right in
                    left == right
                        || left.first == right.first && closeSpellings(left, right, configuration: configuration)
                }
                guard close else { continue }
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
        // "Tallgrass" / "Tallgrass Distributors Ltd.", "Kraft" / "Kraft Foods": a company's first
        // words alone, whatever the words around them typed them, where no known place is named so.
        let bare = words.map { $0.map { $0.filter { $0 != "." } } }
        let companies = entities.indices.filter { index in
            entities[index].type == .organization && words[index].count >= 2
                && bare[index].contains(where: EntityLexicon.companyWords.contains)
        }
        for index in entities.indices where into[index] == nil && !companies.contains(index) {
            let short = words[index]
            // (A person of two words is a shortened company name only where a word is shortened:
            // "Mat Maid", not "Walt Disney" of "Walt Disney Company".)
            let person = entities[index].type == .person && short.count >= 2
            guard
                !EntityLexicon.places.contains(short.joined(separator: " ")),
                !short.contains(where: EntityLexicon.organizationWords.contains)
            else { continue }
            // Each word the company's or a shortening of it ("Mat Maid" of "Matanuska Maid Dairy").
            let holders = Set(
                companies.filter { company in
                    words[company].count > short.count
                        && zip(short, words[company]).allSatisfy { word, full in
                            word == full
                                || short.count >= 2 && word.count >= configuration.shortestShortForm
                                    && full.hasPrefix(word)
                                // "Anheuser" of "Anheuser-Busch Cos.": a hyphenated name's first part.
                                || short.count == 1 && full.split(separator: "-").count > 1
                                    && full.split(separator: "-").first.map(String.init) == word
                        }
                        && bare[company].dropFirst(short.count).contains(where: EntityLexicon.companyWords.contains)
                        && (!person || zip(short, words[company]).contains { $0 != $1 })
                }
                .map(root))
            // Of several companies ("Tallgrass Distributors Ltd.", once "Tallgrass Hemp Company"), the
            // one the story names most.
            // First the one that is the short name and a company's words only ("Orkem S.A.", not
            // "Orkem Coatings U.K. Ltd."), as a parent is named before its units.
            func suffixOnly(_ company: Int) -> Int {
                bare[company].dropFirst(short.count).allSatisfy(EntityLexicon.companyWords.contains) ? 1 : 0
            }
            let ranked = holders.sorted {
                (suffixOnly($0), entities[$0].mentions, entities[$0].name) > (
                    suffixOnly($1), entities[$1].mentions, entities[$1].name
                )
            }
            if let holder = ranked.first,
                ranked.count == 1 || suffixOnly(holder) > suffixOnly(ranked[1])
                    || entities[ranked[1]].mentions < entities[holder].mentions
            {
                into[index] = holder
            }
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
