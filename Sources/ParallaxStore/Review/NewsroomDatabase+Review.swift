public import Foundation
internal import GRDB
internal import Parallax

/// One entry of the audit log as stored: the `reviewAction` table, and `review_action` on
/// PostgreSQL, whose store reads its rows as this type too (`package`).
package struct ReviewActionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "reviewAction"
    package var number: Int64?
    package var storyId: String
    package var revision: Int
    /// A `ReviewKind`'s raw value (`approve`, `correct-speaker`…), which the queries compare with.
    package var kind: String
    package var target: StatementKey?
    package var value: String?
    package var reason: String?
    package var accountId: Int64?
    package var accountName: String
    package var at: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { number = inserted.rowID }

    /// The entry, or nil for a kind this version does not know.
    package var action: ReviewAction? {
        ReviewKind(rawValue: kind).map {
            ReviewAction(
                number: number ?? 0,
                request: ReviewRequest(
                    storyID: storyId, revision: revision, kind: $0, target: target, value: value, reason: reason),
                accountName: accountName, at: at)
        }
    }
}

/// A story on the review desk: its newest revision and the newest one an editor approved.
public struct ReviewQueueItem: Sendable, Hashable, Decodable {
    public var story: StoryRecord
    public var latestRevision: Int?
    public var approvedRevision: Int?
    public var actionCount: Int
}

extension NewsroomDatabase {
    public func briefRevisions(of storyID: String) throws(StoreError) -> [BriefRevision] {
        try read { db in
            try BriefRevision.fetchAll(
                db, sql: "SELECT * FROM briefRevision WHERE storyId = ? ORDER BY revision", arguments: [storyID])
        }
    }

    public func briefRevision(of storyID: String, revision: Int) throws(StoreError) -> BriefRevision? {
        try read { db in
            try BriefRevision.fetchOne(
                db, sql: "SELECT * FROM briefRevision WHERE storyId = ? AND revision = ?",
                arguments: [storyID, revision])
        }
    }

    public func reviewActions(of storyID: String) throws(StoreError) -> [ReviewAction] {
        try read { db in
            try ReviewActionRecord.fetchAll(
                db, sql: "SELECT * FROM reviewAction WHERE storyId = ? ORDER BY number", arguments: [storyID]
            ).compactMap(\.action)
        }
    }

    public func appendReviewAction(_ action: ReviewAction, accountID: Int64) throws(StoreError) -> Int64 {
        var record = ReviewActionRecord(
            number: nil, storyId: action.storyID, revision: action.revision, kind: action.kind.rawValue,
            target: action.target, value: action.value, reason: action.reason, accountId: accountID,
            accountName: action.accountName, at: action.at)
        try write { db in try record.insert(db) }
        return record.number ?? 0
    }

    public func reviewQueue(limit: Int, offset: Int) throws(StoreError) -> [ReviewQueueItem] {
        try read { db in
            try DecodedRow<ReviewQueueItem>.fetchAll(
                db,
                sql: """
                    SELECT story.*,
                        (SELECT max(revision) FROM briefRevision WHERE storyId = story.id) AS latestRevision,
                        (SELECT max(revision) FROM reviewAction WHERE storyId = story.id AND kind = 'approve')
                            AS approvedRevision,
                        (SELECT count(*) FROM reviewAction WHERE storyId = story.id) AS actionCount
                    FROM story ORDER BY story.updatedAt DESC, story.id LIMIT ? OFFSET ?
                    """,
                arguments: [limit, offset]
            ).map(\.value)
        }
    }

    public func reviewSequence(of storyID: String) throws(StoreError) -> Int64 {
        try read { db in
            try Int64.fetchOne(
                db, sql: "SELECT coalesce(max(number), 0) FROM reviewAction WHERE storyId = ?", arguments: [storyID])
                ?? 0
        }
    }

    static func revision(_ story: Brief, has target: StatementKey, for kind: ReviewKind) -> Bool {
        switch kind {
        case .hideFact, .correctFact: story.facts.contains(where: target.names)
        case .correctSpeaker, .hideQuote: story.quotes.contains(where: target.names)
        case .correctDate: story.timeline.contains(where: target.names)
        case .resolveDiscrepancy: story.discrepancies.contains(where: target.names)
        case .approve, .note: true
        }
    }
}

