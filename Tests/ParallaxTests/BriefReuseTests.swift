import Foundation
import Testing

@testable import Parallax

/// The work a brief shares between alike sentences and articles (docs/pipeline.md, round 6), each
/// against the longer way: every aligned pair as the aligner answers it alone, claims' spans as
/// filtering every span, copies as weighing every word set again.
@Suite("Brief reuse, round 6")
struct BriefReuseTests {
    /// A flood told by five outlets at different hours of two days, repeating a wire paragraph
    /// (counts of dead, a year, places) word for word, each with sentences of its own and places
    /// only some of them name.
    static let wire = """
        At least 12 people were killed when the River Glith burst its banks at Meirnpim on Monday. \
        The last flood of that size hit Meirnpim in 1998, when 40 people died.
        """

    static func story() -> [AnalyzedArticle] {
        let own = [
            "The Skohyristan Water Authority said 14 people were killed in Meirnpim and Dunmere.",
            "Officials in Coumom said the death toll of 15 could rise as divers search the river.",
            "Residents of Dunmere said the flood of 1997 had been worse than this one.",
            "The mayor of Meirnpim said 12 people died and that 300 homes were flooded.",
            "Rescuers from Grystust said at least 12 were killed and more were missing.",
        ]
        let documents = own.enumerated().map { index, sentence in
            let text = (index % 2 == 0 ? [wire, sentence] : [sentence, wire]).joined(separator: "\n\n")
            return RawDocument(
                input: "flood-\(index).txt", format: .structured, text: text, id: "flood-\(index)",
                title: "Floods in Meirnpim", outlet: "Outlet \(index)",
                published: PublicationDate(year: 2026, month: 3, day: 2 + index / 3, hour: 6 + 3 * index, minute: index)
            )
        }
        let pipeline = StoryPipeline()
        return pipeline.analyze(StoryPipeline.articles(from: documents))
    }

    @Test func everyAlignedPairIsTheAlignersAnswer() throws {
        let sentences = StorySentences(articles: Self.story())
        let aligner = ClaimAligner()
        let candidates = FactFinder(similarityThreshold: aligner.configuration.candidateThreshold).matches(
            in: sentences)
        let alignments = StoryAlignments(sentences: sentences, candidates: candidates, aligner: aligner)
        // The repeated paragraph is aligned with itself across outlets, so answers are reused.
        try #require(alignments.pairs.count > 10)
        #expect(alignments.pairs.contains { $0.alignment.relation == .same })
        for pair in alignments.pairs {
            let alone = aligner.align(
                sentences.items[pair.first].claim, sentences.items[pair.second].claim,
                similarity: pair.alignment.score)
            #expect(pair.alignment == alone, "\(pair.first) \(pair.second)")
        }
    }

    @Test func claimsAlignAsTheirComparedParts() {
        let sentences = StorySentences(articles: Self.story())
        let claims = sentences.items.map(\.claim)
        var named = Set<String>()
        for claim in claims { named.formUnion(claim.places) }
        // Times on other days, in another order, and on the same day at another hour, whose day
        // alone `comparedParts` keeps; places no claim names.
        var variants = claims
        for index in variants.indices {
            variants[index].published = ["2026-03-01T23:59:59Z", "2026-03-09", "2026", nil][index % 4]
            variants[index].articlePlaces.formUnion(["atlantis", "meirnpim"])
        }
        let aligner = ClaimAligner()
        for left in claims + variants {
            for other in claims + variants {
                for similarity in [0.05, 0.17, 0.21, 0.3, 0.5, 0.7] {
                    let whole = aligner.align(left, other, similarity: similarity)
                    let parts = aligner.align(
                        ClaimAligner.comparedParts(of: left, placesNamed: named),
                        ClaimAligner.comparedParts(of: other, placesNamed: named), similarity: similarity)
                    #expect(whole == parts, "\(left.text) | \(other.text) at \(similarity)")
                }
            }
        }
    }

