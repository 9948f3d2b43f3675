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

    func clinicBrief(names: Bool) -> Brief {
        SupportClauseTests.brief([Self.confirmed, Self.confirmedRestated, Self.privacy]) {
            $0.supportsSayMoreThanNames = names
        }
    }

    @Test func aSentenceSharingOnlyNamesAndDescriptionsIsNotCited() throws {
        let facts = clinicBrief(names: true).facts
        let fact = try #require(facts.first { $0.support.map(\.text).contains(Self.confirmed) }, "\(facts)")
        #expect(!fact.support.map(\.text).contains(Self.privacy))
        #expect(fact.support.map(\.text).contains(Self.confirmedRestated))
    }

    @Test func withoutTheRuleTheDescriptionIsEnough() throws {
        // The control: the aligner calls the privacy plea `same` by the names and "mayor".
        let facts = clinicBrief(names: false).facts
        let fact = try #require(facts.first { $0.support.map(\.text).contains(Self.confirmed) }, "\(facts)")
        #expect(fact.support.map(\.text).contains(Self.privacy))
    }

    func claim(_ text: String) throws -> Claim {
        let article = ArticleAnalyzer().analyze(
            Article(
                id: "c", input: "c", outlet: "Harbour Daily", published: PublicationDate(iso8601: "2026-03-02"),
                language: "en", text: text))
        return try #require(ClaimReader().claims(of: article).first)
    }

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

    func offerBrief(slots: Bool) -> Brief {
        SupportClauseTests.brief([Self.offer, Self.offerRestated, Self.otherOffer]) {
            $0.supportsAgreeInTheMainHappening = slots
        }
    }

    @Test func anotherCountOfTheMainHappeningIsNotCited() throws {
        let fact = try #require(offerBrief(slots: true).facts.first { $0.text == Self.offer })
        #expect(fact.support.map(\.text) == [Self.offer, Self.offerRestated])
    }

    @Test func withoutTheSlotRuleTheOtherOfferIsCited() throws {
        // The control: two values on the claim's side leave the count `uncompared`, so the aligner
        // calls the other offer `same`.
        let fact = try #require(offerBrief(slots: false).facts.first { $0.text == Self.offer })
        #expect(fact.support.map(\.text).contains(Self.otherOffer))
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
