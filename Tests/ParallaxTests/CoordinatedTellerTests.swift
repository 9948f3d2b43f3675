import Testing

@testable import Parallax

/// Asides, coordinated cues and adverbial clauses, eleventh round (docs/analysis-evaluation.md): an
/// adverb set off by commas between a subject and its cue is an aside; a cue after "and" or "but"
/// (over auxiliaries and a time) shares the subject of the clause's earlier cue or opening; reported words that run into a quotation a later cue of the
/// clause attributes end before that cue's "and"; a cue after "when", "because" … tags no quotation
/// before it; a time phrase after a cue that ends at a comma before a subordinate clause is the
/// cue's adjunct; a plural cue form after a name's past verb is that verb's object; the infinitive
/// after "go on to" is the subject's statement. Sentences
/// written for these tests, each beside a control.
@Suite("Asides, coordinated cues and adverbial clauses")
struct CoordinatedTellerTests {
    let fixtures = DocumentTellerTests()

    @Test func anAdverbSetOffByCommasIsAnAside() throws {
        let found = try #require(
            fixtures.quotes("The two skippers, however, argue that the quay fee is far too high for small boats.").first
        )
        #expect(found.mention == "The two skippers")
        #expect(found.quote.text.hasPrefix("the quay fee"))
        // Control: with no aside the subject was found already.
        let plain = try #require(
            fixtures.quotes("The skippers argue that the quay fee is far too high for small boats.").first)
        #expect(plain.mention == "The skippers")
    }

    @Test func aCueAfterAndSharesTheSubjectOfTheClausesEarlierCue() throws {
        let quotes = fixtures.quotes(
            "In a long, friendly interview with reporter Tom Brandt last week, Ada Wren said she welcomed the vote and added, \"We will rebuild the quay before the winter storms.\""
        )
        let added = try #require(quotes.first { $0.quote.cue == "added" })
        #expect(added.mention == "Ada Wren")
        #expect(added.quote.speaker == "Ada Wren")
        let backed = try #require(
            fixtures.quotes(
                "Eight years ago, she backed Tom Brandt over the harbor board and said, \"The quay needs a skipper, not a committee.\""
            ).first { $0.quote.text.hasPrefix("The quay needs") })
        #expect(backed.mention == "she")
        #expect(backed.quote.speaker != "Tom Brandt")
        // Control: after a comma the earlier cue is another clause's ("whom she supported").
        let smiled = try #require(
            fixtures.quotes(
                "When asked whom she supported, Ada Wren smiled and said, \"I am waiting for the harbor board to decide.\""
            ).first)
        #expect(smiled.mention == "Ada Wren")
    }

    @Test func reportedWordsEndBeforeTheAndOfALaterQuotationsCue() throws {
        let quotes = fixtures.quotes(
            "In a long, friendly interview with reporter Tom Brandt last week, Ada Wren said she welcomed the vote and added, \"We will rebuild the quay before the winter storms.\""
        )
        let said = try #require(quotes.first { $0.quote.cue == "said" })
        #expect(said.quote.text == "she welcomed the vote")
        #expect(said.quote.speaker == "Ada Wren")
        // Control: reported words with no quotation after them run to the sentence's end.
        let alone = try #require(
            fixtures.quotes("Ada Wren said she welcomed the vote and the new quay.").first)
        #expect(alone.quote.text == "she welcomed the vote and the new quay")
    }

    @Test func aCueAfterAnAdverbialOpenerTagsNoQuotationBeforeIt() throws {
        let quotes = fixtures.quotes(
            "Ada Wren said Tom Brandt was “absolutely right” when he said on Monday that the quay would close for the winter."
        )
        #expect(!quotes.contains { $0.quote.text == "absolutely right" })
        let outer = try #require(quotes.first { $0.quote.text.contains("absolutely right") })
        #expect(outer.mention == "Ada Wren")
        // Control: a cue right after a short quotation still tags it.
        let tagged = try #require(
            fixtures.quotes("Ada Wren called the new fee “a disgrace,” Tom Brandt said.").first {
                $0.quote.text.hasPrefix("a disgrace")
            })
        #expect(tagged.mention == "Tom Brandt")
    }

    @Test func aTimePhraseBeforeASubordinateClauseIsTheCuesAdjunct() throws {
        let quotes = fixtures.quotes(
            "The fee is an insult to every skipper on the coast, harbor leaders said Friday afternoon, as they bristled at the board's questions."
        )
        let said = try #require(quotes.first { $0.quote.cue == "said" })
        #expect(said.quote.text == "The fee is an insult to every skipper on the coast")
        #expect(said.mention == "harbor leaders")
        #expect(!quotes.contains { $0.quote.text.hasPrefix("Friday afternoon") })
        // Control: a time phrase closing the sentence was an adjunct already.
        let closing = try #require(
            fixtures.quotes("The fee is an insult to every skipper on the coast, harbor leaders said on Friday.").first)
        #expect(closing.quote.text == "The fee is an insult to every skipper on the coast")
    }

    @Test func aPluralAfterANamesPastVerbIsItsObject() {
        let quotes = fixtures.quotes(
            "Ada Wren scrutinized reports like the harbor survey, which tied the floods to the new quay.")
        #expect(!quotes.contains { $0.quote.cue == "reports" })
        #expect(!quotes.contains { $0.mention?.contains("scrutinized") == true })
        // Control: after a name alone the form is the cue.
        let notes = fixtures.quotes("Ada Wren notes that the quay will close for the winter storms.")
        #expect(notes.first?.mention == "Ada Wren")
        #expect(notes.first?.quote.cue == "notes")
    }

    @Test func aCueAfterButSharesTheSubjectOfAnEarlierCue() throws {
        let quotes = fixtures.quotes(
            "Ada Wren said she welcomed the vote but added, \"We will rebuild the quay before the storms.\"")
        let added = try #require(quotes.first { $0.quote.text.hasPrefix("We will rebuild") })
        #expect(added.mention == "Ada Wren")
        #expect(added.quote.cue == "added")
        #expect(quotes.contains { $0.quote.cue == "said" && $0.quote.text == "she welcomed the vote" })
        // Control: a clause with a subject of its own after "but" keeps it.
        let said = try #require(
            fixtures.quotes("Ada Wren criticized the board, but Tom Brandt said the plan for the quay was sound.").first
            {
                $0.quote.cue == "said"
            })
        #expect(said.mention == "Tom Brandt")
    }

    /// With no cue before it, a verb after "but" does not take the sentence's opening name: the
    /// plot of a film, "… but has said …" after a subject that is no name (ECB+ open, eleventh round).
    @Test func aCueAfterButWithNoEarlierCueTakesNoOpeningName() {
        let plot = fixtures.quotes("The second film centers on Ada Wren and Tom Brandt but adds Jacob, a fisherman.")
        #expect(plot.isEmpty)
        // Control: a plain "and said" still shares the sentence's opening name.
        let plain = fixtures.quotes("Ada Wren shook her head and said the quay fee was too high.")
        #expect(plain.first?.mention == "Ada Wren")
    }

    @Test func theInfinitiveAfterGoOnToIsTheSubjectsStatement() throws {
        let quotes = fixtures.quotes(
            "Ada Wren went on to explain how she believes the new fee left the skippers without work.")
        let explained = try #require(quotes.first)
        #expect(explained.quote.cue == "explain")
        #expect(explained.mention == "Ada Wren")
        #expect(explained.quote.text.hasPrefix("how she believes"))
        #expect(!quotes.contains { $0.mention == "she" })
        // Control: "went on to" a place says nothing.
        #expect(fixtures.quotes("Ada Wren went on to the harbor office and said nothing.").isEmpty)
    }
}
