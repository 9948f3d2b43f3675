import Testing

@testable import Parallax

/// Tellers that are documents and polls, and subjects after a sentence's opening phrase, ninth round
/// (docs/analysis-evaluation.md): a record or report closing its sentence after a comma, a poll
/// opening "In a … poll …," when its respondents "said", the subject after an opening phrase,
/// clause or dateline, and cue forms that are plural nouns there. Sentences written for these
/// tests; each article's first line is its title.
@Suite("Document tellers and opening phrases")
struct DocumentTellerTests {
    let fixtures = SpeakerStructureTests()

    /// The quotes of an article of one title line and `paragraph`, each with the text of its
    /// speaker mention.
    func quotes(_ paragraph: String) -> [(quote: QuoteMention, mention: String?)] {
        let text = "Harbor vote\n\n" + paragraph
        let scalars = Array(text.unicodeScalars)
        return fixtures.analyzed(text).quotes.map { quote in
            let mention = quote.speakerStart.flatMap { start in
                quote.speakerEnd.map { String(String.UnicodeScalarView(scalars[start..<$0])) }
            }
            return (quote, mention)
        }
    }

    @Test func aRecordClosingItsSentenceTellsTheClauseBeforeIt() throws {
        let found = try #require(
            quotes("Ada Wren sold the ferry to the harbor board in 2019, records show.").first {
                $0.quote.text.contains("sold the ferry")
            })
        #expect(found.mention == "records")
        #expect(found.quote.cue == "show")
        // "show" after a noun that no plural or object follows is a noun.
        for paragraph in [
            "The harbor show will open on Friday with new boats and a band.",
            "Mayor Ada Wren spoke on her radio show when the storm hit the quay.",
            "The boat awards show will have a new host this year, the board decided.",
        ] {
            #expect(!quotes(paragraph).contains { $0.quote.cue == "show" }, "\(paragraph)")
        }
    }

    @Test func aPollOpeningTheSentenceTellsWhatItsRespondentsSaid() throws {
        let poll = try #require(
            quotes("In a Harbor Gazette poll released Monday, 61 percent of traders said the quay fees were too high.")
                .first)
        #expect(poll.mention == "a Harbor Gazette poll released Monday")
        // A speech is no poll, and a person is no share of those asked.
        let speech = try #require(
            quotes("In a speech on Monday, Ada Wren said the quay fees were too high for the small boats.").first)
        #expect(speech.quote.speaker == "Ada Wren")
    }

    @Test(arguments: [
        // A name inside the opening phrase, a place's state between commas.
        (
            "At a Wren campaign event in Port Ellis, Maine, Tom Brandt railed against the fees, and explained that the quay would silt up by spring.",
            "quay would silt up", "Tom Brandt"
        ),
        // A dateline in mixed case with its outlet in brackets.
        (
            "Boston (AFP) – Governor Ada Wren has taken a swipe at the dredging plan, saying that the quay would silt up before the summer.",
            "silt up before the summer", "Governor Ada Wren"
        ),
        // A bracketed outlet after a dateline's abbreviated state, where the sentence may be cut.
        (
            "TESSEL, Fla. (Reuters) - Governor Ada Wren visited the flooded quay on Thursday, and said the harbor would be rebuilt.",
            "harbor would be rebuilt", "Governor Ada Wren"
        ),
        // A shouted dateline without brackets, then a participle's phrase.
        (
            "PORT ELLIS, Maine - Rallying hundreds of fishermen on the quay, Governor Ada Wren spoke for an hour and promised to halt the dredging this year.",
            "halt the dredging", "Governor Ada Wren"
        ),
        // A described subject before a clause that interrupts it and its cue.
        (
            "The harbor office, when contacted by the Tessel Gazette, said the north quay would reopen in May.",
            "north quay would reopen", "The harbor office"
        ),
        (
            "A harbor official, speaking on the condition of anonymity, said the dredging had been halted.",
            "dredging had been halted", "A harbor official"
        ),
    ])
    func theTellerIsTheSentencesSubject(paragraph: String, words: String, mention: String) throws {
        let found = try #require(quotes(paragraph).first { $0.quote.text.contains(words) })
        #expect(found.mention == mention)
    }

    @Test func aCuesPluralClosingAnOpeningPhraseIsANoun() throws {
        let found = quotes(
            "In CNN interviews and tweets, Tom Brandt has argued that the new fees break the old charter.")
        #expect(!found.contains { $0.quote.cue == "tweets" })
        #expect(found.first { $0.quote.text.contains("new fees break") }?.mention == "Tom Brandt")
    }

    @Test func aPluralAfterAnAdjectiveThatNoDeterminerOpensIsANoun() {
        for paragraph in [
            "Tom Brandt struck populist notes at the rally on the quay after the vote.",
            "The fishermen booed Tom Brandt, who talked about renewed fears of flooding on the quay.",
        ] {
            #expect(!quotes(paragraph).contains { ["notes", "fears"].contains($0.quote.cue) }, "\(paragraph)")
        }
        // A singular subject's verb stays a cue.
        #expect(
            quotes("The harbor report notes that the north quay will silt up within two years.").contains {
                $0.quote.cue == "notes" && $0.mention == "The harbor report"
            })
    }

    @Test func theQuestionPutToATellerHasNoSpeakerAndNoPlaceInABrief() throws {
        let paragraph =
            "Asked whether the board would close the north quay before the storm, Ada Wren said, \"Not this week.\""
        let question = try #require(quotes(paragraph).first { $0.quote.text.hasPrefix("Asked whether") })
        #expect(question.quote.speaker == nil && question.mention == nil)
        #expect(
            quotes(paragraph).contains { $0.quote.text.contains("Not this week") && $0.quote.speaker == "Ada Wren" })
        let brief = BriefQuoteFilterTests().briefQuotes("Harbor vote\n\n" + paragraph)
        #expect(!brief.contains { $0.text.hasPrefix("Asked") })
    }
}
