import Foundation
import Testing

@testable import Parallax

/// Round 7's shortcuts (docs/pipeline.md), each against the longer way: pairs the aligner can only
/// find `related` or `unrelated` are not aligned, claim classes leave out parts `align` cannot
/// read for that claim, and the summary asks whether a sentence restates another once of two classes.
@Suite("Brief reuse, round 7")
struct BriefReuseRound7Tests {
    /// The round 6 flood story, and its claims with parts the classes narrow changed: publication
    /// times on other days, other places of the article, other days whose year was worked out.
    static func claimsAndVariants() -> (sentences: StorySentences, claims: [Claim]) {
        let sentences = StorySentences(articles: BriefReuseTests.story())
        let claims = sentences.items.map(\.claim)
        var variants = claims
        for index in variants.indices {
            variants[index].published = ["2026-03-01T23:59:59Z", "2026-03-09", "2026", nil][index % 4]
            variants[index].articlePlaces.formUnion(["atlantis", "meirnpim", "dunmere"])
            if !variants[index].yearInferred.isEmpty { variants[index].yearInferred = ["2025-12-02"] }
            // One place and a one-spot happening there, so the article's places are read.
            if index % 3 == 0, let place = variants[index].places.first {
                variants[index].places = [place]
                variants[index].who.insert("river glith")
                variants[index].happening.insert("death")
                variants[index].happeningPlaces["death"] = [place]
            }
        }
        return (sentences, claims + variants)
    }

