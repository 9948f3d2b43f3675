/// The sentences of a story's articles, weighted for comparison with each other.
struct StorySentences {
    /// A class, not a value: the sections read items many times over (pairs, groups, rounds of
    /// the summary), and copying a sentence with its tokens, vector and claim each time was a
    /// tenth of writing a brief. Never changed once made.
    final class Item {
        let article: Int
        let sentence: AnalyzedSentence
        let stems: Set<String>
        let vector: TermVector
        /// Fit to stand alone in a summary or as a fact.
        let isStatement: Bool
        /// Prose, or page furniture (headline, dateline, caption…) that no section may use.
        let role: SentenceRole
        /// The sentence without a leading dateline: what a brief quotes.
        let text: String
        let claim: Claim
        /// Prose that may support a fact or be weighed against another statement.
        var isProse: Bool { role == .prose }

        init(
            article: Int, sentence: AnalyzedSentence, stems: Set<String>, vector: TermVector, isStatement: Bool,
            role: SentenceRole, text: String, claim: Claim
        ) {
            self.article = article
            self.sentence = sentence
            self.stems = stems
            self.vector = vector
            self.isStatement = isStatement
            self.role = role
            self.text = text
            self.claim = claim
        }
    }

    let articles: [AnalyzedArticle]
    let items: [Item]
    let centroid: TermVector
    /// Each article's sentences' roles, in the order of `AnalyzedArticle.sentences`: judged once
    /// for every section (the timeline asks too).
    let roles: [[SentenceRole]]
    /// Positions in `items` of each article's sentences, in order.
    let itemsByArticle: [[Int]]
    /// Each item's claim class (`StoryAlignments.classes(of:)`): items of one class have the same
    /// words and are aligned alike with any claim, so what is asked of a pair is asked once of two classes.
    let claimClasses: [Int]

    init(articles: [AnalyzedArticle]) {
        self.articles = articles
        var frequencies = DocumentFrequencies()
        frequencies.pseudoDocuments = 5
        // Each sentence's content stems counted once, for the frequencies (their distinct stems,
        // the keys), the vectors and the stem sets.
        let stemCounts = articles.map { article in
            article.sentences.map { sentence in
                let stems = sentence.contentStems
                var counts = [String: Int](minimumCapacity: stems.count)
                for stem in stems { counts[stem, default: 0] += 1 }
                return counts
            }
        }
        for article in stemCounts {
            for counts in article { frequencies.addDistinct(counts.keys) }
        }
        var items: [Item] = []
        var roles: [[SentenceRole]] = []
        var itemsByArticle: [[Int]] = []
        var total: [String: Double] = [:]
        let hygiene = SentenceHygiene()
        let reader = ClaimReader()
        // A sentence repeated by several articles (a wire paragraph) is read once.
        var copies = ClaimReader.Copies()
        for (articleIndex, article) in articles.enumerated() {
            // "NPR's Charles Maynes is in Moscow": the outlet presenting itself states nothing.
            let selfNames = ([article.article.outlet].compactMap { $0 } + article.article.authors).filter {
                $0.count >= 3
            }
            let articleRoles = hygiene.roles(in: article)
            let parts = ClaimReader.ArticleParts(article)
            roles.append(articleRoles)
            itemsByArticle.append([])
            for (sentenceIndex, (sentence, role)) in zip(article.sentences, articleRoles).enumerated() {
                let counts = stemCounts[articleIndex][sentenceIndex]
                let vector = frequencies.vector(counts, limit: 200)
                for (term, weight) in vector.weights { total[term, default: 0] += weight }
                itemsByArticle[articleIndex].append(items.count)
                var claim = copies.claim(of: sentence, in: article, parts: parts, reader: reader)
                let body = String(hygiene.body(of: sentence.text))
                claim.text = body
                items.append(
                    Item(
                        article: articleIndex, sentence: sentence, stems: Set(counts.keys), vector: vector,
                        isStatement: role == .prose && Self.isStatement(sentence)
                            && !selfNames.contains(where: { TextSearch.contains(sentence.text, $0) }),
                        role: role, text: body, claim: claim))
            }
        }
        self.items = items
        self.centroid = TermVector(weights: total)
        self.roles = roles
        self.itemsByArticle = itemsByArticle
        self.claimClasses = StoryAlignments.classes(of: items.map(\.claim))
    }

