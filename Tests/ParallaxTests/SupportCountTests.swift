import Testing

@testable import Parallax

/// A support tells as many of a thing as its claim counts
/// (`AlignmentConfiguration.supportsTellAsManyAsTheClaim`), and a country an adjective of
/// nationality names, or a country named as a happening's subject, is a participant
/// (`AlignmentConfiguration.countriesAreParticipants`).
@Suite("Supports that tell as many, and countries as participants")
struct SupportCountTests {
    static let twoExtensions = "Mayor Ode Brant gave harbour master Ana Droste two contract extensions last year."
    static let twoRestated =
        "Harbour master Ana Droste was given two contract extensions by Mayor Ode Brant, the council said."
    static let oneExtension =
        "Harbour master Ana Droste received her second contract extension from Mayor Ode Brant in May."

    func claim(_ text: String) throws -> Claim { try SupportClauseTests().claim(text) }

    @Test func aThingCountedAsSeveralIsNotToldByOneOfIt() throws {
        let claim = try claim(Self.twoExtensions)
        #expect(claim.severalCounted.contains("extens"), "\(claim.severalCounted)")
        #expect(!FactFinder.tellsAsMany(claim, try self.claim(Self.oneExtension)))
        // Controls: the same count, and "an extension" against a claim counting none.
        #expect(FactFinder.tellsAsMany(claim, try self.claim(Self.twoRestated)))
        let signed = try self.claim("Mayor Ode Brant signed a contract extension with Ana Droste.")
        #expect(FactFinder.tellsAsMany(signed, try self.claim(Self.oneExtension)))
        // A number before the word counts it ("in his 19th season" against "19 seasons").
        let seasons = try self.claim("Ana Droste has spent 19 seasons with the harbour board.")
        #expect(FactFinder.tellsAsMany(seasons, try self.claim("Ana Droste is in her 19th season with the board.")))
        // A word modifying the next one tells none of itself ("the worst dam failure" for "41 dams").
        let dams = try self.claim("The minister ordered inspections of all 41 large dams in the country.")
        #expect(FactFinder.tellsAsMany(dams, try self.claim("She called it the worst dam failure in decades.")))
        #expect(!FactFinder.tellsAsMany(dams, try self.claim("She inspected the dam, officials said.")))
        // "two other buildings": the words between the number and the thing are no part of it.
        let buildings = try self.claim("At least two other buildings caught fire in Velmora.")
        #expect(buildings.severalCounted.contains("build"), "\(buildings.severalCounted)")
    }

    @Test(arguments: [true, false]) func aSupportTellingOneOfSeveralIsCitedOnlyWithoutTheRule(rule: Bool) throws {
        let facts = SupportClauseTests.brief([Self.twoExtensions, Self.twoRestated, Self.oneExtension]) {
            $0.supportsTellAsManyAsTheClaim = rule
        }.facts
        let fact = try #require(facts.first { $0.support.map(\.text).contains(Self.twoExtensions) }, "\(facts)")
        #expect(fact.support.map(\.text).contains(Self.oneExtension) == !rule)
        #expect(fact.support.map(\.text).contains(Self.twoRestated))
    }

    @Test func countriesAreNamedByNationalityAndBySubject() throws {
        #expect(try claim("Danish air defences were unable to protect the port.").countries == ["denmark"])
        #expect(try claim("The failure of Danish-supplied radar systems worried the port.").countries == ["denmark"])
        #expect(try claim("Officials said Denmark failed to protect the port.").countries.contains("denmark"))
        // Controls: a place where something happens, a place in a list of what happened to, and a
        // nationality opening a longer name.
        #expect(try claim("Residents of Velmora, Ostra and Denmark were evacuated on Sunday.").countries.isEmpty)
        #expect(try claim("In Denmark, a ferry sank on Sunday.").countries.isEmpty)
        #expect(try claim("The Danish Maritime Authority inspected the ferry.").countries.isEmpty)
    }

    @Test func aNationalityOfTheTellerNamesNoParticipant() throws {
        #expect(
            try claim("A quake hit the island on Sunday, injuring five people, Danish media said.").countries.isEmpty)
        #expect(try claim("The quake injured five people, Danish officials were quoted as saying.").countries.isEmpty)
        // Control: the same nationality doing the happening.
        #expect(
            try claim("Danish divers rescued five people after the quake, officials said.").countries == ["denmark"])
    }

    @Test(arguments: [true, false]) func aCountryNamedOnBothSidesMakesThemSame(countries: Bool) throws {
        var configuration = AlignmentConfiguration()
        configuration.countriesAreParticipants = countries
        let aligner = ClaimAligner(configuration: configuration)
        // The two name no one alike and other places: only the country both name makes them one.
        let unable = try claim("Danish air defences were unable to protect him, as Norway's minister Ana Droste said.")
        let failure = try claim(
            "Analysts point to the failure of Danish-supplied air defence systems, after raids in Sweden and Finland.")
        #expect((aligner.align(unable, failure).relation == .same) == countries)
    }
}
