import Foundation
import ParallaxTestSupport
import Testing

@testable import ParallaxEvaluation
@testable import ParallaxWeb

/// Small feeds written for these tests, one per feature.
enum FeedFixtures {
    static let rss2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://gazette.example/news/</link>
          <language>en-GB</language>
          <item>
            <title>  Ferry   strike ends </title>
            <link>/2026/03/ferry-strike-ends</link>
            <guid isPermaLink="false">gazette-1042</guid>
            <pubDate>Tue, 3 Mar 2026 18:05 EST</pubDate>
            <dc:creator>Mara Lind</dc:creator>
            <author>desk@gazette.example (News Desk)</author>
            <category>Transport</category>
            <category>Labour</category>
            <enclosure url="media/ferry.jpg" type="image/jpeg" length="48211"/>
            <description>Short &lt;b&gt;teaser&lt;/b&gt;.</description>
            <content:encoded><![CDATA[<p>The ferry strike ended on Tuesday.</p><p>Boats run &amp; crews return.</p>
              <script>track()</script>]]></content:encoded>
          </item>
          <item>
            <title>Second</title>
            <link>https://gazette.example/2026/03/second</link>
            <pubDate>2026-03-04T09:30:00+01:00</pubDate>
            <description>Plain line one.

        Plain line two.</description>
          </item>
        </channel>
        </rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="https://blog.example/">
          <title type="html">Das &lt;em&gt;Blog&lt;/em&gt;</title>
          <link rel="self" href="https://blog.example/feed.atom"/>
          <link rel="alternate" href="https://blog.example/"/>
          <entry xml:base="posts/">
            <id>urn:uuid:1225c695</id>
            <title>Neue Brücke</title>
            <link rel="enclosure" href="bruecke.mp3" type="audio/mpeg" length="1200"/>
            <link rel="alternate" href="neue-bruecke.html"/>
            <updated>2026-02-01T08:00:00Z</updated>
            <author><name>Jo Weiss</name></author>
            <author><name>Kai Ott</name></author>
            <category term="Stadt"/>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Brücke ist offen.</p><p>Zweiter Absatz.</p></div></content>
          </entry>
        </feed>
        """

    static let rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://journal.example/"><title>Journal</title><link>https://journal.example/</link></channel>
          <item rdf:about="https://journal.example/a1">
            <title>Cells divide</title>
            <dc:date>2017-06-15T10:29:47-07:00</dc:date>
            <description>Findings.</description>
          </item>
        </rdf:RDF>
        """
}

@Suite struct FeedParserTests {
    let parser = FeedParser()

