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
        var standings: [Int: Standing] = [:]
        func standsAlone(_ position: Int, after earlier: some Sequence<Int>) -> Bool {
            let standing = standings[position] ?? Self.standing(of: sentences.items[position], in: sentences)
            standings[position] = standing
            // Most sentences need nothing told before them: no list of the earlier ones to make.
            if !standing.pointsBack, standing.nounToBeTold == nil, standing.namesToIntroduce.isEmpty { return true }
            return Self.standsAlone(sentences.items[position], standing, after: earlier.map { sentences.items[$0] })
        }
        var chosen: [Int] = []
        var perArticle: [Int: Int] = [:]
        // What a round learns of a candidate holds for the later rounds, whose chosen sentences
        // only grow: saying what a chosen one says rules it out for good, and its redundancy is
        // the greatest closeness to any chosen one (kept with how many were weighed).
        var ruledOut = Set<Int>()
        var restatementsChecked: [Int: Int] = [:]
        var closeness: [Int: (weighed: Int, greatest: Double?)] = [:]
        while chosen.count < limit {
            var best: (position: Int, score: Double)?
            for position in candidates where !chosen.contains(position) && !ruledOut.contains(position) {
                let item = sentences.items[position]
                // Distinct claims: never a sentence the aligner found to say what a chosen one says.
                let unchecked = chosen[(restatementsChecked[position] ?? 0)...]
                guard same[position, default: []].isDisjoint(with: chosen),
                    !unchecked.contains(where: { Self.restates(item.claim, sentences.items[$0].claim) })
                else {
                    ruledOut.insert(position)
                    continue
                }
                restatementsChecked[position] = chosen.count
                guard standsAlone(position, after: chosen) else { continue }
                var known = closeness[position] ?? (0, nil)
                for other in chosen[known.weighed...] {
                    let cosine = item.vector.cosine(sentences.items[other].vector)
                    known.greatest = max(known.greatest ?? cosine, cosine)
                }
                known.weighed = chosen.count
                closeness[position] = known
                let redundancy = known.greatest ?? 0
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
        let readable = told.indices.allSatisfy { index in standsAlone(told[index], after: told[..<index]) }
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

    /// What `standsAlone` needs to know of a sentence whatever comes before it: whether it opens
    /// by pointing back, the noun of a bare "The failure, …" opening that an earlier sentence must
    /// have told, and the full names of the people it names by last name alone that it does not
    /// spell out itself, in the order it names them.
    struct Standing {
        var pointsBack: Bool
        var nounToBeTold: String? = nil
        var namesToIntroduce: [String] = []
    }

    static func standing(of item: StorySentences.Item, in sentences: StorySentences) -> Standing {
        let words = Self.firstWords(of: item.text, count: 3).map { $0.lowercased().filter(\.isLetter) }
        if words.count >= 2, ["the", "a", "an", "another"].contains(words[0]),
            pointingBack.contains(words[1]) || ["second", "third", "other", "same"].contains(words[1])
        {
            return Standing(pointsBack: true)
        }
        // An opening pronoun, or a bare "The failure, …" with no failure told before: it points back
        // ("The earthquake on Velmora island …" says which one).
        let tokens = item.sentence.tokens
        if let first = tokens.first?.text.lowercased(), Self.pronouns.contains(first) {
            return Standing(pointsBack: true)
        }
        var noun: String?
        let opening = item.text.split(separator: " ", maxSplits: 2)
        if tokens.count >= 2, opening.count >= 2, opening[1].hasSuffix(","),
            ["the", "this", "that", "these", "those"].contains(tokens[0].text.lowercased()),
            !tokens[1].isCapitalized, !tokens[1].isNumber, tokens[1].text.first?.isLetter == true
        {
            noun = tokens[1].stem
        }
        let article = sentences.articles[item.article]
        let inside = article.entities.filter {
            $0.type == .person && $0.start >= item.sentence.start && $0.end <= item.sentence.end
        }
        var names: [String] = []
        for mention in inside where !mention.text.contains(" ") && mention.name.contains(" ") {
            if !TextSearch.contains(item.text, mention.name) { names.append(mention.name) }
        }
        return Standing(pointsBack: false, nounToBeTold: noun, namesToIntroduce: names)
    }

    /// The first `count` words of `text` split at spaces, as `text.split(separator: " ").prefix(count)`
    /// gives them, without splitting the rest of the sentence.
    static func firstWords(of text: String, count: Int) -> [Substring] {
        var words: [Substring] = []
        var rest = text[...]
        while words.count < count {
            rest = rest.drop { $0 == " " }
            guard !rest.isEmpty else { break }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            words.append(rest[..<end])
            rest = rest[end...]
        }
        return words
    }

    /// Whether a reader can follow the sentence with only the summary sentences before it: no
    /// opening "the expert" or "a second man", and every person named by a last name alone was
    /// introduced in full before.
    static func standsAlone(_ item: StorySentences.Item, _ standing: Standing, after earlier: [StorySentences.Item])
        -> Bool
    {
        guard !standing.pointsBack else { return false }
        if let noun = standing.nounToBeTold,
            !earlier.contains(where: { $0.sentence.tokens.contains { $0.stem == noun } })
        {
            return false
        }
        return standing.namesToIntroduce.allSatisfy { full in
            earlier.contains { TextSearch.contains($0.text, full) }
        }
    }

    /// The title of the article closest to the story's centre, else the first summary line.
    func headline(of sentences: StorySentences, summary: [CitedSentence]) -> String {
        var best: (title: String, score: Double)?
        var itemsByID: [String: [StorySentences.Item]] = [:]
        for item in sentences.items { itemsByID[sentences.articles[item.article].id, default: []].append(item) }
        for article in sentences.articles {
            guard let title = article.article.title else { continue }
            let terms = itemsByID[article.id] ?? []
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
