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
public struct StoryCluster: Codable, Hashable, Sendable {
    /// `s-` + a stable hash of the founding article's id: the id the brief carries.
    public var id: String
    public var size: Int
    public var firstDay: Int?
    public var lastDay: Int?
    /// Index of the story that absorbed this one.
    public var mergedInto: Int?
    var terms = WeightTable()
    var names = WeightTable()
    /// Terms entered in the candidate index, sorted.
    var indexed: [Int32] = []
}

/// Streaming clustering: articles arrive in publication order and each joins the most similar
/// open story, found through an inverted index over stories' heaviest terms and names, or
/// starts a new one. The whole state is a value: keep it, persist it (it is `Codable`), and
/// continue later with more articles; stories keep their ids.
///
/// The cost of an article is bounded whatever the number of stories: vectors are cut to their
/// heaviest terms, a query reads at most `postingsScanned` recent postings per term and scores
/// at most `maximumCandidates` stories, and closed stories leave the index and drop their
/// centroids.
public struct StoryClusterer: Codable, Sendable {
    public var configuration: ClusteringConfiguration
    public internal(set) var stories: [StoryCluster] = []
    public internal(set) var events: [ClusteringEvent] = []
    public internal(set) var documentCount = 0
    var vocabulary = Vocabulary()
    /// Story numbers by term id, in the order the stories entered the term.
    var postings: [[Int32]] = []
    var latestDay: Int?
    /// Stories that took articles since the last `refine()`, where refinement is on.
    var touched: [Int] = []
    var addedSincePruning = 0
    /// Scratch of candidate search: hits by story, and the stories hit.
    private var hits: [Int32] = []
    private var hitStories: [Int32] = []
    /// Scratch of scoring: the article's vector by term id.
    private var probe = TermProbe()
    /// Each story's last day, `Int32.max` where it has none and `Int32.min` once merged away:
    /// what telling open stories from closed ones needs, packed for the candidate search.
    private var lastDays: [Int32] = []

    private enum CodingKeys: String, CodingKey {
        case configuration, stories, events, documentCount, vocabulary, postings, latestDay, addedSincePruning
    }

    public init(configuration: ClusteringConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Adds one article and returns the index of its story in `stories`.
    @discardableResult
    public mutating func add(_ document: ClusterDocument) -> Int {
        add(document, forcedInto: nil, recordsFeatures: false).story
    }

    /// Adds one article into `story` whatever its scores (`stories.count` starts a new story),
    /// and returns the pair features of the article and each candidate story: what learning the
    /// similarity's weights from gold stories needs.
    package mutating func add(_ document: ClusterDocument, forcedInto story: Int) -> [(
        story: Int, features: PairFeatures
    )] {
        add(document, forcedInto: story, recordsFeatures: true).features
    }

    private mutating func add(_ document: ClusterDocument, forcedInto forced: Int?, recordsFeatures: Bool) -> (
        story: Int, features: [(story: Int, features: PairFeatures)]
    ) {
        var features: [(story: Int, features: PairFeatures)] = []
        documentCount += 1
        if let day = document.day { latestDay = max(latestDay ?? day, day) }
        let terms = vector(document.terms, names: false)
        let names = vector(document.names, names: true)
        let candidates = candidates(terms: terms, names: names, day: document.day)

        var scored: [(story: Int, score: Double)] = []
        probe.reserve(vocabulary.count)
        probe.set(terms)
        probe.set(names)
        for story in candidates {
            let pair = pairFeatures(hasNames: !names.isEmpty, to: stories[story], day: document.day)
            if recordsFeatures { features.append((story, pair)) }
            let score = self.score(pair)
            if score >= configuration.joinThreshold { scored.append((story, score)) }
        }
        probe.clear(terms)
        probe.clear(names)
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.story < $1.story }
        if let forced { scored = forced < stories.count ? [(forced, 1)] : [] }

        var story: Int
        if let best = scored.first {
            story = best.story
        } else {
            story = stories.count
            stories.append(StoryCluster(id: StableID.make(prefix: "s-", from: [document.id]), size: 0))
            events.append(ClusteringEvent(kind: .started, story: stories[story].id, into: nil, article: document.id))
        }
        absorb(terms, names, day: document.day, into: story)
        var merged = false
        for other in scored.dropFirst().map(\.story) where shouldMerge(story, other) {
            story = merge(story, other, article: document.id)
            merged = true
        }
        // A story's heaviest terms settle as it grows: re-index it now and then, not every time.
        if merged || stories[story].size <= 4 || stories[story].size % 8 == 0 {
            if configuration.mergesConverging, configuration.mergeThreshold <= 1 {
                story = mergeConverging(story, article: document.id)
            }
            index(story)
        }
        addedSincePruning += 1
        if addedSincePruning >= 20_000 { prune() }
        return (story, features)
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
        refine()
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for (document, story) in assigned.enumerated() {
            let story = currentStory(story)
            if groups[story] == nil { order.append(story) }
            groups[story, default: []].append(document)
        }
        return order.map { groups[$0]! }
    }

