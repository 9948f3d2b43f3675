/// Finds statements reported by two or more articles: sentences that say the same thing
/// in different words, matched by weighted overlap of content words and names.
struct FactFinder {
    /// Least cosine between two sentences' weighted terms to count as the same statement.
    var similarityThreshold = 0.28
    /// Least number of content stems the two sentences share.
    var minimumSharedStems = 3
    /// Stems found in more sentences than this do not propose candidate pairs.
    var maximumPostings = 48
    /// Least share of a fact's claim (its content stems) a sentence must repeat to support it
    /// (`AlignmentConfiguration.supportCoverage`, where the figure that chose it is written).
    var supportCoverage = 0.0
    /// A member is not cited where a sentence of the claim's own article other than the claim
    /// matches it more strongly than the claim does by more than this
    /// (`AlignmentConfiguration.supportRivalMargin`); infinite (the default here): never.
    var supportRivalMargin = Double.infinity
    /// Whether a support must tell a happening of the claim in its main clause, and tell the
    /// claim's main happening (`tellsTheMainHappening`; `AlignmentConfiguration.supportsTellTheMainHappening`).
    var supportsTellTheMainHappening = false
    /// Whether a support sharing no happening with its claim must share a word besides the names
    /// and the words describing them (`saysMoreThanNames`; `AlignmentConfiguration.supportsSayMoreThanNames`).
    var supportsSayMoreThanNames = false
    /// Whether a support must not tell in the singular what its claim counts as several
    /// (`tellsAsMany`; `AlignmentConfiguration.supportsTellAsManyAsTheClaim`).
    var supportsTellAsManyAsTheClaim = false
    /// Least share of the claim's stems a cited sentence must repeat to be cited as a full support;
    /// one repeating less (but at least `supportCoverage`) is cited as partial
    /// (`AlignmentConfiguration.fullSupportCoverage`). Zero (the default here): every one is full.
    var fullSupportCoverage = 0.0
    /// As `fullSupportCoverage`, for a cited sentence sharing no happening with the claim: its words
    /// alone carry what it tells (`AlignmentConfiguration.fullSupportCoverageWithoutHappening`).
    var fullSupportCoverageWithoutHappening = 0.0
    /// Whether the sentences of a group that makes no fact (fewer than two full voices) may join
    /// later groups (`AlignmentConfiguration.unvoicedGroupsLeaveTheirSentences`).
    var unvoicedGroupsLeaveTheirSentences = false
    /// As `fullSupportCoverage`, for a cited sentence telling every happening it shares with the claim
    /// only as the time or condition of another (`tellsOnlyAsBackground`;
    /// `AlignmentConfiguration.backgroundSupportCoverage`).
    var backgroundSupportCoverage = 0.0
    /// A cited sentence repeating less than this of one clause of a compound claim, and less than
    /// `clauseToldCoverage` of each, is cited as partial (`tellsOneClauseInPart`;
    /// `AlignmentConfiguration.clauseUntoldCoverage`). Zero (the default here): never.
    var clauseUntoldCoverage = 0.0
    /// See `clauseUntoldCoverage` (`AlignmentConfiguration.clauseToldCoverage`).
    var clauseToldCoverage = 0.0
    /// A support naming, within this many words of a happening of the claim's main clause, a thing the
    /// claim names nowhere, where the claim names there one the support names nowhere, tells it of
    /// another thing (`namesOtherThings`; `AlignmentConfiguration.otherThingReach`). Zero: never.
    var otherThingReach = 0.0
    /// As `otherThingReach`, before the head (`AlignmentConfiguration.otherThingReachBefore`).
    var otherThingReachBefore = 0.0
    /// Where set, a support must give the claim's main happening the same place, day, year and
    /// count, told alike by this aligner, where both give one (`agreesInTheMainHappening`;
    /// `AlignmentConfiguration.supportsAgreeInTheMainHappening`).
    var slotAligner: ClaimAligner?
    /// Where set, a claim's telling counts (`numbersToRepeat`) must be in each support, told alike
    /// by this aligner (`AlignmentConfiguration.supportsRepeatTheNumbers`).
    var numberAligner: ClaimAligner?

