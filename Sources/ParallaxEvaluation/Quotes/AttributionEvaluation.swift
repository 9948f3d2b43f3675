internal import Foundation
public import Parallax

/// Scores the quote extractor against gold attribution relations.
///
/// Content spans are compared as sets of word tokens (runs of letters and digits; punctuation and
/// quotation marks do not count). A gold span's tokens are those of its fragments, so the words
/// between the pieces of a split span ("…, she said, …") are not part of it. A predicted and a gold
/// span match when they share at least half the tokens of each; matching is one-to-one, the pairs
/// sharing most tokens first. Source accuracy is over matched pairs: right when the predicted
/// speaker mention overlaps a fragment of the gold source, or, where the gold attribution has no
/// source, when the prediction has no speaker mention either. Direct-quote recall is the recall
/// over gold content spans enclosed in quotation marks. A quotation that continues the one before
/// it (`isContinuation`) is another fragment of that prediction, as split gold spans are.
public struct AttributionEvaluation: Sendable {
    public struct Score: Sendable, Hashable {
        public var articles = 0
        public var gold = 0
        public var predicted = 0
        public var matched = 0
        public var sourceRight = 0
        public var goldDirect = 0
        public var matchedDirect = 0
        /// Time of the whole analysis, and of the quote extraction alone within it.
        public var seconds = 0.0
        public var quoteSeconds = 0.0

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        public var sourceAccuracy: Double { matched == 0 ? 0 : Double(sourceRight) / Double(matched) }
        public var directRecall: Double { goldDirect == 0 ? 0 : Double(matchedDirect) / Double(goldDirect) }
        public var articlesPerSecond: Double { seconds > 0 ? Double(articles) / seconds : 0 }
        public var quoteArticlesPerSecond: Double { quoteSeconds > 0 ? Double(articles) / quoteSeconds : 0 }

        static func + (lhs: Score, rhs: Score) -> Score {
            var sum = lhs
            sum.articles += rhs.articles
            sum.gold += rhs.gold
            sum.predicted += rhs.predicted
            sum.matched += rhs.matched
            sum.sourceRight += rhs.sourceRight
            sum.goldDirect += rhs.goldDirect
            sum.matchedDirect += rhs.matchedDirect
            sum.seconds += rhs.seconds
            sum.quoteSeconds += rhs.quoteSeconds
            return sum
        }
    }

    /// One gold or predicted attribution, reduced to what the scoring compares.
    public struct Pair: Sendable, Hashable {
        public var content: [Range<Int>]
        public var source: [Range<Int>]
        public var isDirect = false
    }

    /// What one article gave: its figures and the pairs, for inspection.
    public struct ArticleResult: Sendable {
        public var id: String
        public var split: String
        public var score: Score
        public var gold: [Pair]
        public var predicted: [Pair]
        /// Indices into `predicted` of the gold pairs' matches.
        public var matches: [Int?]
    }

    public struct Report: Sendable {
        /// Per split, in name order.
        public var splits: [(name: String, score: Score)]
        public var all: Score
        public var articles: [ArticleResult]
    }

    /// The quote settings the extraction runs with (the default ones unless a setting is measured).
    package var configuration = QuoteConfiguration()

    public init() {}

    /// Analyzes every document of the selected splits (all when `splits` is nil) and scores it.
    public func run(_ corpus: AttributionCorpus, splits: Set<String>? = nil) -> Report {
        let analyzer = ArticleAnalyzer()
        var results: [ArticleResult] = []
        for document in corpus.documents where splits?.contains(document.split) ?? true {
            let article = Article(
                id: document.id, input: document.id, title: nil, published: nil, language: "en", text: document.text)
            let started = DispatchTime.now().uptimeNanoseconds
            let analyzed = analyzer.analyze(article)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            // The extractor again on the analyzed sentences, timed on its own.
            let quoteStarted = DispatchTime.now().uptimeNanoseconds
            let quotes = analyzed.extractQuotes(configuration: configuration)
            let quoteSeconds = Double(DispatchTime.now().uptimeNanoseconds - quoteStarted) / 1e9
            var result = score(document, quotes: quotes)
            result.score.seconds = seconds
            result.score.quoteSeconds = quoteSeconds
            results.append(result)
        }
        var bySplit: [String: Score] = [:]
        for result in results {
            bySplit[result.split, default: Score()] = bySplit[result.split, default: Score()] + result.score
        }
        let all = results.reduce(Score()) { $0 + $1.score }
        return Report(
            splits: bySplit.sorted { $0.key < $1.key }.map { (name: $0.key, score: $0.value) }, all: all,
            articles: results)
    }

