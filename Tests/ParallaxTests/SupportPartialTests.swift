import Foundation
import Testing

@testable import Parallax

/// A sentence that tells a fact's happening only as the time or condition of another is cited as a
/// partial support, not among the fact's sources (`AlignmentConfiguration.backgroundSupportCoverage`,
/// `Fact.partial`), as is one sharing no happening that repeats little of the claim
/// (`AlignmentConfiguration.fullSupportCoverageWithoutHappening`).
@Suite("Partial supports")
struct SupportPartialTests {
    func claim(_ text: String) throws -> Claim { try SupportClauseTests().claim(text) }

    /// The claim, told by a second outlet in other words, and by a third only as the time of a search.
    static let blast =
        "An explosion tore through the Coast Bank office in Velmora harbour on Friday afternoon, police said."
    static let blastRestated =
        "Police said a powerful explosion ripped through the harbour office of the Coast Bank in Velmora late on Friday."
    static let blastAsTime =
        "Police officers were searching the Coast Bank office for a device when the explosion occurred."

    @Test func aHappeningInATimeClauseIsBackground() throws {
        let searching = try claim(Self.blastAsTime)
        #expect(!searching.backgroundHappening.isEmpty, "\(searching.happening)")
        #expect(searching.backgroundHappening.isDisjoint(with: searching.mainHappening))
        // Controls: the same happening told in the main clause, and in a relative clause (subordinate,
        // but what the sentence tells of its subject, not a time).
        #expect(try claim(Self.blast).backgroundHappening.isEmpty)
        let relative = try claim("Police closed the Coast Bank office, which an explosion destroyed on Friday.")
        #expect(relative.backgroundHappening.isEmpty, "\(relative.happening)")
    }

    @Test func aSupportTellingTheHappeningOnlyAsATimeTellsItAsBackground() throws {
        let blast = try claim(Self.blast)
        #expect(FactFinder.tellsOnlyAsBackground(blast, try claim(Self.blastAsTime)))
        // Controls: a support telling it in its main clause; a claim that also tells it only as a time.
        #expect(!FactFinder.tellsOnlyAsBackground(blast, try claim(Self.blastRestated)))
        let alsoAsTime = try claim("Divers were working in Velmora harbour when the explosion occurred on Friday.")
        #expect(!FactFinder.tellsOnlyAsBackground(alsoAsTime, try claim(Self.blastAsTime)))
    }

    @Test(arguments: [0.6, 0.23]) func aBackgroundSupportIsCitedInPart(coverage: Double) throws {
        let facts = SupportClauseTests.brief([Self.blast, Self.blastRestated, Self.blastAsTime]) {
            $0.backgroundSupportCoverage = coverage
        }.facts
        let fact = try #require(facts.first { $0.support.map(\.text).contains(Self.blast) }, "\(facts)")
        let partial = (fact.partial ?? []).map(\.text)
        // With the rule the time-clause sentence is cited in part, not among the sources; with the
        // coverage at `supportCoverage` (the control) it is a full support.
        #expect(partial.contains(Self.blastAsTime) == (coverage > 0.5), "\(fact)")
        #expect(fact.support.map(\.text).contains(Self.blastAsTime) == (coverage < 0.5), "\(fact)")
        #expect(fact.support.map(\.text).contains(Self.blastRestated))
        #expect(fact.sources.contains("a3") == (coverage < 0.5))
    }

    @Test func aFactNeedsTwoFullVoices() throws {
        // Only the claim's article and a time-clause sentence: no second full voice, no fact of the
        // claim (the time-clause sentence may be a claim of its own, which the explosion supports).
        let facts = SupportClauseTests.brief([Self.blast, Self.blastAsTime]) { $0.backgroundSupportCoverage = 0.6 }
            .facts
        #expect(!facts.contains { $0.text == Self.blast }, "\(facts)")
        let control = SupportClauseTests.brief([Self.blast, Self.blastAsTime]) { $0.backgroundSupportCoverage = 0.23 }
            .facts
        #expect(
            control.contains { Set($0.support.map(\.text)).isSuperset(of: [Self.blast, Self.blastAsTime]) },
            "\(control)")
    }

    @Test func partialSupportsAreWrittenAndReadBack() throws {
        var fact = Fact(
            text: Self.blast, sources: ["a1", "a2"],
            support: [Support(article: "a1", text: Self.blast), Support(article: "a2", text: Self.blastRestated)])
        fact.partial = [Support(article: "a3", text: Self.blastAsTime)]
        let written = DigestJSON.value(of: fact)
        guard case .object(let fields) = written else { throw CocoaError(.coderInvalidValue) }
        #expect(fields.map(\.0).contains("partial"))
        let decoded = try JSONDecoder().decode(Fact.self, from: try JSONEncoder().encode(fact))
        #expect(decoded.partial == fact.partial)
        // Control: a fact with no partial support writes no field.
        fact.partial = nil
        guard case .object(let plain) = DigestJSON.value(of: fact) else { throw CocoaError(.coderInvalidValue) }
        #expect(!plain.map(\.0).contains("partial"))
    }
}
