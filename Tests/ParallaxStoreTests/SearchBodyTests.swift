import Testing

@testable import Parallax
@testable import ParallaxStore

/// The search entry's body written into one string is the stems joined as before.
@Suite("Search body")
struct SearchBodyTests {
    static func joined(_ analysis: AnalyzedArticle) -> String {
        analysis.sentences.lazy.flatMap(\.tokens).map(\.stem).joined(separator: " ")
    }

    @Test func isTheStemsJoined() {
        let text = """
            Floods forced 14,000 people from their homes on Monday. "The defences held," said the engineer.

            Damage across the region is estimated at 219 million marks.
            """
        var analysis = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        #expect(!analysis.sentences.isEmpty)
        #expect(StoredAnalysis.searchBody(of: analysis) == Self.joined(analysis))
        // Empty stems keep their separators, at the start and between.
        analysis.sentences[0].tokens[0].stem = ""
        analysis.sentences[analysis.sentences.count - 1].tokens[0].stem = ""
        #expect(StoredAnalysis.searchBody(of: analysis) == Self.joined(analysis))
        analysis.sentences = []
        #expect(StoredAnalysis.searchBody(of: analysis) == "")
    }
}
