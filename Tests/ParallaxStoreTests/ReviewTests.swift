import Foundation
import GRDB
import Parallax
import PostgresNIO
import Testing

@testable import ParallaxPostgres
@testable import ParallaxStore

/// Five reports of one bridge closure, written for these tests: two start the story, three join later.
enum BridgeStory {
    static func report(_ id: String, outlet: String, day: String, _ text: String) -> RawDocument {
        RawDocument(
            input: "\(id).txt", format: .structured, text: text, id: id, title: "Ostrander bridge closed in Harlow",
            url: "https://\(outlet.lowercased().replacingOccurrences(of: " ", with: "-")).example/\(id)",
            outlet: outlet, published: PublicationDate(iso8601: day), language: "en")
    }

    static let gazette = report(
        "gazette-1", outlet: "Harlow Gazette", day: "2026-05-04",
        """
        The Ostrander bridge in Harlow closed on Monday after inspectors found cracks in two supports.

        "We will not reopen the Ostrander bridge until it is completely safe for every driver," said city engineer Mara Velden.
        Repairs to the Ostrander bridge are expected to take six weeks, Velden said.
        """)
    static let ledger = report(
        "ledger-1", outlet: "Valley Ledger", day: "2026-05-05",
        """
        Inspectors closed the Ostrander bridge in Harlow on Monday after finding cracks in two supports, city engineer Mara Velden said.

        Repairs to the Ostrander bridge could take eight weeks, the Harlow council said, and ferries will run meanwhile.
        """)
    static let later = [
        report(
            "courier-1", outlet: "Harlow Courier", day: "2026-05-06",
            """
            Ferries began carrying commuters across the river on Wednesday while the Ostrander bridge in Harlow stays closed.

            Inspectors found cracks in two supports of the Ostrander bridge on Monday, city engineer Mara Velden said.
            """),
        report(
            "times-1", outlet: "River Times", day: "2026-05-07",
            """
            Harlow council approved money on Thursday for repairs to the Ostrander bridge, closed since Monday.

            City engineer Mara Velden said the cracks in two supports of the Ostrander bridge must be repaired first.
            """),
        report(
            "post-1", outlet: "Harlow Post", day: "2026-05-08",
            """
            Traffic jams grew in Harlow on Friday with the Ostrander bridge closed for a fifth day.

            The Ostrander bridge closed on Monday after inspectors found cracks in two supports, city engineer Mara Velden said.
            """),
    ]
}

extension StoreKind {
    /// A new, empty store of this kind, as the newsroom site uses it.
    func makeSiteStore() throws -> any NewsroomSiteStore {
        switch self {
        case .sqlite: try NewsroomDatabase.inMemory()
        case .postgres: try PostgresStore.open(url: try #require(PostgresTestServer.freshDatabaseURL()))
        }
    }
}

/// Editorial review, accounts, sessions and visits: part of the store contract, on every store.
@Suite("Editorial review in the store")
struct ReviewTests {
    /// Cheap costs: these tests check behaviour, not hashing strength.
    static let hasher = PasswordHasher(
        costs: {
            var costs = PasswordHasher.Costs()
            costs.memoryKiB = 64
            costs.iterations = 1
            return costs
        }())

    @Test("a password hash is Argon2id, salted, and verifies only its password")
    func passwordHashes() throws {
        let hasher = PasswordHasher()
        let one = try hasher.hash("correct horse battery")
        let two = try hasher.hash("correct horse battery")
        #expect(one.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
        #expect(one != two)
        #expect(hasher.verify("correct horse battery", against: one))
        #expect(!hasher.verify("correct horse batterY", against: one))
        #expect(!hasher.verify("correct horse battery", against: "not a hash"))
    }

    @Test(
        "an account signs in with its one-time password, must change it, and its session is stored hashed; an unknown role is no account",
        arguments: StoreKind.available)
    func accountsAndSessions(kind: StoreKind) throws {
        let database = try kind.makeSiteStore()
        let added = try database.addAccount(name: "mara", role: .editor, hasher: Self.hasher)
        #expect(added.oneTimePassword.count == 22)
        #expect(throws: StoreError.self) { try database.addAccount(name: "MARA", role: .reader, hasher: Self.hasher) }
        #expect(try database.signIn(name: "mara", password: "wrong", hasher: Self.hasher) == nil)
        #expect(try database.signIn(name: "nobody", password: "wrong", hasher: Self.hasher) == nil)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let opened = try #require(
            try database.signIn(name: "mara", password: added.oneTimePassword, hasher: Self.hasher, now: start))
        #expect(opened.session.account.mustChangePassword)
        #expect(try database.session(id: opened.id, now: start)?.account.name == "mara")
        #expect(try database.session(digest: NewsroomDatabase.digest(of: opened.id), now: start) != nil)
        #expect(try database.session(digest: opened.id, now: start) == nil)
        if let sqlite = database as? NewsroomDatabase {
            let stored = try sqlite.writer.read { db in try String.fetchAll(db, sql: "SELECT digest FROM session") }
            #expect(stored == [NewsroomDatabase.digest(of: opened.id)])
        }
        #expect(try database.session(id: opened.id, now: start.addingTimeInterval(SessionPolicy().lifetime + 1)) == nil)

