/// Chooses summary sentences for centrality, corroboration and coverage of the articles,
/// with little redundancy (maximal marginal relevance).
struct SummaryWriter {
    var maximumSentences = 6
    /// Weight of relevance against redundancy.
    var lambda = 0.7

    func summary(of sentences: StorySentences, matches: [FactFinder.Match]) -> [CitedSentence] {
        var corroborating: [Int: Set<Int>] = [:]
        var same: [Int: Set<Int>] = [:]
        for match in matches {
            same[match.first, default: []].insert(match.second)
            same[match.second, default: []].insert(match.first)
            corroborating[match.first, default: []].insert(sentences.items[match.second].article)
            corroborating[match.second, default: []].insert(sentences.items[match.first].article)
        }
        let candidates = sentences.items.indices.filter { sentences.items[$0].isStatement }
        let relevance = Dictionary(
            uniqueKeysWithValues: candidates.map { position -> (Int, Double) in
                let item = sentences.items[position]
                let central = item.vector.cosine(sentences.centroid)
                let corroboration = Double(corroborating[position]?.count ?? 0)
                let early = item.sentence.index < 3 ? 0.05 : 0
                return (position, central + 0.08 * min(corroboration, 4) + early)
            })
        let limit = min(maximumSentences, 2 + sentences.articles.count)
        var chosen: [Int] = []
        var perArticle: [Int: Int] = [:]
        while chosen.count < limit {
            var best: (position: Int, score: Double)?
            for position in candidates where !chosen.contains(position) {
                let item = sentences.items[position]
                // Distinct claims: never a sentence the aligner found to say what a chosen one says.
                guard same[position, default: []].isDisjoint(with: chosen),
                    !chosen.contains(where: { Self.restates(item.claim, sentences.items[$0].claim) }),
                    Self.standsAlone(item, after: chosen.map { sentences.items[$0] }, in: sentences)
                else { continue }
                let redundancy = chosen.map { item.vector.cosine(sentences.items[$0].vector) }.max() ?? 0
                let repeatPenalty = 0.08 * Double(perArticle[item.article] ?? 0)
                var score = lambda * relevance[position]! - (1 - lambda) * redundancy - repeatPenalty
                // The lead is the statement the most outlets corroborate independently.
                if chosen.isEmpty { score += Double(corroborating[position]?.count ?? 0) }
                if score > best?.score ?? -.infinity { best = (position, score) }
            }
            guard let best else { break }
            chosen.append(best.position)
            perArticle[sentences.items[best.position].article, default: 0] += 1
        }
        // After the lead, sentences in the order their articles tell them (the who and what an
        // article opens with before its details), where every one still stands alone that way.
        let told =
            chosen.prefix(1)
            + chosen.dropFirst().sorted { sentences.items[$0].sentence.index < sentences.items[$1].sentence.index }
        let readable = told.indices.allSatisfy { index in
            Self.standsAlone(
                sentences.items[told[index]], after: told[..<index].map { sentences.items[$0] }, in: sentences)
        }
        if readable { chosen = Array(told) }
        return chosen.map { position in
            let item = sentences.items[position]
            let others = (corroborating[position] ?? []).sorted()
            let sources = ([item.article] + others.filter { $0 != item.article }).map { sentences.articles[$0].id }
            return CitedSentence(
                text: item.text, sources: sources,
                dated: ResolvedDays().dated(item, in: sentences.articles[item.article]))
        }
    }

    /// Whether `claim` tells nothing `chosen` does not: a happening of the chosen one, told of
    /// none but its participants, with no count, day or place of its own ("Tara Reid is checking
    /// herself into rehab" after "Tara Reid checked herself into Promises Treatment Center").
    static func restates(_ claim: Claim, _ chosen: Claim) -> Bool {
        guard !claim.happening.isDisjoint(with: chosen.happening), !claim.who.isEmpty,
            claim.who.allSatisfy({ ClaimAligner.sharesName([$0], chosen.who) })
        else { return false }
        let ownCount = claim.quantities.contains { quantity in
            !chosen.quantities.contains { $0.counts == quantity.counts }
        }
        return !ownCount && claim.when.isSubset(of: chosen.when) && claim.places.isSubset(of: chosen.places)
    }

    /// Openings that point back to someone the reader has not met: "The expert said…",
    /// "A second man…".
    static let pointingBack: Set<String> = [
        "expert", "source", "official", "spokesman", "spokeswoman", "spokesperson", "man", "woman", "boy", "girl",
        "suspect", "victim", "analyst", "actress", "actor", "singer", "player", "company", "firm", "couple",
    ]

    /// Pronouns that cannot open a sentence read out of its article.
    static let pronouns: Set<String> = ["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"]

    /// Whether a reader can follow the sentence with only the summary sentences before it: no
    /// opening "the expert" or "a second man", and every person named by a last name alone was
    /// introduced in full before.
    static func standsAlone(
        _ item: StorySentences.Item, after earlier: [StorySentences.Item], in sentences: StorySentences
    ) -> Bool {
        let words = item.text.split(separator: " ").prefix(3).map { $0.lowercased().filter(\.isLetter) }
        if words.count >= 2, ["the", "a", "an", "another"].contains(words[0]),
            pointingBack.contains(words[1]) || ["second", "third", "other", "same"].contains(words[1])
        {
            return false
        }
        // An opening pronoun, or a bare "The failure, …" with no failure told before: it points back
        // ("The earthquake on Velmora island …" says which one).
        let tokens = item.sentence.tokens
        if let first = tokens.first?.text.lowercased(), Self.pronouns.contains(first) { return false }
        let opening = item.text.split(separator: " ", maxSplits: 2)
        if tokens.count >= 2, opening.count >= 2, opening[1].hasSuffix(","),
            ["the", "this", "that", "these", "those"].contains(tokens[0].text.lowercased()),
            !tokens[1].isCapitalized, !tokens[1].isNumber, tokens[1].text.first?.isLetter == true
        {
            let noun = tokens[1].stem
            let told = earlier.contains { $0.sentence.tokens.contains { $0.stem == noun } }
            if !told { return false }
        }
        let article = sentences.articles[item.article]
        let inside = article.entities.filter {
            $0.type == .person && $0.start >= item.sentence.start && $0.end <= item.sentence.end
        }
        for mention in inside where !mention.text.contains(" ") && mention.name.contains(" ") {
            let full = mention.name
            let introduced = item.text.contains(full) || earlier.contains { $0.text.contains(full) }
            if !introduced { return false }
        }
        return true
    }

    /// The title of the article closest to the story's centre, else the first summary line.
    func headline(of sentences: StorySentences, summary: [CitedSentence]) -> String {
        var best: (title: String, score: Double)?
        for article in sentences.articles {
            guard let title = article.article.title else { continue }
            let terms = sentences.items.filter { sentences.articles[$0.article].id == article.id }
            var weights: [String: Double] = [:]
            for item in terms { for (term, weight) in item.vector.weights { weights[term, default: 0] += weight } }
            let words = title.split(separator: " ").count
            let score = TermVector(weights: weights).cosine(sentences.centroid) - 0.02 * Double(max(0, words - 14))
            if score > best?.score ?? -1 { best = (title, score) }
        }
        if let best { return best.title }
        guard let first = summary.first?.text ?? sentences.articles.first?.sentences.first?.text else {
            return "Untitled story"
        }
        let words = first.split(separator: " ")
        return words.count <= 16 ? first : words.prefix(14).joined(separator: " ") + "…"
    }
}
