public import Foundation

/// Where failed sign-ins are remembered when servers must share them: several servers over one
/// PostgreSQL database must count a name's wrong passwords together, or N servers would allow N
/// times the guesses. A store that is not one (SQLite: one file, one server) leaves them in the
/// server's memory. Names are given as the throttle keys them.
public protocol SignInFailureLog: Sendable {
    /// Failed sign-ins for `name` after `since`; older ones (of every name) are forgotten.
    func signInFailures(name: String, since: Date) throws(StoreError) -> Int
    func recordSignInFailure(name: String, at: Date) throws(StoreError)
    func clearSignInFailures(name: String) throws(StoreError)
}
