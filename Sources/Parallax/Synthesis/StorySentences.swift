/// The sentences of a story's articles, weighted for comparison with each other.
struct StorySentences {
    struct Item {
        var article: Int
        var sentence: AnalyzedSentence
        var stems: Set<String>
        var vector: TermVector
        /// Fit to stand alone in a summary or as a fact.
        var isStatement: Bool
        /// Prose, or page furniture (headline, dateline, caption…) that no section may use.
        var role: SentenceRole
        /// The sentence without a leading dateline: what a brief quotes.
        var text: String
        var claim: Claim
        /// Prose that may support a fact or be weighed against another statement.
        var isProse: Bool { role == .prose }
    }

    let articles: [AnalyzedArticle]
    let items: [Item]
    let centroid: TermVector

    init(articles: [AnalyzedArticle]) {
        self.articles = articles
        var frequencies = DocumentFrequencies()
        frequencies.pseudoDocuments = 5
        for article in articles {
            for sentence in article.sentences { frequencies.add(sentence.contentStems) }
        }
        var items: [Item] = []
        var total: [String: Double] = [:]
        let hygiene = SentenceHygiene()
        let reader = ClaimReader()
        for (articleIndex, article) in articles.enumerated() {
            // "NPR's Charles Maynes is in Moscow": the outlet presenting itself states nothing.
            let selfNames = ([article.article.outlet].compactMap { $0 } + article.article.authors).filter {
                $0.count >= 3
            }
            for sentence in article.sentences {
                let stems = sentence.contentStems
                var counts: [String: Int] = [:]
                for stem in stems { counts[stem, default: 0] += 1 }
                let vector = frequencies.vector(counts, limit: 200)
                for (term, weight) in vector.weights { total[term, default: 0] += weight }
                let role = hygiene.role(of: sentence, in: article)
                var claim = reader.claim(of: sentence, in: article)
                let body = String(hygiene.body(of: sentence.text))
                claim.text = body
                items.append(
                    Item(
                        article: articleIndex, sentence: sentence, stems: Set(stems), vector: vector,
                        isStatement: role == .prose && Self.isStatement(sentence)
                            && !selfNames.contains(where: { TextSearch.contains(sentence.text, $0) }),
                        role: role, text: body, claim: claim))
            }
        }
        self.items = items
        self.centroid = TermVector(weights: total)
    }

    /// A declarative sentence of reasonable length that does not lean on the one before
    /// it, on a speaker label, or on the reader.
    static func isStatement(_ sentence: AnalyzedSentence) -> Bool {
        let words = sentence.tokens.count
        guard (7...55).contains(words), !sentence.text.hasSuffix("?") else { return false }
        // "It's", "That’s": the word before the apostrophe leans as the word alone would.
        let first = String(
            (sentence.tokens.first?.text.lowercased() ?? "").split(whereSeparator: { $0 == "'" || $0 == "’" }).first
                ?? "")
        if leaningWords.contains(first) { return false }
        if let colon = sentence.text.firstIndex(of: ":"),
            sentence.text[..<colon].split(separator: " ").count <= 4,
            sentence.text[..<colon].allSatisfy({ !$0.isLetter || $0.isUppercase })
        {
            return false
        }
        if let opening = sentence.text.first, "“\"‘'«".contains(opening) { return false }
        // "Plus, Iran is a partner,” the source said.": the tail of a quotation begun earlier.
        let opens = sentence.text.filter { $0 == "“" || $0 == "«" }.count
        let closes = sentence.text.filter { $0 == "”" || $0 == "»" }.count
        if opens != closes || sentence.text.filter({ $0 == "\"" }).count % 2 == 1 { return false }
        let pronouns = sentence.tokens.filter { readerPronouns.contains($0.text.lowercased()) }
        return pronouns.isEmpty || sentence.text.contains("“") || sentence.text.contains("\"")
    }

    /// First words that lean on the sentence before.
    private static let leaningWords: Set<String> = [
        "but", "and", "or", "so", "he", "she", "they", "it", "this", "that", "these", "those",
        "well", "yeah", "you", "i", "we", "now", "also", "still", "meanwhile", "however", "then",
        "his", "her", "their", "its", "there", "here", "yes", "no", "oh",
    ]

    /// Words that address or include the reader.
    private static let readerPronouns: Set<String> = ["i", "we", "you", "our", "my", "your"]
}
