public import Foundation
internal import Parallax
public import ParallaxStore
internal import PostgresNIO

/// Reading the newsroom on PostgreSQL: the same answers as the SQLite store, ordered the same
/// way (text compared byte by byte, `COLLATE "C"`, as SQLite does). Search is PostgreSQL's
/// full-text search with the English Snowball configuration, ranked by `ts_rank` with titles
/// weighted above text.
extension PostgresStore {
    public func stories(_ query: StoryQuery) throws(StoreError) -> [StoryRecord] {
        // A story merged into another keeps its row, with no articles left.
        var conditions = ["article_count > 0"]
        var binds = PostgresBindings()
        if let since = query.since {
            guard PostgresText.isStorable(since) else { return [] }
            binds.append(since)
            conditions.append("last_published COLLATE \"C\" >= $\(binds.count)")
        }
        if let text = query.text {
            guard let words = searchWords(text) else { return [] }
            binds.append(words)
            conditions.append(
                """
                id IN (SELECT story_membership.story_id FROM article
                    JOIN story_membership ON story_membership.article_id = article.id AND story_membership.left_at IS NULL
                    WHERE article.search @@ websearch_to_tsquery('english', $\(binds.count)))
                """)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order =
            switch query.order {
            case .newest:
                "last_published IS NULL, last_published COLLATE \"C\" DESC, article_count DESC, id COLLATE \"C\""
            case .biggest:
                "article_count DESC, outlet_count DESC, last_published COLLATE \"C\" DESC NULLS LAST, id COLLATE \"C\""
            }
        binds.append(query.limit)
        binds.append(query.offset)
        let sql = """
            SELECT \(PostgresRows.storyColumns) FROM story \(filter) ORDER BY \(order)
            LIMIT $\(binds.count - 1) OFFSET $\(binds.count)
            """
        return try read { session in
            try session.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).map(PostgresRows.story(from:))
        }
    }

    public func story(_ reference: String) throws(StoreError) -> StoryDetail? {
        guard PostgresText.isStorable(reference) else { return nil }
        return try read { session in
            var story = try session.rows(
                "SELECT \(unescaped: PostgresRows.storyColumns) FROM story WHERE id = \(reference)"
            ).first.map(PostgresRows.story(from:))
            if story == nil, reference.count >= 4 {
                let matches = try session.rows(
                    """
                    SELECT \(unescaped: PostgresRows.storyColumns) FROM story
                    WHERE starts_with(id, \(reference)) LIMIT 2
                    """
                ).map(PostgresRows.story(from:))
                if matches.count == 1 { story = matches[0] }
            }
            guard let story else { return nil }
            let brief = try session.rows("SELECT revision, story::text FROM brief WHERE story_id = \(story.id)").first
                .map { row in try row.decode((Int, String).self) }
            let articles = try session.rows(
                """
                SELECT \(unescaped: PostgresRows.articleColumns) FROM article
                JOIN story_membership ON story_membership.article_id = article.id AND story_membership.left_at IS NULL
                WHERE story_membership.story_id = \(story.id)
                ORDER BY article.published IS NULL, article.published COLLATE "C", article.number
                """
            ).map(PostgresRows.article(from:))
            return StoryDetail(
                story: story, brief: try brief.map { try StoredJSON.decode(Brief.self, from: $0.1) },
                briefRevision: brief?.0, articles: articles)
        }
    }

    public func search(_ text: String, limit: Int) async throws(StoreError) -> [SearchHit] {
        guard let words = searchWords(text) else { return [] }
        let found = try read { session in
            try session.rows(
                """
                SELECT \(unescaped: PostgresRows.articleColumns), story_membership.story_id AS current_story_id
                FROM article CROSS JOIN websearch_to_tsquery('english', \(words)) AS query
                LEFT JOIN story_membership ON story_membership.article_id = article.id AND story_membership.left_at IS NULL
                WHERE article.search @@ query
                ORDER BY ts_rank(article.search, query) DESC, article.number
                LIMIT \(limit)
                """
            ).map { row in
                (
                    try PostgresRows.article(from: row),
                    try row.makeRandomAccess()["current_story_id"].decode(String?.self)
                )
            }
        }
        if Task.isCancelled { throw StoreError(.cancelled, "the search was cancelled") }
        return SearchHit.excerpted(found, query: text)
    }

    /// The query's words, at most `searchLimits.maximumTerms` distinct ones, for
    /// `websearch_to_tsquery` (every word must occur); nil when it has none.
    private func searchWords(_ text: String) -> String? {
        var seen = Set<String>()
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "\0" }).map { $0.lowercased() }
            .filter { word in word.contains(where: { $0.isLetter || $0.isNumber }) && seen.insert(word).inserted }
            .prefix(searchLimits.maximumTerms)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try read { session in
            let row = try session.rows(
                """
                SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM story) AS stories,
                    (SELECT count(*) FROM feed) AS feeds
                """
            ).first
            guard let row else { throw StoreError(.databaseFailed, "the store's counts came back without a row") }
            return try PostgresRowDecoder.decode(StoreCounts.self, from: row)
        }
    }

    public func storeToken(id: String, digest: String, role: AccessRole, label: String?, now: Date)
        throws(StoreError)
    {
        try write { session in
            try session.execute(
                """
                INSERT INTO api_token (id, digest, role, label, created_at)
                VALUES (\(id), \(digest), \(role.rawValue), \(label), \(now))
                """)
        }
    }

    public func tokenHolder(digest: String) throws(StoreError) -> TokenHolder? {
        try read { session in
            try session.rows("SELECT id, role, label FROM api_token WHERE digest = \(digest) AND revoked_at IS NULL")
                .first.flatMap { row in try PostgresRowDecoder.decodeIfKnown(TokenHolder.self, from: row) }
        }
    }

    public func revokeToken(id: String, now: Date) throws(StoreError) -> Bool {
        try write { session in
            try session.execute(
                "UPDATE api_token SET revoked_at = \(now) WHERE id = \(id) AND revoked_at IS NULL") > 0
        }
    }
}
