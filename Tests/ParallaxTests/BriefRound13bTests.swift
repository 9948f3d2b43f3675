import Foundation
import ParallaxTestSupport
import Testing

@testable import Parallax

/// The brief's shortcuts of round 13b (docs/pipeline.md), each against the longer way.
@Suite("Brief shortcuts, round 13b")
struct BriefRound13bTests {
    /// Sentences of one flood, drawn into random stories: restatements of each other in other
    /// words, sentences opening with a pronoun or a role the reader has not met, people named by
    /// a last name alone, counts that differ, quotations and short lines.
    static let pool = [
        "At least 12 people were killed when the River Glith burst its banks at Meirnpim on Monday.",
        "Twelve people died after the River Glith flooded the town of Meirnpim on Monday morning.",
        "The River Glith burst its banks at Meirnpim on Monday, killing at least 12 people.",
        "Mayor Steet Prundcerkski said the army had been asked to help reinforce the farmland.",
        "Prundcerkski said the army would arrive in Meirnpim before the next rain on Wednesday.",
        "He said the town had never seen the river rise so fast in a single night.",
        "The mayor said the sirens had sounded only after the water reached the first houses.",
        "The Skohyristan Water Authority said 14 people were killed in Meirnpim and Dunmere.",
        "Officials in Coumom said the death toll of 15 could rise as divers search the river.",
        "Residents of Dunmere said the flood of 1997 had been worse than this one by far.",
        "Damage across Coumom Region is estimated at 219 million marks, according to early figures.",
        "The water level of the Glith river rose by more than 5 metres in twenty-four hours.",
        "Feidis Sendova, a climate scientist, said the defences were designed for rarer floods.",
        "Sendova said such floods now came every few years and the defences were too low.",
        "Rescuers from Grystust said at least 12 were killed and that more people were missing.",
        "The official said the regional council would hold an emergency meeting on Tuesday night.",
        "About 300 homes were flooded in Meirnpim and 14,000 residents were evacuated on Monday.",
        "Meirnpim, a town of about 139,000 people, lies some 153 kilometres from Grystust.",
        "Local radio stations broadcast appeals for information throughout the day on Monday.",
        "“Nobody should try to drive through floodwater,” said Steet Prundcerkski, the mayor.",
        "They were taken to a school in Dunmere where volunteers handed out blankets and food.",
        "The second victim was found by divers near the old mill on the Glith on Tuesday.",
        "Divers found a second body near the old mill on the River Glith on Tuesday afternoon.",
        "Flooding.",
    ]

    /// A story of `count` articles, each a random handful of the pool in random order.
    static func story(_ count: Int, using generator: inout some RandomNumberGenerator) -> [AnalyzedArticle] {
        let documents = (0..<count).map { index in
            let sentences = pool.shuffled(using: &generator).prefix(Int.random(in: 3...9, using: &generator))
            return RawDocument(
                input: "flood-\(index).txt", format: .structured,
                text: sentences.joined(separator: Bool.random(using: &generator) ? " " : "\n\n"), id: "flood-\(index)",
                title: "Floods in Meirnpim", outlet: "Outlet \(index % 4)",
                published: PublicationDate(year: 2026, month: 3, day: 2 + index / 3, hour: 6 + index, minute: index))
        }
        return StoryPipeline().analyze(StoryPipeline.articles(from: documents))
    }

    /// The lead's score as the summary's first round weighs it: closeness to the story's centre,
    /// corroboration, an opening place and the outlets that corroborate it.
    static func leadScore(
        _ position: Int, in sentences: StorySentences, outlets: [Int: Set<Int>], configuration: SummaryConfiguration
    ) -> Double {
        let item = sentences.items[position]
        let corroboration = Double(min(outlets[position]?.count ?? 0, configuration.corroborationCap))
        let relevance =
            item.vector.cosine(sentences.centroid) + configuration.corroborationWeight * corroboration
            + (item.sentence.index < 3 ? configuration.openingWeight : 0)
        return configuration.relevanceWeight * relevance + Double(outlets[position]?.count ?? 0)
    }

