import Testing

@testable import Parallax

/// Names typed by their context (issue 13), on texts written for these tests.
@Suite("Names by context")
struct NameContextTests {
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

    @Test func aTeamNamedBeforeAConjunctionIsABody() {
        let text = "Fans are waiting to hear from the Harbor Hawks or the Quill Rovers."
        #expect(type(of: "Harbor Hawks", in: text) == .organization)
    }

    @Test func aShortFormAfterTheIsNoSurname() {
        let text = """
            The Dunmore Harbor Hawks offered a contract on Monday. "We will wait," Harbor Hawks manager \
            Ada Wren said. The deal was made by the Hawks in July, and the Hawks lost to the Rovers.
            """
        #expect(entities(text).filter { $0.name == "Dunmore Harbor Hawks" }.allSatisfy { $0.type == .organization })
        #expect(type(of: "Ada Wren", in: text) == .person)
    }

    @Test func partnersNamedTogetherStayPeople() {
        let text =
            "Producers Ada Wren and Tomas Pell said the show would be short. Wren and Pell have cut the monologue."
        #expect(type(of: "Tomas Pell", in: text) == .person)
    }

    @Test func aPlaceByItsModifierItsNounOrItsState() {
        let text = """
            The firm has an office in suburban Kelbrook. The quake struck Varsa island and the city of Tor Amun, \
            40 miles southwest of Port Esk. A Lindell, Mich., man said the office in Varsa was closed.
            """
        #expect(type(of: "Kelbrook", in: text) == .place)
        #expect(type(of: "Varsa", in: text) == .place)
        #expect(type(of: "Tor Amun", in: text) == .place)
        #expect(type(of: "Lindell", in: text) == .place)
    }

    @Test func theOfAfterATitleIsNoTitle() {
        let text = "The governor of Varsa island said five villages were damaged. Varsa is home to 9,000 people."
        #expect(type(of: "Varsa", in: text) == .place)
    }

    @Test func aPersonAfterInWithAPossessiveStaysAPerson() {
        let text = "Ada Wren said the plan was sound. In Ada Wren's speech, the plan came first."
        #expect(type(of: "Ada Wren", in: text) == .person)
    }

    @Test func aCompanyByItsLastWord() {
        let text = "Lorn Pell worked at Gaskell Advisors before he joined Brightwater Entertainment."
        #expect(type(of: "Gaskell Advisors", in: text) == .organization)
        #expect(type(of: "Brightwater Entertainment", in: text) == .organization)
    }

    @Test func anAgeIsNoName() {
        let text = "The 36-year-old champion won on Saturday."
        #expect(entities(text).isEmpty)
    }

    @Test func theStoryVotesForArticlesThatSayNothing() {
        let texts = [
            "Reports say the Harbor Hawks have made an offer. Fans expect the Harbor Hawks to win.",
            "Scouts say Harbor Hawks offer was large. Ada Wren said the talks went on.",
        ]
        let articles = texts.enumerated().map { index, text in
            ArticleAnalyzer().analyze(Article(id: "t\(index)", input: "t", language: "en", text: text))
        }
        #expect(articles[1].entities.first { $0.name == "Harbor Hawks" }?.type == .person)
        let entities = EntityMerger().entities(of: articles)
        #expect(entities.first { $0.name == "Harbor Hawks" }?.type == .organization)
        #expect(entities.first { $0.name == "Ada Wren" }?.type == .person)
    }

    @Test func aTitleInQuotationMarksIsAWork() {
        let text = """
            Lorn Pell will not direct ‘Silver Lantern’, the studio said. The first ‘Silver Lantern’ film made \
            $400 million, and Silver Lantern fans were sad. Pell directed 'The Quiet Fields' in 2010.
            """
        #expect(entities(text).filter { $0.name == "Silver Lantern" }.allSatisfy { $0.type == .other })
        #expect(type(of: "Lorn Pell", in: text) == .person)
        #expect(type(of: "Quiet Fields", in: text) == .other)
    }

    @Test func anOpeningAdverbIsNoFirstName() {
        let text =
            "Clearly Ada Wren won the vote. Whenever Tomas Pell calls, Wren answers. Considering Lornhill, the vote was close."
        let names = Set(entities(text).map(\.name))
        #expect(names.contains("Ada Wren"))
        #expect(names.contains("Tomas Pell"))
        #expect(
            !names.contains(where: {
                $0.hasPrefix("Clearly") || $0.hasPrefix("Whenever") || $0.hasPrefix("Considering")
            }))
    }

    @Test func aNationalityBeforeANameIsNoPartOfIt() {
        let text = "The bout went to American Dario Venn, who beat Lorn Pell."
        #expect(type(of: "Dario Venn", in: text) == .person)
    }

    @Test func spellingsOfOneEntityAreOneKeyPlayer() {
        let texts = [
            "Ada Mae Wren said the plan was sound. Officials at the Dunmore Harbor Hawks agreed.",
            "Ada Wren spoke on Monday. The Harbor Hawks have made an offer. Azm Al-Homoud said it was fair.",
            "Azm Al Homoud was not surprised, and the Harbor Hawks were pleased.",
        ]
        let articles = texts.enumerated().map { index, text in
            ArticleAnalyzer().analyze(Article(id: "t\(index)", input: "t", language: "en", text: text))
        }
        let names = EntityMerger().entities(of: articles).map(\.name)
        #expect(names.filter { $0.contains("Wren") } == ["Ada Mae Wren"])
        #expect(names.filter { $0.contains("Homoud") }.count == 1)
        // One body, named by the form the story uses more.
        #expect(names.filter { $0.contains("Harbor Hawks") } == ["Harbor Hawks"])
    }

    @Test func anAbbreviatedRankIsATitle() {
        let text = "Gov. Ada Wren said the dam was safe. Sgt. Tomas Pell agreed."
        let names = Set(entities(text).map(\.name))
        #expect(names.contains("Ada Wren"))
        #expect(names.contains("Tomas Pell"))
    }

    @Test func aNameAfterTowardIsNoPlace() {
        let text = "Ada Wren said she was sorry. The anger directed toward Wren surprised nobody."
        #expect(entities(text).filter { $0.text == "Wren" }.allSatisfy { $0.type == .person })
    }

    @Test func moreNationalitiesNameNobody() {
        let text = "Officials said Somali pirates and Thai fishermen met Ethiopian traders near Harnow."
        let names = Set(entities(text).map(\.name))
        #expect(!names.contains("Somali") && !names.contains("Thai") && !names.contains("Ethiopian"))
    }
}
