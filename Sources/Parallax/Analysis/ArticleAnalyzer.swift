internal import Foundation

/// Settings of the analysis stage.
public struct AnalysisConfiguration: Sendable {
    /// Used when language identification cannot tell.
    public var defaultLanguage = "en"
    public init() {}
}

/// Splits an article into sentences and words and finds its names, quotes and dates.
///
/// Not `Sendable`: it holds per-language stemmers. Make one per task.
public final class ArticleAnalyzer {
    public let configuration: AnalysisConfiguration
    private let segmenter = TextSegmenter()
    private let identifier = LanguageIdentifier()
    private let tagger = TemporalTagger()
    private var stemmers: [String: SnowballStemmer?] = [:]

    public init(configuration: AnalysisConfiguration = .init()) {
        self.configuration = configuration
    }

    public func analyze(_ input: Article) -> AnalyzedArticle {
        var article = input
        if article.language == nil {
            article.language = identifier.identify(article.text)
        }
        let language = article.language ?? configuration.defaultLanguage
        let stemmer = stemmer(for: language)
        let sentences = sentences(of: article.text, stemmer: stemmer, language: language)

        // Names tell events apart better than common words: they count twice.
        var termCounts: [String: Int] = [:]
        for sentence in sentences {
            for (position, token) in sentence.tokens.enumerated()
            where !token.isStopWord && !token.isNumber && token.stem.hasMoreCharacters(than: 1) {
                let isName = token.isCapitalized && position > 0
                termCounts[token.stem, default: 0] += isName ? 2 : 1
            }
        }
        if let title = article.title {
            for stem in contentStems(of: title, stemmer: stemmer, language: language) {
                termCounts[stem, default: 0] += 2
            }
        }
        let entities = EntityRecognizer().mentions(in: sentences, title: article.title)
        let quotes = QuoteExtractor().quotes(in: article.text, sentences: sentences, entities: entities)
        let times = tagger.tag(article.text, anchorOrInferred: article.published.map(TemporalAnchor.init))
        return AnalyzedArticle(
            article: article, sentences: sentences, entities: entities, quotes: quotes,
            times: times, termCounts: termCounts)
    }

    /// Content stems of a short text such as a title.
    func contentStems(of text: String, stemmer: SnowballStemmer?, language: String) -> [String] {
        segmenter.words(in: text).compactMap { range in
            let word = text[range].lowercased()
            guard !StopWords.contains(word, language: language), word.count > 1,
                !word.allSatisfy(\.isNumber)
            else { return nil }
            return stemmer?.stem(word) ?? word
        }
    }

    private func stemmer(for language: String) -> SnowballStemmer? {
        if let cached = stemmers[language] { return cached }
        let made = SnowballStemmer(languageCode: language)
        stemmers[language] = made
        return made
    }

    private func sentences(of text: String, stemmer: SnowballStemmer?, language: String)
        -> [AnalyzedSentence]
    {
        let ranges = segmenter.sentences(in: text)
        var walker = ScalarOffsetWalker(text: text)
        var paragraphWalker = ParagraphCounter(text: text)
        var result: [AnalyzedSentence] = []
        result.reserveCapacity(ranges.count)
        for range in ranges {
            // A sentence never spans a paragraph break; ICU breaks there already.
            let start = walker.offset(of: range.lowerBound)
            let end = walker.offset(of: range.upperBound)
            let sentenceText = String(text[range])
            let tokens = tokens(of: sentenceText, at: start, stemmer: stemmer, language: language)
            result.append(
                AnalyzedSentence(
                    text: sentenceText, start: start, end: end,
                    paragraph: paragraphWalker.paragraph(at: range.lowerBound),
                    index: result.count, tokens: tokens))
        }
        return result
    }

    private func tokens(of sentence: String, at base: Int, stemmer: SnowballStemmer?, language: String)
        -> [Token]
    {
        var walker = ScalarOffsetWalker(text: sentence)
        if wordFacts.language != language { wordFacts = (language, [:]) }
        return segmenter.words(in: sentence).map { range in
            let word = String(sentence[range])
            let facts = facts(of: word, stemmer: stemmer, language: language)
            return Token(
                start: base + walker.offset(of: range.lowerBound),
                end: base + walker.offset(of: range.upperBound),
                text: word, stem: facts.stem, isStopWord: facts.isStopWord, isCapitalized: facts.isCapitalized,
                isNumber: facts.isNumber)
        }
    }

