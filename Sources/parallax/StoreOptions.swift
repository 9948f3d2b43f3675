import ArgumentParser
import Foundation
import ParallaxStore

/// `--db`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (created when missing).",
            discussion: "Default: $XDG_DATA_HOME/parallax/parallax.sqlite or ~/.local/share/parallax/parallax.sqlite."),
        completion: .file())
    var db: String?

    var path: String { db ?? NewsroomDatabase.defaultPath() }

    func open() throws -> NewsroomDatabase {
        do {
            return try NewsroomDatabase.open(path: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The existing store, opened for reading only (commands that only read).
    func openForReading() throws -> NewsroomDatabase {
        do {
            return try NewsroomDatabase.openForReading(path: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(1)
        }
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
    store: StoreOptions, role name: String,
    make: (NewsroomDatabase, AccessRole) throws(StoreError) -> (secret: String, note: String)
) throws {
    let role = try AccessRole.named(name)
    let database = try store.open()
    do {
        let made = try make(database, role)
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
