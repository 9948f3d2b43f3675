import ArgumentParser
import Foundation
import Logging
import ParallaxFetch
import ParallaxPostgres
import ParallaxServer
import ParallaxStore
import ParallaxWeb
import ServiceLifecycle
import UnixSignals

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll feeds politely and add their new items to the store.",
        discussion: """
            FEED is a feed URL or an OPML file of feeds. Each feed is fetched with a conditional GET \
            (the ETag and Last-Modified it last sent), one request per host every --host-interval \
            seconds (up to 8 hosts at once), and after errors less and less often (up to six hours). Stops gracefully on \
            SIGINT or SIGTERM. `parallax serve --watch FEED` serves and watches in one process.

            On PostgreSQL (--db postgres://…) the feeds given are added to the store's feed table, and \
            the watcher polls every feed in it: run several watchers, on any hosts, against one \
            database (later ones need no FEED); each feed is leased to one watcher while it is polled, \
            and a dead watcher's feeds are polled again when their lease (--lease) runs out.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var watching: WatchOptions

    @Argument(help: "Feed URLs or OPML files (on PostgreSQL: added to the feeds the store already has).")
    var feeds: [String] = []

    @Flag(help: "Poll every feed once, print what happened, and exit (status 1 when every feed polled failed).")
    var once = false

    @OptionGroup var leasing: LeaseOptions

    @Option(help: "PostgreSQL: most feeds this watcher takes in one round.")
    var feedsPerTake = FeedScheduleConfiguration().feedsPerTake

    func validate() throws {
        guard (1...10_000).contains(feedsPerTake) else { throw ValidationError("--feeds-per-take must be 1 to 10000") }
    }

    func run() async throws {
        var logger = Logger(label: "parallax.watch")
        logger.logLevel = .notice
        let fetcher = PageFetcher()
        let watcher: FeedWatcher
        let watched: String
        do {
            (watcher, watched) = try makeWatcher(fetcher: PageFeedFetcher(fetcher: fetcher), logger: logger)
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
        if once {
            let outcomes = await watcher.pollDueFeeds()
            try await fetcher.shutdown()
            try Self.report(outcomes, given: watcher.feeds, shared: store.postgresURL != nil)
            return
        }
        Diagnostics.note("watching \(watched) into \(store.path)")
        try await Self.runUntilSignalled([watcher], fetcher: fetcher, logger: logger)
    }

    /// The watcher of the store `--db` names, and what it watches (for the opening note).
    private func makeWatcher(fetcher: any FeedFetching, logger: Logger) throws -> (FeedWatcher, String) {
        guard store.postgresURL != nil else {
            let urls = try FeedList.resolve(feeds)
            let watcher = FeedWatcher(
                database: try store.open(), feeds: urls, configuration: watching.configuration, fetcher: fetcher,
                logger: logger)
            return (watcher, "\(urls.count) feeds")
        }
        let urls = feeds.isEmpty ? [] : try FeedList.resolve(feeds)
        let database = try store.openPostgres(need: "parallax watch needs a store")
        var configuration = FeedScheduleConfiguration()
        configuration.lease = leasing.lease ?? configuration.lease
        configuration.feedsPerTake = feedsPerTake
        let schedule = PostgresFeedSchedule(store: database, watcher: leasing.holder, configuration: configuration)
        let known: Int
        do {
            try schedule.add(urls)
            known = try schedule.feeds().count
        } catch {
            throw storeFailure(error)
        }
        guard known > 0 else {
            throw ValidationError("no feeds to watch: give feed URLs or OPML files (the store has none yet)")
        }
        let watcher = FeedWatcher(
            store: database, schedule: schedule, feeds: urls, configuration: watching.configuration,
            fetcher: fetcher, logger: logger)
        return (watcher, "the store's \(known) feeds as \(schedule.watcher)")
    }

    /// Prints each feed's outcome of one round: the feeds given, then (on PostgreSQL) the other
    /// feeds of the store this watcher polled. Exits with status 1 when every feed polled failed.
    private static func report(_ outcomes: [String: FeedWatcher.PollOutcome], given: [String], shared: Bool) throws {
        let others = outcomes.keys.filter { !given.contains($0) }.sorted()
        for url in given + others {
            switch outcomes[url] {
            case .ingested(let added, let duplicates)?: print("\(url): \(added) new, \(duplicates) already stored")
            case .notModified?: print("\(url): not modified")
            case .failed(let reason)?: print("\(url): failed (\(reason))")
            case .skipped?:
                print(
                    shared
                        ? "\(url): not due yet, or another watcher is polling it" : "\(url): not due yet (backing off)")
            case nil: print("\(url): not polled")
            }
        }
        let polled = outcomes.values.filter { $0 != .skipped }
        if !polled.isEmpty, polled.allSatisfy({ if case .failed = $0 { true } else { false } }) {
            Diagnostics.error("every feed polled failed")
            throw ExitCode(1)
        }
    }

    /// Runs `services` until SIGTERM or SIGINT, then shuts the page fetcher they share down.
    static func runUntilSignalled(_ services: [any Service], fetcher: PageFetcher, logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
        try await fetcher.shutdown()
    }
}

/// Flags of feed watching, shared by `watch` and `serve --watch`.
struct WatchOptions: ParsableArguments {
    @Option(help: "Seconds between two polls of one feed.")
    var interval = 900

    @Option(help: "Least seconds between two requests to one host.")
    var hostInterval = 2.0

    func validate() throws {
        guard interval >= 10 else { throw ValidationError("--interval must be at least 10 seconds") }
        guard hostInterval >= 0 else { throw ValidationError("--host-interval cannot be negative") }
    }

    var configuration: WatchConfiguration {
        var configuration = WatchConfiguration()
        configuration.pollInterval = .seconds(interval)
        configuration.perHostInterval = .milliseconds(Int(hostInterval * 1000))
        return configuration
    }
}

/// Feed arguments: URLs as given, OPML files read for their feeds.
enum FeedList {
    static func resolve(_ arguments: [String]) throws -> [String] {
        var urls: [String] = []
        for argument in arguments {
            let lowered = argument.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
                urls.append(argument)
                continue
            }
            guard let data = FileManager.default.contents(atPath: argument) else {
                throw ValidationError("\(argument): neither a feed URL nor a readable OPML file")
            }
            do {
                urls += try OPML.feedURLs([UInt8](data))
            } catch {
                throw ValidationError("\(argument): \(error.message)")
            }
        }
        guard !urls.isEmpty else { throw ValidationError("no feeds to watch") }
        var seen = Set<String>()
        return urls.filter { seen.insert($0).inserted }
    }
}