    // MARK: Vectors

    /// tf-idf with sublinear term frequency, the heaviest terms kept, unit length, heaviest
    /// first. Names have term ids of their own, apart from the stems.
    private mutating func vector(_ counts: [ClusterDocument.WordCount], names: Bool) -> [(term: Int32, weight: Double)]
    {
        guard !counts.isEmpty else { return [] }
        var weights: [(term: Int32, weight: Double)] = []
        weights.reserveCapacity(counts.count)
        let total = Double(documentCount) + configuration.pseudoDocuments
        // Words new to the vocabulary are numbered in the order of their spelling, whatever the
        // document's order: term ids, and the ties they break, are the same on every run.
        var unknown: [(word: String, count: Int)] = []
        for entry in counts {
            guard let term = vocabulary.term(entry.word, name: names) else {
                unknown.append((entry.word, entry.count))
                continue
            }
            weights.append((term, weight(term, count: entry.count, total: total, name: names)))
        }
        if !unknown.isEmpty {
            unknown.sort { $0.word < $1.word }
            for (word, count) in unknown {
                let term = vocabulary.add(word, name: names)
                weights.append((term, weight(term, count: count, total: total, name: names)))
            }
        }
        let limit = names ? configuration.articleTerms / 2 : configuration.articleTerms
        weights = TopWeights.heaviest(weights, limit)
        let norm = weights.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        guard norm > 0 else { return [] }
        for index in weights.indices { weights[index].weight /= norm }
        return weights
    }

    /// Counts one more document holding `term` and returns its tf-idf weight.
    private mutating func weight(_ term: Int32, count: Int, total: Double, name: Bool) -> Double {
        let frequency = vocabulary.countDocument(term)
        let idf = log(total / Double(frequency))
        let specific =
            (name && configuration.nameSpecificity != 1 ? pow(idf, configuration.nameSpecificity) : idf)
            + configuration.idfOffset
        return (1 + log(Double(count))) * specific
    }

    /// What the similarity of the article in `probe` to `story` is made of.
    private func pairFeatures(hasNames: Bool, to story: StoryCluster, day: Int?) -> PairFeatures {
        let termCosine = story.terms.norm > 0 ? story.terms.dot(probe) / story.terms.norm : 0
        // Where either side has no names, the names say nothing: the terms stand in for them.
        var nameCosine = termCosine
        if hasNames, story.names.norm > 0 { nameCosine = story.names.dot(probe) / story.names.norm }
        return PairFeatures(
            termCosine: termCosine, nameCosine: nameCosine, storySize: story.size,
            decay: decay(from: (story.firstDay, story.lastDay), to: day.map { ($0, $0) }))
    }

    /// The similarity the join threshold applies to.
    private func score(_ pair: PairFeatures) -> Double {
        let weighted =
            configuration.termWeight * pair.termCosine + (1 - configuration.termWeight) * pair.nameCosine
            + configuration.sizeWeight * log(Double(max(pair.storySize, 1)))
        return weighted * pair.decay
    }

