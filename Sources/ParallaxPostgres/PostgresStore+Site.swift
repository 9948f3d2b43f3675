public import Foundation
internal import Parallax
public import ParallaxStore
internal import PostgresNIO

/// The newsroom site's statements on PostgreSQL (`NewsroomSiteStore`): single stories and
/// articles, settings, accounts, sessions and story visits, in the tables of migration
/// `v4-newsroom`. The rules over them are `NewsroomSiteStore`'s, shared with SQLite.
extension PostgresStore: NewsroomSiteStore {
    public func storyVersion(_ id: String) throws(StoreError) -> StoryVersion? {
        guard PostgresText.isStorable(id) else { return nil }
        return try read { session in
            try session.rows(
                """
                SELECT story.revision, brief.revision AS brief_revision FROM story
                LEFT JOIN brief ON brief.story_id = story.id WHERE story.id = \(id)
                """
            ).first.map { row in try PostgresRowDecoder.decode(StoryVersion.self, from: row) }
        }
    }

    public func article(_ id: String) throws(StoreError) -> ArticleDetail? {
        guard PostgresText.isStorable(id) else { return nil }
        return try read { session in
            guard
                let article = try session.rows(
                    "SELECT \(unescaped: PostgresRows.articleColumns) FROM article WHERE id = \(id)"
                ).first.map(PostgresRows.article(from:))
            else { return nil }
            let analysis = try session.rows(
                "SELECT entities::text, quotes::text FROM article_analysis WHERE article_id = \(id)"
            ).first.map { row in
                let (entities, quotes) = try row.decode((String, String).self)
                return ArticleAnalysisRecord(
                    articleId: id, entities: try StoredJSON.decode([ArticleAnalysisRecord.Span].self, from: entities),
                    quotes: try StoredJSON.decode([ArticleAnalysisRecord.Span].self, from: quotes))
            }
            let story = try session.rows(
                """
                SELECT \(unescaped: PostgresRows.storyColumns) FROM story
                JOIN story_membership ON story_membership.story_id = story.id
                WHERE story_membership.article_id = \(id) AND story_membership.left_at IS NULL
                """
            ).first.map(PostgresRows.story(from:))
            return ArticleDetail(article: article, analysis: analysis, story: story)
        }
    }

    public func settingValues() throws(StoreError) -> [String: String] {
        try read { session in
            Dictionary(
                try session.rows("SELECT name, value FROM setting").map { try $0.decode((String, String).self) },
                uniquingKeysWith: { _, last in last })
        }
    }

    public func saveSetting(_ name: String, value: String) throws(StoreError) {
        try write { session in
            try session.execute(
                """
                INSERT INTO setting (name, value) VALUES (\(name), \(value))
                ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """)
        }
    }

    public func insertAccount(name: String, role: AccessRole, passwordHash: String, now: Date) throws(StoreError)
        -> Int64?
    {
        let key = Account.nameKey(name)
        return try write { session in
            try session.value(
                """
                INSERT INTO account (name, name_key, role, password_hash, must_change_password, created_at)
                VALUES (\(name), \(key), \(role.rawValue), \(passwordHash), true, \(now))
                ON CONFLICT (name_key) DO NOTHING RETURNING id
                """, as: Int64.self)
        }
    }

    public func credentials(named name: String) throws(StoreError) -> AccountCredentials? {
        guard PostgresText.isStorable(name) else { return nil }
        let key = Account.nameKey(name)
        return try read { session in
            try session.rows(
                """
                SELECT id, name, role, must_change_password, password_hash FROM account
                WHERE name_key = \(key) AND disabled_at IS NULL
                """
            ).first.flatMap { row in try PostgresRowDecoder.decodeIfKnown(AccountCredentials.self, from: row) }
        }
    }

    public func replacePasswordHash(_ hash: String, accountID id: Int64, oneTime: Bool) throws(StoreError) {
        try write { session in
            try session.execute(
                "UPDATE account SET password_hash = \(hash), must_change_password = \(oneTime) WHERE id = \(id)")
            if oneTime { try session.execute("DELETE FROM session WHERE account_id = \(id)") }
        }
    }

