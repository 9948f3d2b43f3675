extension FactFinder {
    /// Least distinct content stems a stretch of a claim needs to count as one of its clauses
    /// (`clauses`): "and had a guest role in television sitcom Scrubs" is one, "and then" is none.
    static let clauseLeastStems = 3

    /// Words that open a clause of their own after a comma, or anywhere ("while others threw petrol
    /// bombs"); "and" opens one after a comma or before "then".
    static let clauseOpeners: Set<String> = ["but", "while", "whereas"]

    /// The content stems of each clause of `sentence`, where it is compound: split at a semicolon,
    /// at "and" or "but" after a comma, at "and then", and before "but", "while" or "whereas";
    /// stretches with fewer than `clauseLeastStems` stems join no split. "Page married twice; the
    /// first marriage to Navy man Billy Neal lasted from 1943 to 1947, and her second …" has three.
    static func clauses(of sentence: AnalyzedSentence) -> [Set<String>] {
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = sentence.tokens
        var clauses: [Set<String>] = [[]]
        for (position, token) in tokens.enumerated() {
            if position > 0 {
                let from = max(0, tokens[position - 1].end - sentence.start)
                let to = min(scalars.count, max(from, token.start - sentence.start))
                let between = String(String.UnicodeScalarView(scalars[from..<to]))
                let word = token.text.lowercased()
                let next = position + 1 < tokens.count ? tokens[position + 1].text.lowercased() : ""
                let opens =
                    between.contains(";") || (between.contains(",") && (word == "and" || clauseOpeners.contains(word)))
                    || clauseOpeners.contains(word) || (word == "and" && next == "then")
                if opens, clauses[clauses.count - 1].count >= clauseLeastStems { clauses.append([]) }
            }
            if !token.isStopWord, !token.isNumber, token.stem.count > 1 {
                clauses[clauses.count - 1].insert(token.stem)
            }
        }
        // A short last stretch belongs to the clause before it.
        if clauses.count > 1, clauses[clauses.count - 1].count < clauseLeastStems {
            let last = clauses.removeLast()
            clauses[clauses.count - 1].formUnion(last)
        }
        return clauses.count > 1 ? clauses : []
    }

    /// Whether `support` (its content stems) tells a part of one clause of a compound claim and
    /// nothing of another: it repeats less than `untold` of some clause's stems and less than `told`
    /// of every clause's. "In the off-season, Stefanski landed free agent forward Elton Brand …" for
    /// "The Sixers had a three-game losing streak going into Saturday night's contest against
    /// Washington, and …". False where the claim is not compound.
    static func tellsOneClauseInPart(_ clauses: [Set<String>], by support: Set<String>, untold: Double, told: Double)
        -> Bool
    {
        guard clauses.count > 1 else { return false }
        let shares = clauses.map { Double($0.intersection(support).count) / Double($0.count) }
        return shares.min()! < untold && shares.max()! < told
    }
}
