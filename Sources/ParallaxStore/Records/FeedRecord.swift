public import Foundation
public import GRDB

/// What the watcher knows of one feed: validators for conditional GET, when it was polled,
/// and its run of errors for backoff. The `feed` table.
public struct FeedRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "feed"

    public var url: String
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var lastPolledAt: Date?
    public var lastSuccessAt: Date?
    public var consecutiveErrors: Int
    public var lastError: String?
    public var nextPollAt: Date?

    public init(url: String) {
        self.url = url
        consecutiveErrors = 0
    }
}
