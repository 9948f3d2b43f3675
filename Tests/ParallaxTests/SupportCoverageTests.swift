import Testing

@testable import Parallax

/// A sentence the aligner calls `same` as a fact's claim is cited only where it repeats enough of
/// the claim (`AlignmentConfiguration.supportCoverage`): one aside of a compound claim is not its support.
@Suite("Supports that repeat the claim")
struct SupportCoverageTests {
    static let compound =
        "Some protesters stormed the town hall of Velmora on Sunday while others threw petrol bombs at police, "
        + "set fire to two cars and blocked the coastal highway in protest against the new fishing quotas."
    static let restated =
        "On Sunday some protesters stormed the Velmora town hall while others hurled petrol bombs at police, "
        + "torched two cars and blocked the coastal highway to protest against the new fishing quotas."
    static let aside = "During the unrest, one protester threw a petrol bomb."

    func brief(supportCoverage: Double? = nil) -> Brief {
        let texts = [
            ("x1", "Harbour Daily", Self.compound + "\n\nShops in the old town stayed closed."),
            ("x2", "Coast Times", Self.restated + "\n\nThe mayor called for calm."),
            ("x3", "North Post", Self.aside + "\n\nFishermen in the harbour watched the smoke rise."),
        ]
        var alignment = AlignmentConfiguration()
        if let supportCoverage {
            // The floors for a full support are lowered with it (the aside would otherwise be cited in part).
            alignment.supportCoverage = supportCoverage
            alignment.fullSupportCoverage = supportCoverage
            alignment.fullSupportCoverageWithoutHappening = supportCoverage
            // And the clause rule, which cites the aside in part (`SupportCompoundClaimTests`).
            alignment.clauseUntoldCoverage = 0
        }
        return Self.brief(of: texts, alignment: alignment)
    }

    /// The brief of articles given as (id, outlet, text), all published on one day.
    static func brief(of texts: [(String, String, String)], alignment: AlignmentConfiguration) -> Brief {
        let analyzer = ArticleAnalyzer()
        let analyzed = texts.map {
            analyzer.analyze(
                Article(
                    id: $0.0, input: $0.0, outlet: $0.1, published: PublicationDate(iso8601: "2026-03-02"),
                    language: "en", text: $0.2))
        }
        return BriefSynthesizer(alignment: alignment).brief(of: analyzed)
    }

    @Test func anAsideOfACompoundClaimIsNotCited() throws {
        let fact = try #require(brief().facts.first { $0.text == Self.compound })
        #expect(fact.support.map(\.text) == [Self.compound, Self.restated])
        #expect(fact.sources == ["x1", "x2"])
    }

    @Test func withoutTheGateTheAsideIsCited() throws {
        // The control: the aligner does call the aside `same`; only the coverage keeps it out.
        let fact = try #require(brief(supportCoverage: 0).facts.first { $0.text == Self.compound })
        #expect(fact.support.map(\.text).contains(Self.aside))
    }

    static let quake =
        "A magnitude 5.9 earthquake struck the island of Velmora on Sunday, killing 12 people, officials said."
    static let quakeRestated =
        "The magnitude 5.9 earthquake that struck Velmora island on Sunday killed 12 people, the governor said."
    static let quakeWithoutToll = "A strong earthquake struck the island of Velmora on Sunday, officials said."

    func quakeBrief(numbers: Bool) -> Brief {
        let texts = [
            ("q1", "Harbour Daily", Self.quake + "\n\nShops in the old town stayed closed."),
            ("q2", "Coast Times", Self.quakeRestated + "\n\nThe mayor called for calm."),
            ("q3", "North Post", Self.quakeWithoutToll + "\n\nFishermen in the harbour watched the waves."),
        ]
        var alignment = AlignmentConfiguration()
        alignment.supportsRepeatTheNumbers = numbers
        return Self.brief(of: texts, alignment: alignment)
    }

    @Test func aTollIsSupportedOnlyBySentencesGivingIt() throws {
        let fact = try #require(quakeBrief(numbers: true).facts.first { $0.text == Self.quake })
        #expect(fact.support.map(\.text) == [Self.quake, Self.quakeRestated])
    }

    @Test func withoutTheNumberRuleASentenceWithNoTollIsCited() throws {
        // The control (the shipped default, docs/claims.md seventh pass): the aligner calls it `same`.
        let fact = try #require(quakeBrief(numbers: false).facts.first { $0.text == Self.quake })
        #expect(fact.support.map(\.text).contains(Self.quakeWithoutToll))
    }

    @Test func onlyTellingCountsMustBeRepeated() {
        var finder = FactFinder()
        finder.numberAligner = ClaimAligner()
        let toll = Quantity(value: 12, counts: "dead", text: "12 people")
        let age = Quantity(value: 33, counts: "age", text: "33")
        let claim = Claim(text: "claim", quantities: [toll, age])
        #expect(!finder.repeatsNumbers(of: claim, in: Claim(text: "none")))
        #expect(finder.repeatsNumbers(of: claim, in: Claim(text: "toll", quantities: [toll])))
        let other = Quantity(value: 250, counts: "dead", text: "250 people")
        #expect(!finder.repeatsNumbers(of: claim, in: Claim(text: "other toll", quantities: [other])))
        #expect(FactFinder().repeatsNumbers(of: claim, in: Claim(text: "none")), "off without an aligner")
    }

    @Test func coverageIsTheShareOfTheClaimRepeated() {
        #expect(FactFinder.coverage(of: ["storm", "hall", "bomb", "polic"], by: ["bomb", "polic", "threw"]) == 0.5)
        #expect(FactFinder.coverage(of: [], by: ["bomb"]) == 0)
        #expect(FactFinder.coverage(of: ["bomb"], by: ["bomb"]) == 1)
    }
}
