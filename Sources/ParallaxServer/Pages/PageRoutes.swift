internal import Hummingbird
internal import Parallax
internal import ParallaxStore

/// The HTML site: story list, story pages, article pages and search, all server-rendered.
struct PageRoutes: Sendable {
    let database: any NewsroomSiteStore
    let configuration: ServerConfiguration
    let storyPages = StoryRenderCache()

    func add(to router: Router<NewsroomServer.Context>) {
        router.get("/") { request, _ in try storyList(request) }
        router.get("stories/:id") { request, context in try story(context.pathParameter("id"), request: request) }
        router.get("articles/:id") { _, context in try article(context.pathParameter("id")) }
        router.get("search") { request, context in try await search(request, context: context) }
        router.get("healthz") { _, _ in Response.json(.object([("status", .string("ok"))])) }
    }

    func storyList(_ request: Request) throws -> Response {
        let parameters = request.uri.queryParameters
        let order = parameters.get("order").flatMap(StoryQuery.Order.init(rawValue:)) ?? .newest
        let page = try APIRoutes.integer(
            parameters.get("page"), name: "page", default: 1, range: 1...configuration.maximumPage)
        let (offset, overflow) = (page - 1).multipliedReportingOverflow(by: configuration.storiesPerPage)
        guard !overflow else { throw APIError.badRequest("page \(page) is past the last page") }
        var query = StoryQuery(order: order, limit: configuration.storiesPerPage + 1)
        query.offset = offset
        var stories = try database.stories(query)
        let hasMore = stories.count > configuration.storiesPerPage
        stories = Array(stories.prefix(configuration.storiesPerPage))
        let counts = try database.counts()
        return .html(
            StoryListPage(stories: stories, order: order, page: page, hasMore: hasMore, counts: counts).html)
    }

    /// The story's page; a signed-in reader also sees what is new since their last visit.
    func story(_ id: String, request: Request) throws -> Response {
        let (storyID, page) = try storyPage(id)
        guard let session = try SessionCookie.activeSession(of: request, in: database) else { return .html(page) }
        return .html(try SinceLastVisit(database: database).annotate(page, storyID: storyID, session: session))
    }

    /// The story's id and page as anyone sees it.
    func storyPage(_ id: String) throws -> (String, String) {
        // A rendering depends on the review log and the publication setting as well as the revisions.
        let settings = try database.settings()
        func key(_ id: String) throws -> String {
            try ReviewedRendering.key(id, settings: settings, database: database)
        }
        if let version = try database.storyVersion(id), let page = storyPages.body(of: try key(id), at: version) {
            return (id, page)
        }
        guard let detail = try database.story(id) else {
            throw APIError.notFound("There is no story \(id).")
        }
        // Read before the log, so a rendering is never kept under a newer key than it shows.
        let renderingKey = try key(detail.story.id)
        let published = try database.publishedBrief(of: detail.story.id, settings: settings)
        let page = StoryPage(detail: detail, published: published, settings: settings).html
        storyPages.keep(page, of: renderingKey, at: detail.version)
        return (detail.story.id, page)
    }

    func article(_ id: String) throws -> Response {
        guard let detail = try database.article(id) else {
            throw APIError.notFound("There is no article \(id).")
        }
        return .html(ArticlePage(detail: detail).html)
    }

    func search(_ request: Request, context: NewsroomServer.Context) async throws -> Response {
        let text = request.uri.queryParameters.get("q") ?? ""
        guard !text.allSatisfy(\.isWhitespace) else { return .html(SearchPage(query: text, hits: []).html) }
        try APIRoutes.checkQueryLength(text, limits: configuration.limits)
        let (database, limit) = (database, configuration.searchResults)
        let hits = try await RequestWork.run(deadline: configuration.limits.deadline, context: context) {
            try await database.search(text, limit: limit)
        }
        return .html(SearchPage(query: text, hits: hits).html)
    }
}
