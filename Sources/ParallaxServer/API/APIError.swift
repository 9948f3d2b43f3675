internal import HTTPTypes
public import Hummingbird
internal import Logging
internal import NIOCore
internal import NIOHTTP1
internal import Parallax
internal import ParallaxStore

/// A failed API request: an HTTP status, a stable code and a message for people, sent as
/// `{"error": {"code": ..., "message": ...}}`.
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body: JSONValue = .object([
            ("error", .object([("code", .string(code)), ("message", .string(message))]))
        ])
        var response = Response.json(body, status: status)
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"parallax\"" }
        return response
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not-found", message: what)
    }

    static func badRequest(_ message: String, code: String = "bad-request") -> APIError {
        APIError(.badRequest, code: code, message: message)
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, code: "unauthorized", message: message)
    }

    static func tooLarge(limit: Int) -> APIError {
        APIError(.contentTooLarge, code: "body-too-large", message: "the request body is larger than \(limit) bytes")
    }
}

extension Response {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(serialized: value.serialized() + "\n", status: status)
    }

    static func json(serialized text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}

/// Turns every failure into a clear response: JSON errors under `/api`, an HTML page
/// elsewhere. Store failures are logged and reported without their details.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.apiError(for: error, context: context)
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
                return try apiError.response(from: request, context: context)
            }
            return .html(
                Layout.page(
                    title: apiError.status == .notFound ? "Not found" : "Error",
                    body: "<h1>\(apiError.status.code) \(Layout.escape(apiError.status.reasonPhrase))</h1>"
                        + "<p>\(Layout.escape(apiError.message))</p><p><a href=\"/\">All stories</a></p>"),
                status: apiError.status)
        }
    }

    static func apiError(for error: any Error, context: Context) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as StoreError where error.code == .cancelled:
            return APIError(.serviceUnavailable, code: "cancelled", message: "the request was stopped")
        case let error as StoreError where error.code == .unstorableText:
            return APIError(.unprocessableContent, code: "invalid-article", message: error.message)
        case is HTTPParserError:
            // A malformed request body (a bad chunk size) is the client's error.
            return APIError(.badRequest, code: "malformed-request", message: "the request is not valid HTTP/1.1")
        case let error as StoreError:
            context.logger.error("store failure: \(error)")
            return APIError(.internalServerError, code: "store-failed", message: "the store could not answer")
        case let error as any HTTPResponseError:
            let message =
                switch error.status {
                case .notFound: "no such page"
                case .contentTooLarge: "the request body is too large"
                case .methodNotAllowed: "this method is not allowed here"
                default: error.status.reasonPhrase
                }
            let code = error.status == .notFound ? "not-found" : "http-\(error.status.code)"
            return APIError(error.status, code: code, message: message)
        default:
            context.logger.error("unexpected failure: \(error)")
            return APIError(.internalServerError, code: "internal", message: "something went wrong")
        }
    }
}
