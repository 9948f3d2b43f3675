import Testing

@testable import Parallax

/// Names of people, bodies and places in shapes news copy uses, on sentences written for these tests.
@Suite("Entity recognition")
struct EntityRecognizerTests {
    @Test("A place is typed by its last word or by the word before it")
    func placesByShapeAndContext() {
        let text = "Rain fell on Marsh County for a week. Floods reached Dunlow after the river rose near Brackwater."
        #expect(type(of: "Marsh County", in: text) == .place)
        #expect(type(of: "Dunlow", in: text) == nil || type(of: "Dunlow", in: text) == .other)
        #expect(type(of: "Brackwater", in: text) == .place)
    }

    @Test("Bodies joined by “and” or owned by a plural stay one name")
    func organizationsKeepTheirWholeName() {
        let text =
            "Crews from the Kessel Fire and Rescue Service worked overnight. "
            + "The Brook Lane Tenants’ Association wrote to the council."
        let names = entities(text).map(\.name)
        #expect(names.contains("Kessel Fire and Rescue Service"))
        #expect(names.contains("Brook Lane Tenants’ Association"))
        #expect(type(of: "Kessel Fire and Rescue Service", in: text) == .organization)
        #expect(!names.contains("Kessel Fire"))
    }

    @Test("A possessive place name is one place")
    func possessivePlaceName() {
        let text = "Water covered the lanes of Pike’s End before dawn, residents said."
        #expect(type(of: "Pike’s End", in: text) == .place)
        #expect(!entities(text).map(\.name).contains("End"))
    }

    @Test("A full name opening a sentence keeps its first name")
    func sentenceInitialFullName() {
        let text = "Jonas Weber runs the bakery on the square. Weber said the flood took his ovens."
        let names = entities(text).map(\.name)
        #expect(names.filter { $0 == "Jonas Weber" }.count == 2)
        #expect(type(of: "Jonas Weber", in: text) == .person)
    }

    @Test("A word opening a sentence before a name is not part of it")
    func sentenceOpenersAreDropped() {
        let names = entities("Yesterday Ada Loring resigned. Hi, everyone. Well, Loring was right.").map(\.name)
        #expect(!names.contains { $0.hasPrefix("Yesterday") || $0 == "Hi" || $0 == "Well" })
        #expect(names.contains("Ada Loring"))
    }

    @Test("A title before a name is neither the name nor an entity")
    func titlesAreNotEntities() {
        let text = "The city’s main square flooded. Transport Minister Ada Loring visited Tessel General Hospital."
        let found = entities(text)
        #expect(found.contains { $0.name == "Ada Loring" && $0.type == .person })
        #expect(!found.contains { $0.name == "Transport" })
        #expect(found.contains { $0.name == "Tessel General Hospital" && $0.type == .organization })
        #expect(!found.contains { $0.name == "Hospital" })
    }

    @Test("A title-cased heading names nobody")
    func headingsAreSkipped() {
        let text = "Quiet Streets, Loud Questions\n\nThe council met on Monday in Tessel."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Quiet Streets"))
        #expect(!names.contains("Loud Questions"))
        #expect(names.contains("Tessel"))
    }

    @Test("A transcript's role labels are not people")
    func speakerRolesAreNotPeople() {
        let text = "HOST: Good morning.\n\nMARA DELL, BYLINE: Good morning. The bridge is closed."
        let names = entities(text).map(\.name)
        #expect(!names.contains("Host"))
        #expect(names.contains("Mara Dell"))
    }

    @Test("A numbered name keeps its number")
    func numberedNames() {
        let names = entities("The city opened Line 4 on Monday and plans Line 5 for 2030.").map(\.name)
        #expect(names.contains("Line 4"))
        #expect(names.contains("Line 5"))
        #expect(!names.contains { $0.hasPrefix("Monday") })
    }
}
