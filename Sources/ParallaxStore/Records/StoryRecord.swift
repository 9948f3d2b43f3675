public import Foundation
public import GRDB
internal import Parallax

/// One story: the `story` table. Its id is given when its first article arrives and kept
/// as articles join, so links to it stay valid.
public struct StoryRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "story"

    public var id: String
    public var headline: String
    public var createdAt: Date
    public var updatedAt: Date
    public var articleCount: Int
    public var outletCount: Int
    public var firstPublished: String?
    public var lastPublished: String?
    /// Bumped on every membership change; a brief is current when it has this revision.
    public var revision: Int
}

/// An article's place in a story over time: the `storyMembership` table. The current
/// membership has no `leftAt`; a move (when stories merge) closes one row and opens another.
public struct StoryMembershipRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "storyMembership"

    public var number: Int64?
    public var articleId: String
    public var storyId: String
    public var joinedAt: Date
    public var leftAt: Date?

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        number = inserted.rowID
    }
}

/// A brief revision as a row: of the `brief` table (each story's newest brief), and, read by
/// SQL, of `briefRevision` (every revision, filled by triggers on `brief`), whose columns are the same.
extension BriefRevision: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "brief"
}
