internal import GRDB

/// The newsroom's settings, kept in the store so every process (server, CLI) agrees;
/// `parallax settings` changes them.
public struct NewsroomSettings: Sendable, Hashable {
    /// Who may read the site and the read API.
    public enum Readers: String, Sendable, CaseIterable {
        /// Anyone who reaches the server reads the published briefs.
        case everyone
        /// Only signed-in accounts (or API tokens) read; anonymous visitors are sent to sign in.
        case signedIn = "signed-in"
    }

    /// When a brief revision reaches readers.
    public enum Publication: String, Sendable, CaseIterable {
        /// Readers see the newest revision at once, marked as unreviewed until an editor approves it.
        case immediate
        /// Readers see the newest revision an editor approved; drafts stay on the review pages.
        case reviewed
    }

    public var readers = Readers.everyone
    public var publication = Publication.immediate

    public init(readers: Readers = .everyone, publication: Publication = .immediate) {
        self.readers = readers
        self.publication = publication
    }

    /// The setting names `parallax settings set` accepts, with their values.
    public static let names: [String: [String]] = [
        "readers": Readers.allCases.map(\.rawValue), "publication": Publication.allCases.map(\.rawValue),
    ]
}

extension NewsroomDatabase {
    public func settingValues() throws(StoreError) -> [String: String] {
        try read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT name, value FROM setting").map {
                    ($0["name"] as String, $0["value"] as String)
                },
                uniquingKeysWith: { _, last in last })
        }
    }

    public func saveSetting(_ name: String, value: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }
}
