import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOPosix
import Parallax
import ParallaxInputs
import ParallaxStore
import Testing

@testable import ParallaxServer

/// Issue 15: one request must never take the newsroom down. Each test failed before its fix.
@Suite("Hardening: bounded requests")
struct HardeningTests {
    let database: NewsroomDatabase
    /// An editor's API token: writes need one.
    let token: String

    init() throws {
        database = try NewsroomDatabase.inMemory()
        token = try database.issueToken(role: .editor).secret
        let reports = [BridgeReports.gazette, BridgeReports.ledger].joined(separator: "\n")
        var documents = InputReader().read(jsonLines: Data(reports.utf8), input: "test").documents
        documents.append(
            RawDocument(
                input: "test#3", format: .structured,
                text: "Café owners on the Ostrander quay said the bridge closure emptied their terraces.",
                id: "café-1 ü", title: "Quay cafés feel the closure", outlet: "Harbor Gazette", language: "en"))
        _ = try Ingestor(database: database).ingest(documents)
    }

    func app(_ configure: (inout ServerConfiguration) -> Void = { _ in }) -> some ApplicationProtocol {
        var configuration = ServerConfiguration()
        configuration.port = 0
        // A parallel test run on two busy cores can starve one request for seconds; only the
        // deadline test itself sets a short one.
        configuration.limits.deadline = .seconds(120)
        configure(&configuration)
        return NewsroomServer.application(
            database: database, configuration: configuration, logger: Logger(label: "test"))
    }

    // Finding 4: a 24 KB query of repeated words took 42 s of CPU.
    @Test("a query longer than the limit is refused; a long repeated one is cut to distinct terms")
    func searchBounds() async throws {
        try await app().test(.router) { client in
            let huge = String(repeating: "bridge ", count: 3_500)
            for uri in ["/api/search?q=", "/search?q=", "/api/stories?q="] {
                let response = try await client.execute(
                    uri: uri + huge.replacingOccurrences(of: " ", with: "%20"), method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(String(buffer: response.body).contains("longer than 1000 characters"), "\(uri)")
            }
            let repeated = String(repeating: "bridge%20", count: 140)
            let response = try await client.execute(uri: "/api/search?q=" + repeated, method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("\"id\": \"gazette-1\""))
        }
    }

    @Test("work past the deadline is stopped with 503 deadline-exceeded")
    func deadline() async throws {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let closed = loop.makePromise(of: Void.self)
        defer { closed.succeed() }
        let clock = ContinuousClock()
        let start = clock.now
        await #expect {
            try await RequestWork.run(deadline: .milliseconds(100), connectionClosed: closed.futureResult) {
                try await Task.sleep(for: .seconds(600))
            }
        } throws: { error in
            (error as? APIError)?.code == "deadline-exceeded"
        }
        // The work would sleep 10 minutes; a test run that keeps every thread busy may delay
        // its cancellation by some seconds.
        #expect(clock.now - start < .seconds(120))
    }