    @Test func readsRSS2Items() throws {
        let feed = try parser.parse(Array(FeedFixtures.rss2.utf8))
        #expect(feed.format == .rss)
        #expect(feed.title == "Harbour Gazette")
        #expect(feed.items.count == 2)
        let item = try #require(feed.items.first)
        #expect(item.title == "Ferry strike ends")
        #expect(item.link == "https://gazette.example/2026/03/ferry-strike-ends")
        #expect(item.guid == "gazette-1042")
        #expect(item.published == "2026-03-03T23:05:00Z")
        #expect(item.authors == ["Mara Lind", "News Desk"])
        #expect(item.categories == ["Transport", "Labour"])
        #expect(
            item.enclosures == [
                FeedEnclosure(url: "https://gazette.example/news/media/ferry.jpg", type: "image/jpeg", length: 48211)
            ])
        #expect(feed.items[1].published == "2026-03-04T08:30:00Z")
    }

    @Test func readsAtomWithBasesAndXHTML() throws {
        let feed = try parser.parse(Array(FeedFixtures.atom.utf8))
        #expect(feed.format == .atom)
        #expect(feed.title == "Das Blog")
        #expect(feed.link == "https://blog.example/")
        #expect(feed.language == "de")
        let entry = try #require(feed.items.first)
        #expect(entry.link == "https://blog.example/posts/neue-bruecke.html")
        #expect(entry.guid == "urn:uuid:1225c695")
        #expect(entry.published == "2026-02-01T08:00:00Z")
        #expect(entry.authors == ["Jo Weiss", "Kai Ott"])
        #expect(entry.categories == ["Stadt"])
        #expect(entry.enclosures.first?.url == "https://blog.example/posts/bruecke.mp3")
        #expect(HTMLText.paragraphs(entry.content ?? "") == ["Die Brücke ist offen.", "Zweiter Absatz."])
    }

    @Test func readsRDFItemsBesideTheChannel() throws {
        let feed = try parser.parse(Array(FeedFixtures.rdf.utf8))
        #expect(feed.format == .rdf)
        #expect(feed.items.map(\.link) == ["https://journal.example/a1"])
        #expect(feed.items.first?.published == "2017-06-15T17:29:47Z")
    }

    @Test func honoursDeclaredAndUndeclaredEncodings() throws {
        let body =
            "<rss version=\"2.0\"><channel><title>Not\u{ED}cias</title><item><title>Ca\u{E7}a \u{E0}s aves</title></item></channel></rss>"
        let latin1 = Array(body.data(using: .isoLatin1)!)
        let declared = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8) + latin1
        for bytes in [declared, latin1, [0xEF, 0xBB, 0xBF] + Array(body.utf8)] {
            let feed = try parser.parse(bytes)
            #expect(feed.title == "Notícias")
            #expect(feed.items.first?.title == "Caça às aves")
        }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in body.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try parser.parse(utf16).items.first?.title == "Caça às aves")
    }

    @Test func refusesWhatIsNotAFeed() {
        let inputs: [[UInt8]] = [
            Array("<html><head><title>Moved</title></head><body>Gone</body></html>".utf8),
            Array("<?xml version=\"1.0\"?><catalog><book/></catalog>".utf8),
            [0x00, 0x01, 0xFF, 0x7F, 0x12],
            [],
        ]
        for input in inputs {
            #expect(throws: WebError.self) { try parser.parse(input) }
            do {
                _ = try parser.parse(input)
            } catch {
                #expect(error.code == .notFeed)
            }
        }
    }

    @Test func neitherLoadsNorExpandsDeclaredEntities() throws {
        let outside = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><title>x&secret;y</title></item></channel></rss>
            """
        let item = try #require(try parser.parse(Array(outside.utf8)).items.first)
        #expect(item.title?.contains("root") == false)
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ha\">"
        for level in 1...12 {
            laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        laughs += "]><rss><channel><item><title>&l12;</title></item></channel></rss>"
        let title = try parser.parse(Array(laughs.utf8)).items.first?.title ?? ""
        #expect(title.utf8.count < 10_000)
    }

    @Test func sniffsFeedsAmongOtherMarkup() {
        #expect(FeedParser.looksLikeFeed(Array("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">".utf8)))
        #expect(FeedParser.looksLikeFeed(Array("<atom:feed xmlns:atom=\"x\">".utf8)))
        #expect(!FeedParser.looksLikeFeed(Array("<!DOCTYPE html><html><body>feed</body></html>".utf8)))
    }
}

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Tue, 01 Oct 2019 14:30:00 PST", "2019-10-01T22:30:00Z"),
        ("07 Nov 2015 12:00:00 EST", "2015-11-07T17:00:00Z"),
        ("Fri, 19 May 2017 21:05:02 +0530", "2017-05-19T15:35:02Z"),
        ("Wed, 03 Jan 2018 13:47:00 GMT\r\n   ", "2018-01-03T13:47:00Z"),
        ("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z"),
        ("Mon, 7 Jan 19 17:19 +01:00", "2019-01-07T16:19:00Z"),
        ("Mar, 5 Mar 2024 10:00:00", "2024-03-05T10:00:00Z"),
        ("5 March 2024", "2024-03-05T00:00:00Z"),
        ("2017-06-15T10:29:47-07:00", "2017-06-15T17:29:47Z"),
        ("2016-02-01T16:22:00.000Z", "2016-02-01T16:22:00Z"),
        ("2016-02-01 16:22", "2016-02-01T16:22:00Z"),
        ("2016-02-01", "2016-02-01T00:00:00Z"),
        ("2015-12-31T23:30:00-01:00", "2016-01-01T00:30:00Z"),
    ])
    func normalizes(raw: String, expected: String) {
        #expect(FeedParser.date(raw) == expected)
    }

    @Test func rejectsWhatIsNoDate() {
        #expect(FeedParser.date("soon") == nil)
        #expect(FeedParser.date("Mon, 31 Feb 2019 10:00:00 GMT") == nil)
        #expect(FeedParser.date("") == nil)
    }
}

@Suite struct FeedArticleTests {
    @Test func itemContentBecomesCleanParagraphs() throws {
        let feed = try FeedParser().parse(Array(FeedFixtures.rss2.utf8))
        let articles = FeedArticleBuilder().articles(from: feed)
        #expect(articles.count == 2)
        let first = try #require(articles.first)
        #expect(first.paragraphs == ["The ferry strike ended on Tuesday.", "Boats run & crews return."])
        #expect(first.outlet == "Harbour Gazette")
        #expect(first.language == "en")
        #expect(first.description == "Short teaser.")
        #expect(first.published == "2026-03-03T23:05:00Z")
        #expect(articles[1].paragraphs == ["Plain line one.", "Plain line two."])
    }

    @Test func aSavedPageWithTheItemsURLSuppliesTheFullText() throws {
        let feed = try FeedParser().parse(Array(FeedFixtures.rss2.utf8))
        let page = WebArticle(
            url: "http://www.gazette.example/2026/03/ferry-strike-ends/#top", title: "Ferry strike ends",
            paragraphs: ["Full first paragraph.", "Full second paragraph."])
        let other = WebArticle(url: "https://gazette.example/elsewhere", paragraphs: ["Unrelated."])
        let articles = FeedArticleBuilder().articles(from: feed, pages: LocalPages(articles: [other, page]))
        #expect(articles.first?.paragraphs == ["Full first paragraph.", "Full second paragraph."])
        #expect(articles[1].paragraphs == ["Plain line one.", "Plain line two."])
    }

    @Test func pagesInAFolderAreFoundByTheirCanonicalLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = "The harbour authority confirmed that all ferry routes reopened at dawn after the strike."
        let html = """
            <html><head><link rel="canonical" href="https://gazette.example/2026/03/ferry-strike-ends">
            <title>Ferry strike ends</title></head><body><article><h1>Ferry strike ends</h1>
            <p>\(paragraph)</p><p>\(paragraph) Crews said they were relieved.</p></article></body></html>
            """
        try html.write(to: folder.appendingPathComponent("ferry.html"), atomically: true, encoding: .utf8)
        let pages = LocalPages.load(folder: folder.path)
        #expect(pages.page(for: "https://gazette.example/2026/03/ferry-strike-ends")?.paragraphs.first == paragraph)
        #expect(pages.page(for: "https://gazette.example/2026/03/other") == nil)
    }
}

@Suite struct FeedEvaluationTests {
    static let folder = Repository.shared("eval/feeds")

    @Test(
        .enabled(
            if: folder != nil,
            "../shared/eval/feeds is absent; the feed evaluation is skipped"))
    func everyFeedMatchesTheExpectedItems() throws {
        let report = try FeedEvaluation.run(folder: try #require(Self.folder).path)
        #expect(report.feeds.count >= 31)
        for feed in report.feeds {
            #expect(feed.passed, "\(feed.name): \(feed.notes) \(feed.mismatches)")
        }
        for field in ["items", "titles", "links", "dates"] {
            let tally = try #require(report.totals[field])
            #expect(tally.expected > 0 && tally.matched == tally.expected, "\(field): \(tally)")
        }
    }

    @Test func replacementCharactersStandForOneNonASCIICharacter() {
        #expect(FeedEvaluation.matches("simulações", "simula\u{FFFD}\u{FFFD}es") == (true, 2))
        #expect(FeedEvaluation.matches("simulacoes", "simula\u{FFFD}\u{FFFD}es").0 == false)
        #expect(FeedEvaluation.matches("same", "same") == (true, 0))
    }
}

@Suite("OPML feed lists")
struct OPMLTests {
    @Test("every outline's xmlUrl, nested ones included, once each")
    func feedURLs() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="News"><outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/>
            <outline text="B" type="rss" xmlUrl="https://b.example/atom"/></outline>
            <outline text="A again" xmlUrl="https://a.example/feed.xml"/><outline text="folder only"/>
            </body></opml>
            """
        #expect(try OPML.feedURLs(Array(opml.utf8)) == ["https://a.example/feed.xml", "https://b.example/atom"])
        #expect(throws: WebError.self) { try OPML.feedURLs(Array("<rss><channel/></rss>".utf8)) }
    }
}
