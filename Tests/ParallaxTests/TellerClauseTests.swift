import Testing

@testable import Parallax

/// Tellers around a clause, eighth round (docs/analysis-evaluation.md): a relative clause with no
/// commas between a subject and its cue, a pronoun after an object's relative, adverbs between a
/// subject and its verb, two people joined by "and", a cue's form after a preposition, and a
/// quotation running into the paragraph whose cue names its speaker. Sentences written for these
/// tests; each article's first line is its title.
@Suite("Teller clauses")
struct TellerClauseTests {
    let fixtures = SpeakerStructureTests()

    /// The quote containing `words` in an article of one title line and `paragraphs`.
    func quote(_ paragraphs: String, containing words: String) throws -> (QuoteMention, String?) {
        let text = "Harbor vote\n\n" + paragraphs
        let found = try fixtures.quote(text, containing: words)
        let scalars = Array(text.unicodeScalars)
        let mention = found.speakerStart.flatMap { start in
            found.speakerEnd.map { String(String.UnicodeScalarView(scalars[start..<$0])) }
        }
        return (found, mention)
    }

    @Test(arguments: [
        // A relative clause without commas: the noun before "who" tells.
        (
            "Fishermen who have opposed the dredging plan warned on Tuesday that the north quay would silt up.",
            "north quay would silt up", "Fishermen"
        ),
        // A name inside that clause is not the teller.
        (
            "Two traders who spoke with Mayor Ada Wren said the quay fees would double next spring.",
            "quay fees would double", "Two traders"
        ),
        // A subject's own relative ("Name, who said") still tells.
        (
            "The board met on Monday. Tom Brandt, who said the quay fees were too high, left early.",
            "quay fees were too high", "who"
        ),
        // "in the past" between a subject and its verb is no teller.
        (
            "Brandt's closest friends have in the past said he was staying quiet to keep the vote calm.",
            "staying quiet to keep", "Brandt's closest friends"
        ),
    ])
    func theTellerMentionIsTheSubjectNotAWordInsideTheClause(
        paragraph: String, words: String, mention: String
    ) throws {
        let (_, found) = try quote(paragraph, containing: words)
        #expect(found == mention)
    }

    @Test func aPronounAfterAnObjectsRelativeTellsNotTheRelative() throws {
        let (found, mention) = try quote(
            "Governor Ada Wren spoke at the harbor on Monday. She praised the divers, who she said were working through the night.",
            containing: "working through the night")
        #expect(mention == "she")
        #expect(found.speaker == "Ada Wren")
    }

    @Test(arguments: [
        // An adverb between a subject and its verb.
        (
            "The Harbor Traders Guild has twice complained to the port office that the new fees break the old charter.",
            "new fees break the old charter", "Harbor Traders Guild"
        ),
        // Two people joined after the cue, and before it after a title phrase.
        (
            "\"The north quay will open before the summer trade begins,\" said Ada Wren and Tom Brandt.",
            "north quay will open", "Ada Wren and Tom Brandt"
        ),
        (
            "Harbor board members Ada Wren and Tom Brandt said the north quay would open before the summer trade.",
            "north quay would open", "Ada Wren and Tom Brandt"
        ),
        // The object of a verb is not joined to the teller.
        (
            "The guild thanked Ada Wren and Tom Brandt said the north quay would open before the summer trade.",
            "north quay would open", "Tom Brandt"
        ),
        // A quotation running into the next paragraph takes the cue that closes it there, whether the
        // paragraph reopens it with a mark or not.
        (
            "\"The divers did fine work this week,\" said Tom Brandt, who runs the ferry.\n\n\"He was shaken by the storm.\n\n\"He still finished the survey before dark,\" said Mayor Ada Wren.",
            "shaken by the storm", "Ada Wren"
        ),
        (
            "\"The divers did fine work this week,\" said Tom Brandt, who runs the ferry.\n\n\"He was shaken by the storm.\n\nHe still finished the survey before dark,\" said Mayor Ada Wren.",
            "shaken by the storm", "Ada Wren"
        ),
    ])
    func theSpeakerIsTheOneTheClauseNames(paragraphs: String, words: String, speaker: String) throws {
        let (found, _) = try quote(paragraphs, containing: words)
        #expect(found.speaker == speaker)
    }

    @Test func aCueWordAfterAPrepositionIsANoun() {
        let text = "Harbor vote\n\nThe court of claims denied the traders' motions to halt the dredging on Friday."
        #expect(!fixtures.analyzed(text).quotes.contains { $0.cue == "claims" })
    }
}
