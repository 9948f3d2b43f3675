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
        return PostgresFailure(
            code: error.code.description, message: error.underlying.map { "\($0)" } ?? error.code.description)
    }

    var description: String { "PostgreSQL \(code): \(message)" }
}
