public import Foundation
internal import GRDB

extension NewsroomDatabase {
    public func recordVisit(accountID: Int64, storyID: String, revision: Int, now: Date) throws(StoreError)
        -> Int?
    {
        try write { db in
            let previous = try Int.fetchOne(
                db, sql: "SELECT revision FROM storyVisit WHERE accountId = ? AND storyId = ?",
                arguments: [accountID, storyID])
            try db.execute(
                sql: "INSERT OR REPLACE INTO storyVisit (accountId, storyId, revision, at) VALUES (?, ?, ?, ?)",
                arguments: [accountID, storyID, revision, now])
            return previous
        }
    }
}
