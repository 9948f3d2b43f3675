import Foundation
import ParallaxStore
import ParallaxTestSupport
import Testing

@testable import ParallaxServer

/// Issue 15, finding 5: an article with 60,000 entity marks took 7.8 s per view because
/// marking was quadratic in spans.
@Suite("Article highlighting")
struct ArticleHighlightTests {
    /// An analysis record with the given spans, as the store would hold it.
    static func analysis(entities: [(Int, Int)], quotes: [(Int, Int)] = []) throws -> ArticleAnalysisRecord {
        func spans(_ pairs: [(Int, Int)], kind: String) -> [[String: Any]] {
            pairs.map { ["start": $0.0, "end": $0.1, "kind": kind, "label": "L"] }
        }
        let object: [String: Any] = [
            "articleId": "a", "entities": spans(entities, kind: "person"), "quotes": spans(quotes, kind: "direct"),
        ]
        return try JSONDecoder().decode(
            ArticleAnalysisRecord.self, from: JSONSerialization.data(withJSONObject: object))
    }

    // Before the fix this took minutes in a debug build (7.8 s in release); the time limit is a
    // guard against that, not a speed measurement (that is `make bench-serve`).
    @Test("60,000 entity marks render, each nested or dropped", .timeLimit(.minutes(1)))
    func manyMarks() throws {
        let word = "Velden "
        let count = 60_000
        let text = String(repeating: word, count: count)
        let entities = (0..<count).map { ($0 * word.count, $0 * word.count + 6) }
        // Two quotes whose edges fall inside an entity: those two entities are not marked.
        let record = try Self.analysis(entities: entities, quotes: [(3, 70), (700, 1403)])
        let html = ArticlePage.highlighted(text, analysis: record)
        #expect(html.components(separatedBy: "<mark ").count - 1 == count - 2)
    }

    /// The quadratic rule the page used before, kept as the reference for nesting.
    static func referenceNested(_ spans: [HighlightSpan]) -> [HighlightSpan] {
        let sorted = spans.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var accepted: [HighlightSpan] = []
        for span in sorted {
            if accepted.contains(where: { $0.start < span.start && span.start < $0.end && span.end > $0.end }) {
                continue
            }
            if accepted.contains(where: { $0.start == span.start && $0.end == span.end }) { continue }
            accepted.append(span)
        }
        return accepted
    }

    @Test("the linear nesting keeps exactly the spans the quadratic rule kept")
    func nestingMatchesReference() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<300 {
            let spans = (0..<Int.random(in: 0...40, using: &generator)).map { _ -> HighlightSpan in
                let start = Int.random(in: 0...60, using: &generator)
                return HighlightSpan(
                    start: start, end: start + Int.random(in: 1...20, using: &generator), open: "", close: "")
            }
            let fast = ArticlePage.nestedSpans(spans).map { [$0.start, $0.end] }
            let reference = Self.referenceNested(spans).map { [$0.start, $0.end] }
            #expect(fast == reference)
        }
    }

    @Test("an entity crossing a quote's edge is not marked; one inside it is")
    func entitiesAndQuotes() throws {
        let text = "Mara Velden said \"Ostrander stays shut\" today."
        let record = try Self.analysis(entities: [(0, 11), (18, 27), (12, 20)], quotes: [(17, 39)])
        let html = ArticlePage.highlighted(text, analysis: record)
        #expect(html.contains("<mark class=\"entity person\" title=\"person: L\">Mara Velden</mark>"))
        #expect(html.contains("&quot;<mark class=\"entity person\" title=\"person: L\">Ostrander</mark>"))
        #expect(html.components(separatedBy: "<mark ").count == 3)
    }
}
