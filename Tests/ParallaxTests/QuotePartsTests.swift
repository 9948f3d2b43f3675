import Testing

@testable import Parallax

/// Each part of the quote finder run alone on sentences written for these tests: quotation
/// marks, cue finding, speaker finding, reported speech, transcripts and speaker resolution.
@Suite("Quote finder parts")
struct QuotePartsTests {
    /// The analyzed sentences and names of `text`, and a quote-finding context over them.
    func context(_ text: String, configuration: QuoteConfiguration = .init()) -> QuoteExtractor.Context {
        let analyzed = ArticleAnalyzer().analyze(Article(id: "t", input: "t", language: "en", text: text))
        return QuoteExtractor.Context(
            scalars: Array(text.unicodeScalars), sentences: analyzed.sentences, entities: analyzed.entities,
            configuration: configuration)
    }

    @Test func quotationMarksPairAndShortOnesAreMarked() {
        let text = "She called it “a disgrace” and said: “We will not accept this plan at all.”"
        let spans = context(text).quotationSpans()
        #expect(spans.count == 2)
        #expect(spans.map(\.isLong) == [false, true])
        // A quotation of two words is long when the setting says so.
        var settings = QuoteConfiguration()
        settings.longQuotationWords = 2
        #expect(context(text, configuration: settings).quotationSpans().map(\.isLong) == [true, true])
    }

    @Test func unclosedQuotationRunsToItsParagraphEnd() {
        let text = "“The first paragraph goes on and on\n\n“and the second one closes it,” she said."
        let spans = context(text).quotationSpans()
        #expect(spans.first?.isContinued == true)
    }

    @Test func cueFindingGivesTheSubjectBeforeAndAfter() {
        let text = "Ada Wren said the bridge would open. The plan is late, said Tom Okafor, an engineer."
        let context = context(text)
        let extractor = QuoteExtractor()
        let first = extractor.cues(in: context.sentences[0], context: context)
        #expect(first.map(\.text) == ["said"])
        #expect(first.first?.source.speaker == "Ada Wren")
        let second = extractor.cues(in: context.sentences[1], context: context)
        #expect(second.first?.source.speaker == "Tom Okafor")
        #expect(second.first?.source.description == "an engineer")
    }

    @Test func speakerFindingReadsAnAppositiveAndATitle() throws {
        let text = "Neil Melvin, an expert at the Royal Institute, said the war had changed everything."
        let context = context(text)
        let tokens = context.sentences[0].tokens
        let said = try #require(tokens.firstIndex { $0.text == "said" })
        let found = try #require(QuoteExtractor().subject(before: said, in: tokens, context: context))
        #expect(found.2.speaker == "Neil Melvin")
        #expect(found.2.description == "an expert at the Royal Institute")
    }

    @Test func reportedSpeechTakesTheClauseAfterThat() throws {
        let text = "Tom Okafor said on Monday that the bridge would open before the winter."
        var context = context(text)
        let extractor = QuoteExtractor()
        context.cues = context.sentences.map { extractor.cues(in: $0, context: context) }
        let reported = extractor.reportedSpeech(in: context.sentences[0], context: context, taken: [], spentCues: [])
        #expect(reported.map(\.text) == ["the bridge would open before the winter"])
    }

    @Test func transcriptLabelsNamePeopleNotHosts() {
        let text = "HOST: Good morning to you all.\n\nSEN. ADA WREN: We will vote on the bill tonight."
        let quotes = QuoteExtractor().transcriptQuotes(in: context(text).sentences)
        #expect(quotes.map(\.speaker) == ["Sen. Ada Wren"])
    }

    @Test func resolutionGivesPronounsTheLastSpeaker() {
        let text = """
            Ada Wren said the bridge would open in the spring. She added that the cost had doubled.
            """
        let quotes = QuoteExtractor().quotes(
            in: text, sentences: context(text).sentences, entities: context(text).entities)
        #expect(quotes.map(\.speaker) == ["Ada Wren", "Ada Wren"])
    }
}
