internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import Parallax
internal import ParallaxStore

/// The review desk: the queue of stories, one story's revision with a form per statement, and
/// the posting of actions into the audit log. Editors and admins only (readers get 403).
struct ReviewRoutes: Sendable {
    let database: any NewsroomSiteStore
    var access: DeskAccess { DeskAccess(database: database) }

    func add(to router: Router<NewsroomServer.Context>) {
        router.get("review") { request, _ in try queue(request) }
        router.get("review/stories/:id") { request, context in
            try story(request, id: context.pathParameter("id"))
        }
        router.post("review/stories/:id/actions") { request, context in
            try await act(request, id: context.pathParameter("id"))
        }
        router.get("api/stories/:id/review") { _, context in try reviewJSON(context.pathParameter("id")) }
    }

    /// The review of the brief readers see (404 before one is published).
    func reviewJSON(_ id: String) throws -> Response {
        guard let published = try database.publishedBrief(of: id, settings: try database.settings()) else {
            throw APIError.notFound("story \(id) has no published brief")
        }
        return .json(ReviewJSON.value(published))
    }

    func queue(_ request: Request) throws -> Response {
        let session: ActiveSession
        switch try access.check(request) {
        case .answered(let response): return response
        case .allowed(let allowed): session = allowed
        }
        let items = try database.reviewQueue(limit: 100, offset: 0)
        return .html(ReviewQueuePage(session: session, items: items).html)
    }

    func story(_ request: Request, id: String, problem: String? = nil) throws -> Response {
        let session: ActiveSession
        switch try access.check(request) {
        case .answered(let response): return response
        case .allowed(let allowed): session = allowed
        }
        let revisions = try database.briefRevisions(of: id)
        guard let latest = revisions.last else {
            throw APIError.notFound("Story \(id) has no brief to review yet.")
        }
        var shown = latest
        if let asked = request.uri.queryParameters.get("revision") {
            guard let number = Int(asked), let found = revisions.first(where: { $0.revision == number }) else {
                throw APIError.notFound("Story \(id) has no revision \(asked).")
            }
            shown = found
        }
        let actions = try database.reviewActions(of: id)
        let page = ReviewStoryPage(
            session: session, reviewed: ReviewedBrief(revision: shown, actions: actions),
            revisions: revisions.map(\.revision), actions: actions, problem: problem)
        return .html(page.html, status: problem == nil ? .ok : .unprocessableContent)
    }

    func act(_ request: Request, id: String) async throws -> Response {
        let form = try await FormFields.read(request)
        let session: ActiveSession
        switch try access.checkForm(request, form) {
        case .answered(let response): return response
        case .allowed(let allowed): session = allowed
        }
        guard let kind = form["kind"].flatMap(ReviewKind.init(rawValue:)),
            let revisionNumber = form["revision"].flatMap(Int.init),
            let revision = try database.briefRevision(of: id, revision: revisionNumber)
        else { throw APIError.badRequest("the form names no known action or revision") }
        var target: StatementKey?
        if kind.needsTarget {
            guard let index = form["index"].flatMap(Int.init),
                let key = Self.statement(in: revision.story, kind: kind, index: index)
            else { throw APIError.badRequest("the form names no statement of revision \(revisionNumber)") }
            target = key
        }
        let review = ReviewRequest(
            storyID: id, revision: revisionNumber, kind: kind, target: target, value: form["value"],
            reason: form["reason"])
        do throws(StoreError) {
            try database.recordReview(review, by: session.account)
        } catch {
            guard error.code == .invalidReview else { throw error }
            return try story(request, id: id, problem: error.message)
        }
        return .seeOther("/review/stories/\(Layout.urlComponent(id))?revision=\(revisionNumber)#log")
    }

    /// The key of the statement at `index` of the section `kind` acts on.
    static func statement(in story: Brief, kind: ReviewKind, index: Int) -> StatementKey? {
        switch kind {
        case .hideFact, .correctFact: story.facts.indices.contains(index) ? StatementKey(story.facts[index]) : nil
        case .correctSpeaker, .hideQuote: story.quotes.indices.contains(index) ? StatementKey(story.quotes[index]) : nil
        case .correctDate: story.timeline.indices.contains(index) ? StatementKey(story.timeline[index]) : nil
        case .resolveDiscrepancy:
            story.discrepancies.indices.contains(index) ? StatementKey(story.discrepancies[index]) : nil
        case .approve, .note: nil
        }
    }
}
