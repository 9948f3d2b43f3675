internal import Foundation
internal import Parallax
public import ParallaxStore
internal import PostgresNIO

/// Editorial review on PostgreSQL: brief revisions (kept by the `brief_kept` trigger), the
/// review log (only appended to) and the review desk's queue.
extension PostgresStore {
    public func briefRevisions(of storyID: String) throws(StoreError) -> [BriefRevision] {
        guard PostgresText.isStorable(storyID) else { return [] }
        return try read { session in
            try session.rows(
                """
                SELECT story_id, revision, story::text AS story, synthesized_at FROM brief_revision
                WHERE story_id = \(storyID) ORDER BY revision
                """
            ).map { try PostgresRowDecoder.decode(BriefRevision.self, from: $0) }
        }
    }

    public func briefRevision(of storyID: String, revision: Int) throws(StoreError) -> BriefRevision? {
        guard PostgresText.isStorable(storyID) else { return nil }
        return try read { session in
            try session.rows(
                """
                SELECT story_id, revision, story::text AS story, synthesized_at FROM brief_revision
                WHERE story_id = \(storyID) AND revision = \(revision)
                """
            ).first.map { try PostgresRowDecoder.decode(BriefRevision.self, from: $0) }
        }
    }

    public func reviewActions(of storyID: String) throws(StoreError) -> [ReviewAction] {
        guard PostgresText.isStorable(storyID) else { return [] }
        return try read { session in
            try session.rows(
                """
                SELECT number, story_id, revision, kind, target::text AS target, value, reason, account_id, account_name, at
                FROM review_action WHERE story_id = \(storyID) ORDER BY number
                """
            ).compactMap { row in
                // An entry of a kind this version does not know is left out (`action` is nil), as on SQLite.
                try PostgresRowDecoder.decode(ReviewActionRecord.self, from: row).action
            }
        }
    }

    public func appendReviewAction(_ action: ReviewAction, accountID: Int64) throws(StoreError) -> Int64 {
        let number = try write { session in
            let target = try action.target.map(StoredJSON.encode)
            return try session.value(
                """
                INSERT INTO review_action (story_id, revision, kind, target, value, reason, account_id, account_name, at)
                VALUES (\(action.storyID), \(action.revision), \(action.kind.rawValue), \(target)::json, \(action.value),
                    \(action.reason), \(accountID), \(action.accountName), \(action.at))
                RETURNING number
                """, as: Int64.self)
        }
        guard let number else { throw StoreError(.databaseFailed, "PostgreSQL did not number a review action") }
        return number
    }

    public func reviewQueue(limit: Int, offset: Int) throws(StoreError) -> [ReviewQueueItem] {
        try read { session in
            try session.rows(
                """
                SELECT \(unescaped: PostgresRows.storyColumns),
                    (SELECT max(revision) FROM brief_revision WHERE story_id = story.id) AS latest_revision,
                    (SELECT max(revision) FROM review_action WHERE story_id = story.id AND kind = 'approve')
                        AS approved_revision,
                    (SELECT count(*) FROM review_action WHERE story_id = story.id) AS action_count
                FROM story ORDER BY story.updated_at DESC, story.id COLLATE "C" LIMIT \(limit) OFFSET \(offset)
                """
            ).map { row in try PostgresRowDecoder.decode(ReviewQueueItem.self, from: row) }
        }
    }

    public func reviewSequence(of storyID: String) throws(StoreError) -> Int64 {
        guard PostgresText.isStorable(storyID) else { return 0 }
        return try read { session in
            try session.value(
                "SELECT coalesce(max(number), 0) FROM review_action WHERE story_id = \(storyID)", as: Int64.self) ?? 0
        }
    }
}
