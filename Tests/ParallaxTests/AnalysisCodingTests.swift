import Foundation
import Testing

@testable import Parallax

/// The store keeps analyses as JSON and makes briefs from them: what is read back must be
/// exactly what was made.
@Suite("An analysis survives being stored")
struct AnalysisCodingTests {
    @Test func encodingAndDecodingGiveTheSameAnalysis() throws {
        let article = Article(
            id: "a1", input: "a1.txt", outlet: "The Ledger", title: "Ferry sinks off Korvin Island",
            published: PublicationDate(iso8601: "2026-01-07T10:30:00"), authors: ["Ana Vell"],
            text: """
                A ferry carrying 240 passengers sank off Korvin Island on Sunday. “We saw the water rise,” \
                said Mira Tallo, a passenger from Quarn.

                Officials said 212 people were rescued; the coast guard’s search goes on — ça continue.
                """)
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(analyzed.sentences.flatMap(\.tokens).count > 20)
        let data = try JSONEncoder().encode(analyzed)
        let decoded = try JSONDecoder().decode(AnalyzedArticle.self, from: data)
        #expect(decoded == analyzed)
    }
}
