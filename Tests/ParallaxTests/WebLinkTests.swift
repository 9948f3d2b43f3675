import Testing

@testable import Parallax

/// Only http(s) addresses become links, in every renderer and whatever the input said.
@Suite("Link policy")
struct WebLinkTests {
    @Test(
        "schemes that run code or read files are never links",
        arguments: [
            "javascript:alert(1)", "JAVASCRIPT:alert(1)", " \t javascript:alert(1)", "\u{00A0}javascript:alert(1)",
            "jav\tascript:alert(1)", "java\nscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.com/x", "//evil.example/x", "http:/x",
            "https://", "http://:80/", "http://exa\u{0}mple.com", "", "   ",
        ])
    func refused(address: String) {
        #expect(WebLink.linkable(address) == nil)
    }

    @Test("http(s) addresses are kept, trimmed, with breaking characters percent-encoded")
    func kept() {
        #expect(WebLink.linkable("https://example.com/a?b=1#c") == "https://example.com/a?b=1#c")
        #expect(WebLink.linkable("  HTTP://Example.com/x  ") == "http://Example.com/x")
        #expect(
            WebLink.linkable("https://x.example/\"><script>alert(1)</script>")
                == "https://x.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(WebLink.linkable("https://x.example/a b") == "https://x.example/a%20b")
        #expect(WebLink.linkable("https://user@x.example/") == "https://user@x.example/")
        #expect(WebLink.linkable("https://zürich.example/straße") == "https://zürich.example/straße")
    }

    static let hostile = [
        "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "https://x/\"><script>alert(1)</script>",
    ]

    func digest(url: String) -> Digest {
        let documents = [
            RawDocument(
                input: "a.jsonl#1", format: .structured,
                text: "The council met on Monday to discuss the bridge.\n\nIt voted to repair it.", id: "a",
                title: "Bridge vote", url: url, outlet: "Gazette")
        ]
        var digest = StoryPipeline().run(documents)
        // As if stored by an older version that did not check addresses on ingest.
        for index in digest.articles.indices { digest.articles[index].url = url }
        return digest
    }

    @Test("Markdown never writes a hostile address as a link or raw HTML", arguments: hostile)
    func markdown(url: String) {
        let markdown = MarkdownRenderer.render(digest(url: url))
        #expect(!markdown.contains("<javascript"))
        #expect(!markdown.contains("<data:"))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<JavaScript"))
    }

    @Test("HTML never writes a hostile address as a link", arguments: hostile)
    func html(url: String) {
        let html = HTMLRenderer.render(digest(url: url)).lowercased()
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("href=\" javascript"))
        #expect(!html.contains("href=\"data:"))
        #expect(!html.contains("<script>"))
    }

    @Test("articles keep only http(s) addresses")
    func ingest() {
        let digest = StoryPipeline().run([
            RawDocument(
                input: "a.jsonl#1", format: .structured, text: "A text.", id: "a", url: "javascript:alert(1)"),
            RawDocument(
                input: "a.jsonl#2", format: .structured, text: "Another text.", id: "b", url: "https://ok.example/b"),
        ])
        let byID = Dictionary(uniqueKeysWithValues: digest.articles.map { ($0.id, $0.url) })
        #expect(byID["a"] == .some(nil))
        #expect(byID["b"] == "https://ok.example/b")
    }
}
