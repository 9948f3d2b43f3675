extension ClaimReader {
    /// The things a sentence names near each happening's head — bodies, places, works, anything
    /// named but a person — each with its distance in words from the nearest head of that happening,
    /// negative before it (zero where the name spans the head): what the happening is about, by name,
    /// as `arguments` holds its words. "Lohan had checked in to the Morningside Recovery rehab
    /// facility" puts Morningside Recovery two words after the check-in. A name told as the teller
    /// ("TMZ reports", "told People", "New York Police said"), as a person's home ("Anthony LaSalle,
    /// 36, of Minneapolis", "of Schenectady, N.Y.") or as what describes a person ("a Schenectady
    /// man", "a Surrey Police spokeswoman") is no argument of the happening.
    /// `lowered`: the sentence's tokens lower-cased (and apostrophes folded), as `claim(of:in:parts:)`
    /// reads them.
    static func thingDistances(
        of entities: [EntityMention], headPositions: [String: [Int]], in sentence: AnalyzedSentence,
        lowered: [String]
    ) -> [String: [String: Int]] {
        var distances: [String: [String: Int]] = [:]
        let tokens = sentence.tokens
        var homes = Set<Int>()
        // Whether a comma stands between the token at `index` and the one before it.
        func commaBefore(_ index: Int) -> Bool {
            sentence.text(from: tokens[index - 1].end, to: tokens[index].start).contains(",")
        }
        for entity in entities.sorted(by: { $0.start < $1.start }) where entity.type != .person {
            let first = tokens.firstIndex { $0.start >= entity.start } ?? tokens.count
            let last = max(first, tokens.lastIndex { $0.end <= entity.end } ?? first)
            let after = lowered[min(last + 1, tokens.count)..<min(last + 3, tokens.count)]
            let teller =
                lowered[max(0, first - 2)..<min(first, tokens.count)].contains(where: tellerWords.contains)
                || after.contains(where: tellerWords.contains)
            // ", of Minneapolis", and the state after it (", N.Y."): tokens are words, the commas between them.
            let home =
                first >= 1 && first < tokens.count
                && (lowered[first - 1] == "of" && first >= 2 && commaBefore(first - 1)
                    || commaBefore(first) && homes.contains(first - 1))
            if home { homes.insert(last) }
            let describesAPerson = after.first.map(roleHeads.contains) ?? false
            guard !teller, !home, !describesAPerson else { continue }
            let name = entity.name.lowercased()
            for (head, positions) in headPositions {
                for position in positions {
                    let distance = position < first ? first - position : min(0, last - position)
                    if let known = distances[head]?[name], abs(known) <= abs(distance) { continue }
                    distances[head, default: [:]][name] = distance
                }
            }
        }
        return distances
    }

    /// Words that make the name beside them the teller of a statement: the reporting verbs and
    /// their present tense ("TMZ reports", "a source tells The Associated Press").
    static let tellerWords = reporting.union(["tells", "reports", "confirms", "says"])
}
