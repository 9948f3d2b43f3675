public import Foundation

/// A feed taken for one poll: its state, and when it was taken on the schedule's clock (the
/// time its next poll is counted from).
public struct TakenFeed: Sendable, Hashable, Decodable {
    public var state: FeedRecord
    public var takenAt: Date
}

/// When feeds are polled and what is known of each: the seam between the feed watcher and
/// where its schedule lives. On SQLite (`StoreFeedSchedule`) one watcher polls the feeds it was
/// given; on PostgreSQL (`PostgresFeedSchedule`) the feeds are rows every watcher shares, each
/// leased to one watcher while it polls, so several watchers never poll one feed at once.
public protocol FeedSchedule: Sendable {
    /// Takes the feeds that are due at `now` and that no other watcher is polling, each for
    /// one poll. `now` is the watcher's clock; a shared schedule uses its own.
    func takeDueFeeds(now: Date) throws(StoreError) -> [TakenFeed]
    /// Saves a polled feed's state and gives the feed back; false when the feed is no longer
    /// this watcher's (its lease ran out and another watcher took it), and nothing was saved.
    @discardableResult
    func finish(_ state: FeedRecord) throws(StoreError) -> Bool
    /// Seconds from `now` until the earliest feed may be taken; nil when no feed is known.
    func secondsUntilNextDue(now: Date) throws(StoreError) -> TimeInterval?
}

/// The schedule of one watcher over a SQLite store: the feeds it was given, their state in
/// the store's `feed` table, due by the watcher's own clock.
public struct StoreFeedSchedule: FeedSchedule {
    public let database: NewsroomDatabase
    public let feeds: [String]

    public init(database: NewsroomDatabase, feeds: [String]) {
        self.database = database
        self.feeds = feeds
    }

    public func takeDueFeeds(now: Date) throws(StoreError) -> [TakenFeed] {
        var taken: [TakenFeed] = []
        for url in feeds {
            let state = try database.feed(url)
            if let due = state.nextPollAt, due > now { continue }
            taken.append(TakenFeed(state: state, takenAt: now))
        }
        return taken
    }

    public func finish(_ state: FeedRecord) throws(StoreError) -> Bool {
        try database.save(state)
        return true
    }

    public func secondsUntilNextDue(now: Date) throws(StoreError) -> TimeInterval? {
        var earliest: Date?
        for url in feeds {
            guard let due = try database.feed(url).nextPollAt else { continue }
            earliest = min(earliest ?? due, due)
        }
        return earliest.map { $0.timeIntervalSince(now) }
    }
}
