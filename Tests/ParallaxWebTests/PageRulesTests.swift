import Foundation
import Testing

@testable import ParallaxWeb

/// The content and date rules of issue 14, each shown on a small page written for it, with
/// the rule on (the default) and off, so that each test fails without its rule.
@Suite struct PageRulesTests {
    static let lead = Fixture.paragraphs.map { "<p>\($0)</p>" }.joined()

    static func text(_ html: String, _ change: (inout HTMLArticleExtractor.Configuration) -> Void = { _ in }) throws
        -> String
    {
        var configuration = HTMLArticleExtractor.Configuration()
        change(&configuration)
        return try HTMLArticleExtractor(configuration: configuration).extract(html: Array(html.utf8), url: nil).text
    }

    @Test func keepsADataTableWhoseRowsHaveBoilerplateClassNames() throws {
        let rows = (1...6).map {
            "<tr class=\"oddrow player-\($0)\"><td>\($0)</td><td>Driver \($0)</td><td>50\($0)0</td></tr>"
        }.joined()
        let html = "<html><body><article>\(Self.lead)<table><tbody>\(rows)</tbody></table></article></body></html>"
        #expect(try Self.text(html).contains("3 Driver 3 5030"))
        #expect(try !Self.text(html) { $0.contentRules.judgesTablesByCells = false }.contains("Driver 3"))
    }

