/// Settings of clustering.
public struct ClusteringConfiguration: Sendable {
    /// Least cosine between an article and a story's centroid for the article to join it.
    public var joinThreshold = 0.22
    /// Least cosine between two stories' centroids for them to be merged after the pass.
    public var mergeThreshold = 0.30
    /// Terms of each article used to look up candidate stories.
    public var queryTerms = 20
    /// Terms of each story's centroid kept in the candidate index.
    public var indexedTerms = 40

    public init() {}
}

/// Groups articles about the same event into stories in one pass over the articles in
/// publication order: each article joins the most similar story found through an
/// inverted index over the stories' heaviest terms, or starts a new one.
public struct StoryClusterer: Sendable {
    public var configuration: ClusteringConfiguration

    public init(configuration: ClusteringConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Indices of `articles` grouped into stories, each group in publication order.
    public func cluster(_ articles: [AnalysedArticle]) -> [[Int]] {
        var frequencies = DocumentFrequencies()
        for article in articles { frequencies.add(article.termCounts.keys) }
        let vectors = articles.map { frequencies.vector($0.termCounts) }
        let order = articles.indices.sorted { Self.precedes(articles[$0].article, articles[$1].article) }

        var centroids: [[String: Double]] = []
        var members: [[Int]] = []
        var index: [String: [Int]] = [:]
        var indexedTerms: [Set<String>] = []

        for articleIndex in order {
            let vector = vectors[articleIndex]
            var candidates = Set<Int>()
            for term in vector.topTerms(configuration.queryTerms) {
                candidates.formUnion(index[term] ?? [])
            }
            var best: (story: Int, score: Double)?
            for story in candidates.sorted() {
                let score = vector.cosine(TermVector(weights: centroids[story]))
                if score >= configuration.joinThreshold, score > (best?.score ?? -1) { best = (story, score) }
            }
            let story: Int
            if let best {
                story = best.story
                members[story].append(articleIndex)
                for (term, weight) in vector.weights { centroids[story][term, default: 0] += weight }
            } else {
                story = centroids.count
                centroids.append(vector.weights)
                members.append([articleIndex])
                indexedTerms.append([])
            }
            let top = Set(TermVector(weights: centroids[story]).topTerms(configuration.indexedTerms))
            for term in top.subtracting(indexedTerms[story]) { index[term, default: []].append(story) }
            indexedTerms[story].formUnion(top)
        }
        return merged(members, centroids: centroids, index: index)
            .map { $0.sorted { Self.precedes(articles[$0].article, articles[$1].article) } }
    }

    /// Joins stories whose centroids are close (the pass can split a story when its first
    /// articles share few terms).
    private func merged(_ members: [[Int]], centroids: [[String: Double]], index: [String: [Int]]) -> [[Int]] {
        var parent = Array(members.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        let vectors = centroids.map(TermVector.init(weights:))
        for story in members.indices {
            var candidates = Set<Int>()
            for term in vectors[story].topTerms(configuration.queryTerms) {
                candidates.formUnion((index[term] ?? []).filter { $0 > story })
            }
            for other in candidates.sorted() where vectors[story].cosine(vectors[other]) >= configuration.mergeThreshold
            {
                parent[root(other)] = root(story)
            }
        }
        var groups: [Int: [Int]] = [:]
        for story in members.indices { groups[root(story), default: []].append(contentsOf: members[story]) }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// Publication order; undated articles keep their input order after dated ones of the
    /// same run, so the same inputs always give the same order.
    static func precedes(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case (let left?, let right?) where left != right: return left < right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.input != rhs.input ? lhs.input < rhs.input : lhs.id < rhs.id
        }
    }
}
