import Foundation
import Testing

@testable import Parallax

/// A sentence that tells a part of one clause of a compound claim and nothing of another is cited
/// in part (`FactFinder.clauses`, `FactFinder.tellsOneClauseInPart`;
/// `AlignmentConfiguration.clauseUntoldCoverage`, `clauseToldCoverage`; docs/claims.md, twelfth pass).
@Suite("Supports of a compound claim")
struct SupportCompoundClaimTests {
    func sentence(_ text: String) throws -> AnalyzedSentence {
        let article = ArticleAnalyzer().analyze(
            Article(id: "c", input: "c", outlet: "Harbour Daily", language: "en", text: text))
        return try #require(article.sentences.first)
    }

    @Test func aCompoundClaimSplitsIntoItsClauses() throws {
        let married = try sentence(
            "Page married twice; the first marriage to Navy man Billy Neal lasted from 1943 to 1947, and her second marriage to Armond Walterson lasted from 1951 to 1954."
        )
        #expect(FactFinder.clauses(of: married).count == 3, "\(FactFinder.clauses(of: married))")
        let rioting = try sentence(
            "Some protesters tried to storm parliament while others threw petrol bombs at police.")
        #expect(FactFinder.clauses(of: rioting).count == 2)
        // Controls: "and" joining two nouns, and a comma before no clause opener, split nothing.
        #expect(
            try FactFinder.clauses(of: sentence("The blast killed a harbour officer and a bomb technician.")).isEmpty)
        #expect(
            try FactFinder.clauses(of: sentence("The ferry, a Velmora boat, sank near Kessel Point on Friday.")).isEmpty
        )
    }

    @Test func aSupportTellingOneClauseInPartIsPartial() throws {
        let clauses = FactFinder.clauses(
            of: try sentence(
                "The Sixers had a three-game losing streak going into the contest against Washington, and they dropped to 9-14 after Saturday's game."
            ))
        #expect(clauses.count == 2, "\(clauses)")
        let offSeason = try sentence("In the off-season, the Sixers landed free agent forward Elton Brand.")
            .contentStems
        #expect(FactFinder.tellsOneClauseInPart(clauses, by: Set(offSeason), untold: 0.2, told: 0.6))
        // Controls: a sentence telling one clause whole stays full, and so does every one with the rule off.
        let streak = try sentence("The Sixers took a three-game losing streak into the contest against Washington.")
            .contentStems
        #expect(!FactFinder.tellsOneClauseInPart(clauses, by: Set(streak), untold: 0.2, told: 0.6))
        #expect(!FactFinder.tellsOneClauseInPart(clauses, by: Set(offSeason), untold: 0, told: 0))
    }

    @Test func theAsideOfACompoundClaimIsCitedInPartWithoutTheCoverageGate() throws {
        // The coverage gate off (`SupportCoverageTests.withoutTheGateTheAsideIsCited`, where the clause
        // rule is off too and the aside is a full support): the clause rule cites it in part.
        var alignment = AlignmentConfiguration()
        alignment.supportCoverage = 0
        alignment.fullSupportCoverage = 0
        alignment.fullSupportCoverageWithoutHappening = 0
        let texts = [
            ("x1", "Harbour Daily", SupportCoverageTests.compound + "\n\nShops in the old town stayed closed."),
            ("x2", "Coast Times", SupportCoverageTests.restated + "\n\nThe mayor called for calm."),
            ("x3", "North Post", SupportCoverageTests.aside + "\n\nFishermen in the harbour watched the smoke rise."),
        ]
        let facts = SupportCoverageTests.brief(of: texts, alignment: alignment).facts
        let fact = try #require(facts.first { $0.text == SupportCoverageTests.compound }, "\(facts)")
        #expect((fact.partial ?? []).map(\.text) == [SupportCoverageTests.aside])
        #expect(!fact.support.map(\.text).contains(SupportCoverageTests.aside))
        #expect(fact.sources == ["x1", "x2"])
    }
}
