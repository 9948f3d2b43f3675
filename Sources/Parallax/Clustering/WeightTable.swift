/// A story centroid's weights: term ids in increasing order beside their weights. Scoring an
/// article against it streams through the two arrays and tests each term in the article's
/// `TermProbe` bitmap, which stays in cache: no hashing and no scattered loads, the hardware
/// prefetcher sees a straight read. Sums run in term order, so a decoded centroid gives
/// every score to the last bit.
struct WeightTable: Codable, Hashable, Sendable {
    private(set) var terms: [Int32] = []
    /// Single precision: half the bytes to stream per scored story.
    private(set) var weights: [Float] = []
    /// The Euclidean length of the weights, kept up to date by `updateNorm()`.
    private(set) var norm = 0.0

    init() {}

    /// A table as saved: terms in increasing order, their weights, and the weights' norm.
    init(terms: [Int32], weights: [Float], norm: Double) {
        self.terms = terms
        self.weights = weights
        self.norm = norm
    }

    var count: Int { terms.count }
    var isEmpty: Bool { terms.isEmpty }

    /// Σ weight · article weight over the terms the probe holds.
    func dot(_ probe: TermProbe) -> Double {
        var sum = 0.0
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                probe.bits.withUnsafeBufferPointer { bits in
                    probe.weights.withUnsafeBufferPointer { articleWeights in
                        for index in 0..<terms.count {
                            let term = Int(terms[index])
                            if bits[term &>> 6] & (1 &<< UInt64(term & 63)) != 0 {
                                sum += articleWeights[term] * Double(weights[index])
                            }
                        }
                    }
                }
            }
        }
        return sum
    }

    /// Σ weight · other weight over the terms both hold.
    func dot(_ other: WeightTable) -> Double {
        var sum = 0.0
        var (left, right) = (0, 0)
        while left < terms.count, right < other.terms.count {
            if terms[left] == other.terms[right] {
                sum += Double(weights[left]) * Double(other.weights[right])
                left += 1
                right += 1
            } else if terms[left] < other.terms[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return sum
    }

    /// Adds weights term by term; `entries` must be in increasing term order.
    mutating func add(sorted entries: [(term: Int32, weight: Double)]) {
        guard !entries.isEmpty else { return }
        var mergedTerms: [Int32] = []
        var mergedWeights: [Float] = []
        mergedTerms.reserveCapacity(terms.count + entries.count)
        mergedWeights.reserveCapacity(terms.count + entries.count)
        var index = 0
        for (term, weight) in entries {
            while index < terms.count, terms[index] < term {
                mergedTerms.append(terms[index])
                mergedWeights.append(weights[index])
                index += 1
            }
            if index < terms.count, terms[index] == term {
                mergedTerms.append(term)
                mergedWeights.append(Float(Double(weights[index]) + weight))
                index += 1
            } else {
                mergedTerms.append(term)
                mergedWeights.append(Float(weight))
            }
        }
        mergedTerms.append(contentsOf: terms[index...])
        mergedWeights.append(contentsOf: weights[index...])
        terms = mergedTerms
        weights = mergedWeights
    }

    /// The entries in increasing term order.
    var entries: [(term: Int32, weight: Double)] {
        Array(zip(terms, weights).lazy.map { ($0, Double($1)) })
    }

    mutating func updateNorm() {
        var sum = 0.0
        for weight in weights { sum += Double(weight) * Double(weight) }
        norm = sum.squareRoot()
    }

    /// Keeps the `limit` heaviest entries once the table holds twice as many.
    mutating func trim(to limit: Int) {
        guard count > 2 * limit else { return }
        var kept = TopWeights.heaviest(entries, limit)
        kept.withUnsafeMutableBufferPointer { $0.quickSort { $0.term < $1.term } }
        terms = kept.map(\.term)
        weights = kept.map { Float($0.weight) }
    }

    /// The `limit` heaviest terms, heaviest first, ties by smaller term.
    func heaviest(_ limit: Int) -> [Int32] {
        TopWeights.heaviest(entries, limit).map(\.term)
    }
}

/// An article's vector spread out by term id for scoring against centroids: a bitmap of its
/// terms (small enough to stay in cache) and their weights. Set before scoring, cleared after.
struct TermProbe: Sendable {
    fileprivate(set) var bits: [UInt64] = []
    fileprivate(set) var weights: [Double] = []

    /// Makes room for term ids below `count`.
    mutating func reserve(_ count: Int) {
        guard weights.count < count else { return }
        let target = max(count, weights.count * 2)
        weights.append(contentsOf: repeatElement(0, count: target - weights.count))
        bits.append(contentsOf: repeatElement(0, count: (target + 63) / 64 - bits.count))
    }

    mutating func set(_ vector: [(term: Int32, weight: Double)]) {
        for (term, weight) in vector {
            bits[Int(term) >> 6] |= 1 << UInt64(Int(term) & 63)
            weights[Int(term)] = weight
        }
    }

    mutating func clear(_ vector: [(term: Int32, weight: Double)]) {
        for (term, _) in vector {
            bits[Int(term) >> 6] = 0
            weights[Int(term)] = 0
        }
    }
}

/// Top-k selection by weight, heaviest first, ties by smaller term: the order every cut of
/// a vector or centroid uses, so that cuts are the same on every run.
enum TopWeights {
    @inline(__always)
    static func isHeavier(_ left: (term: Int32, weight: Double), _ right: (term: Int32, weight: Double)) -> Bool {
        left.weight != right.weight ? left.weight > right.weight : left.term < right.term
    }

    /// The `limit` heaviest of `entries`, sorted heaviest first. Keeps a sorted run of the best
    /// so far and only inserts what beats its last: linear in practice for a small `limit`.
    static func heaviest(_ entries: [(term: Int32, weight: Double)], _ limit: Int) -> [(term: Int32, weight: Double)] {
        // Where most entries are kept, sorting them all is cheaper than inserting one by one.
        guard entries.count > 4 * limit else {
            var sorted = entries
            sorted.withUnsafeMutableBufferPointer { $0.quickSort(by: isHeavier) }
            return Array(sorted.prefix(limit))
        }
        guard limit > 0 else { return [] }
        var best: [(term: Int32, weight: Double)] = []
        best.reserveCapacity(limit + 1)
        for entry in entries {
            if best.count == limit {
                guard isHeavier(entry, best[limit - 1]) else { continue }
                best.removeLast()
            }
            var position = best.count
            while position > 0, isHeavier(entry, best[position - 1]) { position -= 1 }
            best.insert(entry, at: position)
        }
        return best
    }
}
