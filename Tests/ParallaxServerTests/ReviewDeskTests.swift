import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Parallax
import ParallaxInputs
import ParallaxServer
import ParallaxStore
import Testing

/// The newsroom's review desk through HTTP: signing in, sessions, CSRF tokens, roles, and an
/// editor's correction reaching readers.
@Suite("Sign-in and the review desk")
struct ReviewDeskTests {
    let database: NewsroomDatabase
    let app: Application<RouterResponder<NewsroomServer.Context>>
    let storyID: String
    static let costs: PasswordHasher.Costs = {
        var costs = PasswordHasher.Costs()
        costs.memoryKiB = 64
        costs.iterations = 1
        return costs
    }()
    static let password = "a long enough password"

    init() throws {
        database = try NewsroomDatabase.inMemory()
        var configuration = ServerConfiguration()
        configuration.passwordCosts = Self.costs
        app = Application(router: NewsroomServer.router(database: database, configuration: configuration))
        let read = InputReader().read(
            jsonLines: Data((BridgeReports.gazette + "\n" + BridgeReports.ledger + "\n").utf8), input: "tests")
        _ = try Ingestor(database: database).ingest(read.documents)
        storyID = try #require(try database.article("gazette-1")?.story?.id)
    }

    /// An account whose password is already chosen.
    func account(_ name: String, role: AccessRole) throws {
        let hasher = PasswordHasher(costs: Self.costs)
        let added = try database.addAccount(name: name, role: role, hasher: hasher)
        try database.setPassword(Self.password, accountID: added.account.id, hasher: hasher)
    }

