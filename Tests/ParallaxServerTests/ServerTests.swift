import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Parallax
import ParallaxServer
import ParallaxStore
import Testing

/// Two reports of a bridge closure, written for these tests.
extension HTTPFields {
    /// These fields with `other`'s replacing any of the same name.
    func merging(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        for field in other { fields[field.name] = field.value }
        return fields
    }
}

enum BridgeReports {
    static let gazette = """
        {"id":"gazette-1","title":"Ostrander bridge closes for repairs","outlet":"Harbor Gazette","published":"2026-05-04","url":"https://gazette.example/bridge","text":"The Ostrander bridge closed on Monday after inspectors found cracks in two supports.\\n\\n\\"We will not reopen it until it is safe,\\" said city engineer Mara Velden. Repairs are expected to take six weeks."}
        """
    static let ledger = """
        {"id":"ledger-1","title":"Cracks shut Ostrander bridge","outlet":"Valley Ledger","published":"2026-05-05","text":"Inspectors closed the Ostrander bridge after finding cracks in its supports, city engineer Mara Velden said.\\n\\nThe repairs could take eight weeks, the city said, and ferries will run meanwhile."}
        """
}

@Suite("Web site and JSON API")
struct ServerTests {
    let database: NewsroomDatabase
    let app: Application<RouterResponder<NewsroomServer.Context>>
    /// An editor's token and a JSON content type: what every write needs.
    let writeHeaders: HTTPFields

    init() throws {
        database = try NewsroomDatabase.inMemory()
        let token = try database.issueToken(role: .editor, label: "tests")
        writeHeaders = [.authorization: "Bearer \(token.secret)", .contentType: "application/json"]
        var configuration = ServerConfiguration()
        configuration.maximumBodyBytes = 4096
        // A parallel test run on two busy cores can starve a request for seconds.
        configuration.limits.deadline = .seconds(120)
        app = Application(router: NewsroomServer.router(database: database, configuration: configuration))
    }

    /// Submits both reports through the API and returns the story id.
    func submitBoth(_ client: some TestClientProtocol) async throws -> String {
        let body = BridgeReports.gazette + "\n" + BridgeReports.ledger + "\n"
        let ingest = try await client.execute(
            uri: "/api/articles", method: .post,
            headers: writeHeaders.merging([.contentType: "application/x-ndjson"]),
            body: ByteBuffer(string: body))
        #expect(ingest.status == .created)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ingest.body.readableBytesView)) as? [String: Any])
        #expect(json["added"] as? Int == 2)
        let articles = try #require(json["articles"] as? [[String: Any]])
        return try #require(articles.first?["storyId"] as? String)
    }

