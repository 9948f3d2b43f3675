import Foundation
import Parallax
import ParallaxPostgres
import Testing

@testable import ParallaxStore

/// The stores the contract suite runs on: SQLite always, PostgreSQL where
/// `PARALLAX_TEST_POSTGRES_URL` names a server (`.ci/run` starts one). When the variable is
/// set, an unreachable server fails the PostgreSQL runs: they are never skipped quietly.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static var available: [StoreKind] { PostgresTestServer.url == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A new, empty store of this kind.
    func makeStore() throws -> any NewsroomStore {
        switch self {
        case .sqlite: try NewsroomDatabase.inMemory()
        case .postgres: try PostgresStore.open(url: try #require(PostgresTestServer.freshDatabaseURL()))
        }
    }
}

/// The PostgreSQL server the tests may use: `PARALLAX_TEST_POSTGRES_URL`, e.g.
/// `postgres://postgres@127.0.0.1:55432/parallax` (`scripts/postgres-local.sh start` prints one).
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// A URL for a new database on that server; the first store opened on it creates it.
    static func freshDatabaseURL() -> String? {
        guard let url, var components = URLComponents(string: url) else { return nil }
        components.path = "/parallax_test_" + UUID().uuidString.prefix(8).lowercased()
        return components.string
    }
}

@Suite("One contract, every store")
struct StoreContractTests {
    @Test(
        "PostgreSQL runs of the contract",
        .enabled(
            if: PostgresTestServer.url != nil,
            "PARALLAX_TEST_POSTGRES_URL is not set: the contract runs on SQLite only (scripts/postgres-local.sh start)")
    )
    func postgresIsReachable() throws {
        let store = try StoreKind.postgres.makeStore()
        #expect(try store.counts() == StoreCounts(articles: 0, stories: 0, feeds: 0))
    }

    @Test("ingest stores every article and groups one event's reports", arguments: StoreKind.available)
    func ingest(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let summary = try Ingestor(store: store).ingest(Reports.all)
        #expect(summary.added == 3 && summary.duplicates == 0)
        #expect(summary.storiesStarted == 2 && summary.briefsWritten == 2)
        #expect(try store.counts() == StoreCounts(articles: 3, stories: 2, feeds: 0))
    }

    @Test("a second ingest of the same articles adds nothing", arguments: StoreKind.available)
    func idempotentReingest(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let ingestor = Ingestor(store: store)
        try ingestor.ingest(Reports.all)
        let before = try store.stories(StoryQuery())
        let second = try ingestor.ingest(Reports.all)
        #expect(second.added == 0 && second.duplicates == 3)
        #expect(second.storiesChanged == 0 && second.briefsWritten == 0)
        #expect(second.articleIDs == ["courier-1", "post-1", "post-2"])
        #expect(try store.stories(StoryQuery()) == before)
        // Another ingestor (another process) finds them stored too.
        #expect(try Ingestor(store: store).ingest([Reports.harbourFire]).duplicates == 1)
    }

    @Test("stories are listed newest or biggest first, since a date, by words", arguments: StoreKind.available)
    func storiesListing(kind: StoreKind) throws {
        let store = try kind.makeStore()
        try Ingestor(store: store).ingest(Reports.all)
        let newest = try store.stories(StoryQuery())
        #expect(newest.map(\.articleCount) == [1, 2])
        #expect(newest.first?.lastPublished == "2026-03-04")
        let biggest = try store.stories(StoryQuery(order: .biggest))
        #expect(biggest.map(\.articleCount) == [2, 1])
        #expect(biggest.first?.outletCount == 2)
        #expect(biggest.first?.firstPublished == "2026-03-02" && biggest.first?.lastPublished == "2026-03-03")
        #expect(try store.stories(StoryQuery(since: "2026-03-04")).map(\.id) == [newest[0].id])
        #expect(try store.stories(StoryQuery(text: "recounts")).map(\.id) == [biggest[0].id])
        #expect(try store.stories(StoryQuery(text: "zeppelin")).isEmpty)
        var page = StoryQuery(order: .biggest, limit: 1)
        page.offset = 1
        #expect(try store.stories(page).map(\.id) == [biggest[1].id])
    }

    @Test("a story's brief is current and cites its articles in order", arguments: StoreKind.available)
    func brief(kind: StoreKind) throws {
        let store = try kind.makeStore()
        try Ingestor(store: store).ingest(Reports.all)
        let election = try #require(try store.stories(StoryQuery(order: .biggest)).first)
        let detail = try #require(try store.story(election.id))
        #expect(detail.isBriefCurrent)
        #expect(detail.brief?.id == election.id)
        #expect(detail.brief?.articleIDs.sorted() == ["courier-1", "post-1"])
        #expect(detail.articles.map(\.id) == ["courier-1", "post-1"])
        #expect(detail.brief?.headline == detail.story.headline)
        #expect(try store.story(String(election.id.prefix(6)))?.story.id == election.id)
        #expect(try store.story("no-such-story") == nil)
    }

