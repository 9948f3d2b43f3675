import ArgumentParser
import Foundation
import ParallaxStore

/// `parallax user add|reset`: accounts for the newsroom site.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add newsroom accounts (readers, editors, admins) or give one a new one-time password.",
        subcommands: [Add.self, Reset.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account and print its one-time password.",
            discussion: """
                The person signs in at /signin with the password printed and must then choose \
                their own (at least \(NewsroomDatabase.minimumPasswordLength) characters). Passwords \
                are stored as Argon2id hashes only.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The account name (letters, digits, '.', '_', '-').")
        var name: String

        @Option(help: "What the account may do: \(AccessRole.allCases.map(\.rawValue).joined(separator: ", ")).")
        var role = AccessRole.reader.rawValue

        func validate() throws {
            _ = try AccessRole.named(role)
        }

        func run() throws {
            let database = try store.openStore()
            try printNewSecret(role: role) { role throws(StoreError) in
                let added = try database.addAccount(name: name, role: role)
                return (
                    added.oneTimePassword,
                    "account \(added.account.name) (\(added.account.role.rawValue)) added; the one-time password above is not shown again"
                )
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an account a new one-time password (its sessions end) and print it.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The account name.")
        var name: String

        func run() throws {
            let database = try store.openStore()
            do {
                guard let account = try database.account(named: name) else {
                    Diagnostics.error("no account \(name)")
                    throw ExitCode(1)
                }
                let password = try database.resetPassword(accountID: account.id)
                print(password)
                Diagnostics.note("account \(account.name) has a new one-time password; its sessions ended")
            } catch let error as StoreError {
                throw storeFailure(error)
            }
        }
    }
}

/// `parallax settings`: the newsroom's settings, kept in the store.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the newsroom's settings.",
        discussion: """
            readers: everyone (anonymous visitors read the published briefs) or signed-in. \
            publication: immediate (readers see the newest brief, marked unreviewed until approved) or \
            reviewed (readers see the newest brief an editor approved).
            """,
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every setting.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.openStore()
            do {
                let settings = try database.settings()
                print("readers \(settings.readers.rawValue)")
                print("publication \(settings.publication.rawValue)")
            } catch {
                throw storeFailure(error)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change one setting.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "readers or publication.") var name: String
        @Argument(help: "The new value.") var value: String

        func run() throws {
            let database = try store.openStore()
            do {
                try database.setSetting(name, to: value)
            } catch {
                throw storeFailure(error)
            }
        }
    }
}