    public func insertSession(digest: String, accountID: Int64, csrfToken: String, expiresAt: Date, now: Date)
        throws(StoreError)
    {
        try write { session in
            // Ended sessions are swept here, so the table holds only live ones.
            try session.execute("DELETE FROM session WHERE expires_at <= \(now)")
            try session.execute(
                """
                INSERT INTO session (digest, account_id, csrf_token, created_at, expires_at)
                VALUES (\(digest), \(accountID), \(csrfToken), \(now), \(expiresAt))
                """)
        }
    }

    public func session(digest: String, now: Date) throws(StoreError) -> ActiveSession? {
        try read { session in
            try session.rows(
                """
                SELECT account.id, account.name, account.role, account.must_change_password, session.csrf_token,
                    session.expires_at
                FROM session JOIN account ON account.id = session.account_id
                WHERE session.digest = \(digest) AND session.expires_at > \(now) AND account.disabled_at IS NULL
                """
            ).first.flatMap { row in try PostgresRowDecoder.decodeIfKnown(ActiveSession.self, from: row) }
        }
    }

    public func deleteSession(digest: String) throws(StoreError) {
        try write { session in try session.execute("DELETE FROM session WHERE digest = \(digest)") }
    }

    public func deleteSessions(accountID id: Int64, keepingDigest kept: String?) throws(StoreError) {
        try write { session in
            try session.execute("DELETE FROM session WHERE account_id = \(id) AND digest IS DISTINCT FROM \(kept)")
        }
    }

    public func recordVisit(accountID: Int64, storyID: String, revision: Int, now: Date) throws(StoreError) -> Int? {
        try write { session in
            let previous = try session.value(
                """
                SELECT revision FROM story_visit WHERE account_id = \(accountID) AND story_id = \(storyID) FOR UPDATE
                """, as: Int.self)
            try session.execute(
                """
                INSERT INTO story_visit (account_id, story_id, revision, at)
                VALUES (\(accountID), \(storyID), \(revision), \(now))
                ON CONFLICT (account_id, story_id) DO UPDATE SET revision = excluded.revision, at = excluded.at
                """)
            return previous
        }
    }
}

/// Text PostgreSQL can hold: everything but the NUL character, which a `text` value cannot
/// contain (the server refuses the statement). A lookup by such text finds nothing, as on
/// SQLite, instead of failing.
enum PostgresText {
    static func isStorable(_ text: String) -> Bool {
        !text.utf8.contains(0)
    }

    /// Refuses an article with a NUL character anywhere (SQLite would keep it): checked before
    /// the article reaches a statement, so the whole batch is refused with a reason.
    static func checkStorable(_ record: ArticleRecord) throws(StoreError) {
        let texts =
            [record.id, record.input, record.text, record.contentHash]
            + [
                record.url, record.canonicalURL, record.outlet, record.title, record.published, record.language,
                record.originalLanguage, record.duplicateOf,
            ].compactMap { $0 } + record.authors + record.removed
        guard texts.allSatisfy(isStorable) else {
            throw StoreError(
                .unstorableText, "an article holds a NUL character, which PostgreSQL cannot store: remove it")
        }
    }
}

/// The sign-in throttle's memory, shared by every server on the database.
extension PostgresStore: SignInFailureLog {
    public func signInFailures(name: String, since: Date) throws(StoreError) -> Int {
        guard PostgresText.isStorable(name) else { return 0 }
        return try write { session in
            try session.execute("DELETE FROM sign_in_failure WHERE at <= \(since)")
            return try session.value(
                "SELECT count(*) FROM sign_in_failure WHERE name = \(name) AND at > \(since)", as: Int.self) ?? 0
        }
    }

    public func recordSignInFailure(name: String, at: Date) throws(StoreError) {
        guard PostgresText.isStorable(name) else { return }
        try write { session in try session.execute("INSERT INTO sign_in_failure (name, at) VALUES (\(name), \(at))") }
    }

    public func clearSignInFailures(name: String) throws(StoreError) {
        guard PostgresText.isStorable(name) else { return }
        try write { session in try session.execute("DELETE FROM sign_in_failure WHERE name = \(name)") }
    }
}
