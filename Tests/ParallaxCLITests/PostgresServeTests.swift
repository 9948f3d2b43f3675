import Foundation
import ParallaxTestSupport
import Testing

/// Issue 16's stateless servers, with the real binary against a real PostgreSQL: two
/// `parallax serve` processes on one database answer as one site. What one writes (an
/// article through the API, a password, a review action) the other shows, and a session
/// cookie one gave works on the other.
@Suite(
    "serve on PostgreSQL, two servers, end to end",
    .enabled(
        if: PostgresTestServer.url != nil,
        "PARALLAX_TEST_POSTGRES_URL is not set: PostgreSQL serve checks skipped (scripts/postgres-local.sh start)"))
struct PostgresServeTests {
    @Test("a write, a session, a review action and wrong passwords through one server are seen through the other")
    func twoServers() async throws {
        let database = try PostgresTestServer.freshDatabaseURL()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-pg-serve-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("tides.jsonl")
        try ServeCommandTests.articles.write(to: input, atomically: true, encoding: .utf8)
        let ingest = try await ParallaxBinary.run(["ingest", "--db", database, "--quiet", input.path])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let token = try await ParallaxBinary.run(["token", "create", "--db", database, "--role", "editor"])
        try #require(token.status == 0, "\(token.stderr)")
        let user = try await ParallaxBinary.run(["user", "add", "ines", "--role", "editor", "--db", database])
        try #require(user.status == 0, "\(user.stderr)")
        let oneTimePassword = user.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        var servers: [ServedProcess] = []
        // SIGTERM without waiting: a deferred block cannot await the end.
        defer { for server in servers { server.child.send(SIGTERM) } }
        for _ in 0..<2 { servers.append(try await ServedProcess(database: database)) }
        let (one, other) = (servers[0].base, servers[1].base)

        // Reads agree.
        let home = try await Curl.get(one + "/")
        #expect(home.status == 200 && home.body.contains("2 articles from 2 outlets"))
        #expect(try await Curl.get(other + "/").body == home.body)

        // An article written through one is read through the other; no token, no write.
        let article =
            #"{"id":"tide-3","title":"Marrow quay reopens","outlet":"Harbour Post","published":"2026-04-12","text":"The Marrow quay reopened on Sunday after the spring tide flood, harbour master Ines Calder said."}"#
        let refused = try await Curl.run(
            one + "/api/articles", ["-X", "POST", "-H", "Content-Type: application/json", "--data", article])
        #expect(refused.status == 401)
        let posted = try await Curl.run(
            one + "/api/articles",
            [
                "-X", "POST", "-H", "Content-Type: application/json", "-H",
                "Authorization: Bearer \(token.stdout.trimmingCharacters(in: .whitespacesAndNewlines))",
                "--data", article,
            ])
        #expect(posted.status == 201, "\(posted.body)")
        // Text PostgreSQL cannot hold is refused with a reason, not a failure; lookups by it find nothing.
        let unstorable = #"{"id":"tide-4","title":"Nul","text":"A flood report with a \u0000 in it."}"#
        let nul = try await Curl.run(
            one + "/api/articles",
            [
                "-X", "POST", "-H", "Content-Type: application/json", "-H",
                "Authorization: Bearer \(token.stdout.trimmingCharacters(in: .whitespacesAndNewlines))",
                "--data", unstorable,
            ])
        #expect(nul.status == 422 && nul.body.contains("NUL character"), "\(nul.body)")
        #expect(try await Curl.get(one + "/api/stories/%00").status == 404)
        #expect(try await Curl.get(one + "/api/search?q=%00").status == 200)
        let read = try await Curl.get(other + "/api/articles/tide-3")
        #expect(read.status == 200 && read.body.contains("Marrow quay reopens"), "\(read.body)")

        // Signed in through one, the session works on the other.
        let form = try await Curl.get(one + "/signin")
        let signInCookie = try #require(form.cookie("parallax_signin"))
        let formToken = try #require(form.body.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        let signedIn = try await Curl.run(
            one + "/signin",
            [
                "-H", "Cookie: parallax_signin=\(signInCookie)", "--data-urlencode", "csrf=\(formToken)",
                "--data-urlencode", "name=ines", "--data-urlencode", "password=\(oneTimePassword)",
            ])
        #expect(signedIn.status == 303 && signedIn.header("location") == "/account/password")
        let session = try #require(signedIn.cookie("parallax_session"))
        let cookie = "Cookie: parallax_session=\(session)"
        let passwordForm = try await Curl.run(other + "/account/password", ["-H", cookie])
        #expect(passwordForm.status == 200, "\(passwordForm.body)")
        let csrf = try #require(passwordForm.body.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        let changed = try await Curl.run(
            other + "/account/password",
            [
                "-H", cookie, "--data-urlencode", "csrf=\(csrf)", "--data-urlencode", "password=tides and quays 2026",
                "--data-urlencode", "repeat=tides and quays 2026",
            ])
        #expect(changed.status == 303 && changed.header("location") == "/review", "\(changed.body)")

        // A note written on the review desk of one is published through the other.
        let desk = try await Curl.run(one + "/review", ["-H", cookie])
        #expect(desk.status == 200, "\(desk.body)")
        let storyID = try #require(desk.body.firstMatch(of: /href="\/review\/stories\/([^"?]+)"/)?.1)
        let reviewPage = try await Curl.run(one + "/review/stories/\(storyID)", ["-H", cookie])
        let revision = try #require(reviewPage.body.firstMatch(of: /name="revision" value="([0-9]+)"/)?.1)
        let noted = try await Curl.run(
            other + "/review/stories/\(storyID)/actions",
            [
                "-H", cookie, "--data-urlencode", "csrf=\(csrf)", "--data-urlencode", "kind=note",
                "--data-urlencode", "revision=\(revision)", "--data-urlencode",
                "value=Checked with the harbour office.",
            ])
        #expect(noted.status == 303, "\(noted.body)")
        let review = try await Curl.get(one + "/api/stories/\(storyID)/review")
        #expect(review.body.contains("Checked with the harbour office."), "\(review.body)")

        // Signed out through one, the session is gone on both.
        let signedOut = try await Curl.run(one + "/signout", ["-H", cookie, "--data-urlencode", "csrf=\(csrf)"])
        #expect(signedOut.status == 303)
        #expect(try await Curl.run(other + "/review", ["-H", cookie]).status == 303)

        // Wrong passwords are counted by both servers together: five through one lock the name
        // on the other, even for the right password.
        func signIn(through server: String, password: String) async throws -> Int {
            try await Curl.run(
                server + "/signin",
                [
                    "-H", "Cookie: parallax_signin=\(signInCookie)", "--data-urlencode", "csrf=\(formToken)",
                    "--data-urlencode", "name=ines", "--data-urlencode", "password=\(password)",
                ]
            ).status
        }
        for _ in 0..<5 { #expect(try await signIn(through: one, password: "not the password") == 401) }
        #expect(try await signIn(through: other, password: "tides and quays 2026") == 429)
    }
}

