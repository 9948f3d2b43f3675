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
public struct FeedWatcher: Service {
    public let database: NewsroomDatabase
    public let feeds: [String]
    public let configuration: WatchConfiguration
    public var fetcher: any FeedFetching
    /// Spaces requests to one host, across every feed the watcher polls.
    public let limiter: HostRateLimiter<ContinuousClock>
    public var logger: Logger
    /// The clock of due times and host spacing; tests pass their own.
    public var now: @Sendable () -> Date = { Date() }

    public init(
        database: NewsroomDatabase, feeds: [String], configuration: WatchConfiguration = .init(),
        fetcher: any FeedFetching, logger: Logger
    ) {
        self.database = database
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

    /// Polls every feed that is due and returns each feed's outcome. Hosts are polled
    /// concurrently, up to `maximumConcurrentHosts` at a time, so a slow host does not hold up
    /// the others; the feeds of one host are polled in turn, spaced by the host rate limiter.
    public func pollDueFeeds() async -> [String: PollOutcome] {
        let hosts = Self.feedsByHost(feeds)
        var outcomes: [String: PollOutcome] = [:]
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
    static func feedsByHost(_ feeds: [String]) -> [[String]] {
        var order: [String] = []
        var groups: [String: [String]] = [:]
        for url in feeds {
            let host = HostRateLimiter<ContinuousClock>.host(of: url)
            if groups[host] == nil { order.append(host) }
            groups[host, default: []].append(url)
        }
        return order.map { groups[$0] ?? [] }
    }

    /// Polls the due feeds of one host one after another, each after its turn at the host.
    private func pollDueFeeds(ofOneHost urls: [String]) async -> [String: PollOutcome] {
        var outcomes: [String: PollOutcome] = [:]
        for url in urls {
            if Task.isCancelled { break }
            let state: FeedRecord
            do {
                state = try database.feed(url)
            } catch {
                logger.error("feed state unreadable: \(error)")
                outcomes[url] = .failed(error.description)
                continue
            }
            if let due = state.nextPollAt, due > now() {
                outcomes[url] = .skipped
                continue
            }
            do {
                try await limiter.waitForTurn(url)
            } catch {
                break
            }
            outcomes[url] = await poll(state)
        }
        return outcomes
    }

    /// One conditional GET of one feed, its new items ingested, its state saved.
    func poll(_ feed: FeedRecord) async -> PollOutcome {
        var state = feed
        let started = now()
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
                let summary = try await Ingestor(database: database).ingestOffLoop(documents)
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
            state.nextPollAt = started.addingTimeInterval(wait.seconds)
            logger.warning("feed \(state.url): \(reason); next try in \(Int(wait.seconds)) s")
        } else {
            state.consecutiveErrors = 0
            state.lastError = nil
            state.lastSuccessAt = started
            state.nextPollAt = started.addingTimeInterval(configuration.pollInterval.seconds)
            if case .ingested(let added, _) = outcome, added > 0 {
                logger.notice("feed \(state.url): \(added) new articles")
            }
        }
        do {
            try database.save(state)
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

    /// Until the earliest feed is due, at least a second, at most the poll interval.
    private func nextWake() -> Duration {
        let due = feeds.compactMap { try? database.feed($0).nextPollAt }.min()
        guard let due else { return configuration.pollInterval }
        let seconds = due.timeIntervalSince(now())
        return .seconds(min(max(seconds, 1), configuration.pollInterval.seconds))
    }
}

/// A fetched feed that could not be read.
struct FeedProblem: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
