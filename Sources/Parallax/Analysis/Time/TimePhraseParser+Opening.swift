/// A weekday that opens its sentence before a future main clause (thirteenth round).
extension TimePhraseParser {
    /// Whether the weekday at `index` opens its sentence in a phrase closed by a comma ("On
    /// Thursday, Comey will testify …", "And on Monday, the group will hold …"; one leading
    /// "and", "but" or "then" allowed) and the clause after the comma says "will", "'ll" or
    /// "shall" within `cueWindow` words before any past word or other modal: the day is ahead.
    /// PolNeAR train (thirteenth round): two such weekdays read a week back, none read right.
    func futureCue(afterOpening index: Int) -> Bool {
        var first = index
        while first > 0, sameSentence(first - 1, index), isWord(first - 1, in: TimeLexicon.datePrepositions) {
            first -= 1
        }
        if first > 0, sameSentence(first - 1, index), isWord(first - 1, in: ["and", "but", "then"]) { first -= 1 }
        guard first == 0 || !sameSentence(first - 1, index) else { return false }
        var position = index + 1
        if case .partOfDay = token(position)?.entry { position += 1 }
        guard isMark(position, ",") else { return false }
        var words = 0
        for next in (position + 1)..<tokens.count {
            guard words < Self.cueWindow, sameSentence(index, next) else { return false }
            guard tokens[next].kind == .word else { continue }
            let lower = tokens[next].lower
            words += 1
            if ["will", "ll", "shall"].contains(lower) { return true }
            if TimePhraseParser.pastAuxiliaries.contains(lower) || TimePhraseParser.pastForms.contains(lower)
                || TimePhraseParser.modals.contains(lower) || lower.count > 4 && lower.hasSuffix("ed")
            {
                return false
            }
        }
        return false
    }
}