    struct Match: Hashable {
        var first: Int
        var second: Int
        var similarity: Double
    }

    /// Pairs of sentences from different articles that report the same thing.
    func matches(in sentences: StorySentences) -> [Match] {
        var postings: [String: [Int]] = [:]
        for (position, item) in sentences.items.enumerated()
        where item.isProse
            && (item.isStatement || (item.sentence.tokens.count >= 7 && !item.sentence.text.hasSuffix("?")))
        {
            for stem in item.stems { postings[stem, default: []].append(position) }
        }
        // Stems in a large share of sentences are the story's topic, not a statement's; bounding
        // them also keeps the pair count near linear in the story's size.
        let commonLimit = min(max(8, sentences.items.count / 4), maximumPostings)
        // Each pair once per stem it shares, as first × count + second (postings are in item
        // order, so first < second); sorted, a pair's shared stems are its run.
        let count = sentences.items.count
        var sharing: [Int] = []
        // Each item's article in a plain array: the pair loop reads it for every pair of every posting.
        let articleOf = sentences.items.map(\.article)
        for (_, positions) in postings where positions.count <= commonLimit {
            for (offset, first) in positions.enumerated() {
                for second in positions[(offset + 1)...] where articleOf[first] != articleOf[second] {
                    sharing.append(first * count + second)
                }
            }
        }
        sharing.sort()
        // Items of one claim class have the same stems and vector: a verdict holds for their classes.
        var verdicts: [Int: Double?] = [:]
        var result: [Match] = []
        var start = 0
        while start < sharing.count {
            var end = start + 1
            while end < sharing.count, sharing[end] == sharing[start] { end += 1 }
            defer { start = end }
            guard end - start >= minimumSharedStems - 1 else { continue }
            let (first, second) = sharing[start].quotientAndRemainder(dividingBy: count)
            let classes = sentences.claimClasses[first] * count + sentences.claimClasses[second]
            let similarity: Double?
            if let known = verdicts[classes] {
                similarity = known
            } else {
                let a = sentences.items[first]
                let b = sentences.items[second]
                similarity =
                    Self.share(a.stems, b.stems, atLeast: minimumSharedStems) ? a.vector.cosine(b.vector) : nil
                verdicts[classes] = .some(similarity)
            }
            if let similarity, similarity >= similarityThreshold {
                result.append(Match(first: first, second: second, similarity: similarity))
            }
        }
        return result
    }

    /// Whether two stem sets have `least` stems in common, counted until there are that many,
    /// without building their intersection.
    static func share(_ first: Set<String>, _ second: Set<String>, atLeast least: Int) -> Bool {
        guard least > 0 else { return true }
        let (small, large) = first.count <= second.count ? (first, second) : (second, first)
        var shared = 0
        for stem in small where large.contains(stem) {
            shared += 1
            if shared >= least { return true }
        }
        return false
    }

