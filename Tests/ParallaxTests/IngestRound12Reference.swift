// No Foundation here: the entity recognizer's files do not import it, so `String.contains(_:)`
// below is the standard library's (characters compared), as it was in `repeatsTheTitle`.

/// The ways round 12 replaced, as they were written where they ran.
enum IngestRound12Reference {
    /// How `repeatsTheTitle` compared the title and the line before round 12.
    static func titleAndLineHoldEachOther(_ title: String, _ line: String) -> Bool {
        let closing: Set<Character> = [".", " ", "\n", "\t"]
        let title = String(title.reversed().drop(while: closing.contains).reversed())
        let line = String(line.reversed().drop(while: closing.contains).reversed())
        return line.count >= 2 && (title.contains(line) || line.contains(title)) && !title.isEmpty
    }
}