    /// 1 while two date ranges are within the grace days of each other, then halving every
    /// `halfLifeDays`; 1 where either is undated.
    func decay(from story: (first: Int?, last: Int?), to other: (first: Int, last: Int)?) -> Double {
        guard let other, let first = story.first, let last = story.last else { return 1 }
        let gap = Double(other.first > last ? other.first - last : (other.last < first ? first - other.last : 0))
        guard gap > configuration.graceDays else { return 1 }
        return pow(0.5, (gap - configuration.graceDays) / configuration.halfLifeDays)
    }

    func isOpen(_ story: StoryCluster, on day: Int?) -> Bool {
        guard story.mergedInto == nil else { return false }
        guard let day, let last = story.lastDay else { return true }
        return day - last <= configuration.closeAfterDays
    }

    // MARK: Stories

    /// Open stories sharing the most of the article's heaviest terms and names in the index,
    /// most shared first, ties by the older story.
    mutating func candidates(
        terms: [(term: Int32, weight: Double)], names: [(term: Int32, weight: Double)], day: Int?
    ) -> [Int] {
        if hits.count < stories.count { hits.append(contentsOf: repeatElement(0, count: stories.count - hits.count)) }
        let scanned = configuration.postingsScanned
        func look(_ term: Int32) {
            guard Int(term) < postings.count else { return }
            let list = postings[Int(term)]
            for story in list.suffix(scanned) {
                if hits[Int(story)] == 0 { hitStories.append(story) }
                hits[Int(story)] += 1
            }
        }
        for (term, _) in terms.prefix(configuration.queryTerms) { look(term) }
        for (name, _) in names.prefix(configuration.queryNames) { look(name) }
        var ranked: [(term: Int32, weight: Double)] = []
        ranked.reserveCapacity(hitStories.count)
        if lastDays.count != stories.count { lastDays = stories.map(Self.packedLastDay) }
        let today = day.map { Int64($0) }
        let closeAfter = Int64(configuration.closeAfterDays)
        for story in hitStories {
            // The ranking of TopWeights: most hits first, ties by the smaller story number.
            let last = lastDays[Int(story)]
            let isOpen =
                last != .min && (today == nil || last == .max || today! - Int64(last) <= closeAfter)
            if isOpen { ranked.append((story, Double(hits[Int(story)]))) }
            hits[Int(story)] = 0
        }
        hitStories.removeAll(keepingCapacity: true)
        return TopWeights.heaviest(ranked, configuration.maximumCandidates).map { Int($0.term) }
    }

    private static func packedLastDay(_ story: StoryCluster) -> Int32 {
        story.mergedInto != nil ? .min : story.lastDay.map { Int32(clamping: $0) } ?? .max
    }

    /// Keeps `lastDays` in step with a story that changed.
    private mutating func updateLastDay(_ story: Int) {
        if lastDays.count == story { lastDays.append(0) }
        if lastDays.count == stories.count { lastDays[story] = Self.packedLastDay(stories[story]) }
    }

    private mutating func absorb(
        _ terms: [(term: Int32, weight: Double)], _ names: [(term: Int32, weight: Double)], day: Int?, into story: Int
    ) {
        var trace = stories[story]
        stories[story].terms = WeightTable()  // one owner while it changes, so no copy
        stories[story].names = WeightTable()
        trace.terms.add(sorted: Self.byTerm(terms))
        trace.names.add(sorted: Self.byTerm(names))
        trace.size += 1
        if let day {
            trace.firstDay = min(trace.firstDay ?? day, day)
            trace.lastDay = max(trace.lastDay ?? day, day)
        }
        trace.terms.trim(to: configuration.storyTerms)
        trace.names.trim(to: configuration.storyTerms / 2)
        trace.terms.updateNorm()
        trace.names.updateNorm()
        stories[story] = trace
        updateLastDay(story)
        if configuration.linkageThreshold <= 1 { touched.append(story) }
    }

    private static func byTerm(_ vector: [(term: Int32, weight: Double)]) -> [(term: Int32, weight: Double)] {
        var sorted = vector
        sorted.withUnsafeMutableBufferPointer { $0.quickSort { $0.term < $1.term } }
        return sorted
    }

