import Testing

@testable import Parallax

/// A cue verb that also names an act, read by its complement's shape (docs/analysis-evaluation.md,
/// "Twelfth round, second part: non-quotes"): "declared X a Y", "posted a record of 43-39" and
/// "continued her painting work" act, and "boasted a long porch" has one; "declared she was ready", "declared the intention to …",
/// "posted a photo of …" and "continued his attacks on …" tell. An opening participle phrase ends
/// at its first comma; a cue joined by "and" to a second verb has no
/// complement. Texts written for these tests, each beside a control.
@Suite("Acting complements of cue verbs")
struct ActingComplementTests {
    func quotes(_ text: String) -> [QuoteMention] {
        ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: "Harbor vote\n\n" + text)).quotes
    }

    func hasQuote(_ words: String, in text: String) -> Bool {
        quotes(text).contains { $0.text.contains(words) }
    }

    @Test func declaredWithAnObjectAndItsComplementActs() {
        let text = "The harbor board met on Friday. The harbor board declared the old pier a protected site this year."
        #expect(!hasQuote("protected site", in: text))
        // Controls: a clause and an infinitive after "declared" are what was declared.
        let clause = "The harbor board met on Friday. Ada Wren declared she was ready to rebuild the old pier."
        #expect(quotes(clause).first { $0.text.contains("she was ready") }?.speaker == "Ada Wren")
        let intention =
            "The harbor board met on Friday. The harbor board declared the intention to rebuild the old pier."
        #expect(hasQuote("the intention to rebuild", in: intention))
    }

    @Test func postedWithAResultActs() {
        let text = "Tom Brandt took over the harbor team in 2004 and posted a record of 43-39 in his first season."
        #expect(!hasQuote("a record of 43-39", in: text))
        // Control: a post without a number is something published.
        let photo = "Ada Wren posted a photo of the flooded quay on her website late on Friday night."
        #expect(quotes(photo).first { $0.text.contains("a photo of the flooded quay") }?.speaker == "Ada Wren")
    }

    @Test func continuedWithAPossessivesWorkActs() {
        let text = "They divorced in 1950 and Ada Wren continued her painting work in Harbor City."
        #expect(!hasQuote("her painting work", in: text))
        // Control: a possessive's attacks are something said.
        let attacks = "Tom Brandt continued his attacks on the harbor board for weeks, calling its plan reckless."
        #expect(quotes(attacks).first { $0.text.contains("his attacks on") }?.speaker == "Tom Brandt")
    }

    @Test func boastedWithAnIndefiniteObjectHasIt() {
        let text = "The old boathouse on the quay boasted a long porch and a red roof until the storm."
        #expect(!hasQuote("a long porch", in: text))
        // Control: "boasted that" is what was boasted.
        let clause = "Tom Brandt boasted that the harbor team would win the title next season."
        #expect(quotes(clause).first { $0.text.contains("the harbor team would win") }?.speaker == "Tom Brandt")
    }

    @Test func anOpeningParticiplePhraseEndsAtItsFirstComma() {
        let text = """
            Responding to a call from the quay, the harbor crew swung into action at once to clear the wreck, \
            a board release said.
            """
        #expect(hasQuote("the harbor crew swung into action", in: text))
        // Control: with no clause after the phrase, the opening is still no statement.
        let opening = """
            Ada Wren never spoke of her years on the quay.
            Looking back on the years that followed, she told the Harbor Gazette in 1998:
            "I never thought it was shameful."
            """
        #expect(!quotes(opening).contains { $0.text.hasPrefix("Looking back") })
    }

    @Test func aCueJoinedToASecondVerbHasNoComplement() {
        let text = "Fire crews reached the quay at noon. Harbor police quickly responded and surrounded the boathouse."
        #expect(!hasQuote("surrounded the boathouse", in: text))
        // Control: a clause after the same cue is what was said.
        let clause =
            "Fire crews reached the quay at noon. Harbor police responded that the boathouse on the quay was safe."
        #expect(hasQuote("the boathouse on the quay was safe", in: clause))
    }
}