    /// Corroborated facts: each sentence with its best match in every other article,
    /// strongest groups first, no sentence used twice.
    func facts(in sentences: StorySentences, matches: [Match]) -> [Fact] {
        var neighbours: [Int: [(Int, Double)]] = [:]
        for match in matches {
            neighbours[match.first, default: []].append((match.second, match.similarity))
            neighbours[match.second, default: []].append((match.first, match.similarity))
        }
        struct Group {
            var anchor: Int
            var members: [Int]
            var score: Double
        }
        var groups: [Group] = []
        for (anchor, list) in neighbours where sentences.items[anchor].isStatement {
            var bestPerArticle: [Int: (Int, Double)] = [:]
            for (other, similarity) in list {
                let article = sentences.items[other].article
                if similarity > bestPerArticle[article]?.1 ?? 0 { bestPerArticle[article] = (other, similarity) }
            }
            // In article order, never the dictionary's: a sum's last bits depend on its order.
            let best = bestPerArticle.keys.sorted().map { bestPerArticle[$0]! }
            let members = [anchor] + best.map(\.0)
            let mean = best.reduce(0) { $0 + $1.1 } / Double(best.count)
            let length = Double(sentences.items[anchor].sentence.tokens.count)
            groups.append(Group(anchor: anchor, members: members, score: Double(members.count) + mean - length / 400))
        }
        groups.sort { $0.score != $1.score ? $0.score > $1.score : $0.anchor < $1.anchor }
        var used = Set<Int>()
        var facts: [Fact] = []
        let publicationRank = Self.publicationRank(of: sentences.articles)
        var wordSets = WordSets()
        for group in groups {
            let fresh = group.members.filter { !used.contains($0) }
            guard !used.contains(group.anchor), fresh.count >= 2 else { continue }
            let articles = Set(fresh.map { sentences.items[$0].article })
            guard articles.count >= 2 else { continue }
            used.formUnion(fresh)
            // Asked of the fresh members, then of those cited in full: mostly the same list, answered once.
            var asked: (members: [Int], answer: (support: [Support], ids: [String], copies: [String])?)?
            func voiced(_ members: [Int]) -> (support: [Support], ids: [String], copies: [String])? {
                if let asked, asked.members == members { return asked.answer }
                let ordered = members.sorted { sentences.items[$0].article < sentences.items[$1].article }
                let support = ordered.map {
                    Support(article: sentences.articles[sentences.items[$0].article].id, text: sentences.items[$0].text)
                }
                var ids: [String] = []
                for item in support where !ids.contains(item.article) { ids.append(item.article) }
                let copies = Self.copies(ordered, in: sentences, publicationRank: publicationRank, words: &wordSets)
                // A fact needs two voices: one outlet twice, or a copy of it, corroborates nothing.
                let answer = ids.count - copies.count >= 2 ? (support, ids, copies) : nil
                asked = (members, answer)
                return answer
            }
            guard voiced(fresh) != nil else {
                used.subtract(fresh)
                continue
            }
            // A member that repeats too little of the claim is not cited, nor offered to another
            // fact (it tells a part of this one); no weaker sentence of its article stands in.
            // Nor a member whose closest sentence in the claim's article is another one (it tells that).
            let claimStems = sentences.items[group.anchor].stems
            let claim = sentences.items[group.anchor].claim
            let cited = fresh.filter {
                $0 == group.anchor
                    || Self.coverage(of: claimStems, by: sentences.items[$0].stems) >= supportCoverage
                        && repeatsNumbers(of: claim, in: sentences.items[$0].claim)
                        && (!supportsTellTheMainHappening
                            || Self.tellsTheMainHappening(claim, sentences.items[$0].claim))
                        && (!supportsSayMoreThanNames || Self.saysMoreThanNames(claim, sentences.items[$0].claim))
                        && (!supportsTellAsManyAsTheClaim || Self.tellsAsMany(claim, sentences.items[$0].claim))
                        && agreesInTheMainHappening(claim, sentences.items[$0].claim)
                        && !Self.namesOtherThings(
                            claim, sentences.items[$0].claim, reach: otherThingReach, reachBefore: otherThingReachBefore
                        )
                        && !Self.hasRival(
                            $0, of: group.anchor, neighbours: neighbours[$0] ?? [], in: sentences,
                            margin: supportRivalMargin)
            }
            // A member telling only a part of the claim is cited as partial; the fact needs two full voices.
            let clauses = clauseUntoldCoverage > 0 ? Self.clauses(of: sentences.items[group.anchor].sentence) : []
            let partial = cited.filter { member in
                let told = sentences.items[member].claim
                let covered = Self.coverage(of: claimStems, by: sentences.items[member].stems)
                return member != group.anchor
                    && (covered < fullSupportCoverage
                        || claim.happening.isDisjoint(with: told.happening)
                            && covered < fullSupportCoverageWithoutHappening
                        || covered < backgroundSupportCoverage && Self.tellsOnlyAsBackground(claim, told)
                        || Self.tellsOneClauseInPart(
                            clauses, by: sentences.items[member].stems, untold: clauseUntoldCoverage,
                            told: clauseToldCoverage))
            }
            guard let (support, ids, copies) = voiced(cited.filter { !partial.contains($0) }) else {
                if unvoicedGroupsLeaveTheirSentences { used.subtract(fresh) }
                continue
            }
            let anchor = sentences.items[group.anchor]
            var fact = Fact(text: anchor.text, sources: ids, support: support, copies: copies)
            if !partial.isEmpty {
                fact.partial = partial.sorted { sentences.items[$0].article < sentences.items[$1].article }.map {
                    Support(article: sentences.articles[sentences.items[$0].article].id, text: sentences.items[$0].text)
                }
            }
            fact.dated = ResolvedDays().dated(anchor, in: sentences.articles[anchor.article])
            facts.append(fact)
        }
        return facts
    }

