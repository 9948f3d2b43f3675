public import Foundation
public import GRDB

/// The newsroom's store: articles, stories and their briefs, analysis results and feed state
/// in one SQLite database. A `Sendable` value over a GRDB writer; every ingest batch is one
/// transaction, so a process killed at any moment leaves a consistent database.
public struct NewsroomDatabase: Sendable {
    /// The connection (a WAL pool on disk, a queue in memory).
    public let writer: any DatabaseWriter
    /// Bounds on one search's work.
    public var searchLimits = SearchLimits()

    /// Checks the database is a Parallax store (or empty) and not from a newer Parallax, then
    /// brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        try Self.checkIdentity(of: writer)
        try Self.migrate(writer)
    }

    private init(reading writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        try Self.checkIdentity(of: writer)
        try Self.checkMigrated(writer)
    }

    /// Opens the existing store at `path` for reading only: nothing is written, so a store on
    /// read-only media or without write permission can still be listed and searched.
    public static func openForReading(path: String) throws(StoreError) -> NewsroomDatabase {
        try checkIsFilePath(path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.cannotOpen, "there is no store at \(path)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            return try NewsroomDatabase(reading: DatabaseQueue(path: path, configuration: configuration))
        } catch let error as StoreError {
            throw error
        } catch {
            // A store in WAL mode needs its -shm file; where none can be made (a read-only
            // folder or medium), SQLite reads the file as immutable: nothing can be writing it.
            let immutable = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            if let database = try? NewsroomDatabase(
                reading: DatabaseQueue(path: immutable + "?immutable=1", configuration: configuration))
            {
                return database
            }
            throw StoreError(.cannotOpen, "cannot open the database at \(path) for reading", cause: error)
        }
    }

    /// SQLite's page cache per connection, in KiB.
    static let pageCacheKiB = 65_536

    /// Opens (creating when needed) the database file at `path` in WAL mode.
    public static func open(path: String) throws(StoreError) -> NewsroomDatabase {
        try checkIsFilePath(path)
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        // Readers (the server) and one writer (an ingest, the watcher) share the file.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Pages kept in memory per connection, in KiB (negative): SQLite's default of 2 MB
            // made an ingest read the article and band indexes back from the file for every
            // batch (a sixth of the writing thread's time on 10,000 articles, docs/pipeline.md).
            // Memory only: what is durable and when does not change.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.pageCacheKiB)")
        }
        // Opening switches a new file to WAL, which needs a moment alone with it: a process that
        // is creating the same store at that moment makes SQLite answer "busy" without waiting,
        // so the open is tried again, with growing pauses, for up to `openPatience`.
        let clock = ContinuousClock()
        let giveUp = clock.now + openPatience
        var pause = Duration.milliseconds(50)
        while true {
            do {
                return try NewsroomDatabase(DatabasePool(path: path, configuration: configuration))
            } catch let error as StoreError {
                throw error
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && clock.now + pause < giveUp
            {
                Thread.sleep(forTimeInterval: pause / .seconds(1))
                pause = min(pause * 2, .seconds(1))
            } catch {
                throw StoreError(.cannotOpen, "cannot open the database at \(path)", cause: error)
            }
        }
    }

    /// How long opening a store waits for another process that is creating it at the same moment.
    /// Not measured to the second: two first ingests on a two-core machine loaded by seven
    /// builds failed here with "database is locked" at once; a minute is far past any open.
    static let openPatience = Duration.seconds(60)

    /// An empty database in memory, for tests.
    public static func inMemory() throws(StoreError) -> NewsroomDatabase {
        try StoreError.wrapping(.cannotOpen, "cannot open an in-memory database") {
            try NewsroomDatabase(DatabaseQueue())
        }
    }

    /// `$XDG_DATA_HOME/parallax/parallax.sqlite`, else `~/.local/share/parallax/parallax.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return (base as NSString).appendingPathComponent("parallax/parallax.sqlite")
    }

    /// Runs `body` in one write transaction, mapping database failures to `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try StoreError.wrapping(.databaseFailed, "a database write failed") { try writer.write(body) }
    }

    /// Runs `body` on a consistent snapshot on the store's own threads; cancelling the calling
    /// task interrupts the statement under way and throws `StoreError.Code.cancelled`.
    func readCancellable<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError)
        -> T
    {
        do {
            return try await writer.read(body)
        } catch is CancellationError {
            throw StoreError(.cancelled, "the read was cancelled")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw StoreError(.cancelled, "the read was cancelled")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.databaseFailed, "a database read failed", cause: error)
        }
    }

    /// Runs `body` on a consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try StoreError.wrapping(.databaseFailed, "a database read failed") { try writer.read(body) }
    }
}
