public import Foundation

/// What the newsroom site (`parallax serve`) and the commands that manage it (`user`,
/// `settings`) need of a store beyond `NewsroomStore`: single stories and articles, the
/// settings, accounts, sessions, story visits, kept brief revisions and the review log.
/// SQLite (`NewsroomDatabase`) and PostgreSQL (`PostgresStore`) implement these statements;
/// the rules over them (password checks, session lifetimes, what a review action needs,
/// which revision is published) are written once, in the extensions below. Everything a
/// server remembers between requests lives here, so servers on one PostgreSQL are stateless.
public protocol NewsroomSiteStore: NewsroomStore {
    /// The revisions of the story with exactly this id and of its brief; nil when there is
    /// no such story.
    func storyVersion(_ id: String) throws(StoreError) -> StoryVersion?
    func article(_ id: String) throws(StoreError) -> ArticleDetail?

    /// The stored settings by name, as stored (`settings()` reads them).
    func settingValues() throws(StoreError) -> [String: String]
    func saveSetting(_ name: String, value: String) throws(StoreError)

    /// Inserts an account whose password is a one-time one; nil when the name is taken in
    /// any ASCII case.
    func insertAccount(name: String, role: AccessRole, passwordHash: String, now: Date) throws(StoreError) -> Int64?
    /// The enabled account named `name` (any ASCII case) with its password hash.
    func credentials(named name: String) throws(StoreError) -> AccountCredentials?
    /// Replaces an account's password hash. A one-time password must be changed at the next
    /// sign-in, and ends the account's sessions in the same transaction.
    func replacePasswordHash(_ hash: String, accountID: Int64, oneTime: Bool) throws(StoreError)

    /// Stores a session under the digest of its id and sweeps ended ones.
    func insertSession(digest: String, accountID: Int64, csrfToken: String, expiresAt: Date, now: Date)
        throws(StoreError)
    /// The live session stored under `digest`, if its account is enabled.
    func session(digest: String, now: Date) throws(StoreError) -> ActiveSession?
    func deleteSession(digest: String) throws(StoreError)
    /// Deletes every session of an account but the one stored under `keepingDigest`.
    func deleteSessions(accountID: Int64, keepingDigest: String?) throws(StoreError)

    /// Records that account `accountID` saw revision `revision` of story `storyID`, and
    /// returns the revision it saw on its visit before (nil on a first visit).
    func recordVisit(accountID: Int64, storyID: String, revision: Int, now: Date) throws(StoreError) -> Int?

    /// Every kept revision of the story's brief, oldest first.
    func briefRevisions(of storyID: String) throws(StoreError) -> [BriefRevision]
    func briefRevision(of storyID: String, revision: Int) throws(StoreError) -> BriefRevision?
    /// The audit log of a story, oldest first (entries of kinds this version does not know
    /// are left out).
    func reviewActions(of storyID: String) throws(StoreError) -> [ReviewAction]
    /// Appends `action` (its `number` is given by the store) done by account `accountID`,
    /// and returns its number.
    func appendReviewAction(_ action: ReviewAction, accountID: Int64) throws(StoreError) -> Int64
    /// Stories for the review desk, latest updated first, with their review state.
    func reviewQueue(limit: Int, offset: Int) throws(StoreError) -> [ReviewQueueItem]
    /// Number of the latest audit entry of a story (0 without any): part of what a rendering
    /// depends on.
    func reviewSequence(of storyID: String) throws(StoreError) -> Int64
}

/// An account with its stored password hash, for checking a sign-in.
public struct AccountCredentials: Sendable, Hashable, Decodable {
    public var account: Account
    public var passwordHash: String
}

extension Account {
    /// The form of a name accounts are unique by and looked up by: ASCII letters in lower
    /// case, as SQLite's NOCASE compares them; other letters as written.
    public static func nameKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
                }))
    }
}

extension NewsroomSiteStore {
    public func settings() throws(StoreError) -> NewsroomSettings {
        let values = try settingValues()
        var settings = NewsroomSettings()
        if let readers = values["readers"].flatMap(NewsroomSettings.Readers.init(rawValue:)) {
            settings.readers = readers
        }
        if let publication = values["publication"].flatMap(NewsroomSettings.Publication.init(rawValue:)) {
            settings.publication = publication
        }
        return settings
    }

    /// Sets setting `name` to `value`; both must be among `NewsroomSettings.names`.
    public func setSetting(_ name: String, to value: String) throws(StoreError) {
        guard let allowed = NewsroomSettings.names[name], allowed.contains(value) else {
            let known = NewsroomSettings.names.sorted { $0.key < $1.key }
                .map { "\($0.key) (\($0.value.joined(separator: "|")))" }.joined(separator: ", ")
            throw StoreError(.invalidAccount, "unknown setting \(name)=\(value); settings are \(known)")
        }
        try saveSetting(name, value: value)
    }

    /// Records a visit now (see `recordVisit(accountID:storyID:revision:now:)`).
    public func recordVisit(accountID: Int64, storyID: String, revision: Int) throws(StoreError) -> Int? {
        try recordVisit(accountID: accountID, storyID: storyID, revision: revision, now: Date())
    }
}
