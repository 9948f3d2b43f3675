internal import Foundation
internal import GRDB
public import Parallax

extension ArticleRecord {
    /// The current articles of a story, by publication date (`Article.precedes` is the exact
    /// order).
    static func members(of storyID: String) -> QueryInterfaceRequest<ArticleRecord> {
        ArticleRecord
            .filter(
                sql: "id IN (SELECT articleId FROM storyMembership WHERE storyId = ? AND leftAt IS NULL)",
                arguments: [storyID]
            )
            .order(sql: "published IS NULL, published, number")
    }
}

/// Which stories to list, and in what order.
public struct StoryQuery: Sendable, Hashable {
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Latest publication first.
        case newest
        /// Most articles first.
        case biggest
    }

    /// Stories with an article published on or after this ISO 8601 date ("2026-01-07").
    public var since: String?
    /// Stories with an article matching these words.
    public var text: String?
    public var order: Order = .newest
    public var limit = 50
    public var offset = 0

    public init(since: String? = nil, text: String? = nil, order: Order = .newest, limit: Int = 50) {
        self.since = since
        self.text = text
        self.order = order
        self.limit = limit
    }
}

/// A story with its brief (nil until it is first synthesised) and its articles.
public struct StoryDetail: Sendable, Hashable {
    public var story: StoryRecord
    public var brief: Brief?
    /// Whether the brief reflects every current article.
    public var isBriefCurrent: Bool
    public var articles: [ArticleRecord]

    /// `articles` are put in publication order (`Article.precedes`).
    public init(story: StoryRecord, brief: Brief?, briefRevision: Int?, articles: [ArticleRecord]) {
        self.story = story
        self.brief = brief
        self.isBriefCurrent = briefRevision == story.revision
        self.briefRevision = briefRevision
        self.articles = articles.sorted { Article.precedes($0.article, $1.article) }
    }

    /// The revisions this detail was read at.
    public var version: StoryVersion {
        StoryVersion(revision: story.revision, briefRevision: briefRevision)
    }
    var briefRevision: Int?
}

/// A story's revision (bumped when its articles change) and its brief's: what a rendering of
/// the story depends on, read cheaply so a rendering can be reused until either changes.
public struct StoryVersion: Sendable, Hashable, Decodable {
    public var revision: Int
    public var briefRevision: Int?
}

extension StoryDetail {
    /// The story as a one-story digest (its brief and its articles), for the digest renderers;
    /// nil until the brief is first written.
    public var digest: Digest? {
        brief.map { Digest(articles: articles.map(\.article), stories: [$0]) }
    }
}

/// An article with what analysis found in it and the story it belongs to.
public struct ArticleDetail: Sendable, Hashable {
    public var article: ArticleRecord
    public var analysis: ArticleAnalysisRecord?
    public var story: StoryRecord?

    public init(article: ArticleRecord, analysis: ArticleAnalysisRecord?, story: StoryRecord?) {
        self.article = article
        self.analysis = analysis
        self.story = story
    }
}

/// One search result.
public struct SearchHit: Sendable, Hashable {
    public var article: ArticleRecord
    public var storyID: String?
    /// A passage of the text around the first matching word.
    public var excerpt: String
}

extension SearchHit {
    /// Hits for articles a store found for `query`, each with an excerpt around its first
    /// word that has a stem of the query's.
    public static func excerpted(_ found: [(ArticleRecord, String?)], query: String) -> [SearchHit] {
        NewsroomDatabase.hits(found, query: query)
    }
}

/// Totals for status lines.
public struct StoreCounts: Sendable, Hashable, Decodable {
    public var articles: Int
    public var stories: Int
    public var feeds: Int
}

