internal import Foundation
internal import Hummingbird
internal import Logging
internal import NIOCore
internal import Parallax
internal import ParallaxInputs
internal import ParallaxStore

/// The JSON API. Responses use the digest format's types: a story is a one-story digest
/// (`parallax.digest/1` with its articles), an article is a digest article.
struct APIRoutes: Sendable {
    let database: any NewsroomSiteStore
    let configuration: ServerConfiguration
    let storyBodies = StoryRenderCache()

    func add(to group: RouterGroup<NewsroomServer.Context>) {
        group.get("stories") { request, context in try await stories(request, context: context) }
        group.get("stories/:id") { _, context in try story(context.pathParameter("id")) }
        group.get("articles/:id") { _, context in try article(context.pathParameter("id")) }
        group.get("search") { request, context in try await search(request, context: context) }
        group.post("articles") { request, context in try await submit(request, context: context) }
    }

    func stories(_ request: Request, context: NewsroomServer.Context) async throws -> Response {
        let parameters = request.uri.queryParameters
        var query = StoryQuery()
        if let since = parameters.get("since") {
            guard PublicationDate(iso8601: since) != nil else {
                throw APIError.badRequest("since: \"\(since)\" is not an ISO 8601 date such as 2026-01-07")
            }
            query.since = since
        }
        if let text = parameters.get("q"), !text.isEmpty {
            try Self.checkQueryLength(text, limits: configuration.limits)
            query.text = text
        }
        if let order = parameters.get("order") {
            guard let known = StoryQuery.Order(rawValue: order) else {
                throw APIError.badRequest("order must be newest or biggest")
            }
            query.order = known
        }
        query.limit = try Self.integer(parameters.get("limit"), name: "limit", default: 50, range: 1...500)
        query.offset = try Self.integer(parameters.get("offset"), name: "offset", default: 0, range: 0...Int.max)
        let (database, finalQuery) = (database, query)
        let stories = try await RequestWork.run(deadline: configuration.limits.deadline, context: context) {
            try database.stories(finalQuery)
        }
        return .json(StoreJSON.storyList(stories))
    }

    /// The brief readers may see, with editors' corrections applied (see `publishedBrief`).
    func story(_ id: String) throws -> Response {
        let settings = try database.settings()
        func key(_ id: String) throws -> String {
            try ReviewedRendering.key(id, settings: settings, database: database)
        }
        if let version = try database.storyVersion(id), let body = storyBodies.body(of: try key(id), at: version) {
            return .json(serialized: body)
        }
        guard let detail = try database.story(id) else { throw APIError.notFound("no story \(id)") }
        let renderingKey = try key(detail.story.id)
        guard let published = try database.publishedBrief(of: detail.story.id, settings: settings) else {
            throw APIError(
                .serviceUnavailable, code: "brief-pending",
                message: "the brief of \(id) is being written or waits for an editor's review")
        }
        let digest = Digest(articles: detail.articles.map(\.article), stories: [published.story])
        let body = DigestJSON.value(of: digest).serialized() + "\n"
        storyBodies.keep(body, of: renderingKey, at: detail.version)
        return .json(serialized: body)
    }

    func article(_ id: String) throws -> Response {
        guard let detail = try database.article(id) else { throw APIError.notFound("no article \(id)") }
        return .json(StoreJSON.article(detail))
    }

    func search(_ request: Request, context: NewsroomServer.Context) async throws -> Response {
        guard let text = request.uri.queryParameters.get("q"), !text.allSatisfy(\.isWhitespace) else {
            throw APIError.badRequest("the q parameter (the words to search for) is missing", code: "missing-query")
        }
        try Self.checkQueryLength(text, limits: configuration.limits)
        let limit = try Self.integer(
            request.uri.queryParameters.get("limit"), name: "limit", default: configuration.searchResults,
            range: 1...200)
        let database = database
        let hits = try await RequestWork.run(deadline: configuration.limits.deadline, context: context) {
            try await database.search(text, limit: limit)
        }
        return .json(StoreJSON.searchResults(hits))
    }

    /// Refuses a search query longer than the limit with 400 `query-too-long`.
    static func checkQueryLength(_ text: String, limits: RequestLimits) throws {
        guard text.unicodeScalars.count <= limits.maximumQueryCharacters else {
            throw APIError.badRequest(
                "the query is longer than \(limits.maximumQueryCharacters) characters", code: "query-too-long")
        }
    }

