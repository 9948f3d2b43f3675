public import Foundation
internal import GRDB

/// How long sessions last.
public struct SessionPolicy: Sendable, Hashable {
    /// A session ends this long after sign-in, whatever happens: one working day (12 hours), so
    /// a cookie left on a shared machine does not outlive the shift.
    public var lifetime: TimeInterval = 12 * 3600

    public init() {}
}

/// A session just opened: `id` goes into the cookie and is never stored (only its SHA-256 is).
public struct OpenedSession: Sendable {
    public var id: String
    public var session: ActiveSession
}

/// The signed-in account behind a session cookie, and the session's CSRF token: every form
/// carries it, and a post whose token differs from its session's is refused.
public struct ActiveSession: Sendable, Hashable, Decodable {
    public var account: Account
    public var csrfToken: String
    public var expiresAt: Date
}

extension NewsroomSiteStore {
    /// Opens a session for `name` when `password` is theirs; nil otherwise.
    public func signIn(
        name: String, password: String, hasher: PasswordHasher = PasswordHasher(), policy: SessionPolicy = .init(),
        now: Date = Date()
    ) throws(StoreError) -> OpenedSession? {
        guard let account = try checkPassword(name: name, password: password, hasher: hasher) else { return nil }
        let id = NewsroomDatabase.randomHex(bytes: 32)
        let csrf = NewsroomDatabase.randomHex(bytes: 32)
        let expires = now.addingTimeInterval(policy.lifetime)
        try insertSession(
            digest: NewsroomDatabase.digest(of: id), accountID: account.id, csrfToken: csrf, expiresAt: expires,
            now: now)
        return OpenedSession(id: id, session: ActiveSession(account: account, csrfToken: csrf, expiresAt: expires))
    }

    /// The live session whose cookie value is `id`; nil when unknown, expired or its account is disabled.
    public func session(id: String, now: Date = Date()) throws(StoreError) -> ActiveSession? {
        guard id.utf8.count == 64, id.utf8.allSatisfy(\.isHexDigit) else { return nil }
        return try session(digest: NewsroomDatabase.digest(of: id), now: now)
    }

    /// Ends the session whose cookie value is `id`.
    public func endSession(id: String) throws(StoreError) {
        try deleteSession(digest: NewsroomDatabase.digest(of: id))
    }

    /// Ends every session of account `id` (after a password change) but `keeping` one.
    public func endSessions(accountID id: Int64, keeping kept: String? = nil) throws(StoreError) {
        try deleteSessions(accountID: id, keepingDigest: kept.map(NewsroomDatabase.digest(of:)))
    }
}

extension NewsroomDatabase {
    public func insertSession(digest: String, accountID: Int64, csrfToken: String, expiresAt: Date, now: Date)
        throws(StoreError)
    {
        try write { db in
            // Ended sessions are swept here, so the table holds only live ones.
            try db.execute(sql: "DELETE FROM session WHERE expiresAt <= ?", arguments: [now])
            try db.execute(
                sql: "INSERT INTO session (digest, accountId, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [digest, accountID, csrfToken, now, expiresAt])
        }
    }

    public func session(digest: String, now: Date) throws(StoreError) -> ActiveSession? {
        try read { db in
            try Self.fetchKnown(
                ActiveSession.self, db,
                sql: """
                    SELECT account.*, session.csrfToken, session.expiresAt FROM session
                    JOIN account ON account.id = session.accountId
                    WHERE session.digest = ? AND session.expiresAt > ? AND account.disabledAt IS NULL
                    """,
                arguments: [digest, now])
        }
    }

    public func deleteSession(digest: String) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE digest = ?", arguments: [digest]) }
    }

    public func deleteSessions(accountID id: Int64, keepingDigest kept: String?) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE accountId = ? AND digest IS NOT ?", arguments: [id, kept])
        }
    }

    /// `bytes` random bytes from the system's secure generator, as lowercase hex.
    public static func randomHex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
    }
}
