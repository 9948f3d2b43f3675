internal import Hummingbird
internal import Parallax
internal import ParallaxStore

/// The HTML site: story list, story pages, article pages and search, all server-rendered.
struct PageRoutes: Sendable {
    let database: NewsroomDatabase
    let configuration: ServerConfiguration
    let storyPages = StoryRenderCache()

    func add(to router: Router<NewsroomServer.Context>) {
        router.get("/") { request, _ in try storyList(request) }
        router.get("stories/:id") { _, context in try story(context.pathParameter("id")) }
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

    func story(_ id: String) throws -> Response {
        if let version = try database.storyVersion(id), let page = storyPages.body(of: id, at: version) {
            return .html(page)
        }
        guard let detail = try database.story(id) else {
            throw APIError.notFound("There is no story \(id).")
        }
        let page = StoryPage(detail: detail).html
        storyPages.keep(page, of: detail.story.id, at: detail.version)
        return .html(page)
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
