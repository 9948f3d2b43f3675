/// The happenings a sentence tells in its main clause, not in a clause or phrase it hangs on
/// another one ("after he was fired", "when the explosion occurred", "who lasted 52 games").
extension ClaimReader {
    /// Words that open a subordinate clause or a temporal phrase: what follows them, up to the next
    /// comma, semicolon, colon, dash or bracket, is said of another happening than the sentence's.
    /// "as" opens one only at the start of the sentence or after such a mark ("As the protesters
    /// tried…", not "as a condition of the bailout").
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "since", "because", "until", "although", "though", "whereas", "who",
        "which", "where", "whose", "whom", "if", "unless", "following",
    ]

    /// The subordinators of `subordinators` that set a happening as the time or condition of
    /// another: what they open is told as background, known already ("when the explosion
    /// occurred", "after the suspicious phone call", "while fellow fired coaches …").
    static let backgroundSubordinators: Set<String> = [
        "after", "before", "when", "while", "since", "until", "if", "unless", "following", "as",
    ]

    /// Marks that close a subordinate stretch.
    static let clauseMarks: Set<Unicode.Scalar> = [",", ";", ":", "—", "–", "(", ")"]

    /// The happenings of `headPositions` with a head outside every subordinate stretch of
    /// `sentence` (`subordinators`), and those whose every head is inside a stretch a
    /// `backgroundSubordinators` word opens; `lowered` are its tokens' lower-cased words.
    static func clauseHappenings(
        of sentence: AnalyzedSentence, lowered: [String], headPositions: [String: [Int]]
    ) -> (main: Set<String>, background: Set<String>) {
        let scalars = Array(sentence.text.unicodeScalars)
        var subordinate = [Bool](repeating: false, count: sentence.tokens.count)
        var background = [Bool](repeating: false, count: sentence.tokens.count)
        var inside = false
        var told = false
        for (position, token) in sentence.tokens.enumerated() {
            // A mark between the previous word and this one closes the stretch.
            let from = position == 0 ? 0 : sentence.tokens[position - 1].end - sentence.start
            let to = token.start - sentence.start
            let marked =
                from >= 0 && to <= scalars.count && from < to
                && scalars[from..<to].contains(where: clauseMarks.contains)
            if marked { (inside, told) = (false, false) }
            let word = lowered[position]
            if subordinators.contains(word) || (word == "as" && (position == 0 || marked)) {
                (inside, told) = (true, backgroundSubordinators.contains(word))
            }
            subordinate[position] = inside
            background[position] = told
        }
        let main = Set(headPositions.filter { $0.value.contains { !subordinate[$0] } }.keys)
        let backgroundOnly = headPositions.filter { !$0.value.isEmpty && $0.value.allSatisfy { background[$0] } }
        return (main, Set(backgroundOnly.keys))
    }
}