    @Test("work for a client that has gone is stopped")
    func clientGone() async throws {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let closed = loop.makePromise(of: Void.self)
        let clock = ContinuousClock()
        let start = clock.now
        loop.scheduleTask(in: .milliseconds(100)) { closed.succeed() }
        await #expect(throws: CancellationError.self) {
            try await RequestWork.run(deadline: .seconds(60), connectionClosed: closed.futureResult) {
                try await Task.sleep(for: .seconds(600))
            }
        }
        #expect(clock.now - start < .seconds(120))
    }

    @Test("a cancelled search stops with the cancelled code")
    func cancelledSearch() async throws {
        let database = database
        let task = Task { () async -> StoreError.Code? in
            withUnsafeCurrentTask { $0?.cancel() }
            do {
                _ = try await database.search("bridge")
                return nil
            } catch let error as StoreError {
                return error.code
            } catch {
                return nil
            }
        }
        let code = await task.value
        #expect(code == .cancelled)
    }

    // Finding 8: the site's own links to ids with non-ASCII characters gave 404.
    @Test("percent-encoded ids in paths are decoded, as the site's links encode them")
    func percentDecodedPaths() async throws {
        try await app().test(.router) { client in
            let search = try await client.execute(uri: "/search?q=terraces", method: .get)
            #expect(search.status == .ok)
            let link = try #require(
                String(buffer: search.body).firstMatch(of: /href="(\/articles\/[^"]+)"/)?.1,
                "\(String(buffer: search.body))")
            #expect(link == "/articles/caf%C3%A9-1%20%C3%BC")
            let page = try await client.execute(uri: String(link), method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("Quay cafés feel the closure"))
            let api = try await client.execute(uri: "/api" + String(link), method: .get)
            #expect(api.status == .ok)
            let storyLink = try #require(String(buffer: page.body).firstMatch(of: /href="(\/stories\/[^"]+)"/)?.1)
            let story = try await client.execute(uri: String(storyLink), method: .get)
            #expect(story.status == .ok)
            let bad = try await client.execute(uri: "/articles/%E0%A4%A", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    // Finding 10: HEAD / gave 404.
    @Test("HEAD is answered wherever GET is, without a body")
    func head() async throws {
        try await app().test(.router) { client in
            for uri in ["/", "/healthz", "/api/stories", "/articles/gazette-1"] {
                let response = try await client.execute(uri: uri, method: .head)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.body.readableBytes == 0, "\(uri)")
            }
        }
    }

    // Finding 10: a bad chunk size gave 500.
    @Test("a malformed chunked body gets 400, not 500")
    func badChunk() async throws {
        try await app().test(.live) { client in
            let connection = try RawHTTPConnection(port: try #require(client.port))
            connection.send(
                "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer \(token)\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
            let status = await connection.statusLine()
            #expect(status?.hasPrefix("HTTP/1.1 400") == true, "\(status ?? "nothing")")
        }
    }

    // Finding 10: 3,050 connections sending headers slowly stayed open.
    @Test("a connection that never finishes its headers is closed after the idle timeout")
    func idleTimeout() async throws {
        let app = app { $0.limits.idleTimeout = .seconds(1) }
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let silent = try RawHTTPConnection(port: port, readTimeout: 20)
            let trickling = try RawHTTPConnection(port: port, readTimeout: 20)
            trickling.send("GET / HTTP/1.1\r\nHost: loc")
            #expect(await silent.untilClosed() != nil, "a silent connection stayed open")
            #expect(await trickling.untilClosed() != nil, "a connection with half a header stayed open")
            // A client that sends its request at once is still served.
            let prompt = try RawHTTPConnection(port: port)
            prompt.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await prompt.statusLine() == "HTTP/1.1 200 OK")
        }
    }

    // Finding 5: one POST may not carry unbounded work.
    @Test("a POST with more articles than the limit is refused with 413")
    func articlesPerPost() async throws {
        let app = app { $0.limits.maximumArticlesPerPost = 2 }
        try await app.test(.router) { client in
            let lines = (1...3).map { #"{"id":"n-\#($0)","text":"Ferries ran all day across the harbor \#($0)."}"# }
            let response = try await client.execute(
                uri: "/api/articles", method: .post,
                headers: [.contentType: "application/x-ndjson", .authorization: "Bearer \(token)"],
                body: ByteBuffer(string: lines.joined(separator: "\n")))
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("too-many-articles"))
            #expect(try database.counts().articles == 3)
        }
    }
}

/// Issue 15, finding 7: a full disk while writing briefs answered 500 `store-failed` although
/// every article had been committed.
@Suite("Hardening: answers that say what was stored")
struct CommittedAnswerTests {
    @Test("articles committed before briefs failed are reported as stored")
    func briefsFailAfterCommit() async throws {
        let database = try NewsroomDatabase.inMemory()
        let token = try database.issueToken(role: .editor).secret
        // Brief writes fail as they would on a full disk; article batches still commit.
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER fullDisk BEFORE INSERT ON brief
                    BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END
                    """)
        }
        let app = Application(router: NewsroomServer.router(database: database, configuration: ServerConfiguration()))
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/articles", method: .post,
                headers: [.contentType: "application/x-ndjson", .authorization: "Bearer \(token)"],
                body: ByteBuffer(string: BridgeReports.gazette + "\n" + BridgeReports.ledger + "\n"))
            #expect(response.status == .created)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(json["added"] as? Int == 2)
            #expect((json["articles"] as? [Any])?.count == 2)
            #expect((json["error"] as? [String: Any])?["code"] as? String == "briefs-pending")
        }
        #expect(try database.counts().articles == 2)
    }
}
