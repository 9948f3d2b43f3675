import Foundation
import ParallaxTestSupport
import Testing

@testable import ParallaxWeb

/// Damaged, hostile and huge inputs: every one must end in an article or a `WebError`,
/// never a crash or a hang.
@Suite struct RobustnessTests {
    static let seeds: [[UInt8]] = [
        Array(Fixture.newsPage.utf8),
        Array(FeedFixtures.rss2.utf8),
        Array(FeedFixtures.atom.utf8),
        Array(FeedFixtures.rdf.utf8),
        Array(
            "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9}</title></head><body><p>Un caf\u{E9} cr\u{E8}me.</p></body></html>"
                .data(using: .isoLatin1)!),
    ]

    static let soup: [String] = [
        "<p>", "</div>", "<div class=\"content\">", "<![CDATA[", "]]>", "<!--", "-->", "<script>", "</script>",
        "&amp;", "&#xFFFFFF;", "&bogus;", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<meta charset=\"koi8-r\">",
        "<item>", "</channel>", "<rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<table><tr><td>", "\u{0}",
        "<a href=\"javascript:x\">", "<entry><link href=\"../../x\"/>",
        "<pubDate>Mon, 99 Foo 99999 99:99:99 XYZ</pubDate>",
        "<content:encoded><![CDATA[<p>x</p>", "<!DOCTYPE x [<!ENTITY a \"&a;\">]>", "<title>&a;</title>",
    ]

    /// Applies one random damage to `bytes`.
    static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var output = bytes
        switch Int.random(in: 0..<7, using: &generator) {
        case 0:
            output = Array(output.prefix(Int.random(in: 0...max(0, output.count), using: &generator)))
        case 1:
            for _ in 0..<Int.random(in: 1...40, using: &generator) where !output.isEmpty {
                output[Int.random(in: 0..<output.count, using: &generator)] = UInt8.random(
                    in: 0...255, using: &generator)
            }
        case 2:
            for _ in 0..<Int.random(in: 1...20, using: &generator) {
                let piece = Array(soup.randomElement(using: &generator)!.utf8)
                output.insert(contentsOf: piece, at: Int.random(in: 0...output.count, using: &generator))
            }
        case 3:
            let depth = Int.random(in: 300...5000, using: &generator)
            let tag = Bool.random(using: &generator) ? "div" : "item"
            let nested =
                String(repeating: "<\(tag)>", count: depth) + "deep text"
                + String(repeating: "</\(tag)>", count: depth / 2)
            output.insert(contentsOf: Array(nested.utf8), at: Int.random(in: 0...output.count, using: &generator))
        case 4:
            let huge =
                " data-x=\"" + String(repeating: "a", count: Int.random(in: 100_000...2_000_000, using: &generator))
                + "\""
            if let close = output.firstIndex(of: UInt8(ascii: ">")) {
                output.insert(contentsOf: Array(huge.utf8), at: close)
            }
        case 5:
            for _ in 0..<Int.random(in: 1...50, using: &generator) {
                output.insert(0, at: Int.random(in: 0...output.count, using: &generator))
            }
        default:
            output = (0..<Int.random(in: 0...4096, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
        }
        return output
    }

    @Test func mutatedPagesAndFeedsEndInAResultOrAnError() {
        var generator = SeededGenerator(state: 20_260_307)
        let extractor = HTMLArticleExtractor()
        let parser = FeedParser()
        var outcomes: [String: Int] = [:]
        for round in 0..<400 {
            let seed = Self.seeds[round % Self.seeds.count]
            var bytes = Self.mutate(seed, using: &generator)
            if round % 3 == 0 { bytes = Self.mutate(bytes, using: &generator) }
            do {
                let article = try extractor.extract(html: bytes, url: "https://example.com/a")
                #expect(!article.paragraphs.isEmpty)
                outcomes["page", default: 0] += 1
            } catch {
                outcomes["page error \(error.code)", default: 0] += 1
            }
            do {
                let feed = try parser.parse(bytes)
                _ = FeedArticleBuilder().articles(from: feed)
                outcomes["feed", default: 0] += 1
            } catch {
                outcomes["feed error \(error.code)", default: 0] += 1
            }
        }
        // Both paths saw real results as well as errors, so the damage is neither too mild nor total.
        #expect(outcomes["page", default: 0] > 0 && outcomes["feed", default: 0] > 0)
        #expect(outcomes.keys.contains { $0.hasPrefix("feed error") })
    }

    @Test func aTwentyMegabytePageIsExtracted() throws {
        var page = "<html><head><title>Long report</title></head><body><nav><a href=\"/\">Home</a></nav><article>"
        let paragraph = Fixture.paragraphs.joined(separator: " ")
        var number = 0
        while page.utf8.count < 20 << 20 {
            number += 1
            page += "<p>\(paragraph) (\(number))</p>\n"
            page += "<div class=\"related\"><a href=\"/x\">Related story</a> <a href=\"/y\">Another</a></div>\n"
        }
        page += "</article></body></html>"
        let article = try HTMLArticleExtractor().extract(html: Array(page.utf8), url: nil)
        #expect(article.title == "Long report")
        #expect(article.paragraphs.count > 1000)
        #expect(article.paragraphs.first?.hasPrefix("The city council voted") == true)
    }

    @Test func pagesWithoutAnArticleGiveAClearError() {
        let inputs: [[UInt8]] = [
            Array("<html><body><nav><a href=\"/\">Home</a> <a href=\"/b\">B</a></nav></body></html>".utf8),
            Array(repeating: 0, count: 1000),
            Array("just words, no markup at all".utf8),
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x00, count: 64),
        ]
        for input in inputs {
            #expect(throws: WebError.self) { try HTMLArticleExtractor().extract(html: input, url: nil) }
        }
    }
}
