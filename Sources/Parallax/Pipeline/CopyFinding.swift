/// An article seen before the ones being marked (a stored one): its id, the original it copies
/// if it is a copy, and its MinHash signature.
public struct EarlierArticle: Hashable, Sendable {
    public var id: String
    public var duplicateOf: String?
    public var signature: [UInt64]

    public init(id: String, duplicateOf: String?, signature: [UInt64]) {
        self.id = id
        self.duplicateOf = duplicateOf
        self.signature = signature
    }
}

extension NearDuplicateDetector {
    /// The MinHash signature of an article's text; nil when it is too short to call a copy.
    public func signature(of text: String) -> [UInt64]? {
        let shingles = shingles(of: text)
        return shingles.count >= minimumShingles ? minHash(shingles) : nil
    }

    /// The LSH band keys of a signature: two articles that may be copies share at least one.
    public func bandKeys(of signature: [UInt64]) -> [UInt64] {
        let rows = hashFunctions / bands
        return (0..<bands).map { band in
            var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for row in signature[(band * rows)..<((band + 1) * rows)] { key = Self.mix(key ^ row) }
            return key
        }
    }

    /// For each article, the id of the article it copies, following copies of copies back to
    /// the first; nil for originals. `earlier` (articles seen before, such as stored ones that
    /// share a band key with these) come first; `articles` are taken in publication order.
    public func originals(of articles: [Article], earlier: [EarlierArticle]) -> [String?] {
        originals(
            of: articles, signatures: articles.map { signature(of: $0.text) }, earlier: earlier)
    }

    /// As `originals(of:earlier:)`, with the articles' signatures already made.
    public func originals(of articles: [Article], signatures: [[UInt64]?], earlier: [EarlierArticle]) -> [String?] {
        // Candidates are numbered: earlier articles first, then `articles` by index.
        var candidateSignatures = earlier.map(\.signature)
        var candidateOriginals: [String?] = earlier.map { $0.duplicateOf ?? $0.id }
        var buckets: [UInt64: [Int]] = [:]
        for (number, signature) in candidateSignatures.enumerated() {
            for key in bandKeys(of: signature) { buckets[key, default: []].append(number) }
        }
        var original: [String?] = Array(repeating: nil, count: articles.count)
        let order = articles.indices.sorted { Article.precedes(articles[$0], articles[$1]) }
        candidateSignatures.reserveCapacity(earlier.count + articles.count)
        for index in order {
            guard let signature = signatures[index] else { continue }
            let number = candidateSignatures.count
            var best: (candidate: Int, similarity: Double)?
            for key in bandKeys(of: signature) {
                for candidate in buckets[key] ?? [] where candidate != number {
                    let similarity = Self.estimatedJaccard(signature, candidateSignatures[candidate])
                    if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (candidate, similarity) }
                }
                buckets[key, default: []].append(number)
            }
            candidateSignatures.append(signature)
            if let best { original[index] = candidateOriginals[best.candidate] }
            candidateOriginals.append(original[index] ?? articles[index].id)
        }
        return original
    }
}
