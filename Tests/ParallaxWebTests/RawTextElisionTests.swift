import Testing

@testable import ParallaxWeb

/// The byte searches of the pre-parse scan, and the cutting of unread `<script>`/`<style>` text
/// before libxml2 parses a page: the parsed document must be the one of the whole page.
@Suite struct RawTextElisionTests {
    static func scan<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func findsBytesWithMemchr() {
        #expect(Self.scan("") { ByteScan.firstIndex(of: 60, in: $0, from: 0) } == nil)
        #expect(Self.scan("ab<c<") { ByteScan.firstIndex(of: 60, in: $0, from: 0) } == 2)
        #expect(Self.scan("ab<c<") { ByteScan.firstIndex(of: 60, in: $0, from: 3) } == 4)
        #expect(Self.scan("ab<c<") { ByteScan.firstIndex(of: 60, in: $0, from: 5) } == nil)
        #expect(Self.scan("ab<c<") { ByteScan.firstIndex(of: 60, in: $0, from: 9) } == nil)
        // Bytes of multi-byte characters are bytes like any other.
        #expect(Self.scan("é<") { ByteScan.firstIndex(of: 60, in: $0, from: 0) } == 2)
        #expect(Self.scan("é<") { ByteScan.firstIndex(of: 0xA9, in: $0, from: 0) } == 1)
    }

    @Test func findsCommentEnds() {
        #expect(Self.scan("") { ByteScan.commentEnd(in: $0, from: 0) } == nil)
        #expect(Self.scan("-->") { ByteScan.commentEnd(in: $0, from: 0) } == 0)
        #expect(Self.scan("<!---->x") { ByteScan.commentEnd(in: $0, from: 4) } == 4)
        // `->` and `- ->` do not end a comment; an unended comment has no end.
        #expect(Self.scan("a -> b - -> c --> d") { ByteScan.commentEnd(in: $0, from: 0) } == 14)
        #expect(Self.scan("<!-- never ended ->") { ByteScan.commentEnd(in: $0, from: 4) } == nil)
        // Only these bytes: the old scan also took "\r\r>" (bytes | 0x20) for "-->".
        #expect(Self.scan("\r\r> -->") { ByteScan.commentEnd(in: $0, from: 0) } == 4)
    }

    @Test func findsEndTagsAsLibxml2Does() {
        #expect(Self.scan("") { ByteScan.endTag("script", in: $0, from: 0) } == nil)
        #expect(Self.scan("a < /script></SCRIPT>") { ByteScan.endTag("script", in: $0, from: 0) } == 12)
        #expect(Self.scan("if (a</b) {}</Script >") { ByteScan.endTag("script", in: $0, from: 0) } == 12)
        // libxml2 compares only the name's letters, so `</scripts` ends a script too.
        #expect(Self.scan("x</scripts>") { ByteScan.endTag("script", in: $0, from: 0) } == 1)
        // A name cut short by the end of the input is no end tag; nor are look-alike bytes.
        #expect(Self.scan("x</scrip") { ByteScan.endTag("script", in: $0, from: 0) } == nil)
        #expect(Self.scan("x\u{1C}/script \u{0F}script") { ByteScan.endTag("script", in: $0, from: 0) } == nil)
        #expect(Self.scan("«ü»</style>") { ByteScan.endTag("style", in: $0, from: 0) } == 6)
        #expect(Self.scan("</style></style>") { ByteScan.endTag("style", in: $0, from: 1) } == 8)
    }

    @Test func findsNeedlesIgnoringCase() {
        let tag = "<script type=\"application/LD+JSON\">"
        #expect(Self.scan(tag) { ByteScan.contains("ld+json", in: $0, within: 0..<$0.count) })
        #expect(!Self.scan(tag) { ByteScan.contains("ld+json", in: $0, within: 0..<20) })
        #expect(!Self.scan(tag) { ByteScan.contains("ld+json", in: $0, within: 5..<5) })
        #expect(!Self.scan("") { ByteScan.contains("ld+json", in: $0, within: 0..<0) })
        #expect(!Self.scan("ld+jsoñ") { ByteScan.contains("ld+json", in: $0, within: 0..<$0.count) })
    }

    @Test func readsStringsByTheirBytes() {
        #expect(ByteScan.mayContain("ld+json", in: "application/LD+Json"))
        #expect(!ByteScan.mayContain("ld+json", in: "text/javascript"))
        #expect(!ByteScan.mayContain("ld+json", in: ""))
        // A false is always right; a true is checked by `lowercased().contains` (a combining
        // accent makes another character of the `n`).
        #expect(ByteScan.mayContain("ld+json", in: "ld+json\u{301}"))
        #expect(!"ld+json\u{301}".lowercased().contains("ld+json"))
        for text in ["", "story body", "Story Body", "ÉCOLE", "\u{212A}elvin", "story-\u{130}", "a b\u{A0}c"] {
            #expect(ByteScan.lowercased(text) == text.lowercased())
        }
        #expect(ByteScan.isBlank(""))
        #expect(ByteScan.isBlank(" \n\t\r "))
        #expect(!ByteScan.isBlank(" \u{A0}"))
        #expect(!ByteScan.isBlank("\n a"))
        #expect(ByteScan.count(in: "a, b, é") { $0 == 44 } == 2)
        #expect(ByteScan.count(in: "a, b, é") { $0 > 32 && $0 & 0xC0 != 0x80 } == 5)
        #expect(ByteScan.count(in: "") { _ in true } == 0)
    }

