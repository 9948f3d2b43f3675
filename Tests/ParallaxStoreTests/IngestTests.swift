import Foundation
import GRDB
import Parallax
import Testing

@testable import ParallaxStore

/// Three short reports written for these tests: two on one vote count, one on a harbour fire.
enum Reports {
    static let electionCourier = RawDocument(
        input: "courier.jsonl#1", format: .structured,
        text: """
            Officials in Valmora certified the result of the mayoral election on Sunday after a recount.

            Lena Ostrova won the election with 52 percent of the vote, the electoral commission said.
            "The count was careful and complete," said commission chair Tomas Brenner.
            """,
        id: "courier-1", title: "Valmora certifies mayoral election", url: "https://courier.example/valmora-vote",
        outlet: "Valmora Courier", published: PublicationDate(iso8601: "2026-03-02"), language: "en")
    static let electionPost = RawDocument(
        input: "post.jsonl#1", format: .structured,
        text: """
            The Valmora electoral commission certified Lena Ostrova as mayor following a recount of Sunday's vote.

            Ostrova took 51 percent, according to the commission. Tomas Brenner, who chairs the commission, \
            said the recount confirmed the mayoral result.
            """,
        id: "post-1", title: "Ostrova confirmed as Valmora mayor after recount", url: "https://post.example/ostrova",
        outlet: "Evening Post", published: PublicationDate(iso8601: "2026-03-03"), language: "en")
    static let harbourFire = RawDocument(
        input: "post.jsonl#2", format: .structured,
        text: """
            A warehouse fire at the Kessling harbour burned through the night before firefighters contained it.

            No injuries were reported. The harbour master said shipping would resume on Tuesday.
            """,
        id: "post-2", title: "Fire at Kessling harbour warehouse", url: "https://post.example/kessling-fire",
        outlet: "Evening Post", published: PublicationDate(iso8601: "2026-03-04"), language: "en")
    static let all = [electionCourier, electionPost, harbourFire]
}

@Suite("Ingesting into the store")
struct IngestTests {
    @Test("a first ingest stores every article, a second adds nothing")
    func ingestTwice() throws {
        let database = try NewsroomDatabase.inMemory()
        let ingestor = Ingestor(database: database)

        let first = try ingestor.ingest(Reports.all)
        let second = try ingestor.ingest(Reports.all)

        #expect(first.added == 3)
        #expect(first.duplicates == 0)
        #expect(second.added == 0)
        #expect(second.duplicates == 3)
        #expect(second.briefsWritten == 0)
        #expect(try database.counts().articles == 3)
    }

    @Test("the same article under another URL form or id is a duplicate")
    func duplicatesByURLAndText() throws {
        let database = try NewsroomDatabase.inMemory()
        let ingestor = Ingestor(database: database)
        var sameURL = Reports.harbourFire
        sameURL.id = "other-id"
        sameURL.text += "\n\nUpdated with the harbour master's statement."
        sameURL.url = "https://www.post.example/kessling-fire/?utm_source=feed#top"
        var sameText = Reports.harbourFire
        sameText.id = "copy"
        sameText.url = nil

        let summary = try ingestor.ingest([Reports.harbourFire, sameURL, sameText])

        #expect(summary.added == 1)
        #expect(summary.duplicates == 2)
        #expect(summary.articleIDs == ["post-2", "post-2", "post-2"])
    }

    @Test("articles about one event share a story with a current brief")
    func storiesAndBriefs() throws {
        let database = try NewsroomDatabase.inMemory()
        let ingestor = Ingestor(database: database)

        _ = try ingestor.ingest([Reports.electionCourier, Reports.harbourFire])
        _ = try ingestor.ingest([Reports.electionPost])

        let stories = try database.stories(StoryQuery(order: .biggest))
        #expect(stories.count == 2)
        let election = try #require(try database.story(stories[0].id))
        #expect(election.articles.map(\.id) == ["courier-1", "post-1"])
        #expect(election.story.outletCount == 2)
        #expect(election.isBriefCurrent)
        #expect(election.brief?.articleIDs.sorted() == ["courier-1", "post-1"])
        #expect(election.brief?.id == election.story.id)
        // The story keeps the id it was given when its first article arrived.
        #expect(try database.article("courier-1")?.story?.id == election.story.id)
    }

    @Test("search finds an article by another inflection of its words")
    func stemmedSearch() throws {
        let database = try NewsroomDatabase.inMemory()
        _ = try Ingestor(database: database).ingest(Reports.all)

        let elections = try database.search("elections")
        let fires = try database.search("fires burning")
        let nothing = try database.search("volcano")

        #expect(Set(elections.map(\.article.id)) == ["courier-1"])
        #expect(elections.first?.excerpt.contains("election") == true)
        #expect(fires.map(\.article.id) == ["post-2"])
        #expect(nothing.isEmpty)
        #expect(try database.stories(StoryQuery(text: "recounts")).count == 1)
    }

    @Test("stories since a date leave out older ones")
    func storiesSince() throws {
        let database = try NewsroomDatabase.inMemory()
        _ = try Ingestor(database: database).ingest(Reports.all)

        let recent = try database.stories(StoryQuery(since: "2026-03-04"))

        #expect(recent.map(\.headline).count == 1)
        #expect(try database.story(recent[0].id)?.articles.map(\.id) == ["post-2"])
    }

    @Test("a story is found by a prefix of its id")
    func storyByPrefix() throws {
        let database = try NewsroomDatabase.inMemory()
        _ = try Ingestor(database: database).ingest([Reports.harbourFire])
        let id = try #require(try database.stories(StoryQuery()).first?.id)

        #expect(try database.story(String(id.prefix(8)))?.story.id == id)
        #expect(try database.story("nope") == nil)
    }

    @Test("analysis spans point at quotes in the article text")
    func analysisSpans() throws {
        let database = try NewsroomDatabase.inMemory()
        _ = try Ingestor(database: database).ingest([Reports.electionCourier])

        let detail = try #require(try database.article("courier-1"))
        let quote = try #require(detail.analysis?.quotes.first { $0.kind == "direct" })
        let scalars = Array(detail.article.text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(scalars[quote.start..<quote.end]))
        #expect(quoted.contains("The count was careful and complete"))
    }
}

@Suite("Store paths and URLs")
struct StoreBasicsTests {
    @Test("the default path follows XDG_DATA_HOME, else ~/.local/share")
    func defaultPath() {
        #expect(
            NewsroomDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])
                == "/data/parallax/parallax.sqlite")
        #expect(
            NewsroomDatabase.defaultPath(environment: ["HOME": "/home/a"])
                == "/home/a/.local/share/parallax/parallax.sqlite")
    }

    @Test("canonical URLs drop tracking, fragments, www and trailing slashes")
    func canonicalURL() {
        #expect(
            CanonicalURL.make("HTTP://www.Example.com/a/b/?utm_medium=x&id=3#frag") == "https://example.com/a/b?id=3")
        #expect(CanonicalURL.make("mailto:someone@example.com") == nil)
    }

    @Test("a database file opens in WAL mode and reopens with its data")
    func fileDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/news.sqlite").path
        do {
            let database = try NewsroomDatabase.open(path: path)
            _ = try Ingestor(database: database).ingest([Reports.harbourFire])
            let mode = try database.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
        let reopened = try NewsroomDatabase.open(path: path)
        #expect(try reopened.counts().articles == 1)
    }
}
