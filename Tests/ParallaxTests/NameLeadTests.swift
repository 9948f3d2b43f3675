import Testing

@testable import Parallax

/// Words glued before a name by their place in a line, and headlines quoted inside a line (issue
/// 13, ninth round). Texts written for these tests.
@Suite("Name leads")
struct NameLeadTests {
    @Test func aWordTheTextWritesInLowerCaseIsNoPartOfAName() {
        let text =
            "Her rival spoke first. Rival Marta Quillan said the vote was rigged. "
            + "Quillan later left the hall with Marta Quillan's aides."
        let names = entities(text).map(\.name)
        #expect(names.contains("Marta Quillan"))
        #expect(!names.contains("Rival Marta Quillan"))
        // A word the text never writes in lower case stays: "Dorsey Quillan" may be a name.
        let kept = "Dorsey Quillan spoke first. Quillan said the vote was rigged."
        #expect(entities(kept).map(\.name).contains("Dorsey Quillan"))
    }

    @Test func anOpeningGerundIsNoPartOfAName() {
        let text = "Quillan spoke at noon. Asserting Quillan had lied, the senator left the hall."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Asserting Quillan"))
        #expect(names.contains("Quillan"))
    }

    @Test func aPersonNounBeforeAFullNameIsADescription() {
        let text =
            "Billionaire Teodor Vansk bought the club. Teodor Vansk said he would keep the coach."
        let names = entities(text).map(\.name)
        #expect(names.contains("Teodor Vansk"))
        #expect(!names.contains("Billionaire Teodor Vansk"))
        // Not where the noun and the next word name something of their own.
        let film = "Star Quest Ranger opens on Friday. Star Quest fans queued. Ranger was sold out."
        #expect(!entities(film).map(\.name).contains("Quest Ranger"))
        // Across a story, "Democrat Ilse Marrow" is Ilse Marrow.
        let people = story([
            "Democrat Ilse Marrow won the seat on Tuesday.", "Ilse Marrow thanked her voters in Tarnby.",
        ])
        #expect(people.filter { $0.name.hasSuffix("Ilse Marrow") }.map(\.name) == ["Ilse Marrow"])
    }

    @Test func aHeadlineQuotedInALineNamesNobodyByItsCapitals() {
        let text =
            "Read more: Senator Takes A Closer Look At The Harbor Budget Before Vote, and other stories. "
            + "Senator Ilse Marrow spoke in Tarnby."
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.contains("Closer Look") })
        #expect(!names.contains { $0.hasPrefix("Senator Takes") })
        // A short title of a work keeps its capitalized function word.
        #expect(entities("She starred in Jane The Painter last year.").map(\.name).contains("Jane The Painter"))
    }

    @Test func whatABodyPutsOutTypesIt() {
        let text =
            "Marta Quillan wrote about it on Zelbo. Her Zelbo account has many followers, and a Zelbo "
            + "reporter asked her about the post."
        #expect(type(of: "Zelbo", in: text) == .organization)
        // Not after a possessive: "Quillan's account of the night" is her story, not a body's.
        let person = "Quillan said she had left early. Quillan's account of the night differs."
        #expect(type(of: "Quillan", in: person) != .organization)
    }

    @Test func aPersonsLastWordsAreThatPerson() {
        let people = story([
            "Party chair Ilse Vander Marrow resigned on Tuesday in Tarnby.",
            "Vander Marrow said she had lost the trust of members. Vander Marrow left the hall.",
        ])
        #expect(people.filter { $0.name.hasSuffix("Vander Marrow") }.count == 1)
        // Not where two longer names end with it: two people of the family.
        let family = story([
            "Ilse Vander Marrow and Jonas Vander Marrow spoke in Tarnby.", "Vander Marrow said little.",
        ])
        #expect(family.filter { $0.name.hasSuffix("Vander Marrow") }.count == 3)
    }

    @Test func aNationalityOpeningANameNamesNoPerson() {
        #expect(type(of: "Cuban Rebirth", in: "On Monday, Cuban Rebirth claimed the attack.") != .person)
        // "the … group" makes it a body.
        let text = "The Cuban Rebirth group claimed the attack. Police said Cuban Rebirth had planned it."
        #expect(type(of: "Cuban Rebirth", in: text) == .organization)
    }
}