    @Test func collectsRawTextAndKeepsWhatIsRead() throws {
        let page = """
            <html><head><style>p { color: red }</style><script>var a = "<p>no</p>";</script>\
            <script type="application/ld+json">{"headline": "Kept"}</script>\
            <script type="application/ld&#x2B;json">{}</script><script src="a.js"/>\
            <!-- <script>in a comment</script> --></head><body><p>Text</p><script>never ended
            """
        let rawText = try MarkupGuard.check(Array(page.utf8), limits: .init(), input: "page", collectsRawText: true)
        #expect(rawText.map(\.tag) == [.style, .script, .script, .script, .script])
        #expect(rawText.map(\.isUnread) == [true, true, false, false, false])
        let bytes = Array(page.utf8)
        #expect(String(decoding: bytes[rawText[1].body], as: UTF8.self) == "var a = \"<p>no</p>\";")
        #expect(try MarkupGuard.check(bytes, limits: .init(), input: "page", collectsRawText: false).isEmpty)
        let elision = RawTextElision(bytes, rawText: rawText)
        #expect(elision.cutBytes == "p { color: red }".utf8.count + "var a = \"<p>no</p>\";".utf8.count)
        #expect(elision.bytes.count == bytes.count - elision.cutBytes)
        #expect(
            String(decoding: elision.bytes, as: UTF8.self).hasPrefix(
                "<html><head><style></style><script></script><script type"))
        #expect(RawTextElision([], rawText: []).bytes.isEmpty)
    }

    /// The page parsed whole, without cuts.
    static func wholeDocument(_ page: [UInt8]) throws -> HTMLDocument {
        let prepared = CharacterEncoding.prepare(page)
        return try #require(
            PageBuilder.parse(
                prepared.bytes, encoding: prepared.encoding, url: nil, maximumNodes: 500_000,
                deadline: .now + .seconds(600))
        ).document
    }

    static func expectSameDocument(_ page: String, cut: Bool) throws {
        let bytes = Array(page.utf8)
        let document = try HTMLDocument.parse(CharacterEncoding.prepare(bytes), url: nil, maximumNodes: 500_000)
        let whole = try wholeDocument(bytes)
        #expect(String(describing: document.nodes) == String(describing: whole.nodes))
        #expect(String(describing: document.markup) == String(describing: whole.markup))
        #expect((document.cutBytes > 0) == cut)
    }

    @Test func parsesCutPagesAsWholeOnes() throws {
        let body = String(
            repeating: "<p>The council voted on Tuesday to widen the bridge, after a debate.</p>", count: 40)
        try Self.expectSameDocument(
            """
            <!DOCTYPE html><html lang="en"><head><title>Bridge | News</title><STYLE>b { x: "</p>" }</Style>\
            <script>for (i = 0; i < n; i++) { document.write("<div class='x'>" + i + "</div>") }</script>\
            <script type="application/ld+json">{"headline": "Bridge", "datePublished": "2024-05-01"}</script>\
            </head><body><h1>Bridge</h1><svg><style>.a{}</style></svg><div class="story">\(body)\
            <script>ads.push({ "slot": "<span>" })</scripts><p>Überraschung: «ça va» — 東京.</p></div></body></html>
            """, cut: true)
    }

    @Test func parsesWholeWhereLibxml2ReadsTheMarkupDifferently() throws {
        // libxml2 2.9 ends a processing instruction at the first `>`, so the script start tag the
        // scan finds inside it is no element to libxml2: the cut is not reached, the page is
        // parsed whole.
        try Self.expectSameDocument(
            "<html><body><?php <script>var a = 1;</script> ?><p>A paragraph of text.</p></body></html>", cut: false)
        // `<script/>` is closed at once; the text after it is the page's.
        try Self.expectSameDocument("<html><body><script/><p>Seen.</p></script><p>After.</p></body></html>", cut: false)
        // Malformed and empty input.
        try Self.expectSameDocument("<scr<script>>x</script", cut: false)
        try Self.expectSameDocument("<p>é</p><script>\u{1}<</script><script></script>", cut: true)
    }

    @Test func noticesCutsTheParserDidNotReach() throws {
        let page = Array("<html><body><script>var a = 1;</script><p>Text.</p></body></html>".utf8)
        let deadline = ContinuousClock.now + .seconds(600)
        let rawText = try MarkupGuard.check(page, limits: .init(), input: "page", collectsRawText: true)
        let elision = RawTextElision(page, rawText: rawText)
        let reached = PageBuilder.parse(
            elision.bytes, encoding: "UTF-8", url: nil, maximumNodes: 100, deadline: deadline, cuts: elision.cuts)
        #expect(reached?.readsCuts == true)
        var wrong = elision.cuts
        wrong[0].offset += 1
        let missed = PageBuilder.parse(
            elision.bytes, encoding: "UTF-8", url: nil, maximumNodes: 100, deadline: deadline, cuts: wrong)
        #expect(missed?.readsCuts == false)
        wrong = elision.cuts
        wrong[0].tag = .style
        #expect(
            PageBuilder.parse(
                elision.bytes, encoding: "UTF-8", url: nil, maximumNodes: 100, deadline: deadline, cuts: wrong)?
                .readsCuts == false)
    }

    @Test func cutsOnlyUTF8() throws {
        let page = Array(
            "<html><head><meta charset=\"shift_jis\"><script>var a = 1;</script></head><body><p>x</p></body></html>"
                .utf8)
        let document = try HTMLDocument.parse(CharacterEncoding.prepare(page), url: nil, maximumNodes: 1_000)
        #expect(document.cutBytes == 0)
        #expect(document.nodes.contains { $0.tag == .p })
    }
}
