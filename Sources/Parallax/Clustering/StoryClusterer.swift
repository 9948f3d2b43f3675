/// Settings of clustering. The similarity of an article to a story is
/// `termWeight · cos(terms) + (1 − termWeight) · cos(names)`, damped by the days between
/// them; the article joins the most similar open story at or above `joinThreshold`.
/// `termWeight`, `joinThreshold` and `mergeThreshold` were chosen by a grid search on the
/// ECB+ development topics, checked by two-fold cross-validation over topics
/// (`parallax eval clustering --sweep`); the time settings are set by hand for daily news.
public struct ClusteringConfiguration: Codable, Hashable, Sendable {
    public var termWeight = 0.4
    public var joinThreshold = 0.26
    /// Least cosine between two stories' centroids for an article that fits both to merge them.
    public var mergeThreshold = 2.0
    /// Heaviest terms kept in an article's vector and in a story's centroid.
    public var articleTerms = 60
    public var storyTerms = 200
    /// An article's heaviest terms and names looked up in the candidate index.
    public var queryTerms = 10
    public var queryNames = 4
    /// A story's heaviest terms and names entered in the candidate index.
    public var indexedTerms = 30
    public var indexedNames = 10
    /// Most candidate stories scored per article (those sharing the most indexed terms).
    public var maximumCandidates = 24
    /// Days after a story's last article within which similarity is not damped.
    public var graceDays = 7.0
    /// Beyond the grace days, similarity halves every `halfLifeDays`.
    public var halfLifeDays = 7.0
    /// A story with no article for this many days is closed and takes no more.
    public var closeAfterDays = 30
    /// Empty pseudo-documents smoothing inverse document frequencies early in a stream.
    public var pseudoDocuments = 100.0

    public init() {}
}

/// What happened to a story, for the record a store keeps.
public struct ClusteringEvent: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case started, merged }
    public var kind: Kind
    /// The story started, or the story merged away.
    public var story: String
    /// For a merge, the story that absorbed it.
    public var into: String?
    /// The article that started the story or caused the merge.
    public var article: String
}

/// A story as the clusterer tracks it.
public struct StoryTrace: Codable, Hashable, Sendable {
    /// `s-` + a stable hash of the founding article's id: the id the brief carries.
    public var id: String
    public var size: Int
    public var firstDay: Int?
    public var lastDay: Int?
    /// Index of the story that absorbed this one.
    public var mergedInto: Int?
    fileprivate var terms: [Int32: Double] = [:]
    fileprivate var names: [Int32: Double] = [:]
    fileprivate var termNorm = 0.0
    fileprivate var nameNorm = 0.0
    fileprivate var indexed: Set<Int32> = []
}

/// Streaming clustering: articles arrive in publication order and each joins the most similar
/// open story, found through an inverted index over stories' heaviest terms and names, or
/// starts a new one. The whole state is a value: keep it, persist it (it is `Codable`), and
/// continue later with more articles; stories keep their ids.
public struct StoryClusterer: Codable, Sendable {
    public var configuration: ClusteringConfiguration
    public private(set) var stories: [StoryTrace] = []
    public private(set) var events: [ClusteringEvent] = []
    public private(set) var documentCount = 0
    private var vocabulary: [String: Int32] = [:]
    private var documentFrequency: [Int32] = []
    private var postings: [Int32: [Int32]] = [:]
    private var latestDay: Int?
    private var addedSincePruning = 0

