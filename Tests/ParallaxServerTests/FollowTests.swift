import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Parallax
import ParallaxInputs
import ParallaxServer
import ParallaxStore
import ParallaxWeb
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Following a story: Atom feeds per story and per search, revision pages and their JSON.
@Suite("Following a story")
struct FollowTests {
    let database: NewsroomDatabase
    let app: Application<RouterResponder<NewsroomServer.Context>>

    static let herald = """
        {"id":"herald-1","title":"Ostrander bridge repairs begin","outlet":"Harbor Herald","published":"2026-05-06","text":"Repairs began on the Ostrander bridge on Wednesday, two days after inspectors found cracks in two supports, city engineer Mara Velden said.\\n\\nFerries will run while the Ostrander bridge is closed."}
        """

    init() throws {
        database = try NewsroomDatabase.inMemory()
        app = Application(router: NewsroomServer.router(database: database, configuration: ServerConfiguration()))
    }

    func ingest(_ lines: String...) throws -> String {
        let read = InputReader().read(jsonLines: Data(lines.joined(separator: "\n").utf8), input: "tests")
        _ = try Ingestor(database: database).ingest(read.documents)
        return try #require(try database.article("gazette-1")?.story?.id)
    }

    /// The RFC 4287 elements every feed and entry must have: id, title, updated; an author on the
    /// feed or on every entry; an alternate link or content on every entry.
    static func missingAtomElements(_ xml: Data) throws -> [String] {
        let document = try XMLDocument(data: xml)
        let atom = "http://www.w3.org/2005/Atom"
        guard let feed = document.rootElement(), feed.localName == "feed",
            feed.uri == atom || (feed.namespaces ?? []).contains(where: { $0.stringValue == atom })
        else { return ["feed element in the Atom namespace"] }
        func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
            element.children?.compactMap { $0 as? XMLElement }.filter { $0.localName == name } ?? []
        }
        var missing: [String] = []
        for name in ["id", "title", "updated"] where children(feed, name).count != 1 { missing.append("feed/\(name)") }
        let feedAuthor = !children(feed, "author").isEmpty
        for (index, entry) in children(feed, "entry").enumerated() {
            for name in ["id", "title", "updated"] where children(entry, name).count != 1 {
                missing.append("entry[\(index)]/\(name)")
            }
            if !feedAuthor, children(entry, "author").isEmpty { missing.append("entry[\(index)]/author") }
            let alternate = children(entry, "link").contains {
                ($0.attribute(forName: "rel")?.stringValue ?? "alternate") == "alternate"
            }
            if !alternate, children(entry, "content").isEmpty { missing.append("entry[\(index)]/link or content") }
        }
        for updated in (try document.nodes(forXPath: "//*[local-name()='updated']")) {
            if ISO8601DateFormatter().date(from: updated.stringValue ?? "") == nil {
                missing.append("an RFC 3339 date in updated")
            }
        }
        return missing
    }

    func feed(_ client: some TestClientProtocol, _ uri: String) async throws -> (Feed, Data) {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
        let bytes = Data(response.body.readableBytesView)
        return (try FeedParser().parse(Array(bytes), url: "http://localhost\(uri)"), bytes)
    }

    @Test("a story's Atom feed is valid Atom 1.0 and gains an entry when a revision is published")
    func storyFeed() async throws {
        let storyID = try ingest(BridgeReports.gazette, BridgeReports.ledger)
        try await app.test(.router) { client in
            let (first, firstXML) = try await feed(client, "/stories/\(storyID)/feed.atom")
            #expect(first.format == .atom)
            #expect(first.items.count == 1)
            #expect(try Self.missingAtomElements(firstXML) == [])
            #expect(try AtomSchema.violations(firstXML) == [])
            let entry = try #require(first.items.first)
            #expect(entry.guid?.hasPrefix("urn:parallax:story:") == true)
            #expect(
                entry.link?.hasSuffix(
                    "/stories/\(storyID)/revisions/\(try database.briefRevisions(of: storyID)[0].revision)") == true)
            #expect(entry.summary?.contains("2 new articles") == true)

            _ = try ingest(Self.herald)
            let (second, secondXML) = try await feed(client, "/stories/\(storyID)/feed.atom")
            #expect(second.items.count == 2)
            #expect(second.items.first?.summary?.contains("1 new article") == true)
            #expect(try Self.missingAtomElements(secondXML) == [])
            #expect(try AtomSchema.violations(secondXML) == [])

            let (search, searchXML) = try await feed(client, "/search/feed.atom?q=Ostrander")
            #expect(search.items.count == 2)
            #expect(try Self.missingAtomElements(searchXML) == [])
            #expect(try AtomSchema.violations(searchXML) == [])

            let json = try await client.execute(uri: "/api/stories/\(storyID)/revisions", method: .get)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
            let revisions = try #require(object["revisions"] as? [[String: Any]])
            #expect(revisions.count == 2)
            let changes = try #require(revisions.first?["changes"] as? [String: Any])
            #expect(changes["newArticles"] as? [String] == ["herald-1"])

            let page = try await client.execute(
                uri: "/stories/\(storyID)/revisions/\(try #require(revisions.first?["revision"] as? Int))", method: .get
            )
            #expect(String(buffer: page.body).contains("What changed"))
            #expect(String(buffer: page.body).contains("href=\"/articles/herald-1\""))
        }
    }

    @Test("with review first, a story's feed lists only approved revisions")
    func reviewedFeed() async throws {
        let storyID = try ingest(BridgeReports.gazette, BridgeReports.ledger)
        try database.setSetting("publication", to: "reviewed")
        try await app.test(.router) { client in
            let (before, _) = try await feed(client, "/stories/\(storyID)/feed.atom")
            #expect(before.items.isEmpty)
            let editor = try database.addAccount(name: "ines", role: .editor).account
            let revision = try #require(try database.briefRevisions(of: storyID).last?.revision)
            try database.recordReview(ReviewRequest(storyID: storyID, revision: revision, kind: .approve), by: editor)
            let (after, afterXML) = try await feed(client, "/stories/\(storyID)/feed.atom")
            #expect(try AtomSchema.violations(afterXML) == [])
            #expect(after.items.count == 1)
            #expect(after.items.first?.summary?.contains("reviewed by ines") == true)
        }
    }
}

