import Foundation
import Testing

@testable import ParallaxWeb

/// Issue 15, finding 6: libxml2's parse time grows with the square of the attributes on one
/// element, so such elements are refused before parsing, and parsing has a time limit.
@Suite struct MarkupLimitTests {
    /// One element with `count` distinct attributes; 40,000 kept libxml2 busy for about 5 s
    /// before the guard (quadratic duplicate checks), the guard refuses it in milliseconds.
    static func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"v\"" }.joined(separator: " ")
    }

    static func page(attributeCount: Int) -> [UInt8] {
        let paragraph = "<p>The council voted on Tuesday to widen the bridge, after a long debate about its cost.</p>"
        return Array(
            "<html><head><title>Bridge</title></head><body><div \(attributes(attributeCount))>\(String(repeating: paragraph, count: 8))</div></body></html>"
                .utf8)
    }

    static func feed(attributeCount: Int) -> [UInt8] {
        Array(
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>News</title>\
            <item \(attributes(attributeCount))><title>Bridge</title><link>https://example.com/a</link></item>\
            </channel></rss>
            """.utf8)
    }

    @Test func refusesPageWithOversizedAttributeList() {
        #expect {
            _ = try HTMLArticleExtractor().extract(html: Self.page(attributeCount: 40_000), url: nil)
        } throws: { error in
            (error as? WebError)?.code == .tooManyAttributes
                && (error as? WebError)?.message.contains("page") == true
        }
    }

    @Test func refusesFeedWithOversizedAttributeList() {
        #expect {
            _ = try FeedParser().parse(Self.feed(attributeCount: 40_000))
        } throws: { error in
            (error as? WebError)?.code == .tooManyAttributes
                && (error as? WebError)?.message.contains("feed") == true
        }
    }

    @Test func keepsPagesAndFeedsWithOrdinaryAttributes() throws {
        let article = try HTMLArticleExtractor().extract(html: Self.page(attributeCount: 40), url: nil)
        #expect(article.paragraphs.count >= 1)
        let feed = try FeedParser().parse(Self.feed(attributeCount: 40))
        #expect(feed.items.count == 1)
    }

    @Test func countsAttributesButNotScriptTextOrComments() {
        let script = "<script>for (i=0;i<t.length;i++) { \(Self.attributes(50)) }</script>"
        let comment = "<!-- <div \(Self.attributes(50))> -->"
        let html = Array("<html><body>\(script)\(comment)<p class=\"a\" id=\"b\" hidden>x</p></body></html>".utf8)
        let found = html.withUnsafeBufferPointer { MarkupGuard.mostAttributes(in: $0, stoppingAbove: 1_000) }
        #expect(found.count == 3)
        // Raw-text elements are recognised in any case, and only by their whole name.
        let upper = Array("<STYLE>/* <div \(Self.attributes(50))> */</Style><scripts a b><p c d e></p></scripts>".utf8)
        #expect(upper.withUnsafeBufferPointer { MarkupGuard.mostAttributes(in: $0, stoppingAbove: 1_000) }.count == 3)
        let unquoted = Array("<div a=1 b = 2 c=\"x y\" d>".utf8)
        #expect(unquoted.withUnsafeBufferPointer { MarkupGuard.mostAttributes(in: $0, stoppingAbove: 10) }.count == 4)
        // A stray quote (a real page's `content="text/html; charset="UTF-8">`) ends at the tag.
        let stray = Array(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\"UTF-8\"><p \(Self.attributes(5))>\"".utf8)
        #expect(stray.withUnsafeBufferPointer { MarkupGuard.mostAttributes(in: $0, stoppingAbove: 10) }.count == 5)
    }

    @Test func stopsParsingAtTheTimeLimit() {
        var configuration = HTMLArticleExtractor.Configuration()
        configuration.markupLimits = MarkupLimits(parseTimeLimit: .zero, parseTimePerMegabyte: .zero)
        let page = Array(
            ("<html><body>" + String(repeating: "<div><p>Words of a paragraph.</p></div>", count: 2_000)).utf8)
        #expect {
            _ = try HTMLArticleExtractor(configuration: configuration).extract(html: page, url: nil)
        } throws: { error in
            (error as? WebError)?.code == .parseTimeLimit
        }
        let items = String(repeating: "<item><title>T</title><link>https://example.com/a</link></item>", count: 600)
        let feed = Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8)
        #expect {
            _ = try FeedParser(markupLimits: MarkupLimits(parseTimeLimit: .zero, parseTimePerMegabyte: .zero)).parse(
                feed)
        } throws: { error in
            (error as? WebError)?.code == .parseTimeLimit
        }
    }
}
