public import Foundation
public import Logging
internal import Parallax
public import ParallaxFetch
internal import ParallaxInputs
public import ParallaxStore
internal import ParallaxWeb
public import ServiceLifecycle

/// Settings of feed watching, with polite defaults.
public struct WatchConfiguration: Sendable {
    /// Time between two polls of one feed that answers normally.
    public var pollInterval: Duration = .seconds(15 * 60)
    /// Least time between two requests to one host.
    public var perHostInterval: Duration = .seconds(2)
    /// Longest wait after repeated errors (the wait doubles with each error up to this).
    public var maximumBackoff: Duration = .seconds(6 * 60 * 60)
    /// The largest share of a backoff wait taken off at random, so feeds that failed
    /// together are not retried together.
    public var backoffJitter = 0.2
    /// Hosts polled at once; feeds of one host are polled one after another.
    public var maximumConcurrentHosts = 8
    /// The wait before trying again when the schedule cannot be read (a PostgreSQL restart
    /// takes seconds here), instead of a whole poll interval.
    public var scheduleFailurePause: Duration = .seconds(5)

    /// The backoff after errors: a quarter of the poll interval, doubling, with jitter.
    public var backoff: Backoff {
        Backoff(initial: pollInterval / 4, maximum: maximumBackoff, jitter: backoffJitter)
    }

    public init() {}
}

/// Polls feeds politely and ingests their new items: a conditional GET with the ETag and
/// Last-Modified stored in the feed's state, at most one request per host every
/// `perHostInterval`, exponential backoff with jitter after errors (and `Retry-After`
/// honoured), different hosts polled concurrently. Runs as a service until graceful shutdown; a
/// poll under way finishes its transaction first.
///
/// Which feeds are due, and their state, come from a `FeedSchedule`: on SQLite the feeds given,
/// on PostgreSQL every feed in the shared table, each leased to one watcher while it polls it.
public struct FeedWatcher: Service {
    /// Where new items are ingested: SQLite or PostgreSQL.
    public let store: any IngestStore
    public let schedule: any FeedSchedule
    /// The feeds the watcher reports on (each is `.skipped` when not taken in a round).
    public let feeds: [String]
    public let configuration: WatchConfiguration
    public var fetcher: any FeedFetching
    /// Spaces requests to one host, across every feed the watcher polls.
    public let limiter: HostRateLimiter<ContinuousClock>
    public var logger: Logger
    /// The clock of due times and host spacing; tests pass their own.
    public var now: @Sendable () -> Date = { Date() }

    /// One watcher of `feeds` over a SQLite store.
    public init(
        database: NewsroomDatabase, feeds: [String], configuration: WatchConfiguration = .init(),
        fetcher: any FeedFetching, logger: Logger
    ) {
        self.init(
            store: database, schedule: StoreFeedSchedule(database: database, feeds: feeds), feeds: feeds,
            configuration: configuration, fetcher: fetcher, logger: logger)
    }

    public init(
        store: any IngestStore, schedule: any FeedSchedule, feeds: [String],
        configuration: WatchConfiguration = .init(), fetcher: any FeedFetching, logger: Logger
    ) {
        self.store = store
        self.schedule = schedule
        self.feeds = feeds
        self.configuration = configuration
        self.fetcher = fetcher
        self.limiter = HostRateLimiter(interval: configuration.perHostInterval)
        self.logger = logger
    }