    static func cookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    static func value(of cookie: String) -> String {
        String(cookie.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1).last ?? "")
    }

    /// The `csrf` field of the first form in `html`.
    static func token(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(
            string: fields.map {
                "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
            }.joined(separator: "&"))
    }

    static let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Signs in through the form; returns the `Cookie` header value of the session.
    func signIn(_ client: some TestClientProtocol, _ name: String, password: String = Self.password) async throws
        -> String
    {
        let page = try await client.execute(uri: "/signin", method: .get)
        let signInCookie = try #require(Self.cookie("parallax_signin", in: page))
        let token = try #require(Self.token(in: String(buffer: page.body)))
        var headers = Self.formType
        headers[.cookie] = "parallax_signin=\(Self.value(of: signInCookie))"
        let response = try await client.execute(
            uri: "/signin", method: .post, headers: headers,
            body: Self.form([("csrf", token), ("name", name), ("password", password), ("next", "/review")]))
        #expect(response.status == .seeOther)
        let session = try #require(Self.cookie("parallax_session", in: response))
        return "parallax_session=\(Self.value(of: session))"
    }

    func get(_ client: some TestClientProtocol, _ uri: String, cookie: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    func post(_ client: some TestClientProtocol, _ uri: String, cookie: String, _ fields: [(String, String)])
        async throws -> TestResponse
    {
        var headers = Self.formType
        headers[.cookie] = cookie
        return try await client.execute(uri: uri, method: .post, headers: headers, body: Self.form(fields))
    }

    @Test("the session cookie is Secure, HttpOnly and SameSite; a one-time password must be replaced")
    func sessionCookie() async throws {
        let added = try database.addAccount(name: "mara", role: .editor, hasher: PasswordHasher(costs: Self.costs))
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/signin", method: .get)
            let token = try #require(Self.token(in: String(buffer: page.body)))
            let signInCookie = try #require(Self.cookie("parallax_signin", in: page))
            var headers = Self.formType
            headers[.cookie] = "parallax_signin=\(Self.value(of: signInCookie))"
            let response = try await client.execute(
                uri: "/signin", method: .post, headers: headers,
                body: Self.form([("csrf", token), ("name", "mara"), ("password", added.oneTimePassword)]))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/account/password")
            let cookie = try #require(Self.cookie("parallax_session", in: response))
            let attributes = Set(cookie.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(attributes.isSuperset(of: ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"]))
            #expect(Self.value(of: cookie).count == 64)

            let session = "parallax_session=\(Self.value(of: cookie))"
            let desk = try await get(client, "/review", cookie: session)
            #expect(desk.status == .seeOther)
            #expect(desk.headers[.location] == "/account/password")
            let form = try await get(client, "/account/password", cookie: session)
            let csrf = try #require(Self.token(in: String(buffer: form.body)))
            let changed = try await post(
                client, "/account/password", cookie: session,
                [("csrf", csrf), ("password", Self.password), ("repeat", Self.password)])
            #expect(changed.status == .seeOther)
            #expect(try await get(client, "/review", cookie: session).status == .ok)
        }
    }

    @Test("forms posted without their session's CSRF token are refused")
    func csrf() async throws {
        try account("mara", role: .editor)
        try await app.test(.router) { client in
            // Sign-in itself: no token, or one that differs from the cookie.
            let noToken = try await client.execute(
                uri: "/signin", method: .post, headers: Self.formType,
                body: Self.form([("name", "mara"), ("password", Self.password)]))
            #expect(noToken.status == .forbidden)
            #expect(Self.cookie("parallax_session", in: noToken) == nil)
            var mismatched = Self.formType
            mismatched[.cookie] = "parallax_signin=" + String(repeating: "a", count: 64)
            let wrong = try await client.execute(
                uri: "/signin", method: .post, headers: mismatched,
                body: Self.form([
                    ("csrf", String(repeating: "b", count: 64)), ("name", "mara"), ("password", Self.password),
                ]))
            #expect(wrong.status == .forbidden)

            let session = try await signIn(client, "mara")
            let revision = try #require(try database.briefRevisions(of: storyID).last?.revision)
            let approve = [("revision", String(revision)), ("kind", "approve")]
            let without = try await post(client, "/review/stories/\(storyID)/actions", cookie: session, approve)
            #expect(without.status == .forbidden)
            let forged = try await post(
                client, "/review/stories/\(storyID)/actions", cookie: session,
                approve + [("csrf", String(repeating: "0", count: 64))])
            #expect(forged.status == .forbidden)
            #expect(try database.reviewActions(of: storyID).isEmpty)
            let signOut = try await post(client, "/signout", cookie: session, [])
            #expect(signOut.status == .forbidden)
        }
    }

    @Test("after five wrong passwords an account's sign-in is refused for a while, even with the right one")
    func throttled() async throws {
        try account("mara", role: .editor)
        try await app.test(.router) { client in
            func attempt(_ password: String) async throws -> TestResponse {
                let page = try await client.execute(uri: "/signin", method: .get)
                let token = try #require(Self.token(in: String(buffer: page.body)))
                let cookie = try #require(Self.cookie("parallax_signin", in: page))
                var headers = Self.formType
                headers[.cookie] = "parallax_signin=\(Self.value(of: cookie))"
                return try await client.execute(
                    uri: "/signin", method: .post, headers: headers,
                    body: Self.form([("csrf", token), ("name", "mara"), ("password", password)]))
            }
            for _ in 0..<5 { #expect(try await attempt("wrong password").status == .unauthorized) }
            let locked = try await attempt(Self.password)
            #expect(locked.status == .tooManyRequests)
            #expect(Self.cookie("parallax_session", in: locked) == nil)
        }
    }

    @Test("readers and anonymous visitors cannot reach the review desk")
    func readersAreKeptOut() async throws {
        try account("rob", role: .reader)
        try await app.test(.router) { client in
            let anonymous = try await get(client, "/review", cookie: nil)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location]?.hasPrefix("/signin") == true)
            let session = try await signIn(client, "rob")
            for uri in ["/review", "/review/stories/\(storyID)"] {
                #expect(try await get(client, uri, cookie: session).status == .forbidden)
            }
            let home = try await get(client, "/", cookie: session)
            let csrf = try #require(
                try database.session(id: String(session.dropFirst("parallax_session=".count)))?.csrfToken)
            let posted = try await post(
                client, "/review/stories/\(storyID)/actions", cookie: session,
                [("csrf", csrf), ("revision", "1"), ("kind", "approve")])
            #expect(home.status == .ok)
            #expect(posted.status == .forbidden)
            #expect(try database.reviewActions(of: storyID).isEmpty)
        }
    }

    @Test("an editor corrects a speaker and approves; the reader's page shows the review and the correction")
    func correctionReachesReaders() async throws {
        try account("ines", role: .editor)
        try database.setSetting("publication", to: "reviewed")
        try await app.test(.router) { client in
            let waiting = try await get(client, "/stories/\(storyID)", cookie: nil)
            #expect(String(buffer: waiting.body).contains("waiting for an editor"))
            let session = try await signIn(client, "ines")
            let desk = try await get(client, "/review/stories/\(storyID)", cookie: session)
            #expect(desk.status == .ok)
            let html = String(buffer: desk.body)
            let csrf = try #require(Self.token(in: html))
            let revision = try #require(try database.briefRevisions(of: storyID).last)
            let index = try #require(revision.story.quotes.firstIndex { $0.article == "gazette-1" })
            let quote = revision.story.quotes[index]
            let corrected = try await post(
                client, "/review/stories/\(storyID)/actions", cookie: session,
                [
                    ("csrf", csrf), ("revision", String(revision.revision)), ("index", String(index)),
                    ("kind", "correct-speaker"), ("value", "Deputy mayor Ines Calder"), ("reason", "Council recording"),
                ])
            #expect(corrected.status == .seeOther)
            let unreasoned = try await post(
                client, "/review/stories/\(storyID)/actions", cookie: session,
                [
                    ("csrf", csrf), ("revision", String(revision.revision)), ("index", String(index)),
                    ("kind", "hide-quote"),
                ])
            #expect(unreasoned.status == .unprocessableContent)
            let approved = try await post(
                client, "/review/stories/\(storyID)/actions", cookie: session,
                [("csrf", csrf), ("revision", String(revision.revision)), ("kind", "approve")])
            #expect(approved.status == .seeOther)

            let page = String(buffer: try await get(client, "/stories/\(storyID)", cookie: nil).body)
            #expect(page.contains("Reviewed by <strong>ines</strong> at "))
            #expect(page.contains("Deputy mayor Ines Calder"))
            #expect(page.contains("Council recording"))
            #expect(page.contains("<h3>Methodology</h3>"))
            #expect(page.contains("quote&#39;s speaker corrected") || page.contains("quote's speaker corrected"))
            #expect(!page.contains("<script"))
            let log = String(buffer: try await get(client, "/review/stories/\(storyID)", cookie: session).body)
            #expect(log.contains("corrected a quote&#39;s speaker") || log.contains("corrected a quote's speaker"))
            #expect(log.contains(HTMLRenderer.escape(quote.text)))
            #expect(try database.reviewActions(of: storyID).map(\.kind) == [.correctSpeaker, .approve])
            let api = try await client.execute(uri: "/api/stories/\(storyID)", method: .get)
            #expect(String(buffer: api.body).contains("\"speaker\": \"Deputy mayor Ines Calder\""))
            let review = try await client.execute(uri: "/api/stories/\(storyID)/review", method: .get)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(review.body.readableBytesView)) as? [String: Any])
            #expect((json["approval"] as? [String: Any])?["by"] as? String == "ines")
            let corrections = try #require(json["corrections"] as? [[String: Any]])
            #expect(corrections.map { $0["after"] as? String } == ["Deputy mayor Ines Calder"])
            #expect(corrections.first?["reason"] as? String == "Council recording")
        }
    }

    @Test("with readers set to signed-in, anonymous visitors are sent to sign in")
    func signedInReaders() async throws {
        try database.setSetting("readers", to: "signed-in")
        try account("rob", role: .reader)
        try await app.test(.router) { client in
            let home = try await get(client, "/", cookie: nil)
            #expect(home.status == .seeOther)
            #expect(try await get(client, "/api/stories", cookie: nil).status == .unauthorized)
            let forged = try await client.execute(
                uri: "/api/stories", method: .get,
                headers: [.authorization: "Bearer plx_" + String(repeating: "0", count: 64)])
            #expect(forged.status == .unauthorized)
            let token = try database.issueToken(role: .reader).secret
            let known = try await client.execute(
                uri: "/api/stories", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(known.status == .ok)
            let session = try await signIn(client, "rob")
            #expect(try await get(client, "/stories/\(storyID)", cookie: session).status == .ok)
        }
    }
}