    /// Whether `member` matches a sentence of `anchor`'s article other than `anchor` more strongly
    /// than it matches `anchor`, by more than `margin` (`neighbours`: `member`'s matches with
    /// their similarities). Such a member tells that sentence: "DiLeo is in his 19th season with
    /// the Sixers" is closer to its article's "DiLeo has spent 19 seasons" than to "DiLeo was named
    /// interim coach", for which the words about DiLeo alone made it `same`.
    static func hasRival(
        _ member: Int, of anchor: Int, neighbours: [(Int, Double)], in sentences: StorySentences, margin: Double
    ) -> Bool {
        guard margin.isFinite else { return false }
        let article = sentences.items[anchor].article
        var own = 0.0
        var rival = 0.0
        for (other, similarity) in neighbours where sentences.items[other].article == article {
            if other == anchor { own = similarity } else { rival = max(rival, similarity) }
        }
        return rival > own + margin
    }

    /// Whether `support` tells one of `claim`'s happenings in its own main clause, and tells the
    /// happening of `claim`'s main clause anywhere; a side with no happening (in its main clause,
    /// for the first test) decides nothing. "Many league execs still think highly of Jordan, …
    /// after he was fired" tells the firing only in a subordinate clause; "three bank workers were
    /// killed when … a protester threw a petrol bomb" does not tell "some protesters tried to
    /// storm parliament while others threw petrol bombs".
    /// Only where the two share a happening: two different ones the words made `same`
    /// (`otherHappeningThreshold`) tell nothing of clauses.
    static func tellsTheMainHappening(_ claim: Claim, _ support: Claim) -> Bool {
        guard !claim.happening.isDisjoint(with: support.happening) else { return true }
        let supportMain =
            support.mainHappening.isEmpty || claim.happening.isEmpty
            || !support.mainHappening.isDisjoint(with: claim.happening)
        let claimMain =
            claim.mainHappening.isEmpty || support.happening.isEmpty
            || !claim.mainHappening.isDisjoint(with: support.happening)
        return supportMain && claimMain
    }

    /// Whether `support` tells every happening it shares with `claim` only as the time or condition of
    /// another ("Officers were on the scene investigating a report of a suspicious device when the
    /// explosion occurred" for "The explosion occurred Friday afternoon at a West Coast Bank branch"):
    /// it takes the happening as known and reports something else; where the claim too tells it only
    /// so, the two agree. False where they share no happening.
    static func tellsOnlyAsBackground(_ claim: Claim, _ support: Claim) -> Bool {
        let shared = claim.happening.intersection(support.happening)
        return !shared.isEmpty && shared.isSubset(of: support.backgroundHappening)
            && !shared.isSubset(of: claim.backgroundHappening)
    }

    /// Whether `support` tells as many of each thing as `claim` counts: where the claim counts
    /// several ("Stefanski had given Cheeks two contract extensions"), a support writing the thing
    /// only in the singular, with no number of two or more before it, tells one ("Cheeks had signed
    /// an extension to his contract", "his second one-year contract extension"): a part of the
    /// claim, not the claim.
    static func tellsAsMany(_ claim: Claim, _ support: Claim) -> Bool {
        claim.severalCounted.allSatisfy { !support.toldSingly.contains($0) || support.toldPlural.contains($0) }
    }

