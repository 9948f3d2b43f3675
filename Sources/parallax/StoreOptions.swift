import ArgumentParser
import Foundation
import ParallaxPostgres
import ParallaxStore

/// `--db`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (created when missing), or a PostgreSQL database (postgres://USER@HOST:PORT/DB).",
            discussion: """
                Default: $PARALLAX_DB, else $XDG_DATA_HOME/parallax/parallax.sqlite or \
                ~/.local/share/parallax/parallax.sqlite. On PostgreSQL: ingest, worker, watch, stories, brief, search, token, \
                serve, user, settings.
                """),
        completion: .file())
    var db: String?

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["PARALLAX_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return NewsroomDatabase.defaultPath()
    }

    /// The PostgreSQL URL `--db` or `PARALLAX_DB` gives, if it is one.
    var postgresURL: String? { PostgresLocation.isPostgresURL(path) ? path : nil }

    /// The store, SQLite or PostgreSQL, schema brought up to date (commands that write), with
    /// what the newsroom site uses of it (`serve`, `user`, `settings`).
    func openStore() throws -> any NewsroomSiteStore {
        guard PostgresLocation.isPostgresURL(path) else { return try open() }
        do {
            return try PostgresStore.open(url: path)
        } catch {
            throw storeFailure(error)
        }
    }

    /// The existing store, SQLite or PostgreSQL, opened for reading only.
    func openStoreForReading() throws -> any NewsroomStore {
        guard PostgresLocation.isPostgresURL(path) else { return try openForReading() }
        do {
            return try PostgresStore.openForReading(url: path)
        } catch {
            throw storeFailure(error)
        }
    }

    /// The PostgreSQL store, for what only PostgreSQL does (the job queue); `need` says why,
    /// in the error a SQLite `--db` gets.
    func openPostgres(need: String) throws -> PostgresStore {
        guard let url = postgresURL else {
            Diagnostics.error(need)
            throw ExitCode(2)
        }
        do {
            return try PostgresStore.open(url: url)
        } catch {
            throw storeFailure(error)
        }
    }

    /// The SQLite store (commands not yet on PostgreSQL).
    func open() throws -> NewsroomDatabase {
        try refusePostgres()
        do {
            return try NewsroomDatabase.open(path: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The existing store, opened for reading only (commands that only read).
    func openForReading() throws -> NewsroomDatabase {
        try refusePostgres()
        do {
            return try NewsroomDatabase.openForReading(path: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }
}

extension StoreOptions {
    private func refusePostgres() throws {
        guard PostgresLocation.isPostgresURL(path) else { return }
        Diagnostics.error(
            "this command works on SQLite stores only so far; on PostgreSQL, use ingest, worker, watch, stories, "
                + "brief, search, token, serve (without --watch), user and settings (docs/postgres.md)")
        throw ExitCode(1)
    }
}

/// Store failures at the command line: one message, exit code 1.
func storeFailure(_ error: StoreError) -> ExitCode {
    Diagnostics.error(error.description)
    return ExitCode(1)
}

/// Makes a credential with the `--role` given (a token, an account), prints its secret, which
/// is shown this once, and notes on stderr what was made.
func printNewSecret(
    role name: String, make: (AccessRole) throws(StoreError) -> (secret: String, note: String)
) throws {
    let role = try AccessRole.named(name)
    do {
        let made = try make(role)
        print(made.secret)
        Diagnostics.note(made.note)
    } catch {
        throw storeFailure(error)
    }
}

extension AccessRole {
    /// The role a `--role` value names, or a validation error listing the roles.
    static func named(_ text: String) throws -> AccessRole {
        guard let role = AccessRole(rawValue: text) else {
            throw ValidationError(
                "--role must be one of \(AccessRole.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
        }
        return role
    }
}
