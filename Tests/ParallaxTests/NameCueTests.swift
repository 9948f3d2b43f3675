import Foundation
import Testing

@testable import Parallax

/// Names typed and cut by the words around them (issue 13, sixth round), on texts written for
/// these tests: long headlines, kin and roles, titles in quotation marks, products, counted things,
/// acronyms, tickers, languages and a company's short form; and a story's JSON listing every entity.
@Suite("Name cues")
struct NameCueTests {
    @Test func aLongHeadlineIsCutAtItsFunctionWords() {
        let text = """
            Large Crowd Gathers Outside In Marlow Heath During Vigil For Student Shot 4 Times By Police

            Residents in Marlow Heath said the vigil was peaceful. Police said they made no arrests.
            """
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.contains("Vigil") || $0.contains("Shot") || $0.contains("Crowd") })
        // The place the text names elsewhere is named in the headline too.
        #expect(entities(text).filter { $0.name == "Marlow Heath" && $0.type == .place }.count == 2)
    }

    @Test func aHeadlineVerbAfterAKnownNameIsNoPartOfIt() {
        let text = """
            Venn vs Moreau II Results: Orla Venn Cruises Again, Wins in Six

            Orla Venn beat Lise Moreau on Saturday in Hamburg.
            """
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains { $0.contains("Cruises") })
        // "Venn" and "Orla Venn" in the headline, "Orla Venn" in the text.
        #expect(entities(text).filter { $0.name == "Orla Venn" }.count == 3)
        #expect(entities(text).filter { $0.name == "Lise Moreau" }.count == 2)
    }

    @Test func aSurnameThatIsACommonNounIsAPersonAfterARole() {
        let text = "The bout ended when referee Pat Weeks stepped in. Weeks said the fighter could not go on."
        #expect(type(of: "Pat Weeks", in: text) == .person)
    }

    @Test func kinBeforeANameMakeItAPerson() {
        let text = """
            "I'd like to thank my wife Ilsa and the orchestra," the host wrote. Torvald Brann and his \
            older brother, Doran, fought on the same night. Doran was in his corner.
            """
        #expect(type(of: "Ilsa", in: text) == .person)
        #expect(type(of: "Doran", in: text) == .person)
    }

    @Test func titlesInQuotationMarksWithTheirPunctuationAreWorks() {
        let text = """
            The swimmer starred in such films as "Harbor Lights," "Meet Me at the Harbor Gate" and \
            "Lantern Bay." Critics loved "Harbor Lights."
            """
        #expect(type(of: "Harbor Lights", in: text) == .other)
        #expect(type(of: "Harbor Gate", in: text) == .other)
        // A place by its last word is a work by the story's vote.
        let again = text + " \"Lantern Bay\" ran for a year."
        #expect(story([again]).first { $0.name == "Lantern Bay" }?.type == .other)
    }

    @Test func aModelYearOrAColourMakesAProduct() {
        let text = """
            He struck her with his 2013 Velora Kestrel as he drove north. Witnesses saw a grey Velora \
            Kestrel flee. She earned a Primetime Lumen nomination for the role.
            """
        #expect(type(of: "Velora Kestrel", in: text) == .other)
        #expect(type(of: "Primetime Lumen", in: text) == .other)
    }

    @Test func countedThingsAfterANumberNameNobody() {
        let text = "The crew seized 14 KR-9 Rifles, 31 Magazines and 923 rounds of ammunition."
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.contains("Rifles") || $0.contains("Magazines") })
    }

    @Test func anAcronymOpeningANameIsABodyAndATickerLabelsNoSpeaker() {
        #expect(type(of: "KVX Info", in: "Residents told KVX Info they had felt the tremor.") == .organization)
        let text = "Shares of Kessler Motors (NYSE: KSM) rose 4 percent on Tuesday."
        let found = entities(text)
        #expect(!found.contains { $0.type == .person })
        #expect(!found.contains { $0.name == "KSM" })
    }

    @Test func aModelsLettersAndNumberNameNobody() {
        let text = "The crew seized six AK-47 rifles and 14 KR 9 Rifles. Marines carried the KR 9 rifles too."
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.hasPrefix("AK") || $0.hasPrefix("KR") })
    }

    @Test func aHeadlineBodyEndsAtItsLastBodyWord() {
        let text = """
            5 Thoughts on Why the Academy Picked Orla Venn As Gala Host

            The Academy said on Friday that Orla Venn would host the gala in March.
            """
        let found = entities(text)
        #expect(!found.contains { $0.name.contains("Picked") })
        #expect(found.filter { $0.name == "Orla Venn" && $0.type == .person }.count == 2)
    }

    @Test func aBodysNameSpelledTwoWaysIsOneBody() {
        let entities = story([
            "The ships passed through the Internationally Recognised Transit Corridor (IRTC) on Monday.",
            "Pirates attacked near the Internationally Recognized Transit Corridor on Tuesday.",
            "Warships guard the IRTC day and night.",
        ])
        #expect(entities.filter { $0.name.contains("Transit Corridor") || $0.name == "IRTC" }.count == 1)
        // Northern and Southern are no spellings of one word.
        let regions = story(["Rain fell in Northern Velland and in Southern Velland alike."])
        #expect(regions.filter { $0.name.hasSuffix("Velland") }.count == 2)
    }

    @Test func anAcronymOpeningASentenceIsAName() {
        let text = "Lindqvist spoke on Monday. KVX's Orla Venn is in Harnow and reports from there."
        #expect(type(of: "KVX", in: text) == .organization)
        #expect(type(of: "Orla Venn", in: text) == .person)
    }

    @Test func anAddressAndAWarAreNoPeople() {
        let text = "Police were called to 40 East 5th Ave. on Friday. His father fought in World War II in Europe."
        let found = entities(text)
        #expect(found.first { $0.name.hasPrefix("East") }?.name == "East 5th Ave")
        #expect(!found.contains { $0.name == "East" })
        #expect(found.first { $0.name == "World War II" }?.type != .place)
    }

    @Test func aShortenedCompanyNameIsTheCompany() {
        let entities = story([
            "Fire destroyed the Matanuska Maid Dairy warehouse on Tuesday. The Matanuska Maid Dairy closed in 2007.",
            "The old Mat Maid building in Palmer burned. Crews fought the fire at Mat Maid for hours.",
        ])
        let dairy = entities.filter { $0.name.contains("Maid") }
        #expect(dairy.count == 1)
        #expect(dairy.first?.type == .organization)
    }

    @Test func aSurnameIsThePersonsNotAFilmEndingWithTheirName() {
        // The film's name is used more than the person's, and the bare surname stands in an article
        // that names neither.
        let entities = story([
            "Critics praised Notorious Lise Varga. Fans loved Notorious Lise Varga. Awards went to Notorious Lise Varga.",
            "Reports said Lise Varga died on Thursday.",
            "Neighbours said Varga was 85.",
        ])
        let person = entities.first { $0.name == "Lise Varga" }
        #expect(person?.aliases.contains("Varga") == true)
        #expect(entities.first { $0.name == "Notorious Lise Varga" }?.aliases.contains("Varga") != true)
    }

    @Test func aSurnameInOneTextIsThePersonsNotAFilms() {
        let text = """
            Lise Varga died on Thursday. The film The Notorious Lise Varga told her story. Varga was 85.
            """
        let varga = entities(text).filter { $0.text == "Varga" }
        #expect(varga.count == 1)
        #expect(varga.allSatisfy { $0.name == "Lise Varga" })
    }

    @Test func aShoutedCommonWordOpeningASentenceIsNoAcronym() {
        let text = "Major fire at a shop in Harnow. FIRE crews from Quarn were called at 9pm. A FIRE broke out again."
        #expect(!entities(text).contains { $0.name.uppercased() == "FIRE" })
    }

    @Test func aLanguageNamesNobody() {
        #expect(entities("She said he studied Mandarin in Lhasa for a year.").allSatisfy { $0.name != "Mandarin" })
    }

    @Test func aCompanysFirstWordAloneIsTheCompany() {
        let entities = story([
            "Police were called to Brannock Distributors Ltd. on Friday. The man had lost his job at Brannock.",
            "Staff across the street from Brannock were told to close. Brannock supplies health shops.",
        ])
        let company = entities.filter { $0.name.hasPrefix("Brannock") }
        #expect(company.count == 1)
        #expect(company.first?.type == .organization)
    }

    @Test func aStorysJSONListsEveryEntityWithCountsAndTypes() throws {
        let first = ["Ada", "Bram", "Cleo", "Dag", "Esme", "Finn", "Greta", "Hugo", "Ines"]
        let last = ["Wren", "Holt", "Marsh", "Quill", "Tarrow", "Vance"]
        let people = first.flatMap { given in last.map { "\(given) \($0)" } }
        #expect(people.count == 54)
        let text = people.map { "\($0) spoke at the harbor meeting in Port Veyla on Tuesday." }
            .joined(separator: " ")
        let documents = [
            RawDocument(input: "a.txt", format: .structured, text: "Harbor meeting in Port Veyla\n\n" + text, id: "a")
        ]
        let digest = StoryPipeline().run(documents)
        let json = DigestJSON.render(digest)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stories = try #require(object["stories"] as? [[String: Any]])
        let listed = try #require(stories.first?["entities"] as? [[String: Any]])
        let names = Set(listed.compactMap { $0["name"] as? String })
        #expect(listed.count > 40)
        for person in people { #expect(names.contains(person), "\(person) missing") }
        #expect(listed.allSatisfy { $0["type"] as? String != nil && $0["mentions"] as? Int != nil })
    }
}