/// A `parallax serve --port 0` process on `database`.
struct ServedProcess {
    let child: ChildProcess
    let base: String

    init(database: String) async throws {
        child = try ParallaxBinary.start(["serve", "--db", database, "--port", "0"])
        guard let base = await ServeCommandTests.address(of: child) else {
            child.send(SIGKILL)
            let ending = await child.ending()
            throw CocoaError(
                .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve printed no address: \(ending.stderr)"])
        }
        self.base = base
    }

}

/// HTTP through curl: the status, the headers and the body of one exchange, redirects not
/// followed and cookies kept by the test itself.
enum Curl {
    struct Exchange {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: String

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name }?.value
        }

        /// The value a `Set-Cookie` header gives cookie `name`.
        func cookie(_ name: String) -> String? {
            headers.lazy.filter { $0.name.lowercased() == "set-cookie" }
                .compactMap { $0.value.firstMatch(of: /^([^=]+)=([^;]*)/) }
                .first { $0.1 == name }.map { String($0.2) }
        }
    }

    static func get(_ url: String) async throws -> Exchange { try await run(url, []) }

    static func run(_ url: String, _ arguments: [String]) async throws -> Exchange {
        let curl = try ChildProcess(
            URL(fileURLWithPath: "/usr/bin/env"), ["curl", "-sS", "-i", "--max-time", "60"] + arguments + [url])
        let data = await curl.ending().stdout
        let text = data
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Exchange(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
