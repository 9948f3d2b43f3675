public import Foundation
public import Parallax

/// The seam between the newsroom's commands and where its memory lives: what `ingest`,
/// `stories`, `brief`, `search` and `token` need of a store. SQLite (`NewsroomDatabase`, the
/// default, one file on one machine) and PostgreSQL (`PostgresStore` in `ParallaxPostgres`,
/// one server shared by processes on many hosts) implement it, and pass one contract suite.
public protocol NewsroomStore: IngestStore {
    /// Where the store is, for messages (a path, or a URL without its password).
    var location: String { get }
    func stories(_ query: StoryQuery) throws(StoreError) -> [StoryRecord]
    /// A story by id, or by an unambiguous prefix of its id (four characters or more).
    func story(_ reference: String) throws(StoreError) -> StoryDetail?
    /// Articles matching every word of `text` in any inflection, best first.
    func search(_ text: String, limit: Int) async throws(StoreError) -> [SearchHit]
    func counts() throws(StoreError) -> StoreCounts
    /// Stores a new API token under `digest`, the SHA-256 of its secret (`issueToken` makes both;
    /// a store never sees a secret).
    func storeToken(id: String, digest: String, role: AccessRole, label: String?, now: Date) throws(StoreError)
    /// The holder of the token stored under `digest`, or nil when there is none or it was revoked.
    func tokenHolder(digest: String) throws(StoreError) -> TokenHolder?
    /// Revokes the token with `id`; false when there is none.
    func revokeToken(id: String, now: Date) throws(StoreError) -> Bool
}

extension NewsroomStore {
    /// Issues a new API token with `role`: a secret of 32 random bytes from the system's secure
    /// generator (`TokenSecret.make`), stored as its SHA-256 digest and shown only here. Written
    /// once for every store: the stores keep digests and never see a secret.
    public func issueToken(role: AccessRole, label: String? = nil, now: Date = Date()) throws(StoreError)
        -> IssuedToken
    {
        let (secret, digest, id) = TokenSecret.make()
        try storeToken(id: id, digest: digest, role: role, label: label, now: now)
        return IssuedToken(id: id, secret: secret, role: role)
    }

    /// The holder of `secret`, or nil when no active token matches it. Only a well-formed secret's
    /// digest reaches the store, which looks it up by index.
    public func tokenHolder(secret: String) throws(StoreError) -> TokenHolder? {
        guard let digest = TokenSecret.lookupDigest(of: secret) else { return nil }
        return try tokenHolder(digest: digest)
    }

    public func revokeToken(id: String) throws(StoreError) -> Bool {
        try revokeToken(id: id, now: Date())
    }
}

/// A stored article of a story with its stored analysis (nil where an article was stored
/// before analyses were kept).
public typealias StoredMember = (article: ArticleRecord, analysis: Data?)

/// What the `Ingestor` needs of a store: lookups before analysis, one transaction per batch
/// in which stories are assigned, and the briefs' reads and writes.
public protocol IngestStore: Sendable {
    /// For each record, the id of a stored article with the same id, canonical URL or text.
    func storedArticleIDs(matching records: [ArticleRecord]) throws(StoreError) -> [String?]
    /// Runs `body` in one transaction, and no other process or thread assigns stories in this
    /// store until it ends: story assignment is one ordered stream, whatever runs ingests.
    func assigningStories<Value>(_ body: (any IngestTransaction) throws -> Value) throws(StoreError) -> Value
    /// Stories whose brief is missing or older than their membership, by id.
    func storiesWithStaleBriefs() throws(StoreError) -> [StoryRecord]
    /// Each story's current articles with their stored analyses, by article number.
    func membersWithAnalyses(of storyIDs: [String]) throws(StoreError) -> [[StoredMember]]
    /// Saves briefs made at their stories' revisions, in one transaction; a story takes its
    /// brief's headline unless it changed meanwhile.
    func saveBriefs(_ briefs: [(story: StoryRecord, brief: Brief)], at stamp: Date) throws(StoreError)
    /// Keeps analyses made for articles stored without one (highlights and whole analysis).
    func saveAnalyses(_ analyses: [AnalyzedArticle]) throws(StoreError)
}

/// The statements of one ingest batch, inside `IngestStore.assigningStories`.
public protocol IngestTransaction {
    /// The id of a stored article with the same id, canonical URL or text, if any.
    func storedArticleID(matching record: ArticleRecord) throws -> String?
    /// Stored articles sharing a near-duplicate band key with any of `keys`.
    func earlierArticles(sharing keys: Set<UInt64>) throws -> [EarlierArticle]
    /// The version of the saved clustering state; nil before the first batch.
    func clusteringVersion() throws -> Int?
    /// The saved clustering state (opaque bytes: the streaming clusterer's archive).
    func clusteringState() throws -> Data?
    func saveClusteringState(version: Int, state: Data) throws
    /// Inserts a new article: its row (`record.number` is set), search entry, analysis and band keys.
    func insertArticle(_ record: inout ArticleRecord, analysis: StoredAnalysis, bandKeys: [UInt64]) throws
    func insertStory(_ story: StoryRecord) throws
    func insertMembership(articleID: String, storyID: String, at stamp: Date) throws
    /// Moves a story's current articles to another story (the clusterer merged them): each
    /// membership is closed and a new one opened, so the move stays on record.
    func moveMembers(from storyID: String, to survivorID: String, at stamp: Date) throws
    /// Counts a story's articles and outlets again and bumps its revision.
    func recountStory(_ storyID: String, at stamp: Date) throws
}