extension NewsroomDatabase {
    public func stories(_ query: StoryQuery) throws(StoreError) -> [StoryRecord] {
        let match = try query.text.flatMap { text throws(StoreError) in try matchExpression(for: text) }
        if query.text != nil && match == nil { return [] }
        return try read { db in
            // A story merged into another keeps its row, with no articles left.
            var conditions = ["articleCount > 0"]
            var arguments: StatementArguments = []
            if let since = query.since {
                conditions.append("lastPublished >= ?")
                _ = arguments.append(contentsOf: [since])
            }
            if let match {
                conditions.append(
                    """
                    id IN (SELECT storyMembership.storyId FROM articleSearch
                        JOIN article ON article.number = articleSearch.rowid
                        JOIN storyMembership ON storyMembership.articleId = article.id AND storyMembership.leftAt IS NULL
                        WHERE articleSearch MATCH ?)
                    """)
                _ = arguments.append(contentsOf: [match])
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let order =
                switch query.order {
                case .newest: "lastPublished IS NULL, lastPublished DESC, articleCount DESC, id"
                case .biggest: "articleCount DESC, outletCount DESC, lastPublished DESC, id"
                }
            _ = arguments.append(contentsOf: [query.limit, query.offset])
            return try StoryRecord.fetchAll(
                db, sql: "SELECT * FROM story \(filter) ORDER BY \(order) LIMIT ? OFFSET ?", arguments: arguments)
        }
    }

    /// A story by id, or by an unambiguous prefix of its id.
    public func story(_ reference: String) throws(StoreError) -> StoryDetail? {
        try read { db in
            var story = try StoryRecord.fetchOne(db, key: reference)
            if story == nil, reference.count >= 4 {
                let matches = try StoryRecord.filter(
                    sql: "id LIKE ? ESCAPE '\\'", arguments: [Self.likePrefix(reference)]
                )
                .limit(2).fetchAll(db)
                if matches.count == 1 { story = matches[0] }
            }
            guard let story else { return nil }
            let brief = try BriefRevision.fetchOne(db, key: story.id)
            return StoryDetail(
                story: story, brief: brief?.story, briefRevision: brief?.revision,
                articles: try ArticleRecord.members(of: story.id).fetchAll(db))
        }
    }

    /// The revisions of the story with exactly this id and of its brief; nil when there is no
    /// such story. One indexed lookup, far cheaper than reading the story.
    public func storyVersion(_ id: String) throws(StoreError) -> StoryVersion? {
        try read { db in
            try DecodedRow<StoryVersion>.fetchOne(
                db,
                sql: """
                    SELECT story.revision, brief.revision AS briefRevision FROM story
                    LEFT JOIN brief ON brief.storyId = story.id WHERE story.id = ?
                    """,
                arguments: [id]
            )?.value
        }
    }

    public func article(_ id: String) throws(StoreError) -> ArticleDetail? {
        try read { db in
            guard let article = try ArticleRecord.filter(Column("id") == id).fetchOne(db) else { return nil }
            let story = try StoryRecord.fetchOne(
                db,
                sql: """
                    SELECT story.* FROM story JOIN storyMembership ON storyMembership.storyId = story.id
                    WHERE storyMembership.articleId = ? AND storyMembership.leftAt IS NULL
                    """,
                arguments: [id])
            return ArticleDetail(
                article: article, analysis: try ArticleAnalysisRecord.fetchOne(db, key: id), story: story)
        }
    }

    /// Articles matching every word of `text` in any inflection, best first.
    public func search(_ text: String, limit: Int = 20) throws(StoreError) -> [SearchHit] {
        guard let match = try matchExpression(for: text) else { return [] }
        let found = try read { db in try Self.searchRows(db, match: match, limit: limit) }
        return Self.hits(found, query: text)
    }

    /// The same search, cancellable: cancelling the calling task (a client that left, a
    /// deadline) interrupts the SQLite statement under way and throws `StoreError.Code.cancelled`.
    /// The work runs on the store's own threads, not the caller's.
    public func search(_ text: String, limit: Int = 20) async throws(StoreError) -> [SearchHit] {
        let languages = try await readCancellable { db in try Self.languages(db) }
        guard let match = SearchStems().match(text, languages: languages, limits: searchLimits) else { return [] }
        let found = try await readCancellable { db in try Self.searchRows(db, match: match, limit: limit) }
        if Task.isCancelled { throw StoreError(.cancelled, "the search was cancelled") }
        return Self.hits(found, query: text)
    }

    private static func searchRows(_ db: Database, match: String, limit: Int) throws -> [(ArticleRecord, String?)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT article.*, storyMembership.storyId AS currentStoryId FROM articleSearch
                JOIN article ON article.number = articleSearch.rowid
                LEFT JOIN storyMembership ON storyMembership.articleId = article.id AND storyMembership.leftAt IS NULL
                WHERE articleSearch MATCH ?
                ORDER BY bm25(articleSearch, 2.0, 1.0), article.number
                LIMIT ?
                """,
            arguments: [match, limit]
        ).map { row -> (ArticleRecord, String?) in (try ArticleRecord(row: row), row["currentStoryId"]) }
    }

    /// Hits with excerpts; the query's stems are worked out once per language.
    static func hits(_ found: [(ArticleRecord, String?)], query: String) -> [SearchHit] {
        let stems = SearchStems()
        var queryStems: [String: Set<String>] = [:]
        return found.map { article, storyID in
            let language = article.language ?? SearchStems.fallbackLanguage
            if queryStems[language] == nil {
                queryStems[language] = Set(stems.stems(of: query, language: language))
            }
            return SearchHit(
                article: article, storyID: storyID,
                excerpt: Self.excerpt(of: article, queryStems: queryStems[language] ?? [], stems: stems))
        }
    }

    public func counts() throws(StoreError) -> StoreCounts {
        try read { db in
            StoreCounts(
                articles: try ArticleRecord.fetchCount(db), stories: try StoryRecord.fetchCount(db),
                feeds: try FeedRecord.fetchCount(db))
        }
    }

    /// The FTS5 expression for a query, stemmed for every language in the store.
    private func matchExpression(for text: String) throws(StoreError) -> String? {
        let languages = try read { db in try Self.languages(db) }
        return SearchStems().match(text, languages: languages, limits: searchLimits)
    }

    /// The languages of the stored articles, sorted.
    private static func languages(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT DISTINCT language FROM article WHERE language IS NOT NULL ORDER BY language")
    }

    private static func likePrefix(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + "%"
    }

    /// About 30 words around the first word of the text whose stem the query has.
    static func excerpt(of article: ArticleRecord, queryStems: Set<String>, stems: SearchStems) -> String {
        let words = article.text.split(whereSeparator: \.isWhitespace)
        let hit =
            words.firstIndex { word in
                let bare = word.trimmingCharacters(in: .punctuationCharacters)
                return stems.matches(bare, queryStems: queryStems, language: article.language)
            } ?? 0
        let start = max(0, hit - 12)
        let end = min(words.count, start + 30)
        let body = words[start..<end].joined(separator: " ")
        return (start > 0 ? "… " : "") + body + (end < words.count ? " …" : "")
    }
}

extension NewsroomDatabase {
    /// The state of the feed at `url`, or a new one.
    public func feed(_ url: String) throws(StoreError) -> FeedRecord {
        try read { db in try FeedRecord.fetchOne(db, key: url) } ?? FeedRecord(url: url)
    }

    public func save(_ feed: FeedRecord) throws(StoreError) {
        try write { db in try feed.save(db) }
    }
}
