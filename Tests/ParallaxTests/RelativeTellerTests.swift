import Testing

@testable import Parallax

/// Relatives and nested tellers, tenth round (docs/analysis-evaluation.md): a relative right before
/// its cue ("some who warned") is its own teller and ends the content of a cue before it after a
/// comma; it is resolved to the noun phrase it follows; a pronoun after the "that" an earlier cue's
/// content opens with is that content's subject; a name the inverted subject's reach cuts goes on
/// to its end. Sentences written for these tests, each beside a control.
@Suite("Relative and nested tellers")
struct RelativeTellerTests {
    let fixtures = DocumentTellerTests()

    @Test func aRelativeRightBeforeItsCueTellsNotAnEarlierRelativesAntecedent() throws {
        let found = try #require(
            fixtures.quotes(
                "The fee drew rebukes from traders and skippers across the harbor who have fought the board — including some who warned it could drive the ferries away."
            ).first { $0.quote.text.contains("drive the ferries") })
        #expect(found.mention == "who")
        // "some" is no speaker, and the last speaker is none either.
        #expect(found.quote.speaker == nil && found.quote.speakerDescription == nil)
        // Control: a relative clause between the subject and its cue still gives the subject.
        let restricted = try #require(
            fixtures.quotes("Skippers who have fought the board warned that the fee could drive the ferries away.")
                .first)
        #expect(restricted.mention == "Skippers")
    }

    @Test func aRelativeAfterACommaInTheContentTellsOnItsOwn() throws {
        let quotes = fixtures.quotes(
            "Asked about the fee, 40 percent of skippers said yes, compared with 12 percent who said the quay should stay free for small boats."
        )
        let share = try #require(quotes.first { $0.quote.text.hasPrefix("the quay should stay free") })
        #expect(share.mention == "who")
        // The relative stands for the share before it, not for the share that spoke first.
        #expect(share.quote.speakerDescription == "12 percent")
        #expect(!quotes.contains { $0.mention == "40 percent of skippers" && $0.quote.text.contains("quay") })
        // Control: with no comma before it, a relative inside the content stays in it.
        let inside = try #require(
            fixtures.quotes("Ada Wren said the board paid a large sum to a skipper who said the quay was unsafe.").first
        )
        #expect(inside.mention == "Ada Wren")
        #expect(inside.quote.text.contains("the quay was unsafe"))
    }

    @Test func aRelativesAntecedentIsTheNounPhraseItFollows() throws {
        let woman = try #require(
            fixtures.quotes(
                "Later he reached the north quay, where he kidnapped a woman who says she talked Brandt into giving up."
            ).first { $0.quote.text.contains("talked Brandt") })
        #expect(woman.quote.speakerDescription == "a woman")
        let jurors = try #require(
            fixtures.quotes(
                "Paul Ross spoke after the verdict. The two jurors, who indicated they were among the nine voting to convict Brandt, reported that one of the holdouts even slept."
            ).first { $0.quote.text.contains("among the nine") })
        #expect(jurors.quote.speakerDescription == "The two jurors")
        #expect(jurors.quote.speaker == nil)
        // Control: a name before the comma is still the relative's speaker.
        let named = try #require(
            fixtures.quotes("The senators met with Ada Wren, who said the plan would fail.").first)
        #expect(named.quote.speaker == "Ada Wren")
    }

    @Test func aPronounAfterAnEarlierCuesThatIsItsContentsSubject() throws {
        let nested = try #require(
            fixtures.quotes(
                "Ada Wren spoke at the quay on Monday. The mayor also told harbor correspondent Tom Brandt that she believes she, “may have lost the ferries for good.”"
            ).first { $0.quote.text.contains("lost the ferries") })
        #expect(nested.mention == "The mayor")
        // Control: a pronoun after a comma opens a clause of its own.
        let own = try #require(
            fixtures.quotes(
                "Ada Wren told reporters about the fee at a briefing on the quay, and she believes the board has lost the ferries for good."
            ).first { $0.quote.text.contains("lost the ferries") })
        #expect(own.mention == "she")
    }

    @Test func aNameTheInvertedSubjectsReachCutsGoesOnToItsEnd() throws {
        let long = try #require(
            fixtures.quotes(
                "“The board keeps taking pot shots at everything in sight, including the old harbor law,” said House Harbor Committee Chairman Tom J. Brandt II (D-W.Va.), who said he would file a bill next year."
            ).first { $0.quote.text.contains("pot shots") })
        #expect(long.quote.speaker?.hasSuffix("Tom J. Brandt II") == true)
        // Control: a short one was found before as well.
        let short = try #require(
            fixtures.quotes(
                "“The board keeps taking pot shots at everything in sight, including the old harbor law,” said Chairman Tom Brandt (D-Maine), who said he would file a bill next year."
            ).first { $0.quote.text.contains("pot shots") })
        #expect(short.quote.speaker == "Tom Brandt")
    }

    @Test func aContrastingSubordinatorOpensAClauseOfItsOwn() throws {
        let quotes = fixtures.quotes(
            "Only 52 percent of skippers agreed that the quay is in \"good enough shape to stay open all winter,\" while 73 percent said the same of the lock."
        )
        // The quoted phrase belongs to the first share's clause, not to the cue after "while".
        #expect(!quotes.contains { $0.mention == "73 percent" && $0.quote.text.contains("good enough shape") })
        #expect(
            quotes.contains { $0.mention == "Only 52 percent of skippers" && $0.quote.text.contains("good enough") })
        let split = fixtures.quotes("Ada Wren said the quay was safe, while Tom Brandt said the lock was not.")
        #expect(split.contains { $0.quote.speaker == "Ada Wren" && $0.quote.text == "the quay was safe" })
        #expect(split.contains { $0.quote.speaker == "Tom Brandt" && $0.quote.text == "the lock was not" })
        // Control: "and" without a comma or a subject of its own stays inside the content.
        let joined = try #require(fixtures.quotes("Ada Wren said the quay was safe and the lock was not.").first)
        #expect(joined.quote.text == "the quay was safe and the lock was not")
    }

    @Test func aPronounAfterAQuotationIsTheWholeSubject() throws {
        let found = try #require(
            fixtures.quotes(
                "Ada Wren spoke on Monday. “The skippers keep paying the fee and nobody ever asks them,” she points out."
            ).first { $0.quote.text.contains("skippers keep paying") })
        #expect(found.mention == "she")
        #expect(found.quote.cue == "points")
        #expect(found.quote.speaker == "Ada Wren")
        // Control: a cue in the lexicon after the pronoun gave the same before.
        let said = try #require(
            fixtures.quotes(
                "Ada Wren spoke on Monday. “The skippers keep paying the fee and nobody ever asks them,” she said."
            ).first)
        #expect(said.quote.cue == "said")
    }

    @Test func aParticiplesSubjectOpensTheLastClauseBeforeIt() throws {
        let quotes = fixtures.quotes(
            "Over the past week, inspectors charged the skipper with fraud and Ada Wren fired her harbor master, Tom Brandt, acknowledging that many traders have lost trust in the board."
        )
        let found = try #require(quotes.first { $0.quote.text.contains("lost trust") })
        #expect(found.quote.speaker == "Ada Wren")
        // The first clause's cue keeps its own content only.
        #expect(quotes.contains { $0.mention == "inspectors" && $0.quote.text == "the skipper with fraud" })
        // Control: with one clause, its opening name tells as before.
        let single = try #require(
            fixtures.quotes(
                "Ada Wren fired her harbor master on Monday, acknowledging that many traders have lost trust in the board."
            ).first)
        #expect(single.quote.speaker == "Ada Wren")
    }

    @Test func aCueInsideTheQuestionPutToATellerIsPartOfTheQuestion() throws {
        let quotes = fixtures.quotes(
            "Asked if she believed the board wanted the ferries gone, Ada Wren said she would not jump to that conclusion."
        )
        #expect(!quotes.contains { $0.quote.text.contains("wanted the ferries gone") })
        #expect(quotes.contains { $0.quote.speaker == "Ada Wren" && $0.quote.text.contains("jump to that conclusion") })
        // Control: after the question's comma, a cue tells again.
        let answer = try #require(
            fixtures.quotes("Asked about the fee, Ada Wren said she believed the board wanted the ferries gone.").first)
        #expect(answer.quote.speaker == "Ada Wren")
        #expect(answer.quote.text.contains("wanted the ferries gone"))
    }
}
