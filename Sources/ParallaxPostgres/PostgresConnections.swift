internal import Foundation
internal import Logging
internal import NIOConcurrencyHelpers
internal import NIOCore
internal import NIOPosix
internal import PostgresNIO
internal import Synchronization

/// The store's connections to one PostgreSQL server: a few kept open and lent out one at a
/// time, so a transaction owns its connection while reads go on beside it.
///
/// Calls block the calling thread until PostgreSQL answers (`EventLoopFuture.wait`): the
/// store's protocols are synchronous, as the SQLite store is, and the network work runs on
/// NIO's own event loop threads, never on the caller's, so a blocked caller cannot stall it
/// (unlike waiting for a Swift task, which would need a free cooperative thread).
final class PostgresConnections: Sendable {
    let location: PostgresLocation
    private let idle = Mutex<[PostgresConnection]>([])
    let logger = Logger(label: "parallax.postgres")
    private let nextID = Atomic<Int>(1)
    /// Connections kept open when returned; more may be open at once while busy.
    static let keptOpen = 4

    init(location: PostgresLocation) {
        self.location = location
    }

    /// Runs `body` with a connection of its own; a connection that failed is closed, not reused.
    @discardableResult
    func withConnection<Value>(_ body: (PostgresSession) throws -> Value) throws -> Value {
        let connection = try reusable() ?? open()
        do {
            let value = try body(PostgresSession(connection: connection, logger: logger))
            give(back: connection)
            return value
        } catch {
            _ = try? connection.close().wait()
            throw error
        }
    }

    /// Runs `body` in one transaction (committed when it returns, rolled back when it throws).
    func transaction<Value>(_ body: (PostgresSession) throws -> Value) throws -> Value {
        try withConnection { session in try session.transaction { try body(session) } }
    }

    /// An idle connection still open. One the server closed meanwhile (a restart) is dropped:
    /// a query written to it would never be answered.
    private func reusable() -> PostgresConnection? {
        while let connection = idle.withLock({ $0.popLast() }) {
            if !connection.isClosed { return connection }
        }
        return nil
    }

    /// A new connection, not lent from the pool: the caller closes it (a session-level
    /// advisory lock lives exactly as long as its connection).
    func open() throws -> PostgresConnection {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).oldValue
        return try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try location.configuration, id: id,
            logger: logger
        ).waitBounded()
    }

    private func give(back connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        let kept = idle.withLock { connections in
            guard connections.count < Self.keptOpen else { return false }
            connections.append(connection)
            return true
        }
        if !kept { _ = try? connection.close().wait() }
    }

    /// Closes the idle connections.
    func close() {
        for connection in idle.withLock({ connections in
            defer { connections = [] }
            return connections
        }) {
            _ = try? connection.close().wait()
        }
    }

    deinit {
        close()
    }
}

/// One connection lent to a caller: queries that block until their rows arrive.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// All rows of `query`.
    @discardableResult
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try connection.query(query, logger: logger).waitBounded(orUntilClosed: connection).rows
    }

    /// Runs a statement; returns the number of rows it changed.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try connection.query(query, logger: logger).waitBounded(orUntilClosed: connection).metadata.rows ?? 0
    }

    /// The first column of the first row, if any.
    func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type = Value.self) throws -> Value? {
        guard let row = try rows(query).first else { return nil }
        return try row.decode(Value.self)
    }

    /// The first column of every row.
    func values<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type = Value.self) throws -> [Value] {
        try rows(query).map { try $0.decode(Value.self) }
    }

    /// Runs `body` in one transaction on this connection: committed when it returns, rolled
    /// back when it throws.
    func transaction<Value>(_ body: () throws -> Value) throws -> Value {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }
}

extension EventLoopFuture where Value: Sendable {
    /// How long a caller waits for PostgreSQL's answer before giving up. Not measured: a
    /// batch's transaction holds the story-assignment lock for about a second here, so waiting
    /// for it behind a few other ingests takes seconds; five minutes only bounds a connection
    /// that will never answer, which would otherwise hang the process for good.
    static var answerPatience: TimeAmount { .minutes(5) }

    /// `wait()`, failing after `answerPatience` instead of waiting for ever, and soon after
    /// `connection` closes: postgres-nio 1.33 takes a query on a connection the server has just
    /// closed without ever failing it (found by `scripts/postgres-worker-check.sh`: a worker
    /// whose connection was terminated waited the whole patience). Checked every
    /// `closedCheckInterval` rather than on the connection's close future, which would keep a
    /// callback per query for the connection's life.
    func waitBounded(orUntilClosed connection: PostgresConnection? = nil) throws -> Value {
        let promise = eventLoop.makePromise(of: Value.self)
        let settled = NIOLockedValueBox(false)
        let settle: @Sendable () -> Bool = {
            settled.withLockedValue { done in
                defer { done = true }
                return !done
            }
        }
        let patience = Self.answerPatience
        let timeout = eventLoop.scheduleTask(in: patience) {
            guard settle() else { return }
            promise.fail(
                PostgresFailure(
                    code: "timeout", message: "no answer from PostgreSQL in \(patience.nanoseconds / 1_000_000_000) s"))
        }
        let closedCheck = connection.map { connection in
            eventLoop.scheduleRepeatedTask(initialDelay: Self.closedCheckInterval, delay: Self.closedCheckInterval) {
                task in
                guard connection.isClosed else { return }
                task.cancel()
                guard settle() else { return }
                timeout.cancel()
                promise.fail(
                    PostgresFailure(
                        code: "connectionClosed", message: "the connection closed before PostgreSQL answered"))
            }
        }
        whenComplete { result in
            timeout.cancel()
            closedCheck?.cancel()
            guard settle() else { return }
            promise.completeWith(result)
        }
        return try promise.futureResult.wait()
    }

    /// How often a wait looks whether its connection closed: a second is nothing beside the
    /// restart it notices, and costs one timer per second of a long wait.
    static var closedCheckInterval: TimeAmount { .seconds(1) }
}
