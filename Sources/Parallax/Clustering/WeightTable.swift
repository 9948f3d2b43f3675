/// A story centroid's weights by term id: open addressing with linear probing and a
/// multiplicative hash, so that scoring an article against a story costs one probe per
/// article term. The slot layout is part of the value (its JSON keeps each entry's slot), so
/// a decoded table sums its weights in the same order as the original and every score is the
/// same to the last bit.
struct WeightTable: Hashable, Sendable {
    /// A term and its weight side by side: a probe touches one cache line.
    private struct Slot: Hashable {
        var key: Int32
        var value: Double
    }

    private var slots: [Slot] = []
    private(set) var count = 0
    /// The Euclidean length of the weights, kept up to date by `updateNorm()`.
    private(set) var norm = 0.0

    init() {}

    var isEmpty: Bool { count == 0 }

    /// The weight of `term`, 0 where absent.
    func weight(_ term: Int32) -> Double {
        guard count > 0 else { return 0 }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.home(term, mask)
            while true {
                let key = slots[slot].key
                if key == term { return slots[slot].value }
                if key < 0 { return 0 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Σ weight · self[term] over `vector`.
    func dot(_ vector: [(term: Int32, weight: Double)]) -> Double {
        guard count > 0 else { return 0 }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var sum = 0.0
            for (term, weight) in vector {
                var slot = Self.home(term, mask)
                while true {
                    let key = slots[slot].key
                    if key == term {
                        sum += weight * slots[slot].value
                        break
                    }
                    if key < 0 { break }
                    slot = (slot + 1) & mask
                }
            }
            return sum
        }
    }

    mutating func add(_ term: Int32, _ weight: Double) {
        if (count + 1) * 2 > slots.count { resize(to: max(16, slots.count * 2)) }
        let mask = slots.count - 1
        var slot = Self.home(term, mask)
        while true {
            let key = slots[slot].key
            if key == term {
                slots[slot].value += weight
                return
            }
            if key < 0 {
                slots[slot] = Slot(key: term, value: weight)
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
        for slot in slots where slot.key >= 0 { entries.append((slot.key, slot.value)) }
        return entries
    }

    mutating func updateNorm() {
        var sum = 0.0
        for slot in slots where slot.key >= 0 { sum += slot.value * slot.value }
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
        let old = slots
        slots = Array(repeating: Slot(key: -1, value: 0), count: capacity)
        count = 0
        for slot in old where slot.key >= 0 { add(slot.key, slot.value) }
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
        for (index, slot) in self.slots.enumerated() where slot.key >= 0 {
            slots.append(Int32(index))
            terms.append(slot.key)
            weights.append(slot.value)
        }
        try container.encode(self.slots.count, forKey: .capacity)
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
        self.slots = Array(repeating: Slot(key: -1, value: 0), count: capacity)
        for (index, slot) in slots.enumerated() {
            self.slots[Int(slot)] = Slot(key: terms[index], value: weights[index])
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
        // Where most entries are kept, sorting them all is cheaper than inserting one by one.
        guard entries.count > 4 * limit else { return Array(entries.sorted(by: isHeavier).prefix(limit)) }
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
