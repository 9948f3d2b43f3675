/// Term ids of stems and of names (apart, so a name never meets the stem spelled like it),
/// and in how many documents each appeared. Words are found by an FNV hash of their UTF-8
/// bytes in an open-addressing table; the JSON form is the words by id.
struct Vocabulary: Codable, Sendable {
    private(set) var words: [String] = []
    private(set) var isName: [Bool] = []
    private(set) var documentFrequency: [Int32] = []
    private var hashes: [UInt64] = []
    /// The upper half of the word's hash beside its term id + 1 by slot, 0 for an empty slot.
    private var slots: [UInt64] = []

    private enum CodingKeys: String, CodingKey { case words, isName, documentFrequency }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        words = try container.decode([String].self, forKey: .words)
        isName = try container.decode([Bool].self, forKey: .isName)
        documentFrequency = try container.decode([Int32].self, forKey: .documentFrequency)
        guard words.count == isName.count, words.count == documentFrequency.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .words, in: container, debugDescription: "words, kinds and frequencies differ in number")
        }
        hashes = zip(words, isName).map { Self.hash($0, name: $1) }
        rebuild(capacity: Self.capacity(for: words.count))
    }

    /// The vocabulary of these words by id, with their kinds and document counts (all three the
    /// same length).
    init(words: [String], isName: [Bool], documentFrequency: [Int32]) {
        self.words = words
        self.isName = isName
        self.documentFrequency = documentFrequency
        hashes = zip(words, isName).map { Self.hash($0, name: $1) }
        rebuild(capacity: Self.capacity(for: words.count))
    }

    var count: Int { documentFrequency.count }

    /// The id of a known word.
    func term(_ word: String, name: Bool) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let hash = Self.hash(word, name: name)
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
        while slots[slot] != 0 {
            let entry = slots[slot]
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let term = Int(entry & 0xFFFF_FFFF) - 1
                if isName[term] == name, words[term] == word { return Int32(term) }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Enters a word not known yet and returns its new id.
    mutating func add(_ word: String, name: Bool) -> Int32 {
        let hash = Self.hash(word, name: name)
        let term = Int32(words.count)
        words.append(word)
        isName.append(name)
        hashes.append(hash)
        documentFrequency.append(0)
        if words.count * 2 > slots.count {
            rebuild(capacity: max(1 << 12, slots.count * 2))
        } else {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(term + 1)
        }
        return term
    }

    /// Counts one more document holding `term` and returns its document count.
    mutating func countDocument(_ term: Int32) -> Int32 {
        documentFrequency[Int(term)] += 1
        return documentFrequency[Int(term)]
    }

    private mutating func rebuild(capacity: Int) {
        slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (term, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(term + 1)
        }
    }

    private static func capacity(for count: Int) -> Int {
        var capacity = 1 << 12
        while capacity < count * 2 + 2 { capacity *= 2 }
        return capacity
    }

    private static func hash(_ word: String, name: Bool) -> UInt64 {
        var hash: UInt64 = name ? 0x84222325_cbf29ce4 : 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
