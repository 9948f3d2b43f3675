import Testing

@testable import Parallax

/// Names by their shape and spellings of one entity merged within a story (issue 13, fourth round),
/// on texts written for these tests.
@Suite("Name shapes and variants")
struct NameShapeTests {
    @Test func aPossessiveInsideANameIsPartOfIt() {
        let text = "Lawmakers voted to abolish the People's Grand Council on Monday near Calvany's Dunmarrow Dam."
        let names = Set(entities(text).map(\.name))
        #expect(names.contains("People's Grand Council"))
        #expect(!names.contains("People"))
        // A name of its own after the possessive: two names.
        #expect(names.contains("Dunmarrow Dam"))
    }

    @Test func aPossessorNamedAloneKeepsItsOwnName() {
        let text = "Officials said Lindqvist was fair. Critics said Lindqvist's Security Council was weak."
        let names = Set(entities(text).map(\.name))
        #expect(names.contains("Lindqvist"))
        #expect(names.contains("Security Council"))
        #expect(!names.contains("Lindqvist's Security Council"))
    }

    @Test func aPluralNationalityNamesNobody() {
        let text = "More than two million Turkmens voted in Ashgabat, and Turkmen MPs met Somalis in Lornhill."
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains("Turkmens") && !names.contains("Somalis") && !names.contains("Turkmen MPs"))
    }

    @Test func anAbbreviationAfterANumberIsAUnit() {
        let text = "Dario Venn, 45-7, 36 KOs, fought Lorn Pell at 8:12 PM in Harnow."
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains("KOs") && !names.contains("KO") && !names.contains("PM"))
        #expect(names.contains("Dario Venn"))
    }

    @Test func aTitleAloneNamesNobodyButAMagazineIsKept() {
        let text = "The Democratic President spoke first, as Foreign Affairs notes."
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains("Democratic President"))
        #expect(names.contains("Foreign Affairs"))
    }

    @Test func aLawAndAVesselAreOtherThings() {
        let text = "The Coastal Waters Act was changed after INS Tarangi stopped a boat near Harnow."
        #expect(entities(text).first { $0.name == "Coastal Waters Act" }?.type == .other)
        #expect(entities(text).first { $0.name == "INS Tarangi" }?.type == .other)
    }

    @Test func aWorkNounMakesAWorkOfAName() {
        let text = "Ana Wolde directed the film Silver Lantern in 2007. The Silver Lantern sequel opens soon."
        #expect(entities(text).filter { $0.name == "Silver Lantern" }.allSatisfy { $0.type == .other })
        #expect(entities(text).first { $0.name == "Ana Wolde" }?.type == .person)
    }

    @Test func oneBodyJoinedByAnd() {
        let text = "Biologists at the U.S. Lake and Wildlife Service disagreed."
        #expect(entities(text).contains { $0.name == "U.S. Lake and Wildlife Service" })
    }

    @Test func aVesselUnderTwoNamesIsOne() {
        let names = story([
            "The Indian Naval Ship Tarangi sailed from Harnow. Warship Tarangi stopped a boat.",
            "INS Tarangi fired at the boat. Then INS Tarangi sailed on, and Tarangi docked at Harnow.",
        ]).map(\.name)
        #expect(names.filter { $0.contains("Tarangi") } == ["INS Tarangi"])
    }

    @Test func transliterationsOfOnePersonAreOne() {
        let people = story([
            "Gurbanguli Berdymukhamedov won the vote. Betty Mae Lorne said so.",
            "Kurbanguly Berdymukhamedov spoke. Gurbanguli Berdymukhamedov smiled. Bettie Lorne agreed.",
        ]).filter { $0.type == .person }.map(\.name)
        #expect(people.filter { $0.contains("Berdymukhamedov") } == ["Gurbanguli Berdymukhamedov"])
        #expect(people.filter { $0.contains("Lorne") }.count == 1)
    }

    @Test func relativesAndNamesakesStayApart() {
        let people = Set(
            story([
                "Vitali Klitschko and Wladimir Klitschko trained. George W. Bush met George H. W. Bush.",
                "Mark Tovey met Mary Tovey.",
            ]).map(\.name))
        #expect(people.isSuperset(of: ["Vitali Klitschko", "Wladimir Klitschko", "Mark Tovey", "Mary Tovey"]))
        #expect(people.contains("George W. Bush") && people.contains("George H. W. Bush"))
    }

    @Test func aShortFirstNameIsItsPerson() {
        let names = story(["Wladimir Klitschko won in Bern.", "Fans cheered as Wlad raised his arms. Wlad smiled."])
            .map(\.name)
        #expect(!names.contains("Wlad"))
        #expect(names.contains("Wladimir Klitschko"))
    }

    @Test func aBodyAndItsLongerNameAreOne() {
        let names = story([
            "The Staunton Police Department said the shop was closed.",
            "Staunton Police found the car. Staunton Police said it was stolen.",
        ]).map(\.name)
        #expect(names.filter { $0.hasPrefix("Staunton Police") }.count == 1)
    }

    @Test func holidaysAreNoPlayers() {
        let names = story([
            "Ada Wren spent Christmas in Harnow. Christmas was quiet.", "After Christmas, Ada Wren left.",
        ]).map(\.name)
        #expect(!names.contains("Christmas"))
        #expect(names.contains("Ada Wren"))
    }

    @Test func aPluralAbbreviationAndARankAloneNameNobody() {
        let text = "The MPs met in Harnow. Police named the officer as Const.\nTomas Pell said the road was shut."
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains("MPs") && !names.contains("Const"))
        #expect(names.contains("Tomas Pell"))
    }

    @Test func roadsAndForeignGroundsArePlaces() {
        let text =
            "The crash shut Interstate 75 near Lornhill. He fought at Stade de Lorne and lived on Harrow Boulevard."
        #expect(entities(text).first { $0.name == "Interstate 75" }?.type == .place)
        #expect(entities(text).first { $0.name == "Stade de Lorne" }?.type == .place)
        #expect(entities(text).first { $0.name == "Harrow Boulevard" }?.type == .place)
    }

    @Test func aShortenedWordOfANameIsTheSameName() {
        let names = story([
            "Workers at Matanuska Maid were told on Monday. Matanuska Maid will close.",
            "Mat Maid lost money for years, and Mat Maid staff were sad. Mat Maid milk is sold in Palmer.",
        ]).map(\.name)
        #expect(names.filter { $0.hasSuffix("Maid") }.count == 1)
    }

    @Test func placeVotesDoNotOutweighAWork() {
        let text = """
            Ana Wolde starred in Silver Lantern. Fans in Harnow saw Silver Lantern twice. The film Silver Lantern \
            made money, and the Silver Lantern sequel opens soon.
            """
        #expect(entities(text).filter { $0.name == "Silver Lantern" }.allSatisfy { $0.type == .other })
    }

    @Test func anAbbreviationIsTheNameItSpells() {
        let names = story([
            "The Harnow Department of Water Works said the dam was safe. The HDWW inspects it each year.",
            "The HDWW said on Monday that the Harnow Department of Water Works had found no fault.",
        ]).map(\.name)
        #expect(names.filter { $0 == "HDWW" || $0 == "Harnow Department of Water Works" }.count == 1)
    }

    @Test func aBodysPeopleAfterItMakeItABodyAndAContractionNamesNobody() {
        let text = "Ross met Quillgate officials on Monday. Quillgate officials said talks went well. I'm OK, he said."
        #expect(entities(text).filter { $0.name == "Quillgate" }.allSatisfy { $0.type == .organization })
        #expect(!entities(text).contains { $0.name.hasPrefix("I'm") || $0.name == "OK" })
    }
}
