internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import ParallaxStore

/// With the `readers` setting at `signed-in`, only signed-in accounts read the site: anonymous
/// page requests are sent to sign in, anonymous API requests without a token get 401. Sign-in,
/// sign-out and the health check stay open.
struct ReaderGate<Context: RequestContext>: RouterMiddleware {
    let database: any NewsroomSiteStore

    static var openPaths: Set<String> { ["/signin", "/signout", "/healthz", "/account/password"] }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard !Self.openPaths.contains(path), try database.settings().readers == .signedIn,
            try SessionCookie.activeSession(of: request, in: database) == nil
        else { return try await next(request, context) }
        if path == "/api" || path.hasPrefix("/api/") {
            // A known token of any role reads; writes check the role themselves.
            if try holdsToken(request) { return try await next(request, context) }
            return try APIError.unauthorized("this newsroom is read by signed-in accounts: send a known API token")
                .response(from: request, context: context)
        }
        return .seeOther("/signin?next=" + Layout.urlComponent(path))
    }

    /// Whether the request carries `Authorization: Bearer TOKEN` with a token the store knows.
    func holdsToken(_ request: Request) throws -> Bool {
        guard let header = request.headers[.authorization] else { return false }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        return try database.tokenHolder(secret: parts[1].trimmingCharacters(in: .whitespaces)) != nil
    }
}
