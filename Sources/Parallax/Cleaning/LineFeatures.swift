/// Surface facts about one line of a plain-text article that the cleaning rules read.
struct LineFeatures {
    let text: String
    let lowercased: String
    let words: [Substring]

    init(_ text: String) {
        self.text = text
        self.lowercased = text.lowercased()
        self.words = text.split(whereSeparator: \.isWhitespace)
    }

    var wordCount: Int { words.count }

    /// Ends like a sentence: terminal punctuation, possibly inside closing quotes.
    var endsLikeSentence: Bool {
        var scalars = Substring(text)
        while let last = scalars.last, "\"”’'»)]".contains(last) { scalars.removeLast() }
        guard let last = scalars.last else { return false }
        return ".!?…:;".contains(last)
    }

    /// A line of running prose: a sentence of some length, or a long stretch of text.
    var isProse: Bool {
        (endsLikeSentence && wordCount >= 5) || wordCount >= 40
    }

    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains { lowercased.contains($0) }
    }

    func count(of phrases: [String]) -> Int {
        phrases.reduce(0) { $0 + (lowercased.contains($1) ? 1 : 0) }
    }

    /// Letters only, lowercased: "Latest news:" gives "latest news".
    var letterKey: String {
        String(lowercased.filter { $0.isLetter || $0 == " " }).trimmingASCIIWhitespace().description
    }
}
