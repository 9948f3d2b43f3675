internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import Parallax
internal import ParallaxStore

/// Following a story: Atom feeds of its published revisions and of a search's stories, each
/// revision's page with what changed since the one before, and the same as JSON in the API.
struct FollowRoutes: Sendable {
    let database: any NewsroomSiteStore
    let configuration: ServerConfiguration

    /// Most stories a search feed follows, and most entries it lists.
    static let searchFeedStories = 20
    static let searchFeedEntries = 50

    func add(to router: Router<NewsroomServer.Context>) {
        router.get("stories/:id/feed.atom") { _, context in try storyFeed(context.pathParameter("id")) }
        router.get("search/feed.atom") { request, _ in try searchFeed(request) }
        router.get("stories/:id/revisions/:revision") { _, context in
            try revisionPage(context.pathParameter("id"), context.parameters.require("revision", as: Int.self))
        }
        router.get("api/stories/:id/revisions") { _, context in try revisionsJSON(context.pathParameter("id")) }
        router.get("api/search/revisions") { request, _ in try searchRevisionsJSON(request) }
    }

    func storyFeed(_ id: String) throws -> Response {
        guard let detail = try database.story(id) else { throw APIError.notFound("There is no story \(id).") }
        let storyID = detail.story.id
        let published = try database.publishedRevisions(of: storyID, settings: try database.settings())
        let feed = AtomFeed(
            id: "urn:parallax:story:\(Layout.urlComponent(storyID))", title: "\(detail.story.headline) — Parallax",
            selfPath: Layout.storyPath(storyID) + "/feed.atom", alternatePath: Layout.storyPath(storyID),
            entries: published.map { AtomFeed.Entry(storyID: storyID, published: $0) })
        return Self.atom(feed)
    }

    func searchFeed(_ request: Request) throws -> Response {
        let text = try query(request)
        let feed = AtomFeed(
            id: "urn:parallax:search:\(Layout.urlComponent(text))", title: "“\(text)” — Parallax",
            selfPath: "/search/feed.atom?q=\(Layout.urlComponent(text))",
            alternatePath: "/search?q=\(Layout.urlComponent(text))",
            entries: try searchEntries(text))
        return Self.atom(feed)
    }

    func searchEntries(_ text: String) throws -> [AtomFeed.Entry] {
        let settings = try database.settings()
        var entries: [AtomFeed.Entry] = []
        for story in try database.stories(StoryQuery(text: text, limit: Self.searchFeedStories)) {
            entries += try database.publishedRevisions(of: story.id, settings: settings).map {
                AtomFeed.Entry(storyID: story.id, published: $0)
            }
        }
        return Array(
            entries.sorted { $0.published.publishedAt > $1.published.publishedAt }.prefix(Self.searchFeedEntries))
    }

    func revisionPage(_ id: String, _ number: Int) throws -> Response {
        let published = try database.publishedRevisions(of: id, settings: try database.settings())
        guard let detail = try database.story(id),
            let shown = published.first(where: { $0.revision.revision == number })
        else { throw APIError.notFound("Story \(id) has no published revision \(number).") }
        let reviewed = ReviewedBrief(revision: shown.revision, actions: try database.reviewActions(of: id))
        var body = "<p class=\"kicker\">Story brief · revision \(number)</p>\n"
        body +=
            "<p><a href=\"\(Layout.storyPath(id))\">The story now</a> · <a href=\"\(Layout.storyPath(id))/feed.atom\">Follow (Atom)</a></p>\n"
        body +=
            "<section class=\"review-box\"><h2>What changed</h2>\n" + RevisionChanges.html(shown.diff) + "</section>\n"
        body += PublishedReview.box(reviewed)
        body += HTMLRenderer.storyFragment(
            reviewed.story, articles: detail.articles.map(\.article), articlePage: Layout.articlePath)
        return .html(Layout.page(title: "\(reviewed.story.headline) (revision \(number))", body: body))
    }

    func revisionsJSON(_ id: String) throws -> Response {
        guard try database.storyVersion(id) != nil else { throw APIError.notFound("no story \(id)") }
        let published = try database.publishedRevisions(of: id, settings: try database.settings())
        return .json(
            .object([
                ("format", .string(Self.revisionsFormat)), ("storyId", .string(id)),
                ("revisions", .array(published.reversed().map { RevisionChanges.json(storyID: id, $0) })),
            ]))
    }

    func searchRevisionsJSON(_ request: Request) throws -> Response {
        let text = try query(request)
        return .json(
            .object([
                ("format", .string(Self.revisionsFormat)), ("query", .string(text)),
                (
                    "revisions",
                    .array(try searchEntries(text).map { RevisionChanges.json(storyID: $0.storyID, $0.published) })
                ),
            ]))
    }

    static let revisionsFormat = "parallax.revisions/1"

    func query(_ request: Request) throws -> String {
        guard let text = request.uri.queryParameters.get("q"), !text.allSatisfy(\.isWhitespace) else {
            throw APIError.badRequest("the q parameter (the words to search for) is missing", code: "missing-query")
        }
        try APIRoutes.checkQueryLength(text, limits: configuration.limits)
        return text
    }

    static func atom(_ feed: AtomFeed) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: feed.xml)))
    }
}
