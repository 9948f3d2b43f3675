internal import PostgresNIO

/// A PostgreSQL failure as the store reports it: the server's SQLSTATE code and message, or
/// the client's code and cause. (postgres-nio's own description of an error is deliberately
/// generic, which tells a user nothing.)
struct PostgresFailure: Error, CustomStringConvertible {
    /// The SQLSTATE ("3D000"), or the client's code ("connectionError").
    var code: String
    var message: String

    /// `error` as a `PostgresFailure` when it is postgres-nio's; anything else as it is.
    static func from(_ error: any Error) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if let server = error.serverInfo {
            return PostgresFailure(code: server[.sqlState] ?? "?????", message: server[.message] ?? "server error")
        }
        switch error.underlying {
        case let inner as PSQLError:
            // A connection closed because of another failure: that failure is the reason.
            return from(inner)
        case let inner?:
            return PostgresFailure(code: error.code.description, message: "\(inner)")
        case nil:
            return PostgresFailure(code: error.code.description, message: reason(of: error.code))
        }
    }

    /// Plain words for the client's codes that come without a cause.
    static func reason(of code: PSQLError.Code) -> String {
        switch code {
        case .clientClosedConnection: "the connection to the server was closed (the server restarted or went away)"
        case .serverClosedConnection: "the server closed the connection (it restarted, or ended this session)"
        case .connectionError: "the server could not be reached"
        case .poolClosed: "the connection pool was shut down"
        case .queryCancelled: "the statement was cancelled"
        case .uncleanShutdown: "the connection ended without a clean shutdown"
        default: code.description
        }
    }

    var description: String { "PostgreSQL \(code): \(message)" }
}