    /// Whether `support` shares a happening with `claim`, or a word besides the names and the words
    /// describing the people and bodies named on either side (`Claim.titleStems`): "'We appreciate
    /// your respect…,' the actress's rep Jack Ketsoyan tells People" says nothing of "People said
    /// Reid's representative Jack Ketsoyan confirmed the actress's stay"; "Previous hosts -- Jon
    /// Stewart, Ellen DeGeneres …" nothing of "Jon Stewart and Ellen DeGeneres, recent hosts, are
    /// both primarily known as television stars".
    static func saysMoreThanNames(_ claim: Claim, _ support: Claim) -> Bool {
        guard claim.happening.isDisjoint(with: support.happening) else { return true }
        let named = claim.nameStems.union(support.nameStems).union(claim.titleStems).union(support.titleStems)
        return !Set(claim.words).subtracting(named).isDisjoint(with: Set(support.words).subtracting(named))
    }

    /// Whether `support` gives each happening of `claim`'s main clause that it tells the same place,
    /// day, year and count as `claim` does, where both give one: "Lohan had checked in to the
    /// Morningside Recovery rehab facility" does not support "Lohan has checked into the Betty Ford
    /// Center", nor a quake of magnitude 5.2 one of 5.6. The aligner leaves such values
    /// `uncompared` where they are no grounds for a conflict; a support must not differ in them.
    /// Always, where no `slotAligner` is set.
    func agreesInTheMainHappening(_ claim: Claim, _ support: Claim) -> Bool {
        guard let aligner = slotAligner else { return true }
        let claimCounts = claim.quantities
        let supportCounts = support.quantities
        for head in claim.mainHappening.intersection(support.happening) {
            // Another place, which the other outlet names nowhere: a place inside the other ("Banstead"
            // and "Surrey") is named by one of the two articles.
            let places = (claim.happeningPlaces[head, default: []], support.happeningPlaces[head, default: []])
            if !places.0.isEmpty, !places.1.isEmpty, !ClaimAligner.sharesName(places.0, places.1),
                !ClaimAligner.sharesName(places.0, support.articlePlaces),
                !ClaimAligner.sharesName(places.1, claim.articlePlaces)
            {
                return false
            }
            let claimYears = claim.happeningDates[head, default: []].filter { $0.hasPrefix("year:") }
            let supportYears = support.happeningDates[head, default: []].filter { $0.hasPrefix("year:") }
            if !claimYears.isEmpty, !supportYears.isEmpty, claimYears.isDisjoint(with: supportYears) {
                return false
            }
            if ClaimAligner.happeningDaysDiffer(claim, support, [head]) { return false }
            // A count of a kind both give, none of whose values meet ("between $140 million and $150
            // million" meets "$140 million").
            let claimHere = claimCounts.filter { $0.happenings.contains(head) }
            let supportHere = supportCounts.filter { $0.happenings.contains(head) }
            for kind in Set(claimHere.map(\.counts)) {
                let left = claimHere.filter { $0.counts == kind }
                let right = supportHere.filter { $0.counts == kind }
                if !right.isEmpty, !left.contains(where: { value in right.contains { aligner.compatible(value, $0) } })
                {
                    return false
                }
            }
        }
        return true
    }

    /// Kinds of count a support must repeat where its claim states one: a toll, a magnitude, a
    /// distance or a sum is what the claim asserts ("killing 12 people" is not supported by "a quake
    /// struck the island"). Ages and other counts describe rather than assert.
    static let numbersToRepeat: Set<String> = StoryAlignments.tellingCounts.subtracting(["age"])

    /// Whether `support` states every telling count of `claim` with a value `numberAligner` finds
    /// compatible (always, where no aligner is set).
    func repeatsNumbers(of claim: Claim, in support: Claim) -> Bool {
        guard let aligner = numberAligner else { return true }
        return claim.quantities.allSatisfy { wanted in
            !Self.numbersToRepeat.contains(wanted.counts)
                || support.quantities.contains { $0.counts == wanted.counts && aligner.compatible(wanted, $0) }
        }
    }

    /// The share of `claim`'s stems that `support` repeats: a sentence telling one part of a
    /// compound claim ("Some protesters tried to storm parliament while others threw petrol bombs
    /// at police and torched buildings" by "one protester threw a petrol bomb") repeats little of it.
    static func coverage(of claim: Set<String>, by support: Set<String>) -> Double {
        guard !claim.isEmpty else { return 0 }
        return Double(claim.count(where: support.contains)) / Double(claim.count)
    }