        try database.setPassword("a long new password", accountID: added.account.id, hasher: Self.hasher)
        #expect(try database.signIn(name: "mara", password: added.oneTimePassword, hasher: Self.hasher) == nil)
        let again = try #require(
            try database.signIn(name: "mara", password: "a long new password", hasher: Self.hasher))
        #expect(!again.session.account.mustChangePassword)
        let other = try #require(
            try database.signIn(name: "MARA", password: "a long new password", hasher: Self.hasher))
        try database.endSessions(accountID: added.account.id, keeping: other.id)
        #expect(try database.session(id: again.id) == nil)
        #expect(try database.session(id: other.id)?.account.id == added.account.id)
        try database.endSession(id: other.id)
        #expect(try database.session(id: other.id) == nil)

        // A reset gives a new one-time password and ends every session.
        let last = try #require(
            try database.signIn(name: "mara", password: "a long new password", hasher: Self.hasher))
        let reset = try database.resetPassword(accountID: added.account.id, hasher: Self.hasher)
        #expect(try database.session(id: last.id) == nil)
        #expect(try database.account(named: "Mara")?.mustChangePassword == true)
        let current = try #require(try database.signIn(name: "mara", password: reset, hasher: Self.hasher))
        #expect(throws: StoreError.self) { try database.addAccount(name: "bad name", role: .reader) }
        // A role this version does not know (a newer one wrote it): no account, on both stores.
        #expect(try database.credentials(named: "mara")?.account.role == .editor)
        #expect(try database.session(id: current.id)?.account.role == .editor)
        switch database {
        case let sqlite as NewsroomDatabase:
            try sqlite.write { db in try db.execute(sql: "UPDATE account SET role = 'columnist'") }
        case let postgres as PostgresStore:
            _ = try postgres.write { session in try session.execute("UPDATE account SET role = 'columnist'") }
        default: Issue.record("no SQL for \(type(of: database))")
        }
        #expect(try database.credentials(named: "mara") == nil)
        #expect(try database.session(id: current.id) == nil)
    }

    @Test("a visit returns the revision the account saw before", arguments: StoreKind.available)
    func visits(kind: StoreKind) throws {
        let database = try kind.makeSiteStore()
        _ = try Ingestor(store: database).ingest([BridgeStory.gazette, BridgeStory.ledger])
        let storyID = try #require(try database.article("gazette-1")?.story?.id)
        let mara = try database.addAccount(name: "mara", role: .reader, hasher: Self.hasher).account
        let rob = try database.addAccount(name: "rob", role: .reader, hasher: Self.hasher).account
        #expect(try database.recordVisit(accountID: mara.id, storyID: storyID, revision: 1) == nil)
        #expect(try database.recordVisit(accountID: mara.id, storyID: storyID, revision: 3) == 1)
        #expect(try database.recordVisit(accountID: mara.id, storyID: storyID, revision: 3) == 3)
        #expect(try database.recordVisit(accountID: rob.id, storyID: storyID, revision: 2) == nil)
        let version = try #require(try database.storyVersion(storyID))
        #expect(version.briefRevision == version.revision)
        #expect(try database.storyVersion("no-such-story") == nil)
        #expect(try database.article("no\u{0}such") == nil)
        #expect(try database.article("gazette-1")?.analysis?.quotes.isEmpty == false)
    }

    @Test(
        "a correction made to one revision is still applied after three more articles join the story",
        arguments: StoreKind.available)
    func correctionsCarryOver(kind: StoreKind) throws {
        let database = try kind.makeSiteStore()
        let ingestor = Ingestor(store: database)
        _ = try ingestor.ingest([BridgeStory.gazette, BridgeStory.ledger])
        let storyID = try #require(try database.article("gazette-1")?.story?.id)
        let first = try #require(try database.briefRevisions(of: storyID).last)
        let quote = try #require(first.story.quotes.first { $0.article == "gazette-1" })
        let fact = try #require(first.story.facts.first)
        let editor = try database.addAccount(name: "ines", role: .editor, hasher: Self.hasher).account
        let reader = try database.addAccount(name: "rob", role: .reader, hasher: Self.hasher).account

        let correction = ReviewRequest(
            storyID: storyID, revision: first.revision, kind: .correctSpeaker, target: StatementKey(quote),
            value: "Deputy mayor Ines Calder", reason: "The council's recording shows Calder said it.")
        #expect(throws: StoreError.self) { try database.recordReview(correction, by: reader) }
        var unreasoned = correction
        unreasoned.reason = " "
        #expect(throws: StoreError.self) { try database.recordReview(unreasoned, by: editor) }
        try database.recordReview(correction, by: editor)
        try database.recordReview(
            ReviewRequest(
                storyID: storyID, revision: first.revision, kind: .note, value: "Repairs estimates differ by outlet."),
            by: editor)
        try database.recordReview(ReviewRequest(storyID: storyID, revision: first.revision, kind: .approve), by: editor)

        for article in BridgeStory.later {
            _ = try ingestor.ingest([article])
            #expect(try database.article(article.id ?? "")?.story?.id == storyID)
        }
        let revisions = try database.briefRevisions(of: storyID)
        #expect(revisions.count >= 4)
        let latest = try #require(revisions.last)
        #expect(latest.story.articleIDs.count == 5)

        let published = try #require(try database.publishedBrief(of: storyID, settings: NewsroomSettings()))
        #expect(published.revision.revision == latest.revision)
        let corrected = try #require(published.story.quotes.first { StatementKey(quote).names($0) })
        #expect(corrected.speaker == "Deputy mayor Ines Calder")
        #expect(published.corrections.map(\.action.kind) == [.correctSpeaker])
        #expect(published.approval == nil)
        #expect(published.latestApproval?.revision == first.revision)
        #expect(published.methodology.contains { $0.contains("carried over") })

        // With review first, readers still see the approved revision, corrected.
        let reviewed = try #require(
            try database.publishedBrief(of: storyID, settings: NewsroomSettings(publication: .reviewed)))
        #expect(reviewed.revision.revision == first.revision)
        #expect(reviewed.approval?.accountName == "ines")
        #expect(reviewed.story.quotes.contains { $0.speaker == "Deputy mayor Ines Calder" })

        // A fact withdrawn on the latest revision; the audit log lists every action, in order.
        try database.recordReview(
            ReviewRequest(
                storyID: storyID, revision: latest.revision, kind: .hideFact,
                target: StatementKey(
                    try #require(latest.story.facts.first { StatementKey(fact).names($0) } ?? latest.story.facts.first)),
                reason: "Not established."), by: editor)
        let log = try database.reviewActions(of: storyID)
        #expect(log.map(\.kind) == [.correctSpeaker, .note, .approve, .hideFact])
        #expect(log.map(\.number) == log.map(\.number).sorted() && Set(log.map(\.number)).count == 4)
        #expect(try database.reviewSequence(of: storyID) == log.last?.number)
        #expect(log[0].target == StatementKey(quote))
        #expect(log.allSatisfy { $0.accountName == "ines" })
        #expect(log[0].reason == "The council's recording shows Calder said it.")
        #expect(log[0].target?.text == quote.text)
        let afterHiding = try #require(try database.publishedBrief(of: storyID, settings: NewsroomSettings()))
        #expect(afterHiding.story.facts.count == latest.story.facts.count - 1)
    }

    @Test(
        "with review first, nothing is published before an editor approves a revision", arguments: StoreKind.available)
    func reviewFirst(kind: StoreKind) throws {
        let database = try kind.makeSiteStore()
        _ = try Ingestor(store: database).ingest([BridgeStory.gazette, BridgeStory.ledger])
        let storyID = try #require(try database.article("gazette-1")?.story?.id)
        try database.setSetting("publication", to: "reviewed")
        let settings = try database.settings()
        #expect(settings.publication == .reviewed)
        #expect(try database.publishedBrief(of: storyID, settings: settings) == nil)
        #expect(throws: StoreError.self) { try database.setSetting("publication", to: "never") }
        let editor = try database.addAccount(name: "ines", role: .admin, hasher: Self.hasher).account
        let revision = try #require(try database.briefRevisions(of: storyID).last?.revision)
        try database.recordReview(ReviewRequest(storyID: storyID, revision: revision, kind: .approve), by: editor)
        #expect(try database.publishedBrief(of: storyID, settings: settings)?.isApproved == true)
        let queued = try database.reviewQueue(limit: 50, offset: 0)
        #expect(queued.first?.approvedRevision == revision && queued.first?.latestRevision == revision)
        #expect(queued.first?.actionCount == 1)
        #expect(try database.publishedRevisions(of: storyID, settings: settings).map(\.approvedBy) == ["ines"])
    }
}