    /// Two stories an article fits both merge when their centroids converge: the similarity of
    /// the two centroids, terms and names weighted as an article's, damped by the days between
    /// their coverage, at least `mergeThreshold`.
    private func shouldMerge(_ story: Int, _ other: Int) -> Bool {
        guard stories[other].mergedInto == nil, story != other, configuration.mergeThreshold <= 1 else { return false }
        let left = stories[story]
        let right = stories[other]
        guard left.terms.norm > 0, right.terms.norm > 0 else { return false }
        let termCosine = left.terms.dot(right.terms) / (left.terms.norm * right.terms.norm)
        var nameCosine = termCosine
        if left.names.norm > 0, right.names.norm > 0 {
            nameCosine = left.names.dot(right.names) / (left.names.norm * right.names.norm)
        }
        let similarity = configuration.termWeight * termCosine + (1 - configuration.termWeight) * nameCosine
        var range: (first: Int, last: Int)?
        if let first = right.firstDay, let last = right.lastDay { range = (first, last) }
        return similarity * decay(from: (left.firstDay, left.lastDay), to: range) >= configuration.mergeThreshold
    }

    /// Merges `story` with the open stories found by its own heaviest terms and names whose
    /// centroids converge with its own; returns the story that absorbed them.
    private mutating func mergeConverging(_ story: Int, article: String) -> Int {
        let terms = TopWeights.heaviest(stories[story].terms.entries, configuration.queryTerms)
        let names = TopWeights.heaviest(stories[story].names.entries, configuration.queryNames)
        var story = story
        for other in candidates(terms: terms, names: names, day: stories[story].lastDay)
        where shouldMerge(story, other) {
            story = merge(story, other, article: article)
        }
        return story
    }

    /// Merges the younger of two stories into the older, which keeps its id.
    mutating func merge(_ story: Int, _ other: Int, article: String) -> Int {
        let (older, younger) = story < other ? (story, other) : (other, story)
        var trace = stories[older]
        let absorbed = stories[younger]
        trace.terms.add(sorted: absorbed.terms.entries)
        trace.names.add(sorted: absorbed.names.entries)
        trace.size += absorbed.size
        trace.firstDay = [trace.firstDay, absorbed.firstDay].compactMap { $0 }.min()
        trace.lastDay = [trace.lastDay, absorbed.lastDay].compactMap { $0 }.max()
        trace.terms.trim(to: configuration.storyTerms)
        trace.names.trim(to: configuration.storyTerms / 2)
        trace.terms.updateNorm()
        trace.names.updateNorm()
        stories[older] = trace
        stories[younger].mergedInto = older
        updateLastDay(older)
        updateLastDay(younger)
        stories[younger].terms = WeightTable()
        stories[younger].names = WeightTable()
        events.append(ClusteringEvent(kind: .merged, story: absorbed.id, into: trace.id, article: article))
        return older
    }

    /// Enters a story's heaviest terms and names in the candidate index.
    mutating func index(_ story: Int) {
        let heaviest =
            stories[story].terms.heaviest(configuration.indexedTerms)
            + stories[story].names.heaviest(configuration.indexedNames)
        for term in heaviest {
            let position = Self.insertionPoint(of: term, in: stories[story].indexed)
            guard position == stories[story].indexed.count || stories[story].indexed[position] != term else {
                continue
            }
            stories[story].indexed.insert(term, at: position)
            if Int(term) >= postings.count {
                postings.append(contentsOf: repeatElement([], count: Int(term) + 1 - postings.count))
            }
            postings[Int(term)].append(Int32(story))
        }
    }

    private static func insertionPoint(of term: Int32, in sorted: [Int32]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < term { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Drops closed and merged stories from the index, and the centroids of closed ones:
    /// memory stays proportional to the open stories.
    private mutating func prune() {
        addedSincePruning = 0
        var closed = [Bool](repeating: false, count: stories.count)
        var anyClosed = false
        for story in stories.indices where !stories[story].indexed.isEmpty || !stories[story].terms.isEmpty {
            guard !isOpen(stories[story], on: latestDay) else { continue }
            closed[story] = true
            anyClosed = true
            stories[story].terms = WeightTable()
            stories[story].names = WeightTable()
            stories[story].indexed = []
        }
        guard anyClosed else { return }
        for term in postings.indices where !postings[term].isEmpty {
            postings[term].removeAll { closed[Int($0)] }
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
