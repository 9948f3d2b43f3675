/// How many of a thing a statement tells: "two contract extensions" are several, "his new contract
/// extension" is one.
extension ClaimReader {
    /// The stems of the plural nouns a number of two or more counts: the first plural among the
    /// lower-case words right after the number ("Stefanski had given Cheeks two contract extensions":
    /// extens; "three bank workers died": worker).
    /// `lowered` are the tokens' lower-cased words.
    static func severalCounted(in tokens: [Token], lowered: [String]) -> Set<String> {
        var counted = Set<String>()
        for (position, word) in lowered.enumerated() where (countValue(word) ?? 0) >= 2 {
            var next = position + 1
            // "two other buildings", "three more games".
            while next < tokens.count, countedOpeners.contains(lowered[next]) { next += 1 }
            while next < tokens.count, isPhraseWord(tokens[next]) {
                if isPlural(lowered[next]) {
                    counted.insert(tokens[next].stem)
                    break
                }
                next += 1
            }
        }
        return counted
    }

    /// The stems of the nouns written in the singular, heading their phrase, with no number of two
    /// or more in the lower-case words before them ("his second one-year contract extension":
    /// extens), and of the words written in the plural, as (singular, plural).
    static func toldInNumber(in tokens: [Token], lowered: [String]) -> (singular: Set<String>, plural: Set<String>) {
        var singular = Set<String>()
        var plural = Set<String>()
        for (position, token) in tokens.enumerated() where isPhraseWord(token) {
            if isPlural(lowered[position]) {
                plural.insert(token.stem)
                continue
            }
            var before = position - 1
            var counted = false
            while before >= 0 {
                if let value = countValue(lowered[before]) {
                    counted = value >= 2
                    break
                }
                guard isPhraseWord(tokens[before]) else { break }
                before -= 1
            }
            // Only the head of its phrase: "dam" of "the most serious dam failure" tells no dam.
            // ("the burning building, costing …": a mark between the two ends the phrase).
            let modifies =
                position + 1 < tokens.count && isPhraseWord(tokens[position + 1])
                && tokens[position + 1].start - token.end <= 1
            if !counted, !modifies { singular.insert(token.stem) }
        }
        return (singular, plural)
    }

    /// Words between a number and what it counts that are no part of it.
    static let countedOpeners: Set<String> = ["other", "more", "further", "additional"]

    /// A word of a noun phrase: lower-case, no stop word, no number.
    static func isPhraseWord(_ token: Token) -> Bool {
        !token.isCapitalized && !token.isStopWord && !token.isNumber && token.text.first?.isLetter == true
    }

    /// Whether a lower-case word is written in the plural ("extensions", not "business").
    static func isPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is")
    }

    /// The value of a number or an ordinal written in digits ("19th" is 19, "88-72" is 88).
    static func countValue(_ word: String) -> Double? {
        if let value = QuantityReader.value(of: word) { return value }
        guard word.first?.isNumber == true else { return nil }
        return Double(word.prefix { $0.isNumber })
    }
}
