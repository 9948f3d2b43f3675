import Testing

@testable import ParallaxWeb

/// Small pages written for these tests, named after what they show.
enum Fixture {
    static let paragraphs = [
        "The city council voted on Tuesday to expand the tram network, adding three new lines that will connect the northern suburbs with the harbour district by 2028.",
        "Supporters said the plan, which costs an estimated 1.2 billion euros, would cut commuting times in half, while opponents warned that construction could disrupt traffic for years.",
        "The mayor, speaking after the vote, called the decision a turning point for the region and promised that residents would be consulted on every route before work begins.",
    ]

    static var newsPage: String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Council backs tram expansion | The Harbour Times</title>
        <meta property="og:title" content="Council backs tram expansion">
        <meta property="og:site_name" content="The Harbour Times">
        <meta property="og:image" content="https://example.com/tram.jpg">
        <meta property="article:published_time" content="2026-01-07T09:30:00+01:00">
        <meta name="description" content="Three new lines approved.">
        <link rel="canonical" href="https://example.com/news/2026/01/07/tram">
        <script>var tracking = "Never show this script text";</script>
        <style>.hidden { display: none }</style>
        </head>
        <body>
        <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <main>
        <article class="story">
        <h1>Council backs tram expansion</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
        <div class="article-body">
        <p>\(paragraphs[0])</p>
        <figure><img src="tram.jpg"><figcaption>A tram waits at the harbour stop in the evening light.</figcaption></figure>
        <p>\(paragraphs[1])</p>
        <h2>What happens next</h2>
        <p>\(paragraphs[2])</p>
        </div>
        <section class="related-articles"><h3>Related</h3><ul>
        <li><a href="/a">Bus fares to rise next spring across the whole region</a></li>
        <li><a href="/b">Harbour bridge closed for repairs during the summer months</a></li>
        </ul></section>
        <div id="comments"><p>Great news, finally something for the north of the city, I have waited years!</p></div>
        </article>
        </main>
        <footer><p>Copyright 2026 The Harbour Times. All rights reserved. Contact us for licensing.</p></footer>
        </body></html>
        """
    }
}

@Suite struct HTMLArticleExtractorTests {
    let extractor = HTMLArticleExtractor()

    @Test func keepsArticleTextAndDropsBoilerplate() throws {
        let article = try extractor.extract(html: Array(Fixture.newsPage.utf8), url: nil)
        #expect(
            article.paragraphs == [
                Fixture.paragraphs[0], Fixture.paragraphs[1], "What happens next", Fixture.paragraphs[2],
            ])
        let text = article.text
        for boilerplate in [
            "Home", "cookies", "Share on", "tram waits", "Bus fares", "Great news", "Copyright", "script text",
        ] {
            #expect(!text.contains(boilerplate), "kept \(boilerplate)")
        }
    }

    @Test func readsOpenGraphAndLinkMetadata() throws {
        let article = try extractor.extract(html: Array(Fixture.newsPage.utf8), url: "https://example.com/x")
        #expect(article.title == "Council backs tram expansion")
        #expect(article.outlet == "The Harbour Times")
        #expect(article.url == "https://example.com/news/2026/01/07/tram")
        #expect(article.published == "2026-01-07T09:30:00+01:00")
        #expect(article.language == "en")
        #expect(article.image == "https://example.com/tram.jpg")
        #expect(article.description == "Three new lines approved.")
    }

    @Test func readsJSONLDMetadata() throws {
        let page = """
            <html><head><title>Ignored title - Daily Example</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Daily Example"},
              {"@type": "NewsArticle", "headline": "Rivers rise after storm",
               "datePublished": "2026-01-15T18:18:00", "dateModified": "2026-01-16T08:00:00Z",
               "author": [{"@type": "Person", "name": "Ana Silva"}, {"@type": "Person", "name": "Tom Berg"}],
               "publisher": {"@type": "Organization", "name": "Daily Example"},
               "image": {"@type": "ImageObject", "url": "https://example.org/river.jpg"}}
            ]}
            </script></head>
            <body><div class="content"><p>\(Fixture.paragraphs[0])</p><p>\(Fixture.paragraphs[1])</p></div></body></html>
            """
        let article = try extractor.extract(html: Array(page.utf8), url: nil)
        #expect(article.title == "Rivers rise after storm")
        #expect(article.published == "2026-01-15T18:18:00")
        #expect(article.updated == "2026-01-16T08:00:00Z")
        #expect(article.authors == ["Ana Silva", "Tom Berg"])
        #expect(article.outlet == "Daily Example")
        #expect(article.image == "https://example.org/river.jpg")
        #expect(article.paragraphs == [Fixture.paragraphs[0], Fixture.paragraphs[1]])
    }

    @Test func decodesWindows1252DeclaredInMeta() throws {
        let head = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        // "é" and curly quotes as single Windows-1252 bytes.
        var page = head + [0xE9] + Array("</title></head><body><article><p>".utf8)
        page += [0x93] + Array("Gr".utf8) + [0xFC, 0xDF] + Array(" Gott".utf8) + [0x94]
        page += Array(", said the caf".utf8) + [0xE9]
        page += Array(" owner, who has served coffee, cake and soup on this corner for more than thirty years.".utf8)
        page += Array("</p></article></body></html>".utf8)
        let article = try extractor.extract(html: page, url: nil)
        #expect(article.title == "Café")
        #expect(article.paragraphs.first?.hasPrefix("\u{201C}Grüß Gott\u{201D}, said the café owner") == true)
    }

    /// "Αθήνα" in ISO-8859-7: read as Windows-1252 (the fallback) it would come out "ÁèÞíá".
    static let athensInGreek: [UInt8] = [0xC1, 0xE8, 0xDE, 0xED, 0xE1]

    static func greekPage(meta: String?) -> [UInt8] {
        var page = Array("<html><head>\(meta.map { "<meta charset=\"\($0)\">" } ?? "")<title>".utf8)
        page += athensInGreek + Array("</title></head><body><article><p>".utf8) + athensInGreek
        page += Array(" reopened its port to ferries on Monday after a week of strikes by dock workers.".utf8)
        page += Array("</p></article></body></html>".utf8)
        return page
    }

    @Test func theHeaderCharsetDecodesAPageThatDeclaresNone() throws {
        let article = try extractor.extract(html: Self.greekPage(meta: nil), url: nil, charset: "ISO-8859-7")
        #expect(article.title == "Αθήνα")
        #expect(article.paragraphs.first?.hasPrefix("Αθήνα reopened") == true)
    }

    @Test func theHeaderCharsetOutranksTheMetaTag() throws {
        let page = Self.greekPage(meta: "windows-1252")
        let undeclared = try extractor.extract(html: page, url: nil)
        #expect(undeclared.title == "ÁèÞíá")
        #expect(try extractor.extract(html: page, url: nil, charset: "iso-8859-7").title == "Αθήνα")
        #expect(try extractor.extract(html: page, url: nil, charset: "").title == "ÁèÞíá", "an empty charset is none")
    }

    @Test func aByteOrderMarkOutranksTheHeader() throws {
        var page = [0xEF, 0xBB, 0xBF] + Array("<html><head><title>Αθήνα</title></head><body><article><p>".utf8)
        page += Array("Αθήνα reopened its port to ferries on Monday after a week of strikes by dock workers.".utf8)
        page += Array("</p></article></body></html>".utf8)
        #expect(try extractor.extract(html: page, url: nil, charset: "ISO-8859-1").title == "Αθήνα")
    }

    @Test func repairsInvalidUTF8WithoutDeclaration() throws {
        var page = Array("<html><body><article><p>Na".utf8) + [0xEF, 0x76, 0x65]
        page += Array(" visitors praised the museum, the gardens and the long, quiet galleries of old maps.".utf8)
        page += Array("</p></article></body></html>".utf8)
        let article = try extractor.extract(html: page, url: nil)
        #expect(article.paragraphs.first?.hasPrefix("Naïve visitors") == true)
    }

    @Test func survivesBrokenMarkup() throws {
        let page = """
            <html><body><div class="article-content"><p>\(Fixture.paragraphs[0])
            <p>\(Fixture.paragraphs[1]) <b>unclosed bold <i>and italic
            </div></span></table><p>\(Fixture.paragraphs[2])
            """
        let article = try extractor.extract(html: Array(page.utf8), url: nil)
        #expect(article.text.contains(Fixture.paragraphs[0]))
        #expect(article.text.contains(Fixture.paragraphs[2]))
    }

    @Test func refusesEmptyPage() {
        #expect(throws: WebError.self) { try extractor.extract(html: [], url: nil) }
        do {
            _ = try extractor.extract(html: Array("   \n".utf8), url: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .notHTML)
        }
    }

    @Test func refusesPageWithoutText() {
        do {
            _ = try extractor.extract(html: Array("<html><body><div></div></body></html>".utf8), url: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .noContent)
        }
    }

    @Test func refusesBinaryJunk() {
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        do {
            _ = try extractor.extract(html: junk, url: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .notHTML)
        }
    }

    @Test func refusesPagesOverTheLimit() {
        let small = HTMLArticleExtractor(configuration: .init(maximumBytes: 100))
        do {
            _ = try small.extract(html: Array(Fixture.newsPage.utf8), url: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .tooLarge)
        }
    }

    @Test func handlesDeepAndLargePages() throws {
        let deep = String(repeating: "<div>", count: 20_000) + "<p>\(Fixture.paragraphs[0])</p>"
        _ = try? extractor.extract(html: Array(deep.utf8), url: nil)
        let paragraph = "<p>\(Fixture.paragraphs[1])</p>\n"
        let large = "<html><body><article>" + String(repeating: paragraph, count: 2_000) + "</article></body></html>"
        let article = try extractor.extract(html: Array(large.utf8), url: nil)
        #expect(!article.paragraphs.isEmpty)
    }
}