    public init(configuration: ClusteringConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Adds one article and returns the index of its story in `stories`.
    @discardableResult
    public mutating func add(_ document: ClusterDocument) -> Int {
        documentCount += 1
        if let day = document.day { latestDay = max(latestDay ?? day, day) }
        let terms = vector(document.terms, prefix: "")
        let names = vector(document.names, prefix: "\u{1}")
        let candidates = candidates(terms: terms, names: names, day: document.day)

        var scored: [(story: Int, score: Double)] = []
        for story in candidates {
            let score = similarity(terms, names, to: stories[story], day: document.day)
            if score >= configuration.joinThreshold { scored.append((story, score)) }
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.story < $1.story }

        var story: Int
        if let best = scored.first {
            story = best.story
        } else {
            story = stories.count
            stories.append(StoryTrace(id: StableID.make(prefix: "s-", from: [document.id]), size: 0))
            events.append(ClusteringEvent(kind: .started, story: stories[story].id, into: nil, article: document.id))
        }
        absorb(terms, names, day: document.day, into: story)
        var merged = false
        for other in scored.dropFirst().map(\.story) where shouldMerge(story, other) {
            story = merge(story, other, article: document.id)
            merged = true
        }
        // A story's heaviest terms settle as it grows: re-index it now and then, not every time.
        if merged || stories[story].size <= 4 || stories[story].size % 8 == 0 { index(story) }
        addedSincePruning += 1
        if addedSincePruning >= 20_000 { prunePostings() }
        return story
    }

    /// The story an article added earlier belongs to now, following merges.
    public func currentStory(_ story: Int) -> Int {
        var story = story
        while let next = stories[story].mergedInto { story = next }
        return story
    }

    /// Clusters a batch: indices of `documents` grouped into stories, each group and the
    /// groups in the order the documents were given (publication order).
    public mutating func cluster(_ documents: [ClusterDocument]) -> [[Int]] {
        let assigned = documents.map { add($0) }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for (document, story) in assigned.enumerated() {
            let story = currentStory(story)
            if groups[story] == nil { order.append(story) }
            groups[story, default: []].append(document)
        }
        return order.map { groups[$0]! }
    }

    /// Publication order; undated articles keep their input order after dated ones of the
    /// same run, so the same inputs always give the same order.
    public static func precedes(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case (let left?, let right?) where left != right: return left < right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.input != rhs.input ? lhs.input < rhs.input : lhs.id < rhs.id
        }
    }

    // MARK: Vectors

    /// tf-idf with sublinear term frequency, the heaviest terms kept, unit length, by term id.
    private mutating func vector(_ counts: [String: Int], prefix: String) -> [(term: Int32, weight: Double)] {
        var weights: [(term: Int32, weight: Double)] = []
        weights.reserveCapacity(counts.count)
        let total = Double(documentCount) + configuration.pseudoDocuments
        // Words in order, so term ids, and the ties they break, are the same on every run.
        for (word, count) in counts.sorted(by: { $0.key < $1.key }) {
            let term = intern(prefix.isEmpty ? word : prefix + word)
            documentFrequency[Int(term)] += 1
            let idf = log(total / Double(documentFrequency[Int(term)]))
            weights.append((term, (1 + log(Double(count))) * idf))
        }
        weights.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        let limit = prefix.isEmpty ? configuration.articleTerms : configuration.articleTerms / 2
        if weights.count > limit { weights.removeLast(weights.count - limit) }
        let norm = weights.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        return norm > 0 ? weights.map { ($0.term, $0.weight / norm) } : []
    }

    private mutating func intern(_ word: String) -> Int32 {
        if let term = vocabulary[word] { return term }
        let term = Int32(documentFrequency.count)
        vocabulary[word] = term
        documentFrequency.append(0)
        return term
    }

    private func similarity(
        _ terms: [(term: Int32, weight: Double)], _ names: [(term: Int32, weight: Double)], to story: StoryTrace,
        day: Int?
    ) -> Double {
        let termCosine = Self.cosine(terms, story.terms, norm: story.termNorm)
        var score = termCosine
        if !names.isEmpty, story.nameNorm > 0 {
            let nameCosine = Self.cosine(names, story.names, norm: story.nameNorm)
            score = configuration.termWeight * termCosine + (1 - configuration.termWeight) * nameCosine
        }
        return score * decay(from: story, to: day)
    }

    private static func cosine(_ vector: [(term: Int32, weight: Double)], _ centroid: [Int32: Double], norm: Double)
        -> Double
    {
        guard norm > 0 else { return 0 }
        var sum = 0.0
        for (term, weight) in vector {
            if let other = centroid[term] { sum += weight * other }
        }
        return sum / norm
    }

    /// 1 within the grace days of the story's dates, then halving every `halfLifeDays`.
    private func decay(from story: StoryTrace, to day: Int?) -> Double {
        guard let day, let first = story.firstDay, let last = story.lastDay else { return 1 }
        let gap = Double(day > last ? day - last : (day < first ? first - day : 0))
        guard gap > configuration.graceDays else { return 1 }
        return pow(0.5, (gap - configuration.graceDays) / configuration.halfLifeDays)
    }

    private func isOpen(_ story: StoryTrace, on day: Int?) -> Bool {
        guard story.mergedInto == nil else { return false }
        guard let day, let last = story.lastDay else { return true }
        return day - last <= configuration.closeAfterDays
    }

    // MARK: Stories