    /// `POST /api/articles`: one JSON object, or JSON lines, each with the fields of a JSONL
    /// input line (`id`, `text`; optional `title`, `url`, `outlet`, `published`, `authors`,
    /// `language`). All are added or, when one is bad, none.
    func submit(_ request: Request, context: NewsroomServer.Context) async throws -> Response {
        let holder = try authorizeWrite(request)
        try Self.requireJSON(request)
        let limit = configuration.maximumBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError.tooLarge(limit: limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(limit: limit)
        }
        let bytes = Self.jsonLines(Data(buffer.readableBytesView))
        guard !bytes.isEmpty else { throw APIError.badRequest("the body is empty; send an article as JSON") }
        let read = InputReader().read(jsonLines: bytes, input: "api")
        guard read.documents.count <= configuration.limits.maximumArticlesPerPost else {
            throw APIError(
                .contentTooLarge, code: "too-many-articles",
                message: "\(read.documents.count) articles in one request; send at most "
                    + "\(configuration.limits.maximumArticlesPerPost) per request")
        }
        if let first = read.errors.first {
            throw APIError(
                .unprocessableContent, code: "invalid-article",
                message: "\(first.description)" + (read.errors.count > 1 ? " (and \(read.errors.count - 1) more)" : ""))
        }
        let summary: Ingestor.Summary
        var failure: StoreError?
        do {
            summary = try await Ingestor(store: database).ingestOffLoop(read.documents)
        } catch {
            // Some work was committed before the failure (a full disk while writing briefs):
            // the answer says what is stored rather than a bare 500.
            guard let committed = error.committed else { throw error }
            context.logger.error("ingest failed after committing articles: \(error)")
            summary = committed
            failure = error
        }
        let complete = summary.articleIDs.count == read.documents.count
        var stored: [JSONValue] = []
        for id in summary.articleIDs {
            let storyID = try database.article(id)?.story?.id
            stored.append(.object([("id", .string(id)), ("storyId", storyID.map(JSONValue.string) ?? .null)]))
        }
        context.logger.info("ingested \(summary.added) articles through the API (token \(holder.id))")
        var answer: [(String, JSONValue)] = [
            ("format", .string("parallax.ingest/1")),
            ("added", .number(summary.added)),
            ("duplicates", .number(summary.duplicates)),
            ("articles", .array(stored)),
        ]
        if failure != nil {
            let message =
                complete
                ? "every article is stored, but some stories' briefs could not be written; the next ingest writes them"
                : "only the articles listed were stored before the store failed; send the others again"
            answer.append(
                (
                    "error",
                    .object([
                        ("code", .string(complete ? "briefs-pending" : "store-failed")), ("message", .string(message)),
                    ])
                ))
        }
        let status: HTTPResponse.Status =
            failure != nil && !complete ? .internalServerError : summary.added > 0 ? .created : .ok
        return .json(.object(answer), status: status)
    }

    /// The holder of the request's `Authorization: Bearer TOKEN`, who must be allowed to write:
    /// 401 without a known token, 403 for a reader's.
    func authorizeWrite(_ request: Request) throws -> TokenHolder {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("writing needs an API token: send Authorization: Bearer TOKEN")
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let holder = try database.tokenHolder(secret: parts[1].trimmingCharacters(in: .whitespaces))
        else {
            throw APIError.unauthorized("the API token is not known or has been revoked")
        }
        guard holder.role.canWrite else {
            throw APIError(
                .forbidden, code: "forbidden", message: "a \(holder.role.rawValue) token cannot add articles")
        }
        return holder
    }

    /// Media types a body of articles may have: JSON, or JSON lines.
    static let articleMediaTypes: Set<String> = [
        "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines",
    ]

    /// Refuses (415) a body that is not declared as JSON, so that no cross-site form
    /// (`text/plain`, `application/x-www-form-urlencoded`, `multipart/form-data`) can post one.
    static func requireJSON(_ request: Request) throws {
        let declared = request.headers[.contentType] ?? ""
        let mediaType = declared.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard let mediaType, articleMediaTypes.contains(mediaType) else {
            throw APIError(
                .unsupportedMediaType, code: "unsupported-media-type",
                message: "send articles as application/json or application/x-ndjson"
                    + (declared.isEmpty ? " (no Content-Type was given)" : ", not \(declared.prefix(80))"))
        }
    }

    /// A body holding one JSON object or an array of them (pretty-printed or not) as JSON
    /// lines; anything else as it came, to be read as JSON lines.
    static func jsonLines(_ body: Data) -> Data {
        guard let first = body.first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }),
            first == 0x5B || first == 0x7B,
            let value = try? JSONSerialization.jsonObject(with: body)
        else { return body }
        let objects = (value as? [Any]) ?? [value]
        var lines = Data()
        for object in objects {
            guard JSONSerialization.isValidJSONObject(object),
                let line = try? JSONSerialization.data(withJSONObject: object)
            else { return body }
            lines.append(line)
            lines.append(0x0A)
        }
        return lines
    }

    static func integer(_ text: String?, name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw APIError.badRequest("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
