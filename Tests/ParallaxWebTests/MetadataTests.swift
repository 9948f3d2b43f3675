import Testing

@testable import ParallaxEvaluation
@testable import ParallaxWeb

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2026-01-07", "2026-01-07"),
        ("2026-01-15T18:18:00", "2026-01-15T18:18:00"),
        ("2026-01-15T18:18:00.123+0100", "2026-01-15T18:18:00+01:00"),
        ("Tue, 07 Jan 2026 10:00:00 GMT", "2026-01-07"),
        ("January 7, 2026", "2026-01-07"),
        ("7. März 2026", "2026-03-07"),
        ("07.01.2026", "2026-01-07"),
        ("1 de mayo de 2026", "2026-05-01"),
    ])
    func normalizes(raw: String, expected: String) {
        #expect(DateParser.normalize(raw) == expected)
    }

    @Test func rejectsNonsense() {
        #expect(DateParser.normalize("marketing 2026") == nil)
        #expect(DateParser.normalize("2026-13-45") == nil)
    }

    @Test func readsDatesInURLs() {
        #expect(DateReader.date(inURL: "https://example.com/2026/01/07/story")?.day?.iso == "2026-01-07")
        #expect(DateReader.date(inURL: "https://example.com/news/2026-01-07-story")?.day?.iso == "2026-01-07")
        let partial = DateReader.date(inURL: "https://example.com/2026/01/story")
        #expect(partial?.year == 2026 && partial?.month == 1 && partial?.day == nil)
        #expect(DateReader.date(inURL: "https://example.com/2026/10/3-questions")?.day == nil)
    }

    @Test func shiftsLateUTCStampsForEuropeanPages() {
        #expect(DateParser.localDay("2021-11-04T23:00:00Z", language: "de", url: nil) == "2021-11-05")
        #expect(DateParser.localDay("2021-11-04T12:00:00Z", language: "de", url: nil) == "2021-11-04")
    }
}

@Suite struct CharacterEncodingTests {
    @Test func findsDeclaredCharset() {
        let http = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#.utf8)
        #expect(CharacterEncoding.declaredCharset(http) == "iso-8859-1")
        #expect(CharacterEncoding.canonicalName("iso-8859-1") == "WINDOWS-1252")
        #expect(CharacterEncoding.declaredCharset(Array("<meta charset='utf-8'>".utf8)) == "utf-8")
    }

    @Test func stripsByteOrderMark() {
        let prepared = CharacterEncoding.prepare([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8))
        #expect(prepared.bytes == Array("<p>x</p>".utf8))
        #expect(prepared.encoding == "UTF-8")
    }
}

@Suite struct ShingleScoreTests {
    @Test func scoresAsTheBenchmarkDoes() {
        let same = ShingleScore(predicted: "one two three four five", gold: "one two, three four five!")
        #expect(same.precision == 1 && same.recall == 1 && same.isExact)
        let half = ShingleScore(predicted: "a b c d e", gold: "a b c d x y")
        // Shingles: predicted {abcd, bcde}, gold {abcd, bcdx, cdxy}: TP 1, FP 1, FN 2.
        #expect(half.precision == 0.5)
        #expect(abs((half.recall ?? 0) - 1.0 / 3.0) < 1e-9)
        let empty = ShingleScore(predicted: "", gold: "a b c d")
        #expect(empty.precision == nil)
        #expect(empty.recall == 0)
    }

    @Test func treatsUnicodeLettersAsWords() {
        #expect(WordTokenizer.words("Grüß Gott—café_au lait, 2026") == ["Grüß", "Gott", "café_au", "lait", "2026"])
    }
}

@Suite struct PublicationDateFallbackTests {
    @Test func readsASitesOwnNamespacedPublicationProperty() throws {
        let page = """
            <html><head><meta property="photosite:uploaded" content="2013-02-16T04:36:36-05:00">
            <title>Spring</title></head><body><p>A photo of spring.</p></body></html>
            """
        let article = try HTMLArticleExtractor().extractMetadata(html: Array(page.utf8), url: nil)
        #expect(article.published?.hasPrefix("2013-02-16") == true)
    }

    @Test func fallsBackToTheDateInTheLeadImageAddress() throws {
        let page = """
            <html><head><meta property="og:image" content="https://example.org/files/2016/05/04/report.png">
            <title>Annual report</title></head><body><p>Our year in review.</p></body></html>
            """
        let article = try HTMLArticleExtractor().extractMetadata(html: Array(page.utf8), url: nil)
        #expect(article.published == "2016-05-04")
        let dated = page.replacing("<p>Our", with: "<p>Posted 7 March 2017. Our")
        #expect(try HTMLArticleExtractor().extractMetadata(html: Array(dated.utf8), url: nil).published == "2017-03-07")
    }
}