    /// Scores one article's predicted quotes against its gold attributions.
    public func score(_ document: AttributionCorpus.Document, quotes: [QuoteMention]) -> ArticleResult {
        let words = WordTable(document.text)
        let gold = document.attributions.compactMap { attribution -> Pair? in
            guard let content = attribution.content else { return nil }
            let ranges = content.ranges
            return Pair(
                content: ranges, source: attribution.source?.ranges ?? [],
                isDirect: Self.isEnclosedInQuotationMarks(ranges, in: words.scalars))
        }
        // A quotation continuing the one before is another fragment of the same attribution.
        var predicted: [Pair] = []
        for quote in quotes.sorted(by: { $0.start < $1.start }) {
            if quote.isContinuation, !predicted.isEmpty {
                predicted[predicted.count - 1].content.append(quote.start..<quote.end)
                continue
            }
            predicted.append(
                Pair(
                    content: [quote.start..<quote.end],
                    source: quote.speakerStart.flatMap { start in quote.speakerEnd.map { [start..<max(start, $0)] } }
                        ?? [],
                    isDirect: quote.kind == .direct))
        }
        let goldWords = gold.map { words.words(in: $0.content) }
        let predictedWords = predicted.map { words.words(in: $0.content) }
        var candidates: [(gold: Int, predicted: Int, shared: Int)] = []
        for (g, goldSet) in goldWords.enumerated() where !goldSet.isEmpty {
            for (p, predictedSet) in predictedWords.enumerated() where !predictedSet.isEmpty {
                guard let lower = goldSet.first, let upper = goldSet.last, let pLower = predictedSet.first,
                    let pUpper = predictedSet.last, lower <= pUpper, pLower <= upper
                else { continue }
                let shared = Self.sharedCount(goldSet, predictedSet)
                if 2 * shared >= goldSet.count, 2 * shared >= predictedSet.count {
                    candidates.append((g, p, shared))
                }
            }
        }
        candidates.sort { ($0.shared, -$0.gold) > ($1.shared, -$1.gold) }
        var matches = [Int?](repeating: nil, count: gold.count)
        var used = Set<Int>()
        for candidate in candidates where matches[candidate.gold] == nil && !used.contains(candidate.predicted) {
            matches[candidate.gold] = candidate.predicted
            used.insert(candidate.predicted)
        }
        var score = Score()
        score.articles = 1
        score.gold = gold.count
        score.predicted = predicted.count
        for (g, match) in matches.enumerated() {
            if gold[g].isDirect { score.goldDirect += 1 }
            guard let p = match else { continue }
            score.matched += 1
            if gold[g].isDirect { score.matchedDirect += 1 }
            let goldSource = gold[g].source
            let predictedSource = predicted[p].source
            let right =
                goldSource.isEmpty
                ? predictedSource.isEmpty
                : predictedSource.contains { range in goldSource.contains { $0.overlaps(range) } }
            if right { score.sourceRight += 1 }
        }
        return ArticleResult(
            id: document.id, split: document.split, score: score, gold: gold, predicted: predicted, matches: matches)
    }

    static let openingMarks: Set<Unicode.Scalar> = ["\"", "“", "«", "„", "'", "‘"]
    static let closingMarks: Set<Unicode.Scalar> = ["\"", "”", "»", "'", "’"]

    /// A span whose first and last non-space characters are quotation marks ('' counts, as in
    /// newspapers that double apostrophes; a single apostrophe does not).
    static func isEnclosedInQuotationMarks(_ ranges: [Range<Int>], in scalars: [Unicode.Scalar]) -> Bool {
        guard var start = ranges.first?.lowerBound, var end = ranges.last?.upperBound, end <= scalars.count else {
            return false
        }
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard end - start >= 2 else { return false }
        func isMark(_ index: Int, _ marks: Set<Unicode.Scalar>, next: Int) -> Bool {
            let scalar = scalars[index]
            guard marks.contains(scalar) else { return false }
            if scalar == "'" || scalar == "‘" || scalar == "’" {
                return next >= 0 && next < scalars.count && scalars[next] == scalar
            }
            return true
        }
        return isMark(start, openingMarks, next: start + 1) && isMark(end - 1, closingMarks, next: end - 2)
    }

    /// Size of the intersection of two sorted index lists.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}

/// The word tokens of a text (runs of letters and digits), by scalar offsets.
struct WordTable {
    let scalars: [Unicode.Scalar]
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord, start == nil { start = index }
            if !isWord, let open = start {
                starts.append(open)
                ends.append(index)
                start = nil
            }
        }
        if let open = start {
            starts.append(open)
            ends.append(scalars.count)
        }
    }

    /// Indices of the words overlapping any of `ranges`, sorted, each once.
    func words(in ranges: [Range<Int>]) -> [Int] {
        var result: [Int] = []
        for range in ranges where !range.isEmpty {
            // First word ending after the range's start.
            var low = 0
            var high = ends.count
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < starts.count, starts[index] < range.upperBound {
                if result.last.map({ $0 < index }) ?? true { result.append(index) }
                index += 1
            }
        }
        return result.sorted()
    }
}
