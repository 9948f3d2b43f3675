extension EntityRecognizer {
    /// The words a text writes in lower case (tokens whose first character is a lower-case
    /// letter), gathered the first time one is looked up: only shouted words, acronyms and leading
    /// words are, so most texts never gather them. The first few look-ups read the tokens instead
    /// of gathering them (a look-up compares each token once; gathering hashes each token).
    final class LowerCaseWords {
        private let sentences: [AnalyzedSentence]
        private var lookups = 0
        private lazy var words: Set<String> = {
            var words = Set<String>()
            for sentence in sentences {
                for token in sentence.tokens where token.text.firstIsLowercase { words.insert(token.text) }
            }
            return words
        }()

        /// Look-ups answered by reading the tokens before they are gathered into a set. Only
        /// shouted words, acronyms opening a sentence and the leading words of people's names are
        /// looked up, few in a text; a reading compares each token's text (most are short strings
        /// held in place, compared by their bits), gathering hashes and inserts each lower-case
        /// one. Round 12 (`docs/pipeline.md`): gathering was 18 of 4,956 samples of an ingest of
        /// 3,000 articles at every first look-up, 21 of 5,406 with two readings first; the answers
        /// are the set's either way.
        static let readLookups = 8

        init(_ sentences: [AnalyzedSentence]) { self.sentences = sentences }

        func contains(_ word: String) -> Bool {
            lookups += 1
            guard lookups <= Self.readLookups else { return words.contains(word) }
            return sentences.contains { sentence in
                sentence.tokens.contains { $0.text == word && $0.text.firstIsLowercase }
            }
        }
    }
}