    /// What one poll of one feed did.
    public enum PollOutcome: Sendable, Hashable {
        case ingested(added: Int, duplicates: Int)
        case notModified
        case failed(String)
        /// Not due yet (backing off or polled recently).
        case skipped
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                _ = await pollDueFeeds()
                do {
                    try await Task.sleep(for: nextWake())
                } catch {
                    return
                }
            }
        }
    }

    /// Polls every feed that is due and returns each feed's outcome (`feeds` not taken are
    /// `.skipped`). Hosts are polled concurrently, up to `maximumConcurrentHosts` at a time, so
    /// a slow host does not hold up the others; the feeds of one host are polled in turn, spaced
    /// by the host rate limiter.
    public func pollDueFeeds() async -> [String: PollOutcome] {
        var outcomes = Dictionary(feeds.map { ($0, PollOutcome.skipped) }) { first, _ in first }
        let taken: [TakenFeed]
        do {
            taken = try schedule.takeDueFeeds(now: now())
        } catch {
            logger.error("feed schedule unreadable: \(error)")
            return outcomes.mapValues { _ in .failed(error.description) }
        }
        let hosts = Self.feedsByHost(taken)
        await withTaskGroup(of: [String: PollOutcome].self) { group in
            var next = 0
            for _ in 0..<max(1, configuration.maximumConcurrentHosts) where next < hosts.count {
                let feeds = hosts[next]
                group.addTask { await pollDueFeeds(ofOneHost: feeds) }
                next += 1
            }
            for await finished in group {
                outcomes.merge(finished) { _, latest in latest }
                if next < hosts.count, !Task.isCancelled {
                    let feeds = hosts[next]
                    group.addTask { await pollDueFeeds(ofOneHost: feeds) }
                    next += 1
                }
            }
        }
        return outcomes
    }

    /// The feeds grouped by host (host and port), hosts in the order they first appear.
    static func feedsByHost(_ feeds: [TakenFeed]) -> [[TakenFeed]] {
        var order: [String] = []
        var groups: [String: [TakenFeed]] = [:]
        for feed in feeds {
            let host = HostRateLimiter<ContinuousClock>.host(of: feed.state.url)
            if groups[host] == nil { order.append(host) }
            groups[host, default: []].append(feed)
        }
        return order.map { groups[$0] ?? [] }
    }

    /// Polls the taken feeds of one host one after another, each after its turn at the host.
    /// Feeds left when the watcher stops are given back unpolled.
    private func pollDueFeeds(ofOneHost feeds: [TakenFeed]) async -> [String: PollOutcome] {
        var outcomes: [String: PollOutcome] = [:]
        for (index, feed) in feeds.enumerated() {
            do {
                try Task.checkCancellation()
                try await limiter.waitForTurn(feed.state.url)
            } catch {
                for left in feeds[index...] { _ = try? schedule.finish(left.state) }
                break
            }
            outcomes[feed.state.url] = await poll(feed)
        }
        return outcomes
    }

    /// One conditional GET of one feed, its new items ingested, its state saved and the feed
    /// given back. Times are counted from when the feed was taken, on the schedule's clock.
    func poll(_ feed: TakenFeed) async -> PollOutcome {
        var state = feed.state
        let started = feed.takenAt
        state.lastPolledAt = started
        let outcome: PollOutcome
        var retryAfter: Int?
        do {
            switch try await fetcher.fetch(state.url, etag: state.etag, lastModified: state.lastModified) {
            case .notModified:
                outcome = .notModified
            case .fetched(let body, let etag, let lastModified):
                let parsed = try FeedParser().parse(body, url: state.url)
                let documents = WebDocuments.documents(of: parsed, input: state.url)
                if let problem = Self.unreadable(parsed, documents: documents) { throw problem }
                let summary = try await Ingestor(store: store).ingestOffLoop(documents)
                state.title = parsed.title ?? state.title
                state.etag = etag
                state.lastModified = lastModified
                outcome = .ingested(added: summary.added, duplicates: summary.duplicates)
            case .failed(let status, let after):
                retryAfter = after
                outcome = .failed("HTTP \(status)")
            }
        } catch {
            outcome = .failed(String(describing: error))
        }
        if case .failed(let reason) = outcome {
            state.consecutiveErrors += 1
            state.lastError = reason
            // A server's Retry-After is honoured up to the longest backoff: `Retry-After:
            // 999999999` would otherwise put the next poll 31 years away.
            let asked = retryAfter.map { min(Duration.seconds($0), configuration.maximumBackoff) }
            let wait = configuration.backoff.delay(afterFailures: state.consecutiveErrors, retryAfter: asked)
            state.nextPollAt = started.addingTimeInterval(wait / .seconds(1))
            logger.warning("feed \(state.url): \(reason); next try in \(Int(wait / .seconds(1))) s")
        } else {
            state.consecutiveErrors = 0
            state.lastError = nil
            state.lastSuccessAt = started
            state.nextPollAt = started.addingTimeInterval(configuration.pollInterval / .seconds(1))
            if case .ingested(let added, _) = outcome, added > 0 {
                logger.notice("feed \(state.url): \(added) new articles")
            }
        }
        do {
            if try !schedule.finish(state) {
                logger.warning("feed \(state.url): its poll outlived the lease; another watcher's state is kept")
            }
        } catch {
            logger.error("feed state not saved: \(error)")
        }
        return outcome
    }

    /// Why a parsed feed gave nothing to store although it is not simply empty: a feed with no
    /// title, link or item at all (libxml2 recovered it from malformed markup), or items none
    /// of which has text. Nil when the feed reads normally, empty feeds included.
    static func unreadable(_ feed: Feed, documents: [RawDocument]) -> FeedProblem? {
        if feed.items.isEmpty, feed.title == nil, feed.link == nil {
            return FeedProblem(message: "malformed feed: no title, link or item could be read")
        }
        if !feed.items.isEmpty, documents.isEmpty {
            return FeedProblem(message: "none of the feed's \(feed.items.count) items could be read as an article")
        }
        return nil
    }

    /// Until the earliest feed is due, at least a second, at most the poll interval; a short
    /// pause when the schedule cannot be read.
    private func nextWake() -> Duration {
        let seconds: TimeInterval?
        do {
            seconds = try schedule.secondsUntilNextDue(now: now())
        } catch {
            logger.error("feed schedule unreadable: \(error)")
            return configuration.scheduleFailurePause
        }
        guard let seconds else { return configuration.pollInterval }
        return .seconds(min(max(seconds, 1), configuration.pollInterval / .seconds(1)))
    }
}

/// A fetched feed that could not be read.
struct FeedProblem: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
