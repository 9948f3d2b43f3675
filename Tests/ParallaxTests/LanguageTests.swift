import Testing

@testable import Parallax

@Suite("Language tools")
struct LanguageTests {
    let segmenter = TextSegmenter()

    @Test func abbreviationsDoNotEndSentences() {
        let text = "Mr. Ostrand met U.S. officials on Jan. 7 in Washington. Dr. Brandt was not there. Was Gen. Holm?"
        let sentences = segmenter.sentences(in: text).map { String(text[$0]) }
        #expect(
            sentences == [
                "Mr. Ostrand met U.S. officials on Jan. 7 in Washington.", "Dr. Brandt was not there.",
                "Was Gen. Holm?",
            ])
    }

    @Test func paragraphBreaksEndSentences() {
        let text = "A heading without a stop\n\nThe body starts here."
        #expect(segmenter.sentences(in: text).count == 2)
    }

    @Test func wordsSkipSpacesAndPunctuation() {
        let text = "Dockers (1,200 of them) walked out — again."
        #expect(
            segmenter.words(in: text).map { String(text[$0]) } == [
                "Dockers", "1,200", "of", "them", "walked", "out", "again",
            ])
    }

    @Test func emptyTextHasNoSegments() {
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.words(in: "").isEmpty)
    }

    @Test func snowballStemsInflectionsAlike() throws {
        let english = try #require(SnowballStemmer(languageCode: "en"))
        #expect(english.stem("elections") == english.stem("election"))
        #expect(english.stem("striking") == "strike")
        let russian = try #require(SnowballStemmer(languageCode: "ru"))
        #expect(russian.stem("выборы") == russian.stem("выборов"))
        #expect(SnowballStemmer(languageCode: "xx") == nil)
    }

    @Test(arguments: [
        ("The harbour workers voted to continue the strike until the company improves its offer.", "en"),
        (
            "Die Hafenarbeiter haben beschlossen, den Streik fortzusetzen, bis das Unternehmen sein Angebot verbessert.",
            "de"
        ),
        ("Портовые рабочие решили продолжить забастовку, пока компания не улучшит своё предложение.", "ru"),
        ("Les dockers ont voté la poursuite de la grève jusqu'à ce que l'entreprise améliore son offre.", "fr"),
    ])
    func identifiesLanguages(text: String, code: String) {
        #expect(LanguageIdentifier().identify(text) == code)
    }

    @Test func unknownLanguageIsNil() {
        #expect(LanguageIdentifier().identify("12345 67890") == nil)
    }
}