    /// What a token holds besides its place: each depends on the word as written and the
    /// article's language alone.
    struct WordFacts {
        var stem: String
        var isStopWord: Bool
        var isCapitalized: Bool
        var isNumber: Bool
    }

    /// Facts of the words read so far in `language`, by the word as written: an article repeats
    /// most of its words, so most are looked up once rather than lowercased, stemmed and looked
    /// for among the stop words again. ASCII words only: `String` equality is canonical
    /// equivalence, and two spellings of one accented word are one key but two texts. Started
    /// again when the language changes or as many words are kept as a stemmer keeps
    /// (`SnowballStemmer.knownLimit`).
    private var wordFacts: (language: String, facts: [String: WordFacts]) = ("", [:])

    private func facts(of word: String, stemmer: SnowballStemmer?, language: String) -> WordFacts {
        let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
        if isASCII, let known = wordFacts.facts[word] { return known }
        let lower = word.lowercased()
        let isNumber = word.firstIsNumber
        let facts = WordFacts(
            stem: isNumber ? lower : (stemmer?.stem(Self.folded(lower)) ?? lower),
            isStopWord: StopWords.contains(lower, language: language), isCapitalized: word.firstIsUppercase,
            isNumber: isNumber)
        if isASCII {
            if wordFacts.facts.count >= SnowballStemmer.knownLimit { wordFacts.facts.removeAll(keepingCapacity: true) }
            wordFacts.facts[word] = facts
        }
        return facts
    }

    /// Typographic apostrophes as ASCII, so "Russia’s" and "Russia's" stem alike.
    static func folded(_ word: String) -> String {
        // A scalar test first: Foundation's `contains` is slow, and almost no word has one.
        guard word.unicodeScalars.contains("\u{2019}") else { return word }
        return word.replacingOccurrences(of: "’", with: "'")
    }
}

/// Turns increasing string indices into Unicode scalar offsets in one pass.
struct ScalarOffsetWalker {
    let text: String
    private var index: String.Index
    private var offset = 0
    /// In ASCII text each scalar is one byte, so an index's scalar offset is its byte offset,
    /// which the UTF-8 view gives without walking (round 13).
    private let isASCII: Bool

    init(text: String) {
        self.text = text
        self.index = text.startIndex
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
    }

    mutating func offset(of target: String.Index) -> Int {
        if isASCII { return text.utf8.distance(from: text.startIndex, to: target) }
        if target < index {
            index = text.startIndex
            offset = 0
        }
        offset += text.unicodeScalars.distance(from: index, to: target)
        index = target
        return offset
    }
}

/// Counts paragraph breaks (blank lines) before increasing string indices.
struct ParagraphCounter {
    let text: String
    private var index: String.Index
    private var paragraph = 0
    private var newlines = 0

    init(text: String) {
        self.text = text
        self.index = text.startIndex
    }

    mutating func paragraph(at target: String.Index) -> Int {
        let scalars = text.unicodeScalars
        while index < target {
            // An ASCII scalar other than CR followed by another ASCII scalar (or the end) is a whole
            // character, so it is classified on its own; anything else goes through `Character`.
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isASCII, scalar != "\r", next == scalars.endIndex || scalars[next].isASCII {
                switch scalar.value {
                case 0x0A...0x0D: newlines += 1
                case 0x09, 0x20: break
                default:
                    if newlines >= 2 { paragraph += 1 }
                    newlines = 0
                }
                index = next
                continue
            }
            let character = text[index]
            if character.isNewline {
                newlines += 1
            } else if !character.isWhitespace {
                if newlines >= 2 { paragraph += 1 }
                newlines = 0
            }
            index = text.index(after: index)
        }
        if newlines >= 2 {
            paragraph += 1
            newlines = 0
        }
        return paragraph
    }
}