    @Test func keepsRepeatedStepsOfAPlan() throws {
        let step = "<p>Eat this meal between sixty and ninety minutes before your workout begins.</p>"
        let html =
            "<html><body><article>\(Self.lead)<h2>Plan A</h2>\(step)<h2>Plan B</h2>\(step)</article></body></html>"
        #expect(try Self.text(html).components(separatedBy: "sixty and ninety").count == 3)
        #expect(
            try Self.text(html) { $0.contentRules.dropsRepeatedBlocks = true }.components(
                separatedBy: "sixty and ninety"
            )
            .count == 2)
    }

    @Test func joinsSiblingParagraphsStyledLikeTheContents() throws {
        let own = Fixture.paragraphs.map { "<div class=\"zone-paragraph\">\($0)</div>" }.joined()
        let sibling =
            "<div class=\"zone-paragraph\">A sibling paragraph sits outside the main wrapper, but it is styled as the body and continues the story.</div>"
        let html =
            "<html><body><div class=\"outer\"><div class=\"wrapper\">\(own)\(own)</div>\(sibling)</div></body></html>"
        #expect(try Self.text(html).contains("continues the story"))
        #expect(try !Self.text(html) { $0.contentRules.joinsParagraphSiblings = false }.contains("continues the story"))
    }

    @Test func keepsALinkedParagraphWithWordsOfItsOwn() throws {
        let html =
            "<html><body><article>\(Self.lead)<p>Pro tip: <a href=\"/more\">Get more meal ideas here!</a></p></article></body></html>"
        #expect(try Self.text(html).contains("Get more meal ideas"))
        #expect(try !Self.text(html) { $0.contentRules.keepsLinkParagraphs = false }.contains("Get more meal ideas"))
    }

    @Test func keepsAListItemWhoseLinkedHeadlineHasASummary() throws {
        // Most items summarize at length; one has a long headline and a one-sentence summary.
        let long = (1...2).map {
            "<li><strong><a href=\"/s\($0)\">A company confirmed layoffs</a>.</strong> The company confirmed that it had been contacted by the office, which will reportedly focus on activities by its founder and former chief executive, number \($0).</li>"
        }.joined()
        let item =
            "<li><strong><a href=\"/story\">Teens love their wireless earphones and put them on holiday wish lists more than ever before</a>.</strong> That is according to a new survey of teens.</li>"
        let html = "<html><body><article>\(Self.lead)<ol>\(long)\(item)</ol></article></body></html>"
        #expect(try Self.text(html).contains("according to a new survey"))
        #expect(try !Self.text(html) { $0.contentRules.linkItemOwnBytes = 0 }.contains("according to a new survey"))
    }

    @Test func readsASentenceInASpanThatHoldsAPopUpOfLinks() throws {
        let popUp = (1...4).map {
            "<a href=\"/p\($0)\">Another headline about the same representative, number \($0)</a>"
        }
        .joined()
        let html =
            "<html><body><article>\(Self.lead)<p><span>A man pleaded guilty to charges he threatened to kill the representative <span class=\"rollover\">\(popUp)</span> on Monday.</span></p></article></body></html>"
        #expect(try Self.text(html).contains("pleaded guilty"))
        #expect(try !Self.text(html).contains("number 3"))
        #expect(try !Self.text(html) { $0.contentRules.readsSpansByOwnText = false }.contains("pleaded guilty"))
    }

    @Test func joinsASiblingParagraphSharingOneClassName() throws {
        let own = Fixture.paragraphs.map { "<div class=\"zone-paragraph\">\($0)</div>" }.joined()
        let sibling =
            "<div class=\"zone-paragraph speakable\">A sibling paragraph sits outside the main wrapper, with one more class name, and continues the story.</div>"
        let html =
            "<html><body><div class=\"outer\">\(sibling)<div class=\"wrapper\">\(own)\(own)</div></div></body></html>"
        #expect(try Self.text(html).contains("continues the story"))
        #expect(
            try !Self.text(html) { $0.contentRules.joinsSiblingsByAnyClassName = false }.contains("continues the story")
        )
    }

    @Test func keepsAPostQuotedInsideAVideoWrapper() throws {
        let tweet =
            "<div class=\"video-container\"><blockquote class=\"embedded-post\"><p>Interesting to see the capture out there running at an unstable rate, and the service barely runs on my home connection.</p></blockquote></div>"
        let html = "<html><body><article>\(Self.lead)\(tweet)</article></body></html>"
        #expect(try Self.text(html).contains("unstable rate"))
        #expect(try !Self.text(html) { $0.contentRules.keepsQuotedEmbeds = false }.contains("unstable rate"))
    }

    static func published(_ html: String, url: String? = nil, _ change: (inout DateRules) -> Void = { _ in }) throws
        -> String?
    {
        var configuration = HTMLArticleExtractor.Configuration()
        change(&configuration.dateRules)
        return try HTMLArticleExtractor(configuration: configuration).extractMetadata(html: Array(html.utf8), url: url)
            .published.map { String($0.prefix(10)) }
    }

    @Test func ignoresTimesInsideEmbeddedPosts() throws {
        let html =
            "<html><body><p>Story.</p><blockquote class=\"tweet\"><p>Quoted</p><time datetime=\"2018-03-12T19:30:12Z\">Mar 12</time></blockquote><p class=\"date\">29.01.2019</p></body></html>"
        #expect(try Self.published(html) == "2019-01-29")
        #expect(try Self.published(html) { $0.ignoresQuotedTimes = false } == "2018-03-12")
    }

    @Test func readsTheDateOfANonArticleLinkedDataObject() throws {
        let html =
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"datePublished\":\"2006-10-10\",\"review\":[{\"@type\":\"Review\",\"datePublished\":\"2020-04-12\"}]}</script></head><body><p>Cake.</p><p>Made 14.02.2006</p></body></html>"
        #expect(try Self.published(html) == "2006-10-10")
        #expect(try Self.published(html) { $0.readsAnyLinkedDataDate = false } == "2006-02-14")
    }

    @Test func skipsDatesInNavigationAndArchiveBanners() throws {
        let html =
            "<html><body><div id=\"wm-ipp-base\">Captured 10 Nov 2013</div><nav><a href=\"/x\">Rules (ended 28.02.2017)</a></nav><p>Published on 24.04.2020</p></body></html>"
        #expect(try Self.published(html) == "2020-04-24")
        #expect(try Self.published(html) { $0.textSkipsNavigation = false } == "2017-02-28")
    }

    @Test func readsTheHAtomPublishedAbbreviation() throws {
        let html =
            "<html><body><p>Post.</p><abbr class=\"published\" title=\"2016-05-22T10:00:00\">May 22</abbr><p>Edited 01.06.2017</p></body></html>"
        #expect(try Self.published(html) == "2016-05-22")
    }

    @Test func readsAnArchivedCopyByTheAddressItArchives() {
        let archived = "https://web.archive.org/web/20131110121040/http://example.com/2013/04/04/story"
        #expect(DateReader.date(inURL: DateReader.archivedURL(archived))?.day?.iso == "2013-04-04")
        #expect(DateReader.archivedURL("https://example.com/a") == "https://example.com/a")
    }
}
