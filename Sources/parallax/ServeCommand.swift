import ArgumentParser
import Foundation
import Logging
import ParallaxFetch
import ParallaxServer
import ParallaxStore
import ServiceLifecycle
import UnixSignals

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the stored stories as a web site and a JSON API.",
        discussion: """
            Pages: / (stories), /stories/ID, /articles/ID, /search?q=. API: /api/stories, \
            /api/stories/ID, /api/articles/ID, /api/search?q=, POST /api/articles (with \
            `Authorization: Bearer TOKEN` from `parallax token create`, and a JSON body). Requests \
            must name a loopback host or one given with --allowed-host. With --watch (SQLite only so far), feeds are \
            polled in the same process. Stops gracefully on SIGINT or SIGTERM.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one, printed on start).")
    var port = 8080

    @Option(
        name: .customLong("allowed-host"),
        help: "Also answer requests whose Host header names this (repeatable; loopback names always are).")
    var allowedHosts: [String] = []

    @Flag(help: "Say that a TLS-terminating proxy fronts this server (silences the plain-HTTP warning).")
    var behindProxy = false

    @Option(help: "Largest request body accepted, in bytes.")
    var maxBodyBytes = 2 << 20

    @Option(name: .customLong("watch"), help: "Also watch this feed URL or OPML file (repeatable).")
    var watchFeeds: [String] = []

    @OptionGroup var watching: WatchOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
    }

    func run() async throws {
        if store.postgresURL != nil, !watchFeeds.isEmpty {
            Diagnostics.error(
                "--watch works on SQLite stores only so far; on PostgreSQL, serve without it (docs/postgres.md)")
            throw ExitCode(1)
        }
        let database = try store.openStore()
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maximumBodyBytes = maxBodyBytes
        configuration.allowedHosts.formUnion(allowedHosts.map { $0.lowercased() })
        if !ServerConfiguration.isLoopback(host) {
            if !["0.0.0.0", "::", "[::]"].contains(host) { configuration.allowedHosts.insert(host.lowercased()) }
            if !behindProxy {
                Diagnostics.warn(
                    "serving plain HTTP on \(host), reachable from other machines: put a TLS-terminating proxy in front (then pass --behind-proxy), and name its public host with --allowed-host"
                )
            }
        }
        var logger = Logger(label: "parallax")
        logger.logLevel = .notice
        let host = self.host
        // A PostgreSQL URL is shown without its password.
        let location = store.postgresURL == nil ? store.path : database.location
        let server = NewsroomServer.application(
            database: database, configuration: configuration, logger: logger,
            onListening: { port in
                let line = "parallax: serving http://\(host):\(port)/ from \(location)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            })
        var services: [any Service] = [server]
        let fetcher = PageFetcher()
        if !watchFeeds.isEmpty, let database = database as? NewsroomDatabase {
            let feeds = try FeedList.resolve(watchFeeds)
            services.append(
                FeedWatcher(
                    database: database, feeds: feeds, configuration: watching.configuration,
                    fetcher: PageFeedFetcher(fetcher: fetcher), logger: logger))
        }
        try await WatchCommand.runUntilSignalled(services, fetcher: fetcher, logger: logger)
    }
}
