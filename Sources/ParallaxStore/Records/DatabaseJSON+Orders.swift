extension DatabaseJSON {
    /// The encoder's order of an object's fields (their keys sorted by their bytes), worked out
    /// once for each coding-key type and sequence of keys written: a type's objects mostly write
    /// the same keys, and comparing them with the last ones is cheaper than sorting them again
    /// (the keys of a `CodingKeys` enum are the same string each time).
    struct Orders {
        /// For each coding-key type, the keys last written and their order (nil: in order).
        private var known: [ObjectIdentifier: (keys: [String], order: [Int]?)] = [:]

        /// The positions of `keys` in sorted order; nil where they are in it already. The same
        /// as sorting the fields by their keys: the positions are sorted by the same comparisons.
        mutating func order(of keys: some Collection<String>, type: ObjectIdentifier?) -> [Int]? {
            if let type, let last = known[type], last.keys.elementsEqual(keys) { return last.order }
            let written = Array(keys)
            let inOrder = zip(written, written.dropFirst()).allSatisfy { Self.precedes($0, $1) }
            let order = inOrder ? nil : written.indices.sorted { Self.precedes(written[$0], written[$1]) }
            if let type { known[type] = (written, order) }
            return order
        }

        static func precedes(_ first: String, _ second: String) -> Bool {
            first.utf8.lexicographicallyPrecedes(second.utf8)
        }
    }
}