    @Test func aSentenceNeedingNothingBeforeStandsAloneAfterAnything() {
        let sentences = StorySentences(articles: Self.story())
        var checked = 0
        for item in sentences.items {
            let standing = SummaryWriter.standing(of: item, in: sentences)
            // Every field of the standing on its own, then the sentence's own.
            let variants = [
                standing, .init(pointsBack: true), .init(pointsBack: false, nounToBeTold: "flood"),
                .init(pointsBack: false, namesToIntroduce: ["Ada Lovelace"]),
                .init(pointsBack: false, pronounWithoutPerson: true), .init(pointsBack: false),
            ]
            for variant in variants where variant.needsNothingBefore {
                checked += 1
                for earlier in [[], Array(sentences.items.prefix(1)), sentences.items] {
                    #expect(SummaryWriter.standsAlone(item, variant, after: earlier))
                }
            }
            for variant in variants where !variant.needsNothingBefore {
                #expect(!SummaryWriter.standsAlone(item, variant, after: []))
            }
        }
        #expect(checked > 0)
    }

    @Test func spansAreTheFilters() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            let spans = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                let start = Int.random(in: 0...60, using: &generator)
                // Some rounds hold a span ending before it starts: every span is looked at then.
                let length = Int.random(in: (round % 5 == 0 ? -3 : 0)...12, using: &generator)
                return (start: start, end: start + length)
            }
            let found = ClaimReader.Spans(spans)
            for _ in 0..<20 {
                let from = Int.random(in: -2...65, using: &generator)
                let to = from + Int.random(in: -2...25, using: &generator)
                #expect(
                    found.inside(from: from, to: to)
                        == spans.indices.filter { spans[$0].start >= from && spans[$0].end <= to })
                #expect(
                    found.firstStarting(from: from, before: to)
                        == spans.indices.first { spans[$0].start >= from && spans[$0].start < to })
            }
        }
    }

    @Test func claimsOfAnArticleAreEachSentencesClaim() {
        let reader = ClaimReader()
        for article in Self.story() {
            let claims = reader.claims(of: article)
            for (sentence, claim) in zip(article.sentences, claims) {
                #expect(claim == reader.claim(of: sentence, in: article))
            }
        }
    }

    /// The copies of `members` as they were found before words were numbered: every word set
    /// made again and weighed against every voice.
    static func copiesTheLongWay(_ members: [Int], in sentences: StorySentences, publicationRank: [Int]) -> [String] {
        var voices: [(outlet: String?, words: Set<String>)] = []
        var copies: [String] = []
        for member in members.sorted(by: {
            publicationRank[sentences.items[$0].article] < publicationRank[sentences.items[$1].article]
        }) {
            let item = sentences.items[member]
            let article = sentences.articles[item.article].article
            let words = FactFinder.words(of: item.text)
            let repeats = voices.contains { voice in
                if let outlet = article.outlet, outlet == voice.outlet { return true }
                let shared = words.intersection(voice.words).count
                return Double(shared) / Double(max(1, words.union(voice.words).count)) >= FactFinder.copyOverlap
            }
            if repeats { copies.append(article.id) } else { voices.append((article.outlet, words)) }
        }
        return copies
    }

    @Test func copiesAreTheLongWays() {
        var articles = Self.story()
        // Two outlets twice over, so outlets repeat too.
        articles[3].article.outlet = "Outlet 0"
        articles[4].article.outlet = nil
        let sentences = StorySentences(articles: articles)
        let rank = FactFinder.publicationRank(of: sentences.articles)
        var words = FactFinder.WordSets()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let members = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                Int.random(in: 0..<sentences.items.count, using: &generator)
            }
            #expect(
                FactFinder.copies(members, in: sentences, publicationRank: rank, words: &words)
                    == Self.copiesTheLongWay(members, in: sentences, publicationRank: rank))
        }
    }

    @Test func wordSetOverlapIsJaccards() {
        var words = FactFinder.WordSets()
        let texts = SectionShortcutTests.randomTexts(count: 60, asciiOnly: true) + ["", "", "a b", "b a", "a b c d e"]
        let numbers = texts.enumerated().map { words.number(of: $0.offset, text: $0.element) }
        for (first, firstText) in texts.enumerated() {
            for (second, secondText) in texts.enumerated() {
                let a = FactFinder.words(of: firstText)
                let b = FactFinder.words(of: secondText)
                let jaccard = Double(a.intersection(b).count) / Double(max(1, a.union(b).count))
                #expect(
                    words.overlap(numbers[first], numbers[second]) == (jaccard >= FactFinder.copyOverlap),
                    "\(firstText.debugDescription) | \(secondText.debugDescription)")
            }
        }
    }
}
