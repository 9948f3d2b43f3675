/// What a statement calls the people and bodies it names: words that are part of a name's
/// description, not of what is said about them.
extension ClaimReader {
    /// Most lower-case words a title before a name, or an apposition after one, is read over.
    static let titleReach = 2

    /// Stems of the lower-case words that say what a named person or body is: right before the name
    /// with only spaces, hyphens or a possessive between ("the actress's rep Jack Ketsoyan",
    /// "producers Craig Zadan", "Previous hosts -- Jon Stewart"), or
    /// between commas right after it ("Ellen DeGeneres, recent hosts, are"). Two statements sharing
    /// such a word share a description of someone, not a predicate. `names` holds the positions of
    /// the sentence's name tokens.
    static func titleStems(of sentence: AnalyzedSentence, names: Set<Int>) -> Set<String> {
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = sentence.tokens
        func gap(_ left: Int, _ right: Int) -> String {
            let from = max(0, min(scalars.count, tokens[left].end - sentence.start))
            let to = max(from, min(scalars.count, tokens[right].start - sentence.start))
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[from..<to])
            return text
        }
        func joins(_ text: String) -> Bool {
            text.allSatisfy { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }
        }
        func isTitleWord(_ token: Token) -> Bool { !token.isCapitalized && !token.isNumber && !token.isStopWord }
        var titles = Set<String>()
        for position in names.sorted() {
            // Before the name: the first of its words.
            if !names.contains(position - 1) {
                var index = position - 1
                var taken = 0
                while index >= 0, taken < titleReach, joins(gap(index, index + 1)) {
                    let token = tokens[index]
                    if token.text.lowercased() == "s" {
                        index -= 1
                        continue
                    }
                    guard isTitleWord(token) else { break }
                    titles.insert(token.stem)
                    taken += 1
                    index -= 1
                }
            }
            // After the name, between commas: its last word.
            if !names.contains(position + 1), position + 1 < tokens.count, gap(position, position + 1).contains(",") {
                var index = position + 1
                var words: [String] = []
                while index < tokens.count, words.count < titleReach + 1, isTitleWord(tokens[index]) {
                    words.append(tokens[index].stem)
                    // Only a comma closes an apposition: "…, responded." at the sentence's end is its predicate.
                    guard index + 1 < tokens.count else { break }
                    if gap(index, index + 1).contains(",") {
                        if words.count <= titleReach { titles.formUnion(words) }
                        break
                    }
                    guard joins(gap(index, index + 1)) else { break }
                    index += 1
                }
            }
        }
        return titles
    }
}
