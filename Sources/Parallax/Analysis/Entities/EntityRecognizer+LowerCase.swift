extension EntityRecognizer {
    /// The words a text writes in lower case (tokens whose first character is a lower-case
    /// letter), gathered the first time one is looked up: only shouted words, acronyms and leading
    /// words are, so most texts never gather them.
    final class LowerCaseWords {
        private let sentences: [AnalyzedSentence]
        private lazy var words: Set<String> = {
            var words = Set<String>()
            for sentence in sentences {
                for token in sentence.tokens where token.text.firstIsLowercase { words.insert(token.text) }
            }
            return words
        }()

        init(_ sentences: [AnalyzedSentence]) { self.sentences = sentences }

        func contains(_ word: String) -> Bool { words.contains(word) }
    }
}
