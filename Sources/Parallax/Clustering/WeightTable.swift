/// A story centroid's weights by term id: open addressing with linear probing and a
/// multiplicative hash, so that scoring an article against a story costs one probe per
/// article term. The slot layout is part of the value (its JSON keeps each entry's slot), so
/// a decoded table sums its weights in the same order as the original and every score is the
/// same to the last bit.
struct WeightTable: Hashable, Sendable {
    private var keys: [Int32] = []
    private var values: [Double] = []
    private(set) var count = 0
    /// The Euclidean length of the weights, kept up to date by `updateNorm()`.
    private(set) var norm = 0.0

    init() {}

    var isEmpty: Bool { count == 0 }

    /// The weight of `term`, 0 where absent.
    func weight(_ term: Int32) -> Double {
        guard count > 0 else { return 0 }
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Self.home(term, mask)
            while true {
                let key = keys[slot]
                if key == term { return values[slot] }
                if key < 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Σ weight · self[term] over `vector`.
    func dot(_ vector: [(term: Int32, weight: Double)]) -> Double {
        guard count > 0 else { return 0 }
        return keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                let mask = keys.count - 1
                var sum = 0.0
                for (term, weight) in vector {
                    var slot = Self.home(term, mask)
                    while true {
                        let key = keys[slot]
                        if key == term {
                            sum += weight * values[slot]
                            break
                        }
                        if key < 0 { break }
                        slot = (slot + 1) & mask
                    }
                }
                return sum
            }
        }
    }

    mutating func add(_ term: Int32, _ weight: Double) {
        if (count + 1) * 2 > keys.count { resize(to: max(16, keys.count * 2)) }
        let mask = keys.count - 1
        var slot = Self.home(term, mask)
        while true {
            let key = keys[slot]
            if key == term {
                values[slot] += weight
                return
            }
            if key < 0 {
                keys[slot] = term
                values[slot] = weight
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entries, in slot order.
    var entries: [(term: Int32, weight: Double)] {
        var entries: [(term: Int32, weight: Double)] = []
        entries.reserveCapacity(count)
        for slot in keys.indices where keys[slot] >= 0 { entries.append((keys[slot], values[slot])) }
        return entries
    }

    mutating func updateNorm() {
        var sum = 0.0
        for slot in keys.indices where keys[slot] >= 0 { sum += values[slot] * values[slot] }
        norm = sum.squareRoot()
    }

    /// Keeps the `limit` heaviest entries once the table holds twice as many.
    mutating func trim(to limit: Int) {
        guard count > 2 * limit else { return }
        let kept = TopWeights.heaviest(entries, limit)
        self = WeightTable()
        resize(to: Self.capacity(for: kept.count))
        for (term, weight) in kept { add(term, weight) }
    }

    /// The `limit` heaviest terms, heaviest first, ties by smaller term.
    func heaviest(_ limit: Int) -> [Int32] {
        TopWeights.heaviest(entries, limit).map(\.term)
    }

    private mutating func resize(to capacity: Int) {
        let old = (keys, values)
        keys = [Int32](repeating: -1, count: capacity)
        values = [Double](repeating: 0, count: capacity)
        count = 0
        for slot in old.0.indices where old.0[slot] >= 0 { add(old.0[slot], old.1[slot]) }
    }

    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 + 2 { capacity *= 2 }
        return capacity
    }

    @inline(__always)
    private static func home(_ term: Int32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(bitPattern: term) &* 0x9E37_79B1) >> 7) & mask
    }
}

extension WeightTable: Codable {
    private enum CodingKeys: String, CodingKey { case capacity, slots, terms, weights, norm }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var slots: [Int32] = []
        var terms: [Int32] = []
        var weights: [Double] = []
        for slot in keys.indices where keys[slot] >= 0 {
            slots.append(Int32(slot))
            terms.append(keys[slot])
            weights.append(values[slot])
        }
        try container.encode(keys.count, forKey: .capacity)
        try container.encode(slots, forKey: .slots)
        try container.encode(terms, forKey: .terms)
        try container.encode(weights, forKey: .weights)
        try container.encode(norm, forKey: .norm)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let capacity = try container.decode(Int.self, forKey: .capacity)
        let slots = try container.decode([Int32].self, forKey: .slots)
        let terms = try container.decode([Int32].self, forKey: .terms)
        let weights = try container.decode([Double].self, forKey: .weights)
        guard capacity == 0 || capacity.nonzeroBitCount == 1, slots.count == terms.count,
            terms.count == weights.count, slots.allSatisfy({ $0 >= 0 && Int($0) < capacity }), terms.count < capacity
                || capacity == 0
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .slots, in: container, debugDescription: "inconsistent weight table")
        }
        keys = [Int32](repeating: -1, count: capacity)
        values = [Double](repeating: 0, count: capacity)
        for (index, slot) in slots.enumerated() {
            keys[Int(slot)] = terms[index]
            values[Int(slot)] = weights[index]
        }
        count = terms.count
        norm = try container.decode(Double.self, forKey: .norm)
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
        guard entries.count > limit else { return entries.sorted(by: isHeavier) }
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
