import Foundation
import ParallaxInputs
import ParallaxTestSupport
import Testing

@testable import Parallax

/// Quote shapes of news copy, on sentences written for these tests.
@Suite("Quote extraction")
struct QuoteExtractorTests {
    func quotes(_ text: String) -> [QuoteMention] {
        let article = Article(id: "t", input: "t", language: "en", text: text)
        return ArticleAnalyzer().analyze(article).quotes
    }

    func mention(_ text: String, _ quote: QuoteMention) -> String? {
        guard let start = quote.speakerStart, let end = quote.speakerEnd else { return nil }
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    func quote(_ quotes: [QuoteMention], containing words: String) throws -> QuoteMention {
        try #require(quotes.first { $0.text.contains(words) }, "no quote with \"\(words)\" in \(quotes.map(\.text))")
    }

    @Test func quoteThenNameSaid() throws {
        let text = """
            Harbor Board Approves Dredging

            The harbor board voted on Tuesday to deepen the channel.

            "We have waited for this channel for far too long," Ellen Park said.
            """
        let quote = try quote(quotes(text), containing: "waited for this channel")
        #expect(quote.kind == .direct)
        #expect(quote.speaker == "Ellen Park")
        #expect(quote.cue == "said")
        #expect(mention(text, quote) == "Ellen Park")
        // Offsets are scalars of the article text, the content without its quotation marks.
        #expect(Array(text.unicodeScalars)[quote.start - 1] == "\"")
        let cueStart = try #require(quote.cueStart)
        let cueEnd = try #require(quote.cueEnd)
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[cueStart..<cueEnd])) == "said")
    }

    @Test func nameSaidColonQuote() throws {
        let text = """
            The mayor, Tom Okafor, spoke after the vote.

            Tom Okafor said: "The bridge will open before the winter storms arrive."
            """
        let quote = try quote(quotes(text), containing: "bridge will open")
        #expect(quote.speaker == "Tom Okafor")
        #expect(quote.cue == "said")
    }

    @Test func theListenerIsNotTheSpeaker() throws {
        let text = """
            Factory Closes Early

            Mara Lindqvist told DW: "Nobody warned the workers about the closure at all."
            """
        let quote = try quote(quotes(text), containing: "Nobody warned")
        #expect(quote.speaker == "Mara Lindqvist")
        #expect(mention(text, quote) == "Mara Lindqvist")
    }

    @Test func saidNameWithDescription() throws {
        let text = """
            Rivers Rise Again

            "The levees were never built for a flood of this size," said Jonas Weber, an expert at the Delta Water Institute.
            """
        let quote = try quote(quotes(text), containing: "levees were never built")
        #expect(quote.speaker == "Jonas Weber")
        #expect(quote.speakerDescription == "an expert at the Delta Water Institute")
    }

    @Test func quotationOverSeveralParagraphs() throws {
        let text = """
            Council Debates Budget

            Councillor Rita Haas opened the session with a long statement.

            "We cannot keep paying for roads we do not maintain. The numbers simply do not add up.

            "Next year the city will have to choose between repairs and new projects," she said.
            """
        let found = quotes(text)
        let first = try quote(found, containing: "keep paying for roads")
        let second = try quote(found, containing: "choose between repairs")
        #expect(second.speaker == "Rita Haas")
        #expect(first.speaker == "Rita Haas")
    }

    @Test func blockQuotationAfterAColon() throws {
        let text = """
            Union Responds

            The union leader Pavel Novak issued a statement:

            "Our members will not accept a contract that cuts their pensions."
            """
        let quote = try quote(quotes(text), containing: "will not accept a contract")
        #expect(quote.speaker == "Pavel Novak")
    }

    @Test func continuationAfterTheAttribution() throws {
        let text = """
            Schools Reopen

            "The buildings are safe again," Grace Obi said. "Classes start on Monday for every grade."
            """
        let found = quotes(text)
        let second = try quote(found, containing: "Classes start")
        #expect(second.speaker == "Grace Obi")
        #expect(second.isContinuation)
    }

    @Test func reportedSpeechWithThat() throws {
        let text = """
            Port Strike Ends

            Harbor director Lena Moss said that the cranes would run again by Thursday morning.
            """
        let quote = try quote(quotes(text), containing: "cranes would run again")
        #expect(quote.kind == .indirect)
        #expect(quote.speaker == "Lena Moss")
        #expect(!quote.text.hasPrefix("that"))
        #expect(quote.text == "the cranes would run again by Thursday morning")
    }

    @Test func accordingTo() throws {
        let text = """
            Storm Damage

            According to Karl Brenner, the repairs will take at least three weeks to finish.
            """
        let quote = try quote(quotes(text), containing: "repairs will take")
        #expect(quote.speaker == "Karl Brenner")
        #expect(quote.cue == "according to")
        #expect(quote.text == "the repairs will take at least three weeks to finish")
    }

    @Test func reportedSpeechBeforeTheCue() throws {
        let text = """
            Ferry Service

            The ferry will stop running after the holidays, the operator Nordlink said.
            """
        let quote = try quote(quotes(text), containing: "ferry will stop running")
        #expect(quote.speaker == "Nordlink")
        #expect(quote.text == "The ferry will stop running after the holidays")
    }

    @Test func pronounsResolveToTheLastNamedSpeaker() throws {
        let text = """
            Vote Delayed

            Senator Ada Brooks said the vote would wait until spring.

            "We need more time to read the bill properly," she said.
            """
        let quote = try quote(quotes(text), containing: "more time to read")
        #expect(quote.speaker == "Ada Brooks")
        // The mention stays the pronoun in the text.
        #expect(mention(text, quote) == "she")
    }

    @Test func theSourceRefersBackToTheDescribedSource() throws {
        let text = """
            Talks Stall

            A source close to the negotiating team said the talks had stalled over fishing rights.

            "Nobody expected the fishing question to be this hard," the source said.
            """
        let found = quotes(text)
        let first = try quote(found, containing: "talks had stalled")
        #expect(first.speaker == nil)
        #expect(first.speakerDescription == "A source close to the negotiating team")
        let second = try quote(found, containing: "Nobody expected")
        #expect(second.speakerDescription == "A source close to the negotiating team")
        #expect(mention(text, second) == "the source")
    }

    @Test func theExpertRefersBackToTheLastNamedSpeaker() throws {
        let text = """
            Grid Under Strain

            Ines Duarte, an engineer at the grid operator, said the network was running at its limit.

            "Another heat wave would push it over the edge," said the engineer.
            """
        let quote = try quote(quotes(text), containing: "Another heat wave")
        #expect(quote.speaker == "Ines Duarte")
    }

    @Test func titlesAndRolesAreKeptInTheDescription() throws {
        let text = """
            Budget Passed

            Finance minister Otto Sandberg said the deficit would shrink next year.
            """
        let quote = try quote(quotes(text), containing: "deficit would shrink")
        #expect(quote.speaker == "Otto Sandberg")
        #expect(quote.speakerDescription == "Finance minister")
    }

    @Test func publicationsSpeak() throws {
        let text = """
            Trade Routes

            The shipping lanes have become far more crowded this year, Harbor Weekly writes.
            """
        let quote = try quote(quotes(text), containing: "shipping lanes")
        #expect(quote.speaker == "Harbor Weekly")
        #expect(quote.cue == "writes")
    }

    @Test func scareQuotesAreNotQuotes() throws {
        let text = """
            New Plan

            The company called its plan a "fresh start" for the town and moved on.
            """
        #expect(quotes(text).allSatisfy { $0.kind != .direct })
    }

    @Test func aVerbInARelativeClauseReportsNothing() {
        let text =
            "Nobody is allowed back, because the curfew that the mayor, Ada Wren, declared on Monday is in force."
        #expect(!quotes(text).contains { $0.text.contains("in force") })
    }

    @Test func aQuotationSignedWithADash() throws {
        let text = """
            Readers wrote in after the debate.

            “The council forgot the people who live by the river.” ― Hana Ruiz
            “Nobody asked us before the flood wall went up.” ― Piet Olsen
            """
        #expect(try quote(quotes(text), containing: "forgot the people").speaker == "Hana Ruiz")
        #expect(try quote(quotes(text), containing: "Nobody asked us").speaker == "Piet Olsen")
    }

    @Test func aSecondVerbSharesTheSubject() throws {
        let text = """
            The vote was close.

            Asked whether she would resign, Mayor Ada Wren shook her head and said, “Not today.”
            """
        let found = try quote(quotes(text), containing: "Not today")
        #expect(found.kind == .direct)
        #expect(found.speaker == "Ada Wren")
    }

    @Test func aQuestionThenNameSaidOf() throws {
        let text = """
            The mayor spoke at length. Ada Wren has led the city since 2019.

            “Who do they think they are?” Wren said of the water board on Monday, when it refused to meet her.
            """
        let found = quotes(text)
        #expect(try quote(found, containing: "Who do they think").speaker == "Ada Wren")
        // The words after the cue belong to the writer, not to a second statement of hers.
        #expect(!found.contains { $0.text.contains("water board") })
    }

    @Test func aSpeakerFromAPlace() throws {
        let text = """
            The bill passed on Friday.

            “This is a good day for farmers,” said Senator Lena Holt of Nebraska, who voted for it.
            """
        let found = try quote(quotes(text), containing: "good day for farmers")
        #expect(found.speaker == "Lena Holt")
    }

    @Test func aQuotationInTheNextParagraphIsAStatementOfItsOwn() throws {
        let text = """
            “We will rebuild the bridge,” said Omar Haddad, the engineer.

            “The old one was never safe.”
            """
        let found = quotes(text)
        let second = try quote(found, containing: "never safe")
        #expect(second.speaker == "Omar Haddad")
        #expect(!second.isContinuation)
    }
}

