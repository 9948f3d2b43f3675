internal import HTTPTypes
internal import Hummingbird

/// Checks every request's `Host` against the configured names (421 otherwise, so a page on
/// another site cannot reach this server through DNS rebinding) and puts the browser
/// protections on every response: a content security policy without scripts or frames,
/// no MIME sniffing, no referrer leaking story addresses to outlets.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let allowedHosts: Set<String>

    static var securityHeaders: HTTPFields {
        [
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            .xFrameOptions: "DENY",
            .referrerPolicy: "no-referrer",
        ]
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        // HTTP/1 puts `Host` in the authority; a `Host` field left among the headers counts too.
        let named = [request.head.authority].compactMap { $0 } + request.headers[values: .legacyHost]
        if !named.allSatisfy(allows) {
            response = try APIError(
                .misdirectedRequest, code: "unknown-host",
                message: "this server does not answer for the host named in the request"
            ).response(from: request, context: context)
        } else {
            response = try await next(request, context)
        }
        for field in Self.securityHeaders where response.headers[field.name] == nil {
            response.headers.append(field)
        }
        return response
    }

    /// Whether `authority` (`host[:port]`) names an allowed host.
    func allows(_ authority: String) -> Bool {
        var host = Substring(authority.lowercased())
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            host = host[...close]
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        return allowedHosts.contains(String(host))
    }
}

extension HTTPField.Name {
    /// `Host` as a plain field (HTTPTypes steers it to the authority, which is checked first).
    static let legacyHost = Self("Host")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
