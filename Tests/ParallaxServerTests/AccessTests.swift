import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Parallax
import ParallaxServer
import ParallaxStore
import Testing

/// What one hostile request must not do: crash the server, write without a token, reach it
/// through another host name, or plant a link that runs a script.
@Suite("Access and request safety")
struct AccessTests {
    let database: NewsroomDatabase
    let app: Application<RouterResponder<NewsroomServer.Context>>
    let editor: String

    init() throws {
        database = try NewsroomDatabase.inMemory()
        editor = try database.issueToken(role: .editor).secret
        var configuration = ServerConfiguration()
        // A parallel test run on two busy cores can starve a request for seconds.
        configuration.limits.deadline = .seconds(120)
        app = Application(router: NewsroomServer.router(database: database, configuration: configuration))
    }

    func post(
        _ client: some TestClientProtocol, _ body: String, token: String?, contentType: String? = "application/json",
        host: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let contentType { headers[.contentType] = contentType }
        return try await client.execute(
            uri: "/api/articles", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func errorCode(_ response: TestResponse) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return (json?["error"] as? [String: Any])?["code"] as? String
    }

    @Test(
        "a page number past every story is a 400, not a crash",
        arguments: ["307445734561825862", "9223372036854775807", "0", "-3", "two"])
    func hugePageNumbers(page: String) async throws {
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/?page=\(page)", method: .get)
            #expect(response.status == .badRequest)
            let alive = try await client.execute(uri: "/healthz", method: .get)
            #expect(alive.status == .ok)
        }
    }

    @Test("the last real pages still work")
    func ordinaryPages() async throws {
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/?page=1", method: .get)
            let last = try await client.execute(uri: "/?page=100000", method: .get)
            #expect(first.status == .ok)
            #expect(last.status == .ok)
        }
    }

    @Test("writing needs an editor's token: none or an unknown one is 401, a reader's 403, a revoked one 401")
    func writesNeedAToken() async throws {
        let reader = try database.issueToken(role: .reader).secret
        let revoked = try database.issueToken(role: .editor)
        #expect(try database.revokeToken(id: revoked.id))
        try await app.test(.router) { client in
            let article = BridgeReports.gazette
            let anonymous = try await post(client, article, token: nil)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            for token in ["plx_" + String(repeating: "0", count: 64), "not-a-token", revoked.secret] {
                let refused = try await post(client, article, token: token)
                #expect(refused.status == .unauthorized)
            }
            let asReader = try await post(client, article, token: reader)
            #expect(asReader.status == .forbidden)
            #expect(try database.counts().articles == 0)
            let accepted = try await post(client, article, token: editor)
            #expect(accepted.status == .created)
        }
    }

    @Test(
        "only JSON bodies are accepted: a cross-site form's content types get 415",
        arguments: ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", nil])
    func jsonOnly(contentType: String?) async throws {
        try await app.test(.router) { client in
            let response = try await post(client, BridgeReports.gazette, token: editor, contentType: contentType)
            #expect(response.status == .unsupportedMediaType)
            #expect(Self.errorCode(response) == "unsupported-media-type")
            #expect(try database.counts().articles == 0)
        }
    }

    @Test("JSON with a charset parameter or as JSON lines is accepted")
    func jsonVariants() async throws {
        try await app.test(.router) { client in
            let one = try await post(
                client, BridgeReports.gazette, token: editor, contentType: "Application/JSON; charset=utf-8")
            #expect(one.status == .created)
            let lines = try await post(
                client, BridgeReports.ledger + "\n", token: editor, contentType: "application/x-ndjson")
            #expect(lines.status == .created)
        }
    }

    @Test("a Host that is not one of the server's names gets 421; its own names are answered")
    func hostHeader() async throws {
        try await app.test(.router) { client in
            for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "[::2]"] {
                let response = try await client.execute(
                    uri: "/", method: .get, headers: [HTTPField.Name("Host")!: host])
                #expect(response.status == .misdirectedRequest, "\(host)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            for host in ["localhost", "LOCALHOST:8080", "127.0.0.1:8080", "[::1]:80", "localhost."] {
                let response = try await client.execute(
                    uri: "/", method: .get, headers: [HTTPField.Name("Host")!: host])
                #expect(response.status == .ok, "\(host)")
            }
        }
    }

    @Test("every answer carries the browser protections, errors included")
    func securityHeaders() async throws {
        try await app.test(.router) { client in
            for uri in ["/", "/api/stories", "/stories/none", "/api/nothing"] {
                let response = try await client.execute(uri: uri, method: .get)
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("default-src 'none'"), "\(uri)")
                #expect(policy.contains("frame-ancestors 'none'"), "\(uri)")
                #expect(!policy.contains("script-src"), "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
            }
        }
    }

    @Test(
        "a URL that is not http(s) is stored but never becomes a link",
        arguments: [
            "javascript:alert(1)", "  JavaScript:alert(document.domain)", "data:text/html,<script>alert(1)</script>",
            "jav\tascript:alert(1)", "vbscript:msgbox", "file:///etc/passwd",
        ])
    func hostileURLs(url: String) async throws {
        let escaped = url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\"", with: "\\\"")
        let body = """
            {"id":"x-1","title":"Hostile link","url":"\(escaped)","outlet":"Nowhere","text":"The council met on Monday to discuss the bridge.\\n\\nIt voted to repair it."}
            """
        try await app.test(.router) { client in
            let response = try await post(client, body, token: editor)
            #expect(response.status == .created)
            let article = try await client.execute(uri: "/articles/x-1", method: .get)
            let html = String(buffer: article.body)
            #expect(article.status == .ok)
            #expect(!html.lowercased().contains("href=\"javascript"))
            #expect(!html.lowercased().contains("href=\"data:"))
            #expect(!html.contains("<script"))
            let stored = try #require(try database.article("x-1"))
            #expect(stored.article.url == nil)
            let story = try #require(stored.story)
            let page = String(buffer: try await client.execute(uri: "/stories/\(story.id)", method: .get).body)
            #expect(!page.lowercased().contains("javascript:"))
            #expect(!page.lowercased().contains("href=\"data:"))
        }
    }
}
