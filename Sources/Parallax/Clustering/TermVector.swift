/// A sparse, unit-length vector of weighted terms.
///
/// Sums run over the terms in alphabetical order, never in the dictionary's order: that
/// order changes from run to run with Swift's seeded hashing, and floating-point sums in a
/// different order differ in the last bits, enough to flip ties between equal sentences.
public struct TermVector: Hashable, Sendable {
    public private(set) var weights: [String: Double]
    /// The terms in alphabetical order, with their weights.
    private var orderedTerms: [String]
    private var orderedWeights: [Double]

    public init(weights: [String: Double]) {
        let ordered = weights.sorted { $0.key < $1.key }
        let norm = ordered.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        guard norm > 0 else {
            self.weights = [:]
            self.orderedTerms = []
            self.orderedWeights = []
            return
        }
        self.weights = weights.mapValues { $0 / norm }
        self.orderedTerms = ordered.map(\.key)
        self.orderedWeights = ordered.map { $0.value / norm }
    }

    /// The products of the shared terms' weights, summed in alphabetical order: both vectors keep
    /// their terms in that order, so the shared ones are found by walking the two lists side by
    /// side (comparing short strings) instead of looking each term up in a dictionary (hashing
    /// it), and the sum is the one the look-ups gave, term for term.
    public func cosine(_ other: TermVector) -> Double {
        var sum = 0.0
        var left = 0
        var right = 0
        let leftTerms = orderedTerms
        let rightTerms = other.orderedTerms
        while left < leftTerms.count, right < rightTerms.count {
            let term = leftTerms[left]
            let otherTerm = rightTerms[right]
            if term == otherTerm {
                sum += orderedWeights[left] * other.orderedWeights[right]
                left += 1
                right += 1
            } else if term < otherTerm {
                left += 1
            } else {
                right += 1
            }
        }
        return sum
    }

    /// The `count` heaviest terms, heaviest first, ties by name for a stable order.
    public func topTerms(_ count: Int) -> [String] {
        weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map(\.key)
    }
}

/// Inverse document frequencies over a collection, smoothed with empty pseudo-documents so
/// that terms shared by every article of a small collection still count.
public struct DocumentFrequencies: Sendable {
    public private(set) var documentCount = 0
    private var counts: [String: Int] = [:]
    /// Pseudo-documents that contain no term: keep idf informative on a handful of articles.
    public var pseudoDocuments = 100.0

    public init() {}

    public mutating func add<Terms: Sequence>(_ terms: Terms) where Terms.Element == String {
        documentCount += 1
        for term in Set(terms) { counts[term, default: 0] += 1 }
    }

    /// `add` of terms known to be distinct (a dictionary's keys): no set is made of them again.
    public mutating func addDistinct(_ terms: some Collection<String>) {
        documentCount += 1
        for term in terms { counts[term, default: 0] += 1 }
    }

    public func idf(_ term: String) -> Double {
        let total = Double(documentCount) + pseudoDocuments
        return log(total / (Double(counts[term] ?? 0) + 1))
    }

    /// tf-idf with sublinear term frequency.
    public func vector(_ termCounts: [String: Int], limit: Int = 80) -> TermVector {
        var weights: [String: Double] = [:]
        for (term, count) in termCounts {
            weights[term] = (1 + log(Double(count))) * idf(term)
        }
        if weights.count > limit {
            let kept = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            weights = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        return TermVector(weights: weights)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
