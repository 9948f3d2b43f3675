import Testing

@testable import Parallax

/// A sentence the aligner calls `same` as a fact's claim is cited only where it shares more with
/// the claim than the names and the words describing them
/// (`AlignmentConfiguration.supportsSayMoreThanNames`), and where it gives the claim's main
/// happening no other place, day, year or count (`AlignmentConfiguration.supportsAgreeInTheMainHappening`).
@Suite("Supports that say the claim, not only its names")
struct SupportSlotTests {
    static let confirmed =
        "Harbour Daily said Mayor Ode Brant's spokeswoman Ana Droste confirmed the mayor's stay at the Kestrel clinic."
    static let confirmedRestated =
        "Mayor Ode Brant's spokeswoman Ana Droste confirmed to Harbour Daily that the mayor is staying at the Kestrel clinic."
    static let privacy =
        "\"We ask you to respect his privacy,\" Mayor Ode Brant's spokeswoman Ana Droste told Harbour Daily."

    /// The sentences cited for the fact holding `claim` in the brief of `texts` (one article each),
    /// under the default alignment changed by `change`.
    static func cited(
        _ texts: [String], claim: String, _ change: (inout AlignmentConfiguration) -> Void
    ) throws -> [String] {
        let facts = SupportClauseTests.brief(texts, change).facts
        return try #require(facts.first { $0.support.map(\.text).contains(claim) }, "\(facts)").support.map(\.text)
    }

    @Test(arguments: [true, false]) func aSentenceSharingOnlyNamesAndDescriptionsIsCitedOnlyWithoutTheRule(
        names: Bool
    ) throws {
        let cited = try Self.cited([Self.confirmed, Self.confirmedRestated, Self.privacy], claim: Self.confirmed) {
            $0.supportsSayMoreThanNames = names
        }
        // Without the rule (the control) the aligner calls the privacy plea `same` by the names and "mayor".
        #expect(cited.contains(Self.privacy) == !names)
        #expect(cited.contains(Self.confirmedRestated))
    }

    func claim(_ text: String) throws -> Claim { try SupportClauseTests().claim(text) }

    @Test func namesAndDescriptionsAreNotWhatIsSaid() throws {
        let confirmed = try claim(Self.confirmed)
        #expect(!FactFinder.saysMoreThanNames(confirmed, try claim(Self.privacy)))
        #expect(FactFinder.saysMoreThanNames(confirmed, try claim(Self.confirmedRestated)))
        // A shared happening is said, whatever else the two share.
        let sank = try claim("The ferry Kestrel sank off Velmora on Sunday.")
        #expect(FactFinder.saysMoreThanNames(sank, try claim("Captain Ana Droste said the Kestrel sank quickly.")))
    }

    @Test func aWordEndingTheSentenceAfterANameIsNoTitle() {
        // "…, responded." is what the sentence says of them; "…, recent hosts, are" describes them.
        let responded = ClaimChecker().claim(
            of: "Kestrel Fire and Rescue, along with the Velmora Fire Department, responded.",
            analyzer: ArticleAnalyzer())
        #expect(!responded.titleStems.contains("respond"), "\(responded.titleStems)")
        let crews = ClaimChecker().claim(
            of: "Crews from Kestrel Fire and the Velmora Fire Department responded to the blaze.",
            analyzer: ArticleAnalyzer())
        #expect(FactFinder.saysMoreThanNames(responded, crews))
    }

    static let offer =
        "The Velmora Gulls have offered Ode Brant a seven-year deal worth between $140 million and $150 million, reports said."
    static let offerRestated =
        "According to reports, the Gulls offered Ode Brant a seven-year deal worth $140 million."
    static let otherOffer =
        "Reports said the Kestrel Hawks offered Ode Brant an eight-year deal worth $200 million."

    @Test(arguments: [true, false]) func anotherCountOfTheMainHappeningIsCitedOnlyWithoutTheRule(slots: Bool) throws {
        let cited = try Self.cited([Self.offer, Self.offerRestated, Self.otherOffer], claim: Self.offer) {
            $0.supportsAgreeInTheMainHappening = slots
        }
        // Without the rule (the control) two values on the claim's side leave the count `uncompared`,
        // so the aligner calls the other offer `same`.
        #expect(cited.contains(Self.otherOffer) == !slots)
        #expect(cited.contains(Self.offerRestated))
    }

    @Test func theMainHappeningsSlotsDecide() throws {
        let finder = FactFinder(slotAligner: ClaimAligner())
        let offer = try claim(Self.offer)
        #expect(!finder.agreesInTheMainHappening(offer, try claim(Self.otherOffer)))
        #expect(finder.agreesInTheMainHappening(offer, try claim(Self.offerRestated)))
        // Without an aligner the rule is off.
        #expect(FactFinder().agreesInTheMainHappening(offer, try claim(Self.otherOffer)))
        // Two years of one happening, hand-made: the rule reads the slots, not the words.
        var quake = Claim(text: "quake", happening: ["quake"])
        quake.mainHappening = ["quake"]
        quake.happeningDates = ["quake": ["year:2019"]]
        var later = Claim(text: "later", happening: ["quake"])
        later.happeningDates = ["quake": ["year:2021"]]
        #expect(!finder.agreesInTheMainHappening(quake, later))
        later.happeningDates = ["quake": ["year:2019"]]
        #expect(finder.agreesInTheMainHappening(quake, later))
        // A place the other article names nowhere, and a place inside the other's (named by it).
        var fire = Claim(text: "fire", happening: ["fire"])
        fire.mainHappening = ["fire"]
        fire.happeningPlaces = ["fire": ["banstead"]]
        fire.articlePlaces = ["banstead"]
        var surrey = Claim(text: "surrey", happening: ["fire"])
        surrey.happeningPlaces = ["fire": ["surrey"]]
        surrey.articlePlaces = ["surrey"]
        #expect(!finder.agreesInTheMainHappening(fire, surrey))
        surrey.articlePlaces = ["surrey", "banstead"]
        #expect(finder.agreesInTheMainHappening(fire, surrey))
        // Only the claim's main happening is asked: a year of an aside decides nothing.
        fire.mainHappening = []
        surrey.articlePlaces = ["surrey"]
        #expect(finder.agreesInTheMainHappening(fire, surrey))
    }
}