extension FollowTests {
    @Test("the Atom schema check refuses what RFC 4287 forbids")
    func schemaRefusesInvalidAtom() throws {
        let valid = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>\
            <updated>2026-05-06T00:00:00Z</updated><author><name>a</name></author>\
            <entry><title>e</title><id>urn:y</id><updated>2026-05-06T00:00:00Z</updated>\
            <link href="https://example.org/"/></entry></feed>
            """
        #expect(try AtomSchema.violations(Data(valid.utf8)) == [])
        let broken = [
            valid.replacingOccurrences(of: "<updated>2026-05-06T00:00:00Z</updated><author>", with: "<author>"),
            valid.replacingOccurrences(of: "2026-05-06T00:00:00Z</updated><link", with: "May 6</updated><link"),
            valid.replacingOccurrences(of: "<title>e</title>", with: "<title type=\"rtf\">e</title>"),
            valid.replacingOccurrences(of: "http://www.w3.org/2005/Atom", with: "http://purl.org/rss/1.0/"),
        ]
        for document in broken { #expect(try !AtomSchema.violations(Data(document.utf8)).isEmpty) }
    }

    @Test("a signed-in reader's story page says what is new since their last visit")
    func sinceLastVisit() async throws {
        let storyID = try ingest(BridgeReports.gazette, BridgeReports.ledger)
        var costs = PasswordHasher.Costs()
        costs.memoryKiB = 64
        costs.iterations = 1
        let hasher = PasswordHasher(costs: costs)
        let added = try database.addAccount(name: "rob", role: .reader, hasher: hasher)
        try database.setPassword("a long enough password", accountID: added.account.id, hasher: hasher)
        let opened = try #require(try database.signIn(name: "rob", password: "a long enough password", hasher: hasher))
        let cookie: HTTPFields = [.cookie: "parallax_session=\(opened.id)"]
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/stories/\(storyID)", method: .get, headers: cookie)
            #expect(!String(buffer: first.body).contains("New since your last visit"))
            _ = try ingest(Self.herald)
            let second = String(
                buffer: try await client.execute(uri: "/stories/\(storyID)", method: .get, headers: cookie).body)
            #expect(second.contains("New since your last visit"))
            #expect(second.contains("href=\"/articles/herald-1\""))
            let anonymous = String(buffer: try await client.execute(uri: "/stories/\(storyID)", method: .get).body)
            #expect(!anonymous.contains("New since your last visit"))
            let third = String(
                buffer: try await client.execute(uri: "/stories/\(storyID)", method: .get, headers: cookie).body)
            #expect(!third.contains("New since your last visit"))
        }
    }
}