    @Test("articles posted to the API form a story served as a digest")
    func submitAndRead() async throws {
        try await app.test(.router) { client in
            let storyID = try await submitBoth(client)

            let list = try await client.execute(uri: "/api/stories", method: .get)
            let story = try await client.execute(uri: "/api/stories/\(storyID)", method: .get)
            let article = try await client.execute(uri: "/api/articles/ledger-1", method: .get)

            #expect(list.status == .ok)
            #expect(String(buffer: list.body).contains("\"articleCount\": 2"))
            let digest = try #require(
                try JSONSerialization.jsonObject(with: Data(story.body.readableBytesView)) as? [String: Any])
            #expect(digest["format"] as? String == "parallax.digest/1")
            #expect((digest["articles"] as? [Any])?.count == 2)
            let stories = try #require(digest["stories"] as? [[String: Any]])
            #expect(stories.first?["id"] as? String == storyID)
            for section in ["summary", "facts", "quotes", "timeline", "entities", "discrepancies", "perspectives"] {
                #expect(stories.first?[section] is [Any], "missing \(section)")
            }
            #expect(article.status == .ok)
            #expect(String(buffer: article.body).contains("\"storyId\": \"\(storyID)\""))
        }
    }

    @Test("posting the same article again adds nothing")
    func resubmit() async throws {
        try await app.test(.router) { client in
            _ = try await submitBoth(client)
            let again = try await client.execute(
                uri: "/api/articles", method: .post, headers: writeHeaders,
                body: ByteBuffer(string: BridgeReports.gazette))
            #expect(again.status == .ok)
            #expect(String(buffer: again.body).contains("\"added\": 0"))
        }
    }

    @Test("a pretty-printed JSON object or array is accepted too")
    func prettyJSON() async throws {
        try await app.test(.router) { client in
            let pretty = "[\n  " + BridgeReports.gazette + ",\n  " + BridgeReports.ledger + "\n]"
            let response = try await client.execute(
                uri: "/api/articles", method: .post, headers: writeHeaders, body: ByteBuffer(string: pretty))
            #expect(response.status == .created)
        }
    }

    @Test("search by another inflection, over the API and as a page")
    func search() async throws {
        try await app.test(.router) { client in
            _ = try await submitBoth(client)
            let api = try await client.execute(uri: "/api/search?q=inspector%20closing", method: .get)
            let page = try await client.execute(uri: "/search?q=repair", method: .get)
            let none = try await client.execute(uri: "/api/search?q=volcano", method: .get)

            #expect(String(buffer: api.body).contains("\"id\": \"gazette-1\""))
            #expect(String(buffer: api.body).contains("\"id\": \"ledger-1\""))
            #expect(String(buffer: page.body).contains("Ostrander bridge closes for repairs"))
            #expect(String(buffer: none.body).contains("\"results\": []"))
        }
    }

    @Test("pages: story list, story with every section, article with highlights")
    func pages() async throws {
        try await app.test(.router) { client in
            let storyID = try await submitBoth(client)
            let home = try await client.execute(uri: "/", method: .get)
            let story = try await client.execute(uri: "/stories/\(storyID)", method: .get)
            let article = try await client.execute(uri: "/articles/gazette-1", method: .get)

            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            let homeHTML = String(buffer: home.body)
            #expect(homeHTML.contains("href=\"/stories/\(storyID)\""))
            #expect(homeHTML.contains("2 articles from 2 outlets"))
            let storyHTML = String(buffer: story.body)
            #expect(storyHTML.contains("<h3>Summary</h3>"))
            #expect(storyHTML.contains("<h3>Sources</h3>"))
            #expect(storyHTML.contains("href=\"/articles/gazette-1\""))
            #expect(!storyHTML.contains("<script"))
            let articleHTML = String(buffer: article.body)
            #expect(articleHTML.contains("<q class=\"quote\""))
            #expect(articleHTML.contains("We will not reopen it until it is safe"))
            #expect(articleHTML.contains("<mark class=\"entity"))
        }
    }

    @Test("a story's page and API body are rendered again once an article joins it")
    func renderedStoriesFollowNewArticles() async throws {
        try await app.test(.router) { client in
            let first = try await client.execute(
                uri: "/api/articles", method: .post, headers: writeHeaders,
                body: ByteBuffer(string: BridgeReports.gazette))
            let json = try JSONSerialization.jsonObject(with: Data(first.body.readableBytesView)) as? [String: Any]
            let storyID = try #require((json?["articles"] as? [[String: Any]])?.first?["storyId"] as? String)
            for _ in 0..<2 {
                let page = try await client.execute(uri: "/stories/\(storyID)", method: .get)
                let api = try await client.execute(uri: "/api/stories/\(storyID)", method: .get)
                #expect(String(buffer: page.body).contains("1 article from 1 source"))
                #expect(!String(buffer: api.body).contains("ledger-1"))
            }

            let second = try await client.execute(
                uri: "/api/articles", method: .post, headers: writeHeaders,
                body: ByteBuffer(string: BridgeReports.ledger))
            #expect(String(buffer: second.body).contains("\"storyId\": \"\(storyID)\""))
            let page = try await client.execute(uri: "/stories/\(storyID)", method: .get)
            let api = try await client.execute(uri: "/api/stories/\(storyID)", method: .get)
            #expect(String(buffer: page.body).contains("2 articles from 2 sources"))
            #expect(String(buffer: page.body).contains("href=\"/articles/ledger-1\""))
            #expect(String(buffer: api.body).contains("\"id\": \"ledger-1\""))
        }
    }

    @Test("bad requests get 4xx JSON errors")
    func badRequests() async throws {
        try await app.test(.router) { client in
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status, String)] = [
                ("/api/search", .get, nil, .badRequest, "missing-query"),
                ("/api/stories?since=yesterday", .get, nil, .badRequest, "bad-request"),
                ("/api/stories?limit=0", .get, nil, .badRequest, "bad-request"),
                ("/api/stories/s-none", .get, nil, .notFound, "not-found"),
                ("/api/articles/none", .get, nil, .notFound, "not-found"),
                ("/api/nothing-here", .get, nil, .notFound, "not-found"),
                ("/api/articles", .post, "{\"id\": \"x\"}", .unprocessableContent, "invalid-article"),
                ("/api/articles", .post, "not json", .unprocessableContent, "invalid-article"),
                ("/api/articles", .post, "", .badRequest, "bad-request"),
            ]
            for (uri, method, body, status, code) in cases {
                let response = try await client.execute(
                    uri: uri, method: method, headers: method == .post ? writeHeaders : [:],
                    body: body.map { ByteBuffer(string: $0) })
                #expect(response.status == status, "\(uri)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(uri)")
                let json =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                let error = json?["error"] as? [String: Any]
                #expect(error?["code"] as? String == code, "\(uri)")
                #expect((error?["message"] as? String)?.isEmpty == false, "\(uri)")
            }
        }
    }

    @Test("oversized bodies are refused with 413")
    func oversized() async throws {
        try await app.test(.router) { client in
            let big = String(repeating: "x", count: 10_000)
            let response = try await client.execute(
                uri: "/api/articles", method: .post, headers: writeHeaders,
                body: ByteBuffer(string: "{\"id\":\"big\",\"text\":\"\(big)\"}"))
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("body-too-large"))
            #expect(try database.counts().articles == 0)
        }
    }

    @Test("unknown pages get an HTML 404")
    func htmlNotFound() async throws {
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/stories/s-none", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("There is no story s-none."))
        }
    }
}