    @Test(
        "a merge moves a story's current articles on record, and a refresh rewrites the brief",
        arguments: StoreKind.available)
    func moveMembers(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let ingestor = Ingestor(store: store)
        try ingestor.ingest(Reports.all)
        let stories = try store.stories(StoryQuery(order: .biggest))
        let (election, fire) = (stories[0], stories[1])
        let stamp = Date(timeIntervalSince1970: 1_800_000_000)
        // What the ingest does when the clusterer merges two stories.
        try store.assigningStories { db in
            try db.moveMembers(from: fire.id, to: election.id, at: stamp)
            try db.recountStory(fire.id, at: stamp)
            try db.recountStory(election.id, at: stamp)
        }
        let survivor = try #require(try store.story(election.id))
        #expect(survivor.articles.map(\.id) == ["courier-1", "post-1", "post-2"])
        #expect(survivor.story.articleCount == 3 && survivor.story.revision == election.revision + 1)
        #expect(!survivor.isBriefCurrent)
        let emptied = try #require(try store.story(fire.id))
        #expect(emptied.articles.isEmpty && emptied.story.articleCount == 0)
        #expect(try ingestor.refreshBriefs(of: [election.id]) == 1)
        #expect(try store.story(election.id)?.brief?.articleIDs.sorted() == ["courier-1", "post-1", "post-2"])
    }

    @Test("search finds inflections and ranks a title match first", arguments: StoreKind.available)
    func searchRanking(kind: StoreKind) async throws {
        let store = try kind.makeStore()
        try Ingestor(store: store).ingest(Reports.all)
        // "recount" is in one title and two texts: the article with it in its title comes first.
        let recount = try await store.search("recounts", limit: 10)
        #expect(recount.map(\.article.id) == ["post-1", "courier-1"])
        #expect(recount.first?.storyID != nil)
        #expect(recount.first?.excerpt.contains("recount") == true)
        #expect(try await store.search("harbour fires", limit: 10).map(\.article.id) == ["post-2"])
        #expect(try await store.search("Ostrova zeppelin", limit: 10).isEmpty)
        #expect(try await store.search("   ", limit: 10).isEmpty)
        #expect(try await store.search("election", limit: 1).count == 1)
    }

    @Test("tokens are issued, recognised and revoked", arguments: StoreKind.available)
    func tokens(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let token = try store.issueToken(role: .editor, label: "wire desk")
        #expect(token.secret.hasPrefix("plx_"))
        #expect(
            try store.tokenHolder(secret: token.secret) == TokenHolder(id: token.id, role: .editor, label: "wire desk"))
        #expect(try store.tokenHolder(secret: "plx_" + String(repeating: "0", count: 64)) == nil)
        #expect(try store.tokenHolder(secret: "not a token") == nil)
        #expect(try store.revokeToken(id: token.id))
        #expect(try !store.revokeToken(id: token.id))
        #expect(try store.tokenHolder(secret: token.secret) == nil)
    }

    @Test(
        "PostgreSQL gives the same stories and briefs as SQLite",
        .enabled(if: PostgresTestServer.url != nil, "PARALLAX_TEST_POSTGRES_URL is not set"))
    func sameAnswers() async throws {
        let stores = try [StoreKind.sqlite.makeStore(), StoreKind.postgres.makeStore()]
        var listings: [[StoryRecord]] = []
        var details: [[StoryDetail]] = []
        var hits: [[SearchHit]] = []
        for store in stores {
            // Two batches, so the second continues the saved clustering state.
            var ingestor = Ingestor(store: store)
            ingestor.batchSize = 2
            try ingestor.ingest(Reports.all)
            let stories = try store.stories(StoryQuery())
            listings.append(
                stories.map { story in
                    var story = story
                    (story.createdAt, story.updatedAt) = (.distantPast, .distantPast)
                    return story
                })
            details.append(try stories.map { try #require(try store.story($0.id)) })
            hits.append(try await store.search("commission", limit: 10))
        }
        #expect(listings[0] == listings[1])
        #expect(details[0].map(\.brief) == details[1].map(\.brief))
        #expect(details[0].map { $0.articles.map(\.article) } == details[1].map { $0.articles.map(\.article) })
        #expect(hits[0].map(\.excerpt) == hits[1].map(\.excerpt))
        #expect(Set(hits[0].map(\.article.id)) == Set(hits[1].map(\.article.id)))
    }
}
