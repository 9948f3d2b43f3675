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

    let pairs: [Pair]

    init(sentences: StorySentences, candidates: [FactFinder.Match], aligner: ClaimAligner) {
        // Pairs seen, as first × count + second (an array of two per pair was hashed before).
        var seen = Set<Int>()
        let count = sentences.items.count
        var pairs: [Pair] = []
        // Claims read from an array are lent to the aligner; read from the items (a class) each
        // was copied for every pair it is in.
        let claims = sentences.items.map(\.claim)
        func add(_ first: Int, _ second: Int, _ similarity: Double) {
            guard seen.insert(first * count + second).inserted else { return }
            let alignment = aligner.align(claims[first], claims[second], similarity: similarity)
            pairs.append(Pair(first: first, second: second, alignment: alignment))
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
        for key in counting.keys.sorted() {
            let members = Array(Set(counting[key]!)).sorted()
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...]
                where sentences.items[first].article != sentences.items[second].article {
                    add(first, second, sentences.items[first].vector.cosine(sentences.items[second].vector))
                }
            }
        }
        self.pairs = pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Pairs that say the same thing, as matches weighted by their score.
    var same: [FactFinder.Match] {
        pairs.filter { $0.alignment.relation == .same }.map {
            FactFinder.Match(first: $0.first, second: $0.second, similarity: $0.alignment.score)
        }
    }

    var conflicts: [Pair] { pairs.filter { $0.alignment.relation == .conflict } }
}