/// The seed story's quotes, where the shared corpus sits beside the repository.
@Suite(
    "Seed story quotes",
    .enabled(if: SeedStory.folder != nil, "../shared/corpus/seed-story is absent: quote checks skipped"))
struct SeedStoryQuoteTests {
    @Test func speakersAreAttributedInTheirArticles() throws {
        let folder = try #require(SeedStory.folder)
        let read = InputReader().read(paths: [folder.path])
        let digest = StoryPipeline().run(read.documents)
        let files = Dictionary(
            digest.articles.map { ($0.id, String(URL(fileURLWithPath: $0.input).lastPathComponent.prefix(3))) },
            uniquingKeysWith: { first, _ in first })
        var speakers: [String: Set<String>] = [:]
        var anonymous: [String: Set<String>] = [:]
        for quote in digest.stories.flatMap(\.quotes) {
            let file = files[quote.article] ?? "?"
            if let speaker = quote.speaker {
                speakers[speaker, default: []].insert(file)
            } else if let description = quote.speakerDescription {
                anonymous[description, default: []].insert(file)
            }
        }
        #expect(speakers["Neil Melvin"] == ["002"])
        #expect(speakers["Felix Riefer"] == ["002"])
        #expect(speakers["Petro Oleshchuk"] == ["002"])
        #expect(speakers["Volodymyr Zelenskyy"]?.contains("002") == true)
        #expect(speakers["Abbas Gallyamov"] == ["003"])
        #expect(anonymous.contains { $0.key.lowercased().contains("source close to") && $0.value == ["000"] })
    }
}
