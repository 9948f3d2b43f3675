public import Foundation
public import ParallaxStore
internal import PostgresNIO

/// Settings of the feed schedule that watchers share on PostgreSQL.
public struct FeedScheduleConfiguration: Sendable {
    /// How long a taken feed is its watcher's; after it another watcher may take it (the first
    /// one died). A poll is a fetch (the page fetcher gives up after 60 s) and an ingest of
    /// the feed's items (a few seconds for a feed of a hundred items here); 10 minutes leaves
    /// room for a large feed on a loaded machine and for the host's turn (feeds of one host are
    /// polled 2 s apart).
    public var lease: TimeInterval = 600
    /// Feeds one watcher takes in a round: 8 hosts at once, a few feeds each.
    public var feedsPerTake = 64
    /// Longest feed address taken (a browser's practical limit).
    public var longestURL = 2048
    /// Longest title, validator (ETag, Last-Modified) and error kept: a longer validator is
    /// dropped (the next poll is unconditional), a longer title or error is cut.
    public var longestTitle = 1000
    public var longestValidator = 1024
    public var longestError = 2000

    public init() {}
}

/// The feeds of a PostgreSQL store as one schedule for every watcher: each feed is a row of
/// `feed`, taken for one poll with `FOR UPDATE SKIP LOCKED` and leased to its watcher (on
/// PostgreSQL's clock, the one every host shares), so several watchers never poll one feed
/// at once; a dead watcher's feed is taken again once its lease runs out. Conditional GET
/// validators and the run of errors are kept per feed, as on SQLite.
public struct PostgresFeedSchedule: FeedSchedule {
    public let store: PostgresStore
    /// The name leases carry (`taken_by`).
    public let watcher: String
    public let configuration: FeedScheduleConfiguration

    public init(store: PostgresStore, watcher: String, configuration: FeedScheduleConfiguration = .init()) {
        self.store = store
        self.watcher = watcher
        self.configuration = configuration
    }

    /// Adds feeds to the schedule (each due at once); returns how many were new. Every address
    /// is checked first, and none is added when one is refused.
    @discardableResult
    public func add(_ urls: [String]) throws(StoreError) -> Int {
        for url in urls {
            if let problem = Self.problem(with: url, longest: configuration.longestURL) {
                throw StoreError(.invalidFeed, "not a feed address: \(problem)")
            }
        }
        return try store.write { session in
            var added = 0
            for url in urls {
                added += try session.execute("INSERT INTO feed (url) VALUES (\(url)) ON CONFLICT (url) DO NOTHING")
            }
            return added
        }
    }

    /// Why `url` is not taken as a feed address, or nil.
    static func problem(with url: String, longest: Int) -> String? {
        let shown = url.count > 80 ? String(url.prefix(80)) + "…" : url
        guard url.utf8.count <= longest else { return "\(url.utf8.count) bytes, more than \(longest) (\(shown))" }
        guard !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) else {
            return "spaces or control characters in \(shown.debugDescription)"
        }
        guard let address = URL(string: url), let scheme = address.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = address.host, !host.isEmpty
        else { return "only http and https addresses with a host are watched (\(shown))" }
        return nil
    }

    /// Every feed of the schedule, by address.
    public func feeds() throws(StoreError) -> [FeedRecord] {
        try store.read { session in
            try session.rows("SELECT \(unescaped: Self.columns) FROM feed ORDER BY url").map {
                try PostgresRowDecoder.decode(FeedRecord.self, from: $0)
            }
        }
    }

    public func takeDueFeeds(now: Date) throws(StoreError) -> [TakenFeed] {
        try store.write { session in
            try session.rows(
                """
                UPDATE feed SET taken_by = \(watcher),
                    lease_until = clock_timestamp() + \(configuration.lease) * interval '1 second'
                WHERE url IN (
                    SELECT url FROM feed
                    WHERE (next_poll_at IS NULL OR next_poll_at <= clock_timestamp())
                        AND (lease_until IS NULL OR lease_until < clock_timestamp())
                    ORDER BY next_poll_at NULLS FIRST, url LIMIT \(configuration.feedsPerTake)
                    FOR UPDATE SKIP LOCKED)
                RETURNING \(unescaped: Self.columns), clock_timestamp() AS taken_at
                """
            ).map { try PostgresRowDecoder.decode(TakenFeed.self, from: $0) }.sorted { $0.state.url < $1.state.url }
        }
    }

    /// Saves the state only while the feed is still leased to this watcher: once another
    /// watcher took it (this poll outlived its lease), that watcher's state is the one kept.
    public func finish(_ state: FeedRecord) throws(StoreError) -> Bool {
        let validator = { (value: String?) in
            value.flatMap { $0.utf8.count <= configuration.longestValidator ? $0 : nil }
        }
        let title = state.title.map { String($0.prefix(configuration.longestTitle)) }
        let error = state.lastError.map { String($0.prefix(configuration.longestError)) }
        return try store.write { session in
            try session.execute(
                """
                UPDATE feed SET title = \(title), etag = \(validator(state.etag)),
                    last_modified = \(validator(state.lastModified)), last_polled_at = \(state.lastPolledAt),
                    last_success_at = \(state.lastSuccessAt), consecutive_errors = \(state.consecutiveErrors),
                    last_error = \(error), next_poll_at = \(state.nextPollAt), lease_until = NULL, taken_by = NULL
                WHERE url = \(state.url) AND taken_by = \(watcher)
                """) == 1
        }
    }

    public func secondsUntilNextDue(now: Date) throws(StoreError) -> TimeInterval? {
        try store.read { session in
            try session.value(
                """
                SELECT extract(epoch FROM
                    min(coalesce(greatest(next_poll_at, lease_until), clock_timestamp())) - clock_timestamp())::float8
                FROM feed
                """, as: Double.self)
        }
    }

    static let columns = """
        url, title, etag, last_modified, last_polled_at, last_success_at, consecutive_errors, last_error, next_poll_at
        """
}
