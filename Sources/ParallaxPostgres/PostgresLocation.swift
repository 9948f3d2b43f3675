internal import Foundation
public import ParallaxStore
internal import PostgresNIO

/// A PostgreSQL store's address: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgresql://` too). Unencrypted unless `?sslmode=require`: the server is expected on
/// the loopback or a private network.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var requiresTLS: Bool

    /// Whether `text` names a PostgreSQL server rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) throws(StoreError) {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw StoreError(.cannotOpen, "not a PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE): \(text)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError(.cannotOpen, "the PostgreSQL URL names no host (postgres://USER@HOST:PORT/DATABASE)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else {
            throw StoreError(.cannotOpen, "the PostgreSQL URL names no database (postgres://USER@HOST:PORT/DATABASE)")
        }
        self.host = host
        port = components.port ?? 5432
        username = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password
        self.database = database
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value
        requiresTLS = sslMode == "require" || sslMode == "verify-full"
    }

    /// The URL without its password, for messages.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)"
    }

    var configuration: PostgresConnection.Configuration {
        get throws {
            let tls: PostgresConnection.Configuration.TLS =
                requiresTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            var configuration = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            configuration.options.additionalStartupParameters = PeerLiveness.startupParameters
            return configuration
        }
    }
}

/// How soon PostgreSQL ends the session of a client it can no longer reach (a network
/// partition, a host that lost power): the session's transaction is rolled back and its advisory
/// locks released. Without this the server waits for the operating system's keepalive, 2 hours
/// here: in `scripts/postgres-partition-check.sh` (a worker in a network namespace cut off while
/// it held the story assignment) the other workers analyzed everything and nothing was assigned
/// for as long as the check ran. Probes start after 10 s of silence, 3 probes 5 s apart, and
/// unacknowledged data is given up after 30 s: about half a minute, far more than a pause of a
/// live, loaded worker's TCP stack.
enum PeerLiveness {
    static let idleSeconds = 10
    static let probeIntervalSeconds = 5
    static let probes = 3
    static let unacknowledgedMilliseconds = 30_000

    static var startupParameters: [(String, String)] {
        [
            ("tcp_keepalives_idle", "\(idleSeconds)"), ("tcp_keepalives_interval", "\(probeIntervalSeconds)"),
            ("tcp_keepalives_count", "\(probes)"), ("tcp_user_timeout", "\(unacknowledgedMilliseconds)"),
        ]
    }
}
