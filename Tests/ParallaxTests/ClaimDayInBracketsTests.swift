import Testing

@testable import Parallax

/// A day in brackets gives another day's moment in another zone, not a second day of the
/// happening (docs/claims.md, "Tenth pass: summary redundancy": "passed away at 6:41pm PST this
/// evening (0241 GMT Friday)" against "died Thursday evening" was a false discrepancy).
@Suite("A day in brackets")
struct ClaimDayInBracketsTests {
    func claim(_ text: String) throws -> Claim {
        let article = ArticleAnalyzer().analyze(
            Article(
                id: "a", input: "a", outlet: "Outlet a", published: PublicationDate(iso8601: "2026-03-06"),
                language: "en", text: text))
        return ClaimReader().claim(of: try #require(article.sentences.first), in: article)
    }

    @Test func aDayInBracketsIsNoDayOfTheHappening() throws {
        let plain = try claim("Nell Varga died in Port Alder on Thursday, her agent told reporters.")
        let bracketed = try claim(
            "Nell Varga died in Port Alder on Thursday (Friday in Tokyo), her agent told reporters.")
        #expect(!plain.when.isEmpty)
        #expect(bracketed.when == plain.when, "\(bracketed.when) \(plain.when)")
        // Control: the same two days without the brackets are both the sentence's days.
        let told = try claim("Nell Varga died in Port Alder on Thursday, Friday in Tokyo, her agent told reporters.")
        #expect(told.when != plain.when, "\(told.when) \(plain.when)")
    }
}
