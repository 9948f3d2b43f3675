import Testing

@testable import Parallax

/// Names typed by their context (issue 13), on texts written for these tests.
@Suite("Names by context")
struct NameContextTests {
    func entities(_ text: String) -> [EntityMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).entities
    }

    func type(of name: String, in text: String) -> EntityType? {
        entities(text).first { $0.name == name }?.type
    }

    @Test func aPersonTheBodyNamesIsNamedInTheHeadline() {
        let text = """
            Orla Kestrel To Host Harbor Gala

            The organizers said on Monday that Orla Kestrel would host the gala in June.
            """
        let found = entities(text).filter { $0.name == "Orla Kestrel" }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.type == .person })
    }

    @Test func aNameAfterInIsAPlace() {
        let text = "The ferry reached Santa Lora at noon. Residents in Santa Lora waited for hours on the quay."
        #expect(type(of: "Santa Lora", in: text) == .place)
    }

    @Test func theTeamIsABody() {
        let text = "The Harbor Hawks won on Sunday. Fans of the Harbor Hawks filled the stands."
        #expect(type(of: "Harbor Hawks", in: text) == .organization)
    }

    @Test func aNameBeforeANounStaysAPerson() {
        let text = "Ada Wren said the plan was sound. Critics of the Wren administration disagreed."
        #expect(entities(text).filter { $0.text == "Wren" }.allSatisfy { $0.type == .person })
    }

    @Test func timeZonesWeekdaysAndShoutedWordsAreNoNames() {
        let text = "The vote closed at 10:00 GMT on Friday. THIS is the last count, officials in Harnow said."
        let names = entities(text).map(\.name)
        #expect(!names.contains("GMT"))
        #expect(!names.contains("THIS"))
        #expect(!names.contains("Friday"))
    }

    @Test func aNationalityIsNoName() {
        let text = "Officials said South American leaders met in Lima on Monday."
        #expect(!entities(text).map(\.name).contains("South American"))
    }
}