    /// The summary asks whether a candidate stands alone after the chosen sentences only of one
    /// scoring above the best so far: it chooses what checking every candidate every round chooses.
    @Test func summaryChoosesAsCheckingEveryCandidate() throws {
        // Seeded: with the system's random source about one run in four drew no story where a
        // candidate scoring above the lead is passed over, and the last expectation failed.
        var generator = SeededGenerator(seed: 13)
        var (stories, passedOver) = (0, 0)
        for round in 0..<24 {
            let articles = Self.story(2 + round % 6, using: &generator)
            let sentences = StorySentences(articles: articles)
            let aligner = ClaimAligner()
            let candidates = FactFinder(similarityThreshold: aligner.configuration.candidateThreshold).matches(
                in: sentences)
            let matches = StoryAlignments(sentences: sentences, candidates: candidates, aligner: aligner).same
            let summary = SummaryWriter().summary(of: sentences, matches: matches)
            let everyCandidate = SummaryWriter(checksEveryCandidate: true).summary(of: sentences, matches: matches)
            #expect(summary == everyCandidate, "\(articles.map(\.article.text))")
            if summary.count > 1 { stories += 1 }
            // A candidate scoring above the lead was passed over: it does not stand alone.
            var outlets: [Int: Set<Int>] = [:]
            for match in matches {
                outlets[match.first, default: []].insert(sentences.items[match.second].article)
                outlets[match.second, default: []].insert(sentences.items[match.first].article)
            }
            let configuration = SummaryConfiguration()
            let scores = sentences.items.indices.filter { sentences.items[$0].isStatement }.map {
                (
                    text: sentences.items[$0].text,
                    score: Self.leadScore($0, in: sentences, outlets: outlets, configuration: configuration)
                )
            }
            if let lead = summary.first, let top = scores.max(by: { $0.score < $1.score }), top.text != lead.text,
                top.score > scores.first(where: { $0.text == lead.text })?.score ?? .infinity
            {
                passedOver += 1
            }
        }
        #expect(stories > 12)
        #expect(passedOver > 0)
    }

    /// Each article's distinctive terms the old way: every surface form of every stem counted,
    /// then the most used form of each of the top stems.
    static func distinctiveTheLongWay(of sentences: StorySentences, terms: Int) -> [[String]] {
        let selfWords = sentences.articles.map(PerspectiveFinder.selfReferences)
        var uses = Array(repeating: [String: (count: Int, surface: [String: Int])](), count: sentences.articles.count)
        var totals: [String: Int] = [:]
        for item in sentences.items {
            for token in item.sentence.tokens
            where !token.isStopWord && !token.isNumber && token.stem.count > 2
                && !token.text.contains(where: { $0 == "'" || $0 == "’" || $0 == "." })
                && !selfWords[item.article].contains(token.text.lowercased())
            {
                uses[item.article][token.stem, default: (0, [:])].count += 1
                uses[item.article][token.stem]!.surface[token.text.lowercased(), default: 0] += 1
                totals[token.stem, default: 0] += 1
            }
        }
        let all = Double(totals.values.reduce(0, +))
        return uses.map { own in
            let mine = Double(max(1, own.values.map(\.count).reduce(0, +)))
            let scored = own.filter { $0.value.count >= 2 }.map { stem, use in
                let ratio =
                    (Double(use.count) / mine) / ((Double(totals[stem]! - use.count) + 0.5) / max(1, all - mine))
                return (stem: stem, score: Double(use.count) * log(ratio))
            }
            let top = scored.filter { $0.score > 0 }.sorted { ($0.score, $1.stem) > ($1.score, $0.stem) }.prefix(terms)
            return top.map { term in
                own[term.stem]!.surface.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            }
        }
    }

    /// Surface forms are gathered only for the stems shown: the same forms as gathering them all.
    @Test func distinctiveTermsAreTheMostUsedFormsOfTheTopStems() throws {
        var generator = SystemRandomNumberGenerator()
        var shown = 0
        for round in 0..<16 {
            let sentences = StorySentences(articles: Self.story(2 + round % 5, using: &generator))
            let finder = PerspectiveFinder()
            let distinctive = finder.perspectives(of: sentences).map(\.distinctive)
            #expect(distinctive == Self.distinctiveTheLongWay(of: sentences, terms: finder.distinctiveTerms))
            shown += distinctive.joined().count
        }
        #expect(shown > 50)
    }
}