    private func candidates(
        terms: [(term: Int32, weight: Double)], names: [(term: Int32, weight: Double)], day: Int?
    ) -> [Int] {
        var hits: [Int32: Int] = [:]
        for (term, _) in terms.prefix(configuration.queryTerms) {
            for story in postings[term] ?? [] { hits[story, default: 0] += 1 }
        }
        for (name, _) in names.prefix(configuration.queryNames) {
            for story in postings[name] ?? [] { hits[story, default: 0] += 1 }
        }
        var ranked = hits.filter { isOpen(stories[Int($0.key)], on: day) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if ranked.count > configuration.maximumCandidates {
            ranked.removeLast(ranked.count - configuration.maximumCandidates)
        }
        return ranked.map { Int($0.key) }
    }

    private mutating func absorb(
        _ terms: [(term: Int32, weight: Double)], _ names: [(term: Int32, weight: Double)], day: Int?, into story: Int
    ) {
        var trace = stories[story]
        for (term, weight) in terms { trace.terms[term, default: 0] += weight }
        for (name, weight) in names { trace.names[name, default: 0] += weight }
        trace.size += 1
        if let day {
            trace.firstDay = min(trace.firstDay ?? day, day)
            trace.lastDay = max(trace.lastDay ?? day, day)
        }
        Self.trim(&trace.terms, to: configuration.storyTerms)
        Self.trim(&trace.names, to: configuration.storyTerms / 2)
        trace.termNorm = trace.terms.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        trace.nameNorm = trace.names.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        stories[story] = trace
    }

    /// Keeps a centroid's heaviest entries once it holds twice as many as it should.
    private static func trim(_ weights: inout [Int32: Double], to limit: Int) {
        guard weights.count > 2 * limit else { return }
        let kept = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
        weights = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    private func shouldMerge(_ story: Int, _ other: Int) -> Bool {
        guard stories[other].mergedInto == nil, story != other else { return false }
        let left = stories[story]
        let right = stories[other]
        guard left.termNorm > 0, right.termNorm > 0 else { return false }
        var sum = 0.0
        let (small, large) =
            left.terms.count <= right.terms.count ? (left.terms, right.terms) : (right.terms, left.terms)
        for (term, weight) in small {
            if let match = large[term] { sum += weight * match }
        }
        return sum / (left.termNorm * right.termNorm) >= configuration.mergeThreshold
    }

    /// Merges the younger of two stories into the older, which keeps its id.
    private mutating func merge(_ story: Int, _ other: Int, article: String) -> Int {
        let (older, younger) = story < other ? (story, other) : (other, story)
        var trace = stories[older]
        let absorbed = stories[younger]
        for (term, weight) in absorbed.terms { trace.terms[term, default: 0] += weight }
        for (name, weight) in absorbed.names { trace.names[name, default: 0] += weight }
        trace.size += absorbed.size
        trace.firstDay = [trace.firstDay, absorbed.firstDay].compactMap { $0 }.min()
        trace.lastDay = [trace.lastDay, absorbed.lastDay].compactMap { $0 }.max()
        Self.trim(&trace.terms, to: configuration.storyTerms)
        Self.trim(&trace.names, to: configuration.storyTerms / 2)
        trace.termNorm = trace.terms.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        trace.nameNorm = trace.names.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        stories[older] = trace
        stories[younger].mergedInto = older
        stories[younger].terms = [:]
        stories[younger].names = [:]
        events.append(ClusteringEvent(kind: .merged, story: absorbed.id, into: trace.id, article: article))
        return older
    }

    /// Enters a story's heaviest terms and names in the candidate index.
    private mutating func index(_ story: Int) {
        let heaviest =
            Self.heaviest(stories[story].terms, configuration.indexedTerms)
            + Self.heaviest(stories[story].names, configuration.indexedNames)
        for term in heaviest where stories[story].indexed.insert(term).inserted {
            postings[term, default: []].append(Int32(story))
        }
    }

    private static func heaviest(_ weights: [Int32: Double], _ count: Int) -> [Int32] {
        weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
    }

    /// Drops closed and merged stories from the index, and the centroids of closed ones:
    /// memory stays proportional to the open stories.
    private mutating func prunePostings() {
        addedSincePruning = 0
        var closed = Set<Int32>()
        for story in stories.indices where !isOpen(stories[story], on: latestDay) {
            closed.insert(Int32(story))
            stories[story].terms = [:]
            stories[story].names = [:]
            stories[story].indexed = []
        }
        guard !closed.isEmpty else { return }
        for (term, list) in postings {
            let kept = list.filter { !closed.contains($0) }
            postings[term] = kept.isEmpty ? nil : kept
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
