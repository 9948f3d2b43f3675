/// For each article, the terms it uses far more than the rest of the story and the
/// sentence that carries most of them.
struct PerspectiveFinder {
    var distinctiveTerms = 6

    func perspectives(of sentences: StorySentences) -> [Perspective] {
        guard sentences.articles.count >= 2 else { return [] }
        var counts = Array(repeating: [String: Int](), count: sentences.articles.count)
        var surface = Array(repeating: [String: [String: Int]](), count: sentences.articles.count)
        var totals: [String: Int] = [:]
        for item in sentences.items {
            for token in item.sentence.tokens where !token.isStopWord && !token.isNumber && token.stem.count > 2 {
                counts[item.article][token.stem, default: 0] += 1
                surface[item.article][token.stem, default: [:]][token.text.lowercased(), default: 0] += 1
                totals[token.stem, default: 0] += 1
            }
        }
        let allWords = Double(totals.values.reduce(0, +))
        return sentences.articles.indices.map { articleIndex in
            let own = counts[articleIndex]
            let ownWords = Double(max(1, own.values.reduce(0, +)))
            let restWords = max(1, allWords - ownWords)
            var scores: [String: Double] = [:]
            for (stem, count) in own where count >= 2 {
                let rest = Double(totals[stem]! - count)
                let ratio = (Double(count) / ownWords) / ((rest + 0.5) / restWords)
                scores[stem] = Double(count) * log(ratio)
            }
            let top = scores.filter { $0.value > 0 }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            .prefix(distinctiveTerms)
            let distinctive = top.map { stem in
                surface[articleIndex][stem.key]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
                    .key
            }
            let weights = top.map { (stem: $0.key, weight: $0.value) }
            let candidates = sentences.items.filter { $0.article == articleIndex && $0.isStatement }
            let pool = candidates.isEmpty ? sentences.items.filter { $0.article == articleIndex } : candidates
            let angle =
                pool.max { lhs, rhs in
                    score(lhs, weights) < score(rhs, weights)
                }?.sentence.text ?? ""
            let article = sentences.articles[articleIndex].article
            return Perspective(article: article.id, outlet: article.outlet, angle: angle, distinctive: distinctive)
        }
    }

    /// Sums the weights in the terms' ranked order, never the stem set's, whose order changes from
    /// run to run and with it a sum's last bits.
    private func score(_ item: StorySentences.Item, _ weights: [(stem: String, weight: Double)]) -> Double {
        let sum = weights.reduce(0) { $0 + (item.stems.contains($1.stem) ? $1.weight : 0) }
        return sum / Double(max(1, item.sentence.tokens.count)).squareRoot()
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
