internal import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore
internal import ParallaxStore

/// The cookies of the newsroom site: the session (its id; only a digest is stored) and, before
/// sign-in, a random value the sign-in form repeats (double submit), so another site cannot sign
/// a visitor in to an account of its choosing. Both are `Secure`, `HttpOnly` and `SameSite=Strict`.
enum SessionCookie {
    static let session = "parallax_session"
    static let signIn = "parallax_signin"
    /// How long the sign-in form's value lasts: 30 minutes to fill the form.
    static let signInLifetime = 30 * 60

    /// The value of cookie `name` in the request.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return parts[1].trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A `Set-Cookie` value: `maxAge` 0 deletes the cookie.
    static func header(_ name: String, value: String, maxAge: Int) -> String {
        "\(name)=\(value); Path=/; Max-Age=\(maxAge); Secure; HttpOnly; SameSite=Strict"
    }

    /// The live session of the request's cookie, if any.
    static func activeSession(of request: Request, in database: any NewsroomSiteStore) throws -> ActiveSession? {
        guard let id = value(session, in: request) else { return nil }
        return try database.session(id: id)
    }

    /// Compares two secrets in time independent of where they first differ.
    static func same(_ one: String, _ other: String) -> Bool {
        let a = Array(one.utf8)
        let b = Array(other.utf8)
        guard a.count == b.count, !a.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// The fields of a posted form (`application/x-www-form-urlencoded`).
struct FormFields {
    var values: [String: String]

    /// Most bytes a form may carry: a reason or a note is a few sentences.
    static let maximumBytes = 16 * 1024

    static func read(_ request: Request) async throws -> FormFields {
        let type = request.headers[.contentType]?.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard type == "application/x-www-form-urlencoded" else {
            throw APIError(
                .unsupportedMediaType, code: "form-expected",
                message: "send the form as application/x-www-form-urlencoded")
        }
        var request = request
        let buffer = try await request.collectBody(upTo: maximumBytes)
        return FormFields(decoding: String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    init(decoding body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decoded(parts[0])
            if values[name] == nil { values[name] = parts.count > 1 ? decoded(parts[1]) : "" }
        }
        self.values = values
    }

    subscript(_ name: String) -> String? { values[name] }
}

extension Response {
    /// A 303 to `location` (after a form is handled, so reloading does not post it again).
    static func seeOther(_ location: String, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }
}
