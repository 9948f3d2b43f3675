/// The second pass of clustering: after a batch of articles has streamed in, open stories
/// merge by average linkage, the closest pair first, as agglomerative clustering does. The
/// first pass decides each article alone, in arrival order, against story centroids; an event's
/// first reports can start two stories before either says enough to join them. Average
/// linkage (the mean similarity over every pair of articles of the two stories) asks that the
/// stories agree throughout, not only at their centroids' heaviest terms, and merging the
/// closest pair first makes the result depend less on the order articles came in. With the
/// first pass off (`joinThreshold` above 1) every article starts as its own story and this pass
/// is average-linkage agglomerative clustering over the pairs the candidate index finds.
///
/// A story's centroid is the sum of its articles' unit vectors, so the mean of the pairwise
/// dot products is the dot product of the two sums over the product of the sizes: no
/// article's vector has to be kept. Only stories that took articles since the last pass are
/// compared, each with the candidates the index finds for it: the cost follows the batch, not
/// the number of open stories. Pairs wait in a heap, closest first; a pair whose story has
/// grown or merged since it was scored is dropped when it comes up, and the merged story's
/// pairs are scored anew.
extension StoryClusterer {
    /// Merges open stories whose average linkage reaches `linkageThreshold`, the closest pair
    /// first; merges are recorded in `events`. `assign(_:)` and `cluster(_:)` call it after
    /// each batch.
    public mutating func refine() {
        defer { touched.removeAll() }
        guard configuration.linkageThreshold <= 1, !touched.isEmpty else { return }
        var heap = LinkageHeap()
        var seen = Set<Int>()
        for story in touched.map(currentStory) where seen.insert(story).inserted {
            for pair in linkedPairs(of: story) { heap.push(pair) }
        }
        while let pair = heap.pop(), pair.linkage >= configuration.linkageThreshold {
            // Scored before one of the two stories merged or grew: its linkage is stale.
            guard stories[pair.left].mergedInto == nil, stories[pair.right].mergedInto == nil,
                stories[pair.left].size == pair.leftSize, stories[pair.right].size == pair.rightSize
            else { continue }
            let survivor = merge(pair.left, pair.right, article: "refinement")
            index(survivor)
            for pair in linkedPairs(of: survivor) { heap.push(pair) }
        }
        guard configuration.loneArticleThreshold <= 1 else { return }
        for story in touched.map(currentStory) where stories[story].size == 1 {
            adoptLoneArticle(story)
        }
    }

    /// A story of one article that the batch left alone joins the open story of two articles
    /// or more it is closest to, by average linkage, where that reaches `loneArticleThreshold`:
    /// an article's mean similarity to a story's articles is lower than two articles' of one
    /// event to each other, and a report that nothing else in its batch resembled is more often
    /// a late or oblique report of a running story than the first of a new one.
    private mutating func adoptLoneArticle(_ story: Int) {
        guard stories[story].mergedInto == nil, !stories[story].terms.isEmpty else { return }
        let terms = TopWeights.heaviest(stories[story].terms.entries, configuration.queryTerms)
        let names = TopWeights.heaviest(stories[story].names.entries, configuration.queryNames)
        var best: (story: Int, linkage: Double)?
        for other in candidates(terms: terms, names: names, day: stories[story].lastDay)
        where other != story && stories[other].mergedInto == nil && stories[other].size > 1 {
            let linkage = averageLinkage(story, other)
            if linkage >= configuration.loneArticleThreshold, linkage > best?.linkage ?? -1 { best = (other, linkage) }
        }
        guard let best else { return }
        index(merge(story, best.story, article: "refinement"))
    }

    /// The open stories the index finds for `story`'s heaviest terms and names, with their
    /// average linkage to it, at or above the threshold.
    private mutating func linkedPairs(of story: Int) -> [LinkedPair] {
        guard !stories[story].terms.isEmpty else { return [] }
        let terms = TopWeights.heaviest(stories[story].terms.entries, configuration.queryTerms)
        let names = TopWeights.heaviest(stories[story].names.entries, configuration.queryNames)
        return candidates(terms: terms, names: names, day: stories[story].lastDay).compactMap { other in
            guard other != story, stories[other].mergedInto == nil else { return nil }
            let linkage = averageLinkage(story, other)
            guard linkage >= configuration.linkageThreshold else { return nil }
            return LinkedPair(
                left: story, right: other, leftSize: stories[story].size, rightSize: stories[other].size,
                linkage: linkage)
        }
    }

    /// The mean similarity of an article of one story to an article of the other, damped by
    /// the days between the two stories' coverage.
    func averageLinkage(_ story: Int, _ other: Int) -> Double {
        let left = stories[story]
        let right = stories[other]
        let pairs = Double(max(left.size, 1) * max(right.size, 1))
        let termLinkage = left.terms.dot(right.terms) / pairs
        var nameLinkage = termLinkage
        if !left.names.isEmpty, !right.names.isEmpty { nameLinkage = left.names.dot(right.names) / pairs }
        let linkage = configuration.termWeight * termLinkage + (1 - configuration.termWeight) * nameLinkage
        var range: (first: Int, last: Int)?
        if let first = right.firstDay, let last = right.lastDay { range = (first, last) }
        return linkage * decay(from: (left.firstDay, left.lastDay), to: range)
    }
}

/// Two stories and their average linkage, with the stories' sizes when it was scored.
struct LinkedPair {
    var left: Int
    var right: Int
    var leftSize: Int
    var rightSize: Int
    var linkage: Double

    /// Closer first; ties by the older stories, so merges come in the same order on every run.
    func precedes(_ other: LinkedPair) -> Bool {
        if linkage != other.linkage { return linkage > other.linkage }
        return (min(left, right), max(left, right)) < (min(other.left, other.right), max(other.left, other.right))
    }
}

/// A binary heap of pairs, the closest on top.
struct LinkageHeap {
    private var pairs: [LinkedPair] = []

    mutating func push(_ pair: LinkedPair) {
        pairs.append(pair)
        var child = pairs.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard pairs[child].precedes(pairs[parent]) else { break }
            pairs.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> LinkedPair? {
        guard !pairs.isEmpty else { return nil }
        pairs.swapAt(0, pairs.count - 1)
        let top = pairs.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var first = parent
            if left < pairs.count, pairs[left].precedes(pairs[first]) { first = left }
            if right < pairs.count, pairs[right].precedes(pairs[first]) { first = right }
            guard first != parent else { return top }
            pairs.swapAt(parent, first)
            parent = first
        }
    }
}