/// A revision as readers got it: when it reached them and who approved it (nil when published
/// without review).
public struct PublishedRevision: Sendable, Hashable {
    public var revision: BriefRevision
    public var publishedAt: Date
    public var approvedBy: String?
    /// What changed since the revision published before it.
    public var diff: RevisionDiff
}

extension NewsroomSiteStore {
    /// The revisions of a story readers got, oldest first: every revision with `.immediate`
    /// publication, the approved ones (at their first approval) with `.reviewed`. Each carries
    /// its difference from the one published before it.
    public func publishedRevisions(of storyID: String, settings: NewsroomSettings) throws(StoreError)
        -> [PublishedRevision]
    {
        let revisions = try briefRevisions(of: storyID)
        var firstApproval: [Int: ReviewAction] = [:]
        for action in try reviewActions(of: storyID) where action.kind == .approve {
            if firstApproval[action.revision] == nil { firstApproval[action.revision] = action }
        }
        var published: [PublishedRevision] = []
        for revision in revisions {
            let approval = firstApproval[revision.revision]
            if settings.publication == .reviewed, approval == nil { continue }
            published.append(
                PublishedRevision(
                    revision: revision, publishedAt: approval?.at ?? revision.synthesizedAt,
                    approvedBy: approval?.accountName,
                    diff: RevisionDiff(from: published.last?.revision.story, to: revision.story)))
        }
        return published
    }
}

extension NewsroomSiteStore {
    /// Logs `request` as done by `account`, who must be an editor or admin; the revision must be
    /// kept, the statement named must be in it, and a change needs a new value and a reason.
    @discardableResult
    public func recordReview(_ request: ReviewRequest, by account: Account, now: Date = Date()) throws(StoreError)
        -> ReviewAction
    {
        guard account.role.canWrite else {
            throw StoreError(.invalidReview, "\(account.name) is a reader and cannot review briefs")
        }
        guard let revision = try briefRevision(of: request.storyID, revision: request.revision) else {
            throw StoreError(.invalidReview, "story \(request.storyID) has no revision \(request.revision)")
        }
        func trimmed(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let value = trimmed(request.value)
        let reason = trimmed(request.reason)
        if request.kind.needsTarget {
            guard let target = request.target, NewsroomDatabase.revision(revision.story, has: target, for: request.kind)
            else {
                throw StoreError(.invalidReview, "the statement named is not in revision \(request.revision)")
            }
        }
        if request.kind.needsValue, value == nil {
            throw StoreError(.invalidReview, "\(request.kind.rawValue) needs a new value")
        }
        if request.kind.needsReason, reason == nil {
            throw StoreError(.invalidReview, "\(request.kind.rawValue) needs a reason")
        }
        if request.kind == .correctDate, let value, PublicationDate(iso8601: value) == nil {
            throw StoreError(.invalidReview, "a date is written 2026-05-04, 2026-05 or 2026, not \(value)")
        }
        let logged = ReviewRequest(
            storyID: request.storyID, revision: request.revision, kind: request.kind,
            target: request.kind.needsTarget ? request.target : nil, value: value, reason: reason)
        var action = ReviewAction(number: 0, request: logged, accountName: account.name, at: now)
        action.number = try appendReviewAction(action, accountID: account.id)
        return action
    }

    /// The brief readers see: with `.immediate` publication the newest revision, with `.reviewed`
    /// the newest approved one (nil when none is); every action applied.
    public func publishedBrief(of storyID: String, settings: NewsroomSettings) throws(StoreError) -> ReviewedBrief? {
        let actions = try reviewActions(of: storyID)
        let revision: BriefRevision?
        switch settings.publication {
        case .immediate:
            revision = try briefRevisions(of: storyID).last
        case .reviewed:
            if let approval = actions.last(where: { $0.kind == .approve }) {
                revision = try briefRevision(of: storyID, revision: approval.revision)
            } else {
                revision = nil
            }
        }
        return revision.map { ReviewedBrief(revision: $0, actions: actions) }
    }
}