    /// Least share of words two supports have in common (Jaccard over lower-cased words) for the
    /// later to be a copy of the earlier: wire copies differ by a word or a dateline.
    static let copyOverlap = 0.8

    /// Articles whose support repeats another's: the same outlet again (an update or a
    /// republication), or the same words as an earlier support (a wire copy). One voice each.
    /// `words` keeps each sentence's word set, and the verdict on two word sets, between calls: a
    /// sentence is weighed in every group it is proposed for, against the same voices.
    /// `publicationRank` is `publicationRank(of: sentences.articles)`, made once for all groups.
    static func copies(
        _ members: [Int], in sentences: StorySentences, publicationRank: [Int], words wordSets: inout WordSets
    ) -> [String] {
        var voices: [(outlet: String?, words: Int)] = []
        var copies: [String] = []
        let ordered = members.sorted {
            publicationRank[sentences.items[$0].article] < publicationRank[sentences.items[$1].article]
        }
        for member in ordered {
            let item = sentences.items[member]
            // The two fields read, not a copy of the whole article.
            let outlet = sentences.articles[item.article].article.outlet
            let words = wordSets.number(of: member, text: item.text)
            let repeats = voices.contains { voice in
                if let outlet, outlet == voice.outlet { return true }
                return wordSets.overlap(words, voice.words)
            }
            if repeats { copies.append(sentences.articles[item.article].id) } else { voices.append((outlet, words)) }
        }
        return copies
    }

    /// Whether two word sets share `copyOverlap` of all their words (Jaccard), counted without
    /// building either set.
    static func overlapping(_ words: Set<String>, _ other: Set<String>) -> Bool {
        let (small, large) = words.count <= other.count ? (words, other) : (other, words)
        let shared = small.count(where: large.contains)
        return Double(shared) / Double(max(1, words.count + other.count - shared)) >= copyOverlap
    }

    /// The supports' word sets of one brief, each distinct set numbered once, and `overlapping`'s
    /// verdict on two numbers kept: a wire sentence repeated by a story's articles is one set, and
    /// every group it is in weighs it against the same voices.
    struct WordSets {
        private var numbers: [Int: Int] = [:]
        private var known: [Set<String>: Int] = [:]
        /// The number of each text already split: a copied sentence is not split again (equal
        /// texts have equal words).
        private var texts: [String: Int] = [:]
        private var sets: [Set<String>] = []
        private var verdicts: [Int: Bool] = [:]

        /// The number of the words of item `member`, whose text is `text`.
        mutating func number(of member: Int, text: String) -> Int {
            if let number = numbers[member] { return number }
            if let number = texts[text] {
                numbers[member] = number
                return number
            }
            let words = FactFinder.words(of: text)
            let number = known[words] ?? sets.count
            texts[text] = number
            if number == sets.count {
                known[words] = number
                sets.append(words)
            }
            numbers[member] = number
            return number
        }

        /// `overlapping` of the word sets numbered `first` and `second` (it is symmetric).
        mutating func overlap(_ first: Int, _ second: Int) -> Bool {
            let key = min(first, second) * (1 << 32) + max(first, second)
            if let verdict = verdicts[key] { return verdict }
            let verdict = FactFinder.overlapping(sets[first], sets[second])
            verdicts[key] = verdict
            return verdict
        }
    }

    /// Each article's place in publication order (`Article.precedes`, a strict total order on a
    /// story's articles, whose ids differ): comparing places decides as comparing the articles
    /// does, without copying two articles for every comparison.
    static func publicationRank(of articles: [AnalyzedArticle]) -> [Int] {
        var rank = [Int](repeating: 0, count: articles.count)
        let order = articles.indices.sorted { Article.precedes(articles[$0].article, articles[$1].article) }
        for (place, index) in order.enumerated() { rank[index] = place }
        return rank
    }

    /// The lower-cased words of `text`: runs of letters and digits. ASCII text (most sentences)
    /// is split byte by byte, where a `Character` is one byte (or "\r\n", neither letter nor
    /// digit) and is a letter or digit exactly when the byte is; other text by `Character`.
    static func words(of text: String) -> Set<String> {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        }
        var words = Set<String>()
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            default: flush()
            }
        }
        flush()
        return words
    }
}
