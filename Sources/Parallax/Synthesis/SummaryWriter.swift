/// Chooses summary sentences for centrality, corroboration and coverage of the articles,
/// with little redundancy (maximal marginal relevance) and no restatement.
struct SummaryWriter {
    var configuration = SummaryConfiguration()
    /// The one aligner of the brief: no two summary sentences are `same` by it.
    var aligner = ClaimAligner()
    /// Whether every candidate is checked every round, whatever its score: the longer way, for tests.
    var checksEveryCandidate = false

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
        // Per item position, in arrays rather than dictionaries: every round reads them for every candidate.
        var relevance = Array(repeating: 0.0, count: sentences.items.count)
        for position in candidates {
            let item = sentences.items[position]
            let central = item.vector.cosine(sentences.centroid)
            let corroboration = min(corroborating[position]?.count ?? 0, configuration.corroborationCap)
            let early = item.sentence.index < 3 ? configuration.openingWeight : 0
            relevance[position] = central + configuration.corroborationWeight * Double(corroboration) + early
        }
        let limit = min(configuration.maximumSentences, 2 + sentences.articles.count)
        let roles =
            configuration.rolesNameParticipants
            ? StoryRoles(
                articles: sentences.articles, share: configuration.roleShare,
                modifiers: configuration.speakerModifiers) : nil
        var standings = [Standing?](repeating: nil, count: sentences.items.count)
        func standsAlone(_ position: Int, after earlier: some Sequence<Int>) -> Bool {
            let standing =
                standings[position]
                ?? Self.standing(of: sentences.items[position], in: sentences, configuration: configuration)
            standings[position] = standing
            // Most sentences need nothing told before them: no list of the earlier ones to make.
            if standing.needsNothingBefore { return true }
            return Self.standsAlone(sentences.items[position], standing, after: earlier.map { sentences.items[$0] })
        }
        var chosen: [Int] = []
        var perArticle = Array(repeating: 0, count: sentences.articles.count)
        // What a round learns of a candidate holds for the later rounds, whose chosen sentences
        // only grow: saying what a chosen one says rules it out for good, and its redundancy is
        // the greatest closeness to any chosen one (kept with how many were weighed).
        var ruledOut = Array(repeating: false, count: sentences.items.count)
        var told = Set<String>()
        var sharing = Array(repeating: false, count: sentences.items.count)
        var restatementsChecked = Array(repeating: 0, count: sentences.items.count)
        var restatements: [Int: Restatement] = [:]
        var closeness: [(weighed: Int, greatest: Double?)] = Array(
            repeating: (0, nil), count: sentences.items.count)
        // Each claim with the story's roles read into it once, not once for every pair it is weighed in.
        var resolvedClaims = [Claim?](repeating: nil, count: sentences.items.count)
        func resolved(_ position: Int) -> Claim {
            if let claim = resolvedClaims[position] { return claim }
            let claim = self.resolved(sentences.items[position], roles: roles)
            resolvedClaims[position] = claim
            return claim
        }
        while chosen.count < limit {
            var best: (position: Int, score: Double)?
            // What the chosen sentences claim, for the tests that weigh a candidate against all of them.
            let chosenClaims = chosen.map { resolved($0) }
            for position in candidates where !chosen.contains(position) && !ruledOut[position] {
                let item = sentences.items[position]
                // Distinct claims: never a sentence that restates a chosen one (`restatement(of:by:)`),
                // nor one sharing a participant whose words the summary mostly holds already
                // ("Maurice Cheeks is out as Philadelphia 76ers head coach." after "… fired head coach
                // Maurice Cheeks on Saturday").
                var restated = false
                for other in chosen[restatementsChecked[position]...] {
                    // Asked once of two claim classes: alike claims (a repeated sentence) restate alike.
                    let classes =
                        sentences.claimClasses[position] * sentences.items.count + sentences.claimClasses[other]
                    let answer =
                        restatements[classes]
                        ?? restatement(of: item, resolved(position), by: sentences.items[other], resolved(other))
                    restatements[classes] = answer
                    switch answer {
                    case .restates: restated = true
                    case .sharesParticipant: sharing[position] = true
                    case .distinct: break
                    }
                    if restated { break }
                }
                restatementsChecked[position] = chosen.count
                // What the chosen sentences tell together, asked again each round: they only grow.
                if !restated, configuration.toldAcrossRestates,
                    Self.toldAcross(resolved(position), by: chosenClaims)
                {
                    restated = true
                }
                if !restated, configuration.unnamedRetellingRestates,
                    Self.retellsUnnamed(
                        resolved(position), by: chosenClaims,
                        background: configuration.unnamedRetellingReadsBackground)
                {
                    restated = true
                }
                if sharing[position] && Self.coverage(of: item, by: told) >= configuration.restatementCoverage {
                    restated = true
                }
                guard same[position, default: []].isDisjoint(with: chosen), !restated else {
                    ruledOut[position] = true
                    continue
                }
                var known = closeness[position]
                for other in chosen[known.weighed...] {
                    let cosine = item.vector.cosine(sentences.items[other].vector)
                    known.greatest = max(known.greatest ?? cosine, cosine)
                }
                known.weighed = chosen.count
                closeness[position] = known
                let redundancy = known.greatest ?? 0
                let repeatPenalty = configuration.articleRepeatPenalty * Double(perArticle[item.article])
                let weight = configuration.relevanceWeight
                var score = weight * relevance[position] - (1 - weight) * redundancy - repeatPenalty
                // The lead is the statement the most outlets corroborate independently.
                if chosen.isEmpty { score += Double(corroborating[position]?.count ?? 0) }
                // Whether it stands alone after the chosen ones asks nothing of the score, nor the score of
                // it, and rules it out this round only: asked only of a candidate that may be the best.
                // (The checks above stay asked of every candidate, in order: a restatement's answer is
                // kept for two claim classes and reused.)
                guard checksEveryCandidate || score > best?.score ?? -.infinity else { continue }
                guard standsAlone(position, after: chosen) else { continue }
                if score > best?.score ?? -.infinity { best = (position, score) }
            }
            guard let best else { break }
            chosen.append(best.position)
            told.formUnion(sentences.items[best.position].stems)
            perArticle[sentences.items[best.position].article] += 1
        }
        // After the lead, sentences in the order their articles tell them (the who and what an
        // article opens with before its details), where every one still stands alone that way.
        let ordered =
            chosen.prefix(1)
            + chosen.dropFirst().sorted { sentences.items[$0].sentence.index < sentences.items[$1].sentence.index }
        let readable = ordered.indices.allSatisfy { index in standsAlone(ordered[index], after: ordered[..<index]) }
        if readable { chosen = Array(ordered) }
        return chosen.map { position in
            let item = sentences.items[position]
            let others = (corroborating[position] ?? []).sorted()
            let sources = ([item.article] + others.filter { $0 != item.article }).map { sentences.articles[$0].id }
            return CitedSentence(
                text: item.text, sources: sources,
                dated: ResolvedDays().dated(item, in: sentences.articles[item.article]))
        }
    }

    /// How a candidate stands to one chosen summary sentence.
    enum Restatement {
        /// Says what the chosen one says: the aligner finds them `same`, or they share a
        /// participant and tell the same happening about the same thing (the aligner's `who`,
        /// `happening` and `about` slots agree: "The American Pie actress … has checked into
        /// Promises Treatment Center in Malibu" after "Tara Reid checked herself into Promises
        /// Treatment Center").
        case restates
        /// Shares a participant (or, naming none, the place) with it, with no count, year or other
        /// people of its own: a restatement if the summary already holds most of its words.
        case sharesParticipant
        case distinct
    }

    /// `roles`: the story's role nouns, read into both claims (`StoryRoles.resolve`).
    func restatement(
        of item: StorySentences.Item, by chosen: StorySentences.Item, roles: StoryRoles? = nil
    ) -> Restatement {
        restatement(of: item, resolved(item, roles: roles), by: chosen, resolved(chosen, roles: roles))
    }

    /// The claim of `item` with `roles` read into it (`StoryRoles.resolve`) and, where
    /// `summaryHappenings` is on, the summary's own happenings (`SummaryHappenings`).
    func resolved(_ item: StorySentences.Item, roles: StoryRoles?) -> Claim {
        var claim = item.claim
        roles?.resolve(&claim, in: item.sentence, modifiers: configuration.speakerModifiers)
        if configuration.tellersAreNoParticipants { Self.dropTellers(&claim, in: item.sentence) }
        if configuration.describingNumbersAreNoCounts { Self.readDescribingNumbers(&claim, in: item.sentence) }
        if configuration.summaryHappenings { SummaryHappenings.read(&claim, in: item.sentence) }
        return claim
    }

    /// `restatement(of:by:roles:)` of two items whose claims, the roles read into them, are
    /// `claim` and `chosenClaim`.
    func restatement(
        of item: StorySentences.Item, _ claim: Claim, by chosen: StorySentences.Item, _ chosenClaim: Claim
    ) -> Restatement {
        if Self.restates(claim, chosenClaim) { return .restates }
        let alignment = aligner.align(claim, chosenClaim, similarity: item.vector.cosine(chosen.vector))
        switch alignment.relation {
        case .same: return .restates
        // A conflicting number is noted on the sentence instead (`DiscrepancyFinder.noted`).
        case .conflict, .update: return .distinct
        case .related, .unrelated: break
        }
        func verdict(_ name: String) -> Alignment.Slot.Verdict? {
            alignment.slots.first { $0.name == name }?.verdict
        }
        if configuration.unnamedHappeningRestates, verdict("epoch") == nil, Self.retells(claim, chosenClaim),
            verdict("about") == .agree || Self.countsAgree(claim, chosenClaim)
        {
            return .restates
        }
        let participant = verdict("who") == .agree || verdict("who") == .unknown && verdict("where") == .agree
        // An age ("the 26-year-old actress") describes someone already told of; it is no new count.
        let ownCount = claim.quantities.contains { quantity in
            quantity.counts != "age" && !chosenClaim.quantities.contains { $0.counts == quantity.counts }
        }
        guard participant, verdict("epoch") == nil, !ownCount else { return .distinct }
        if verdict("happening") == .agree && verdict("about") == .agree { return .restates }
        // What its main clause tells, the chosen one tells too, of a participant both name, with no
        // year (stated in its words, not worked out from a weekday) or person of its own: the happening again in other words, whatever follows its head
        // ("the Liz & Dick star is now receiving treatment at the Betty Ford Center" after "…
        // Lindsay Lohan has checked into the Betty Ford Center"; not "Cheeks became the fifth NBA
        // coach fired this season following P.J. Carlesimo, …" after "… fired head coach Maurice Cheeks").
        let named = chosenClaim.people.union(chosenClaim.who)
        if configuration.mainHappeningRestates, verdict("who") == .agree,
            !claim.mainHappening.isEmpty, claim.mainHappening.isSubset(of: chosenClaim.happening),
            claim.statedYears.isSubset(of: chosenClaim.years),
            claim.people.allSatisfy({ ClaimAligner.sharesName([$0], named) })
        {
            return .restates
        }
        return verdict("people") == nil ? .sharesParticipant : .distinct
    }

    /// Whether `claim` tells a happening of `chosen` again and nothing of its own: its main-clause
    /// happenings are among the chosen one's, it names no one the chosen one does not (often no one:
    /// "The driver fled the accident scene …" after "… a car that fled the scene in Queens Friday"),
    /// and it has no count, stated year, day or place the chosen sentence lacks. It reads no part of a
    /// claim its class leaves out but `mainHappening`, as `mainHappeningRestates` does (the summary
    /// asks once per two classes: `StoryAlignments.classes`; not the article's places, which differ
    /// between copies of one wire paragraph).
    static func retells(_ claim: Claim, _ chosen: Claim) -> Bool {
        let named = chosen.people.union(chosen.who)
        guard !claim.mainHappening.isEmpty, claim.mainHappening.isSubset(of: chosen.happening),
            claim.who.union(claim.people).allSatisfy({ ClaimAligner.sharesName([$0], named) }),
            claim.statedYears.isSubset(of: chosen.years), claim.when.isSubset(of: chosen.when),
            claim.places.isSubset(of: chosen.places)
        else { return false }
        return Self.counts(of: claim).allSatisfy { Self.gives(chosen, $0) }
    }

    /// Whether `claim` gives a count, other than an age, and every one it gives `chosen` gives too
    /// (what it counts and the value): the same measure of the same happening.
    static func countsAgree(_ claim: Claim, _ chosen: Claim) -> Bool {
        let counts = Self.counts(of: claim)
        return !counts.isEmpty && counts.allSatisfy { Self.gives(chosen, $0) }
    }

    /// The counts `claim` gives, ages left out.
    static func counts(of claim: Claim) -> [Quantity] {
        claim.quantities.filter { $0.counts != "age" }
    }

    /// Whether `claim` gives `quantity`: what it counts and the value.
    static func gives(_ claim: Claim, _ quantity: Quantity) -> Bool {
        claim.quantities.contains { $0.counts == quantity.counts && $0.value == quantity.value }
    }

    /// Share of `item`'s content stems the chosen summary sentences already hold.
    static func coverage(of item: StorySentences.Item, by told: Set<String>) -> Double {
        guard !item.stems.isEmpty else { return 0 }
        return Double(item.stems.count { told.contains($0) }) / Double(item.stems.count)
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
