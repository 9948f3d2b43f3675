internal import Foundation
internal import Parallax
internal import ParallaxStore

/// One story's brief with every section; citations link to the article pages. The brief is the
/// revision readers may see (`published`), with editors' corrections applied and the review above it.
struct StoryPage {
    var detail: StoryDetail
    /// The revision readers see, reviewed; nil before one is written (or approved, when review comes first).
    var published: ReviewedBrief?
    var settings = NewsroomSettings()

    var html: String {
        var body = "<p class=\"kicker\">Story brief</p>\n"
        guard let published else {
            body += "<h1>\(Layout.escape(detail.story.headline))</h1>"
            body +=
                detail.brief != nil && settings.publication == .reviewed
                ? PublishedReview.awaiting
                : "<p class=\"notice\">The brief of this story is being written. Reload in a moment.</p>"
            body += articleList
            return Layout.page(title: detail.story.headline, body: body)
        }
        let brief = published.story
        if settings.publication == .reviewed, published.revision.revision != detail.story.revision {
            body += "<p class=\"notice\">New articles joined this story since this brief was reviewed.</p>\n"
        } else if !detail.isBriefCurrent {
            body +=
                "<p class=\"notice\">New articles joined this story; the brief below is being brought up to date.</p>\n"
        }
        let articles = detail.articles.map(\.article)
        // The review, the follow links and the pictures go under the brief's headline and counts.
        let review =
            FollowLinks.html(storyID: detail.story.id, revision: published.revision.revision)
            + PublishedReview.box(published)
            + CoverageChart(articles: articles, articlePage: Layout.articlePath).html
            + FactMatrix(story: brief, articles: articles, articlePage: Layout.articlePath).html
        var fragment = HTMLRenderer.storyFragment(brief, articles: articles, articlePage: Layout.articlePath)
        if let meta = fragment.range(of: "<p class=\"meta\">"),
            let end = fragment[meta.upperBound...].range(of: "</p>\n")
        {
            fragment.insert(contentsOf: review, at: end.upperBound)
        } else {
            fragment = review + fragment
        }
        body += fragment
        return Layout.page(title: brief.headline, body: body)
    }

    private var articleList: String {
        "<h2>Articles</h2><ol>"
            + detail.articles.map {
                "<li><a href=\"\(Layout.articlePath($0.id))\">\(Layout.escape($0.title ?? $0.id))</a> \(Layout.escape($0.outlet ?? ""))</li>"
            }.joined() + "</ol>"
    }
}
