import Foundation
import Testing

@testable import Parallax
@testable import ParallaxServer
@testable import ParallaxStore

/// A sentence cited as telling a part of a fact (`Fact.partial`, docs/claims.md, eleventh and twelfth
/// passes) is shown where the fact is shown: the HTML brief, the story page's fact matrix and the
/// review desk; and a review action naming the fact by that sentence still finds it.
@Suite("Partial supports in the HTML brief, the fact matrix and the review desk")
struct PartialSupportViewTests {
    static let claim = "The bomb exploded Friday afternoon at a bank branch in Woodburn."
    static let restated = "A bomb exploded at the Woodburn bank branch on Friday afternoon."
    static let inPart = "Officers were investigating a suspicious device when the bomb exploded."

    static let articles = [
        Article(id: "a1", input: "a1.txt", outlet: "Harbor Gazette", text: claim),
        Article(id: "a2", input: "a2.txt", outlet: "Valley Ledger", text: restated),
        Article(id: "a3", input: "a3.txt", outlet: "Coast Herald", text: inPart),
    ]

    /// A story whose one fact has two full supports and, where `partial`, one cited in part.
    static func story(partial: Bool) -> Brief {
        var fact = Fact(
            text: claim, sources: ["a1", "a2"],
            support: [Support(article: "a1", text: claim), Support(article: "a2", text: restated)])
        if partial { fact.partial = [Support(article: "a3", text: inPart)] }
        return Brief(
            id: "s1", headline: "Bank bomb", articleIDs: ["a1", "a2", "a3"], summary: [], facts: [fact], quotes: [],
            timeline: [], entities: [], discrepancies: [], perspectives: [])
    }

    @Test func htmlListsTheSentenceCitedInPart() {
        let html = HTMLRenderer.render(Digest(articles: Self.articles, stories: [Self.story(partial: true)]))
        #expect(html.contains("<li class=\"partial\"><b>in part, Coast Herald</b>: “\(Self.inPart)”"))
        #expect(html.contains("Supporting sentences (1 in part)"))
        // Control: without a partial support, no such line.
        let plain = HTMLRenderer.render(Digest(articles: Self.articles, stories: [Self.story(partial: false)]))
        #expect(!plain.contains("class=\"partial\""))
        #expect(!plain.contains(Self.inPart))
    }

    @Test func theMatrixMarksAnOutletCitedInPart() {
        let matrix = FactMatrix(story: Self.story(partial: true), articles: Self.articles) { "/articles/\($0)" }
        let fact = matrix.story.facts[0]
        #expect(
            matrix.cell(fact, outlet: "Coast Herald") == .init(stance: .partial, article: "a3", sentence: Self.inPart))
        #expect(matrix.cell(fact, outlet: "Valley Ledger").stance == .supports)
        #expect(matrix.html.contains("data-mark=\"partial\""))
        #expect(matrix.html.contains("Coast Herald supports fact 1 in part"))
        // Control: without it the outlet is silent.
        let plain = FactMatrix(story: Self.story(partial: false), articles: Self.articles) { "/articles/\($0)" }
        #expect(plain.cell(plain.story.facts[0], outlet: "Coast Herald").stance == .silent)
        #expect(!plain.html.contains("data-mark=\"partial\""))
    }

    @Test func theReviewDeskShowsWhatIsCitedInPart() {
        let shown = ReviewStoryPage.inPart(Self.story(partial: true).facts[0])
        #expect(shown.contains("Cited in part by 1"))
        #expect(shown.contains(Self.inPart))
        #expect(ReviewStoryPage.inPart(Self.story(partial: false).facts[0]).isEmpty)
    }

    @Test func anActionNamingAFactByASentenceNowCitedInPartFindsIt() {
        // The action was taken where the sentence was a full support; the next revision cites it in part.
        let key = StatementKey(text: "An earlier wording.", sentences: [.init(article: "a3", text: Self.inPart)])
        #expect(key.names(Self.story(partial: true).facts[0]))
        // Control: a revision that no longer cites it.
        #expect(!key.names(Self.story(partial: false).facts[0]))
    }
}
