internal import Parallax
internal import ParallaxStore

/// One story's brief with every section; citations link to the article pages.
struct StoryPage {
    var detail: StoryDetail

    var html: String {
        var body = "<p class=\"kicker\">Story brief</p>\n"
        guard let brief = detail.brief else {
            body += "<h1>\(Layout.escape(detail.story.headline))</h1>"
            body += "<p class=\"notice\">The brief of this story is being written. Reload in a moment.</p>"
            body += articleList
            return Layout.page(title: detail.story.headline, body: body)
        }
        if !detail.isBriefCurrent {
            body +=
                "<p class=\"notice\">New articles joined this story; the brief below is being brought up to date.</p>\n"
        }
        body += HTMLRenderer.storyFragment(
            brief, articles: detail.articles.map(\.article), articlePage: Layout.articlePath)
        return Layout.page(title: brief.headline, body: body)
    }

    private var articleList: String {
        "<h2>Articles</h2><ol>"
            + detail.articles.map {
                "<li><a href=\"\(Layout.articlePath($0.id))\">\(Layout.escape($0.title ?? $0.id))</a> \(Layout.escape($0.outlet ?? ""))</li>"
            }.joined() + "</ol>"
    }
}
