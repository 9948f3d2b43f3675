/// Every candidate pair of a story's sentences aligned once by the one `ClaimAligner`; facts,
/// summary and discrepancies all read their relations from here.
struct StoryAlignments {
    struct Pair {
        var first: Int
        var second: Int
        var alignment: Alignment
    }

    /// Kinds of count a conflict is worth looking for even when the two sentences share few
    /// words ("a 6.1 quake" against "magnitude 5.9 earthquake").
    static let tellingCounts: Set<String> = [
        "dead", "injured", "magnitude", "length", "money:$", "money:€", "money:£", "age",
    ]

    /// The candidate and counting pairs that `ClaimAligner.align` finds `same`, `conflict` or
    /// `update`, the relations a brief reads; pairs it can only find `related` or `unrelated`
    /// (`ClaimAligner.mayDecide`) are left out.
    let pairs: [Pair]

    init(sentences: StorySentences, candidates: [FactFinder.Match], aligner: ClaimAligner) {
        let claims = sentences.items.map(\.claim)
        let classOf = sentences.claimClasses
        // Pairs seen, as first × count + second (an array of two per pair was hashed before).
        var seen = Set<Int>()
        let count = sentences.items.count
        var requested: [(first: Int, second: Int, similarity: Double)] = []
        func add(_ first: Int, _ second: Int, _ similarity: Double) {
            guard seen.insert(first * count + second).inserted else { return }
            requested.append((first, second, similarity))
        }
        for match in candidates { add(match.first, match.second, match.similarity) }
        // Sentences counting the same telling thing, or dating it, about the same happening.
        var counting: [String: [Int]] = [:]
        for (position, item) in sentences.items.enumerated() where item.isProse {
            for quantity in item.claim.quantities where Self.tellingCounts.contains(quantity.counts) {
                for happening in item.claim.happening {
                    counting[quantity.counts + "|" + happening, default: []].append(position)
                }
            }
            // Sentences that put a happening in a year: two years of one event are a discrepancy.
            if item.claim.epochs.count == 1 {
                for happening in item.claim.happening { counting["year|" + happening, default: []].append(position) }
            }
        }
        // Claims of one class have the same words, so the same vector: their similarity is weighed
        // once for each two classes.
        var similarities: [Int: Double] = [:]
        let articleOf = sentences.items.map(\.article)
        for key in counting.keys.sorted() {
            let members = Array(Set(counting[key]!)).sorted()
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...] where articleOf[first] != articleOf[second] {
                    let classes = classOf[first] * count + classOf[second]
                    if let similarity = similarities[classes] {
                        add(first, second, similarity)
                    } else {
                        let similarity = sentences.items[first].vector.cosine(sentences.items[second].vector)
                        similarities[classes] = similarity
                        add(first, second, similarity)
                    }
                }
            }
        }
        self.pairs = Self.aligned(requested, claims: claims, classOf: classOf, aligner: aligner)
            .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Each claim's class: claims are alike where they agree in every part `ClaimAligner.align`
    /// reads (`ClaimAligner.comparedParts`), among them their words.
    static func classes(of claims: [Claim]) -> [Int] {
        // Places of claims that a place may contradict: all of an article's places `align` can ask about.
        var named = Set<String>()
        for claim in claims where ClaimAligner.mayContradictPlace(claim) { named.formUnion(claim.places) }
        // Alike claims are looked for among those of the same words, compared whole: hashing
        // every part of every claim (a hasher for each element of each set) cost more.
        var classes: [[String]: [(parts: Claim, number: Int)]] = [:]
        var count = 0
        return claims.map { claim in
            let parts = ClaimAligner.comparedParts(of: claim, placesNamed: named)
            if let known = classes[parts.words]?.first(where: { $0.parts == parts }) { return known.number }
            classes[parts.words, default: []].append((parts, count))
            count += 1
            return count - 1
        }
    }

    /// The requested pairs aligned, each pair of alike claims once: a sentence a story's articles
    /// repeat (a wire copy, a stock paragraph) makes one claim in each of them, and the counting
    /// keys pair every one with every other. The pair's similarity is part of the question, so an
    /// alignment is reused only where the aligner would be asked the same question; pairs it can
    /// only find `related` or `unrelated` are not aligned and not kept.
    static func aligned(
        _ requested: [(first: Int, second: Int, similarity: Double)], claims: [Claim], classOf: [Int],
        aligner: ClaimAligner
    ) -> [Pair] {
        struct Question: Hashable {
            var first: Int
            var second: Int
            var similarity: UInt64
        }
        var answers: [Question: Alignment?] = [:]
        var pairs: [Pair] = []
        for (first, second, similarity) in requested {
            let question = Question(
                first: classOf[first], second: classOf[second], similarity: similarity.bitPattern)
            let alignment: Alignment?
            if let known = answers[question] {
                alignment = known
            } else {
                alignment =
                    aligner.mayDecide(claims[first], claims[second], similarity: similarity)
                    ? aligner.align(claims[first], claims[second], similarity: similarity) : nil
                answers[question] = .some(alignment)
            }
            guard let alignment, alignment.relation != .related, alignment.relation != .unrelated else { continue }
            pairs.append(Pair(first: first, second: second, alignment: alignment))
        }
        return pairs
    }

    /// Pairs that say the same thing, as matches weighted by their score.
    var same: [FactFinder.Match] {
        pairs.filter { $0.alignment.relation == .same }.map {
            FactFinder.Match(first: $0.first, second: $0.second, similarity: $0.alignment.score)
        }
    }

    var conflicts: [Pair] { pairs.filter { $0.alignment.relation == .conflict } }
}
