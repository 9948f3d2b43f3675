import ArgumentParser
import Foundation
import Logging
import ParallaxFetch
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
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var watching: WatchOptions

    @Argument(help: "Feed URLs or OPML files.")
    var feeds: [String]

    @Flag(help: "Poll every feed once, print what happened, and exit (status 1 when every feed polled failed).")
    var once = false

    func run() async throws {
        let urls = try FeedList.resolve(feeds)
        let database = try store.open()
        var logger = Logger(label: "parallax.watch")
        logger.logLevel = .notice
        let fetcher = PageFetcher()
        let watcher = FeedWatcher(
            database: database, feeds: urls, configuration: watching.configuration,
            fetcher: PageFeedFetcher(fetcher: fetcher), logger: logger)
        if once {
            let outcomes = await watcher.pollDueFeeds()
            try await fetcher.shutdown()
            for url in urls {
                switch outcomes[url] {
                case .ingested(let added, let duplicates)?: print("\(url): \(added) new, \(duplicates) already stored")
                case .notModified?: print("\(url): not modified")
                case .failed(let reason)?: print("\(url): failed (\(reason))")
                case .skipped?: print("\(url): not due yet (backing off)")
                case nil: print("\(url): not polled")
                }
            }
            let polled = outcomes.values.filter { $0 != .skipped }
            if !polled.isEmpty, polled.allSatisfy({ if case .failed = $0 { true } else { false } }) {
                Diagnostics.error("every feed polled failed")
                throw ExitCode(1)
            }
            return
        }
        Diagnostics.note("watching \(urls.count) feeds into \(store.path)")
        try await Self.runUntilSignalled([watcher], fetcher: fetcher, logger: logger)
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