    /// A declarative sentence of reasonable length that does not lean on the one before
    /// it, on a speaker label, or on the reader.
    static func isStatement(_ sentence: AnalyzedSentence) -> Bool {
        let words = sentence.tokens.count
        guard (7...55).contains(words), !sentence.text.hasSuffix("?") else { return false }
        // "… taking over will be former Portland Trailblazers Coach...": a teaser that trails off.
        if sentence.text.hasSuffix("...") || sentence.text.hasSuffix("…") { return false }
        // "It's", "That’s": the word before the apostrophe leans as the word alone would.
        let first = String(
            (sentence.tokens.first?.text.lowercased() ?? "").split(whereSeparator: { $0 == "'" || $0 == "’" }).first
                ?? "")
        if leaningWords.contains(first) { return false }
        // Most sentences have no colon at all: no ":" byte settles that without reading characters.
        if sentence.text.utf8.contains(UInt8(ascii: ":")), let colon = sentence.text.firstIndex(of: ":"),
            sentence.text[..<colon].split(separator: " ").count <= 4,
            sentence.text[..<colon].allSatisfy({ !$0.isLetter || $0.isUppercase })
        {
            return false
        }
        if let opening = sentence.text.first, "“\"‘'«".contains(opening) { return false }
        // "Plus, Iran is a partner,” the source said.": the tail of a quotation begun earlier.
        let marks = quotationMarks(in: sentence.text)
        if marks.opens != marks.closes || marks.straight % 2 == 1 { return false }
        return !sentence.tokens.contains(where: addressesTheReader) || TextSearch.contains(sentence.text, "“")
            || TextSearch.contains(sentence.text, "\"")
    }

    /// The characters “ and « (opening), ” and » (closing) and " in `text`, in one reading.
    /// Each of these characters is its one scalar (none has a canonical equivalent), so the
    /// scalar tells it without comparing strings.
    static func quotationMarks(in text: String) -> (opens: Int, closes: Int, straight: Int) {
        var marks = (opens: 0, closes: 0, straight: 0)
        // In ASCII text every character is one byte (or "\r\n", no mark): only `"` can be there.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            marks.straight = text.utf8.count { $0 == UInt8(ascii: "\"") }
            return marks
        }
        for character in text {
            let scalars = character.unicodeScalars
            guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
                continue
            }
            switch scalar.value {
            case 0x201C, 0xAB: marks.opens += 1
            case 0x201D, 0xBB: marks.closes += 1
            case 0x22: marks.straight += 1
            default: break
            }
        }
        return marks
    }

    /// First words that lean on the sentence before.
    private static let leaningWords: Set<String> = [
        "but", "and", "or", "so", "he", "she", "they", "it", "this", "that", "these", "those",
        "well", "yeah", "you", "i", "we", "now", "also", "still", "meanwhile", "however", "then",
        "his", "her", "their", "its", "there", "here", "yes", "no", "oh",
    ]

    /// Words that address or include the reader.
    private static let readerPronouns: Set<String> = ["i", "we", "you", "our", "my", "your"]

    /// Whether `token` is one of `readerPronouns`, in any case. Those are ASCII words of at most
    /// four letters, and lowercasing a word of more than four bytes gives none of them (the one
    /// character lowercased into ASCII from outside it, the Kelvin sign, gives a "k"), so longer
    /// words are not lowercased: most are.
    static func addressesTheReader(_ token: Token) -> Bool {
        token.text.utf8.count <= readerPronounBytes && readerPronouns.contains(token.text.lowercased())
    }

    /// The length in bytes of the longest of `readerPronouns`.
    private static let readerPronounBytes = readerPronouns.map(\.utf8.count).max() ?? 0
}
