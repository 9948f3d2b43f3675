import ArgumentParser
import Foundation
import ParallaxStore

/// `parallax token create|revoke`: API tokens for writing to the newsroom over HTTP.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create or revoke API tokens (POST /api/articles needs an editor's).",
        subcommands: [Create.self, Revoke.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a new API token; only its SHA-256 digest is stored, so it is shown once.",
            discussion: "Send it as `Authorization: Bearer TOKEN`. Readers' tokens cannot write.")

        @OptionGroup var store: StoreOptions

        @Option(help: "What the token may do: \(AccessRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role = AccessRole.editor.rawValue

        @Option(help: "A note on who or what uses the token.")
        var label: String?

        func validate() throws {
            _ = try AccessRole.named(role)
        }

        func run() throws {
            let database = try store.openStore()
            try printNewSecret(role: role) { role throws(StoreError) in
                let token = try database.issueToken(role: role, label: label)
                return (token.secret, "token \(token.id) (\(token.role.rawValue)) created; it is not shown again")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke the token with this id (t-…).")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The token's id, as printed when it was created.")
        var id: String

        func run() throws {
            let database = try store.openStore()
            do {
                guard try database.revokeToken(id: id) else {
                    Diagnostics.error("no active token \(id)")
                    throw ExitCode(1)
                }
                Diagnostics.note("token \(id) revoked")
            } catch let error as StoreError {
                throw storeFailure(error)
            }
        }
    }
}
