import Foundation
import ParallaxTestSupport
import Testing

@testable import Parallax

@Suite("Rendering the digest")
struct RenderingTests {
    let digest = StoryPipeline().run(SynthesisTests.documents)

    @Test func jsonFollowsTheSchema() throws {
        let schema = Repository.url("Schemas/digest.schema.json")
        let validator = try JSONSchemaValidator(schemaData: try Data(contentsOf: schema))
        let violations = try validator.validate(Data(DigestJSON.render(digest).utf8))
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func jsonWritesNullForWhatIsNotKnown() throws {
        let json = DigestJSON.render(digest)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "parallax.digest/1")
        let article = try #require((object["articles"] as? [[String: Any]])?.first)
        #expect(article["url"] is NSNull)
        #expect(article.keys.contains("title"))
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").serialized() == #""a\"b\\c\nd\u0001""#)
    }

    @Test func markdownHasEverySectionAndLinksSources() {
        let markdown = MarkdownRenderer.render(digest)
        for heading in ["### Summary", "### Facts", "### Quotes", "### Sources", "## Methodology"] {
            #expect(markdown.contains(heading), "missing \(heading)")
        }
        let story = digest.stories[0]
        #expect(markdown.contains("(#src-\(story.id)-1)"))
        #expect(markdown.contains("<a id=\"src-\(story.id)-1\"></a>"))
    }

    @Test func htmlIsSelfContainedEscapedAndLinked() {
        var hostile = digest
        hostile.stories[0].headline = "<script>alert(1)</script>"
        let html = HTMLRenderer.render(hostile)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("name=\"viewport\""))
        #expect(!html.contains("<link "))
        #expect(html.contains("href=\"#src-\(digest.stories[0].id)-1\""))
        #expect(html.contains("id=\"methodology\""))
    }

    @Test func htmlSaysSourcesAgreeWhenNoDiscrepancyWasFound() throws {
        var agreeing = digest
        let story = try #require(agreeing.stories.first { $0.articleIDs.count > 1 })
        let index = try #require(agreeing.stories.firstIndex { $0.id == story.id })
        agreeing.stories[index].discrepancies = []
        let html = HTMLRenderer.render(agreeing)
        #expect(html.contains("<h3>Discrepancies</h3><p class=\"none\">None found"))
    }
}
