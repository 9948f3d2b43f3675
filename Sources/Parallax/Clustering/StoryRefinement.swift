/// The second pass of clustering: after a batch of articles has streamed in, open stories
/// merge by average linkage, the closest pair first, as agglomerative clustering does. The
/// first pass decides each article alone, in arrival order, against story centroids; an event's
/// first reports can start two stories before either says enough to join them. Average
/// linkage (the mean similarity over every pair of articles of the two stories) asks that the
/// stories agree throughout, not only at their centroids' heaviest terms, and merging the
/// closest pair first makes the result depend less on the order articles came in.
///
/// A story's centroid is the sum of its articles' unit vectors, so the mean of the pairwise
/// dot products is the dot product of the two sums over the product of the sizes: no
/// article's vector has to be kept. Only stories that took articles since the last pass are
/// compared, each with the candidates the index finds for it: the cost follows the batch, not
/// the number of open stories.
extension StoryClusterer {
    /// Merges open stories whose average linkage reaches `linkageThreshold`, the closest pair
    /// first; merges are recorded in `events`. `assign(_:)` and `cluster(_:)` call it after
    /// each batch.
    public mutating func refine() {
        defer { touched.removeAll() }
        guard configuration.linkageThreshold <= 1, !touched.isEmpty else { return }
        var pairs: [(left: Int, right: Int, linkage: Double)] = []
        var seen = Set<Int>()
        for story in touched.map(currentStory) where seen.insert(story).inserted {
            pairs += linkedPairs(of: story)
        }
        while let best = pairs.indices.max(by: { pairs[$0].linkage < pairs[$1].linkage }),
            pairs[best].linkage >= configuration.linkageThreshold
        {
            let (left, right) = (pairs[best].left, pairs[best].right)
            let survivor = merge(left, right, article: "refinement")
            index(survivor)
            // The merged story's linkage to every other story changed: find its pairs anew.
            pairs.removeAll { [left, right].contains($0.left) || [left, right].contains($0.right) }
            pairs += linkedPairs(of: survivor)
        }
    }

    /// The open stories the index finds for `story`'s heaviest terms and names, with their
    /// average linkage to it.
    private mutating func linkedPairs(of story: Int) -> [(left: Int, right: Int, linkage: Double)] {
        guard !stories[story].terms.isEmpty else { return [] }
        let terms = TopWeights.heaviest(stories[story].terms.entries, configuration.queryTerms)
        let names = TopWeights.heaviest(stories[story].names.entries, configuration.queryNames)
        return candidates(terms: terms, names: names, day: stories[story].lastDay).compactMap { other in
            guard other != story, stories[other].mergedInto == nil else { return nil }
            return (story, other, averageLinkage(story, other))
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