    @Test func narrowedClassesAlignAlike() throws {
        let (_, claims) = Self.claimsAndVariants()
        let classes = StoryAlignments.classes(of: claims)
        let aligner = ClaimAligner()
        // Two claims of one class are aligned alike with every claim, on either side.
        var firstOfClass: [Int: Int] = [:]
        var alike = 0
        for (index, claim) in claims.enumerated() {
            guard let first = firstOfClass[classes[index]] else {
                firstOfClass[classes[index]] = index
                continue
            }
            alike += 1
            for other in claims {
                for similarity in [0.05, 0.17, 0.21, 0.3, 0.5] {
                    #expect(
                        aligner.align(claim, other, similarity: similarity)
                            == aligner.align(claims[first], other, similarity: similarity))
                    #expect(
                        aligner.align(other, claim, similarity: similarity)
                            == aligner.align(other, claims[first], similarity: similarity))
                }
            }
        }
        // Some variants fall in their claim's class.
        try #require(alike > 10)
    }

    @Test func pairsLeftUnalignedCanOnlyRelate() {
        let (_, claims) = Self.claimsAndVariants()
        let aligner = ClaimAligner()
        var skipped = 0
        for left in claims {
            for right in claims {
                for similarity in [0.0, 0.05, 0.1, 0.149, 0.15, 0.2, 0.3]
                where !aligner.mayDecide(left, right, similarity: similarity) {
                    skipped += 1
                    let relation = aligner.align(left, right, similarity: similarity).relation
                    #expect(relation == .related || relation == .unrelated, "\(left.text) | \(right.text)")
                }
            }
        }
        #expect(skipped > 0)
    }

    /// The pairs as they were found before round 7: every candidate and counting pair aligned
    /// alone at its words' cosine, those the brief reads kept.
    static func pairsTheLongWay(_ sentences: StorySentences, candidates: [FactFinder.Match], aligner: ClaimAligner)
        -> [StoryAlignments.Pair]
    {
        var requested: [(Int, Int, Double)] = candidates.map { ($0.first, $0.second, $0.similarity) }
        var seen = Set(candidates.map { [$0.first, $0.second] })
        var counting: [String: Set<Int>] = [:]
        for (position, item) in sentences.items.enumerated() where item.isProse {
            for quantity in item.claim.quantities where StoryAlignments.tellingCounts.contains(quantity.counts) {
                for happening in item.claim.happening {
                    counting[quantity.counts + "|" + happening, default: []].insert(position)
                }
            }
            if item.claim.epochs.count == 1 {
                for happening in item.claim.happening { counting["year|" + happening, default: []].insert(position) }
            }
        }
        for key in counting.keys.sorted() {
            let members = counting[key]!.sorted()
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...]
                where sentences.items[first].article != sentences.items[second].article
                    && seen.insert([first, second]).inserted
                {
                    requested.append(
                        (first, second, sentences.items[first].vector.cosine(sentences.items[second].vector)))
                }
            }
        }
        return requested.compactMap { first, second, similarity in
            let alignment = aligner.align(
                sentences.items[first].claim, sentences.items[second].claim, similarity: similarity)
            guard [.same, .conflict, .update].contains(alignment.relation) else { return nil }
            return StoryAlignments.Pair(first: first, second: second, alignment: alignment)
        }
        .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    @Test func pairsAreTheLongWays() throws {
        let sentences = StorySentences(articles: BriefReuseTests.story())
        let aligner = ClaimAligner()
        let candidates = FactFinder(similarityThreshold: aligner.configuration.candidateThreshold).matches(
            in: sentences)
        let pairs = StoryAlignments(sentences: sentences, candidates: candidates, aligner: aligner).pairs
        let longWay = Self.pairsTheLongWay(sentences, candidates: candidates, aligner: aligner)
        try #require(longWay.count > 10)
        #expect(pairs.map { [$0.first, $0.second] } == longWay.map { [$0.first, $0.second] })
        #expect(pairs.map(\.alignment) == longWay.map(\.alignment))
    }

    @Test func alikeClaimsRestateAlike() throws {
        let sentences = StorySentences(articles: BriefReuseTests.story())
        let writer = SummaryWriter()
        var firstOfClass: [Int: Int] = [:]
        var alike = 0
        for (position, item) in sentences.items.enumerated() {
            guard let first = firstOfClass[sentences.claimClasses[position]] else {
                firstOfClass[sentences.claimClasses[position]] = position
                continue
            }
            alike += 1
            for other in sentences.items {
                #expect(
                    writer.restatement(of: item, by: other) == writer.restatement(of: sentences.items[first], by: other)
                )
                #expect(
                    writer.restatement(of: other, by: item) == writer.restatement(of: other, by: sentences.items[first])
                )
            }
        }
        // The wire paragraph repeats in five articles.
        try #require(alike >= 4)
    }

    @Test func copiesOfASentenceAreEachSentencesClaim() throws {
        let reader = ClaimReader()
        var copies = ClaimReader.Copies()
        var readings = Set<ClaimReader.Reading>()
        var count = 0
        // The wire paragraph stands first in some articles and last in others: alike readings
        // at other offsets, read once.
        for article in BriefReuseTests.story() {
            let parts = ClaimReader.ArticleParts(article)
            for sentence in article.sentences {
                count += 1
                readings.insert(ClaimReader.Reading(of: sentence, in: article, parts: parts))
                #expect(
                    copies.claim(of: sentence, in: article, parts: parts, reader: reader)
                        == reader.claim(of: sentence, in: article))
            }
        }
        try #require(readings.count < count)
    }

    /// Candidate matches as they were found before round 7: shared stems counted in a dictionary
    /// per pair, every pair's overlap and cosine weighed again.
    static func matchesTheLongWay(_ sentences: StorySentences, finder: FactFinder) -> [FactFinder.Match] {
        var postings: [String: [Int]] = [:]
        for (position, item) in sentences.items.enumerated()
        where item.isProse
            && (item.isStatement || (item.sentence.tokens.count >= 7 && !item.sentence.text.hasSuffix("?")))
        {
            for stem in item.stems { postings[stem, default: []].append(position) }
        }
        let commonLimit = min(max(8, sentences.items.count / 4), finder.maximumPostings)
        var shared: [Int: [Int: Int]] = [:]
        for (_, positions) in postings where positions.count <= commonLimit {
            for (offset, first) in positions.enumerated() {
                for second in positions[(offset + 1)...]
                where sentences.items[first].article != sentences.items[second].article {
                    shared[first, default: [:]][second, default: 0] += 1
                }
            }
        }
        var result: [FactFinder.Match] = []
        for (first, others) in shared {
            for (second, count) in others where count >= finder.minimumSharedStems - 1 {
                let a = sentences.items[first]
                let b = sentences.items[second]
                guard a.stems.intersection(b.stems).count >= finder.minimumSharedStems else { continue }
                let similarity = a.vector.cosine(b.vector)
                if similarity >= finder.similarityThreshold {
                    result.append(.init(first: min(first, second), second: max(first, second), similarity: similarity))
                }
            }
        }
        return result.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    @Test func matchesAreTheLongWays() throws {
        let sentences = StorySentences(articles: BriefReuseTests.story())
        for threshold in [0.0, 0.15, 0.28, 0.5] {
            for shared in [1, 2, 3, 5] {
                var finder = FactFinder(similarityThreshold: threshold)
                finder.minimumSharedStems = shared
                let longWay = Self.matchesTheLongWay(sentences, finder: finder)
                if threshold == 0.15 && shared == 3 { try #require(longWay.count > 5) }
                #expect(finder.matches(in: sentences) == longWay, "\(threshold) \(shared)")
            }
        }
    }
}
