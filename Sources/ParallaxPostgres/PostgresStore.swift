internal import Foundation
internal import Parallax
public import ParallaxStore
internal import PostgresNIO

/// The newsroom's store on PostgreSQL: the same `NewsroomStore` as the SQLite file, for
/// several processes, on one host or many, over one database. Ingests in different processes
/// are safe together: articles are unique by id, canonical URL and text, and each batch's
/// story assignment holds an advisory lock for its transaction, so stories grow as one
/// ordered stream whichever process adds to them.
public struct PostgresStore: NewsroomStore {
    let connections: PostgresConnections
    /// Bounds on one search's work.
    public var searchLimits = SearchLimits()

    public var location: String { connections.location.description }

    private init(location: PostgresLocation) {
        connections = PostgresConnections(location: location)
    }

    /// Connects to the database at `url` (created when missing) and brings its schema up to date.
    public static func open(url: String) throws(StoreError) -> PostgresStore {
        let store = try connect(url, creating: true)
        try PostgresMigrations.migrate(store.connections)
        return store
    }

    /// Connects to the existing store at `url` without changing its schema (commands that
    /// only read).
    public static func openForReading(url: String) throws(StoreError) -> PostgresStore {
        let store = try connect(url)
        try PostgresMigrations.checkMigrated(store.connections)
        return store
    }

    private static func connect(_ url: String, creating: Bool = false) throws(StoreError) -> PostgresStore {
        let location = try PostgresLocation(url: url)
        let store = PostgresStore(location: location)
        do {
            do {
                try store.connections.withConnection { session in try session.execute("SELECT 1") }
            } catch let error as PSQLError where creating && error.serverInfo?[.sqlState] == SQLState.noSuchDatabase {
                try createDatabase(at: location)
                try store.connections.withConnection { session in try session.execute("SELECT 1") }
            }
        } catch {
            throw StoreError(
                .cannotOpen, "cannot connect to PostgreSQL at \(location)", cause: PostgresFailure.from(error))
        }
        return store
    }

    /// Creates the database `location` names, as the SQLite store creates its file: through
    /// the server's `postgres` database, with the URL's user as owner. Another process
    /// creating it at the same moment is fine.
    private static func createDatabase(at location: PostgresLocation) throws {
        let name = location.database
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw StoreError(
                .cannotOpen, "there is no database \(name), and Parallax creates only names of letters, digits, _ and -"
            )
        }
        var server = location
        server.database = "postgres"
        let connections = PostgresConnections(location: server)
        defer { connections.close() }
        // CREATE DATABASE copies template1 and fails while another one is copying it: wait.
        for attempt in 1...creationAttempts {
            do {
                try connections.withConnection { session in
                    try session.execute(PostgresQuery(unsafeSQL: "CREATE DATABASE \"\(name)\""))
                }
                return
            } catch let error as PSQLError {
                switch error.serverInfo?[.sqlState] {
                case SQLState.duplicateDatabase, SQLState.uniqueViolation: return
                case SQLState.objectInUse where attempt < creationAttempts: Thread.sleep(forTimeInterval: 0.2)
                default: throw error
                }
            }
        }
    }

    /// Tries at creating a database while other processes create theirs: 50 × 0.2 s, far past
    /// the ≈ 0.1 s one creation takes on this machine.
    static let creationAttempts = 50

    /// Closes the idle connections (the rest close when the store is released).
    public func close() {
        connections.close()
    }

    /// Runs `body` with a connection, mapping failures to `StoreError`.
    func read<Value>(_ body: (PostgresSession) throws -> Value) throws(StoreError) -> Value {
        try StoreError.wrapping(.databaseFailed, "a PostgreSQL read failed", cause: PostgresFailure.from) {
            try connections.withConnection(body)
        }
    }

    /// Runs `body` in one transaction, mapping failures to `StoreError`.
    @discardableResult
    func write<Value>(_ body: (PostgresSession) throws -> Value) throws(StoreError) -> Value {
        try StoreError.wrapping(.databaseFailed, "a PostgreSQL write failed", cause: PostgresFailure.from) {
            try connections.transaction(body)
        }
    }
}

/// The PostgreSQL error codes the store answers to.
enum SQLState {
    static let noSuchDatabase = "3D000"
    static let duplicateDatabase = "42P04"
    static let uniqueViolation = "23505"
    static let objectInUse = "55006"
}

/// JSON as the store keeps it in `json` columns: sorted keys, so equal values are equal text.
enum StoredJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
