import Foundation
import Testing

@testable import Parallax

/// Attributions the analysis finds that say nothing a brief should quote, each beside a control
/// that stays a quote. Texts written for these tests.
extension BriefQuoteFilterTests {
    func analyzedQuotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text)).quotes
    }

    /// The analysis finds each of `found` (a quote's opening), the brief drops every quote holding
    /// one of `dropped` and keeps one holding each of `kept`.
    func expectBrief(_ text: String, found: [String], dropped: [String], kept: [String]) {
        let analyzed = analyzedQuotes(text)
        let quotes = briefQuotes(text)
        for opening in found { #expect(analyzed.contains { $0.text.hasPrefix(opening) }, "\(opening)") }
        for phrase in dropped { #expect(!quotes.contains { $0.text.contains(phrase) }, "\(phrase)") }
        for phrase in kept { #expect(quotes.contains { $0.text.contains(phrase) }, "\(phrase)") }
    }

    @Test func aReportedQuestionIsNoStatement() {
        let text = """
            The harbor board has not answered the ferry owners since March, explaining why the owners have stopped asking about the north quay.

            There have been conflicting reports as to whether the lock will reopen before the summer trade.

            Harbor master Ada Wren said the lock would reopen before the summer trade begins in Orlen.
            """
        expectBrief(
            text, found: ["why the owners", "as to whether the lock"], dropped: ["stopped asking", "as to whether"],
            kept: ["lock would reopen"])
    }

    @Test func aCountReportedIsNoStatementAClauseIs() {
        let text = """
            The harbor website reported 65 complaints from Orlen.

            The harbor office reported that 65 boats had left the port before the storm.

            The quay walls are built to withstand the sort of small storms reported today, although they are always checked after such events.
            """
        expectBrief(
            text, found: ["65 complaints from Orlen", "today, although"], dropped: ["65 complaints", "always checked"],
            kept: ["65 boats had left the port"])
    }

    @Test func aTitleInQuotationMarksIsNoStatement() {
        let text = """
            Tom Brandt, author of "Harbor Lights:

            The Story of a Ferry Town," said in a 1996 interview with the Gazette that the quay was the town's heart.

            "The quay will reopen in May for the whole fleet," Ada Wren said.
            """
        expectBrief(
            text, found: ["The Story of a Ferry Town"], dropped: ["Story of a Ferry Town"], kept: ["reopen in May"])
    }

    @Test func theWritersParticipleAfterTheCuesCommaIsNoStatement() throws {
        let text = """
            "He's the quiet-season choice," a source said, perhaps referring to talk that Wren is hard to work with.
            Some ideas had been bounced around, she said, including turning the old sheds into a museum for the ferry town.
            """
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        func reported(_ content: String, cue: String) throws -> QuoteMention {
            let scalars = Array(text.unicodeScalars)
            let find = { (needle: String) -> Int? in
                let wanted = Array(needle.unicodeScalars)
                return (0...(scalars.count - wanted.count)).first { Array(scalars[$0..<$0 + wanted.count]) == wanted }
            }
            let start = try #require(find(content))
            let cueStart = try #require(find(cue))
            return QuoteMention(
                text: content, start: start, end: start + content.unicodeScalars.count, kind: .indirect,
                speaker: nil, speakerDescription: "a source", cue: "said", sentence: 0, cueStart: cueStart,
                cueEnd: cueStart + 4)
        }
        let gloss = try reported("referring to talk that Wren is hard to work with", cue: "said, perhaps")
        let listed = try reported("turning the old sheds into a museum for the ferry town", cue: "said, including")
        #expect(!BriefSynthesizer.saysSomething(gloss, in: article))
        #expect(BriefSynthesizer.saysSomething(listed, in: article))
    }

    @Test(arguments: [
        ("Wren said in a statement.", false), ("Kafoury's son, Tom, said after the hearing.", false),
        ("Ferry Town Queen", false), ("Another skipper said a pilot says the quay is closed.", true),
        ("I said, 'Oh my god!", true), ("The quay will reopen in May for the whole fleet,", true),
    ])
    func anAttributionTagOrABareTitleBetweenMarksIsNoStatement(text: String, isQuote: Bool) {
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: "\"\(text)\""))
        let quote = QuoteMention(
            text: text, start: 1, end: 1 + text.unicodeScalars.count, kind: .direct, speaker: "Ada Wren",
            speakerDescription: nil, cue: "said", sentence: 0)
        #expect(BriefSynthesizer.saysSomething(quote, in: article) == isQuote)
    }

    @Test(arguments: [
        ("it on his harbor radio show", false), ("the report to the Tessel Gazette", false),
        ("Last night, the harbor master reported that", false), ("8, one of six skippers on the board", false),
        ("it was the board's choice to close the quay", true), ("the report on the dredging was late", true),
        // Tenth round: how it was said ("said it all by looking into the camera") is no statement.
        ("it all by looking into the camera and daring anyone to call her wrong", false),
        ("it by saying nothing", false), ("it was bought by selling the old ferry", true),
    ])
    func aPronounAReportOrACutClauseIsNoStatement(text: String, isQuote: Bool) {
        let article = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        let quote = QuoteMention(
            text: text, start: 0, end: text.unicodeScalars.count, kind: .indirect, speaker: "Ada Wren",
            speakerDescription: nil, cue: "said", sentence: 0)
        #expect(BriefSynthesizer.saysSomething(quote, in: article) == isQuote)
    }
}
