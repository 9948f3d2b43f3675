internal import Foundation
internal import GRDB

/// What makes a SQLite file a Parallax store, and the checks made before one is used: another
/// application's database is never written into, a store from a newer Parallax is refused,
/// and several processes may create one new store at once.
extension NewsroomDatabase {
    /// `PRAGMA application_id` of every Parallax store ("PRLX").
    static let applicationID: Int32 = 0x5052_4C58
    /// `PRAGMA user_version`: the number of migrations the store has, for tools that are not GRDB.
    static var schemaVersion: Int { migrator.migrations.count }

    /// Refuses a database that is not a Parallax store, or one from a newer Parallax.
    static func checkIdentity(of reader: any DatabaseReader) throws(StoreError) {
        let migrator = Self.migrator
        let (identity, tables, applied, version): (Int32, [String], Set<String>, Int)
        do {
            (identity, tables, applied, version) = try reader.read { db in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let applied = tables.contains("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
                let identity = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                // appliedIdentifiers only lists known migrations; unknown ones mean a newer schema.
                let recorded =
                    tables.contains("grdb_migrations")
                    ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
                return (identity, tables, applied.union(recorded), version)
            }
        } catch {
            throw StoreError(.cannotOpen, "cannot read the database", cause: error)
        }
        // A new store: no tables, or only GRDB's empty migration table (another process is
        // creating the store right now).
        let isNew = tables.allSatisfy { $0 == "grdb_migrations" } && applied.isEmpty
        let isParallax = identity == applicationID || (identity == 0 && (isNew || applied.contains("v1")))
        guard isParallax else {
            let what =
                identity == 0
                ? "tables \(tables.sorted().prefix(5).joined(separator: ", "))"
                : String(
                    format: "application id 0x%08X", UInt32(bitPattern: identity))
            throw StoreError(
                .foreignStore,
                "the database is not a Parallax store (it has \(what)); Parallax will not write into "
                    + "another application's database: give --db a new file")
        }
        let unknown = applied.subtracting(migrator.migrations)
        guard unknown.isEmpty, version <= schemaVersion else {
            throw StoreError(
                .newerSchema,
                "the store was written by a newer Parallax (schema \(max(version, applied.count)), "
                    + "this one knows \(schemaVersion)); upgrade Parallax to use it")
        }
    }

    /// Runs the migrations. Two processes creating one new store at once both find it empty;
    /// the second's transaction then waits for the first's and fails on tables that now exist.
    /// Each migration is one transaction, so a failed attempt left nothing half done: when
    /// another process has applied migrations meanwhile, this one tries again.
    static func migrate(_ writer: any DatabaseWriter) throws(StoreError) {
        let migrator = Self.migrator
        var attempts = 0
        while true {
            attempts += 1
            let before = (try? writer.read { try migrator.appliedIdentifiers($0) }) ?? []
            do {
                try migrator.migrate(writer)
                try writer.writeWithoutTransaction { db in
                    let identity = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    if identity != applicationID || version != schemaVersion {
                        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                        try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
                    }
                }
                return
            } catch {
                let after = (try? writer.read { try migrator.appliedIdentifiers($0) }) ?? []
                if attempts < 5, after != before { continue }
                throw StoreError(.migrationFailed, "cannot prepare the database schema", cause: error)
            }
        }
    }

    /// Refuses a store that still needs migrations when it is opened only for reading.
    static func checkMigrated(_ reader: any DatabaseReader) throws(StoreError) {
        let complete: Bool
        do {
            complete = try reader.read { try migrator.hasCompletedMigrations($0) }
        } catch {
            throw StoreError(.cannotOpen, "cannot read the database", cause: error)
        }
        guard complete else {
            throw StoreError(
                .cannotOpen, "the store is empty or from an older Parallax; run `parallax ingest` on it first")
        }
    }

    /// Refuses a `--db` value that names a server (`postgres://…`) rather than a file.
    static func checkIsFilePath(_ path: String) throws(StoreError) {
        guard let colon = path.firstIndex(of: ":"), path[colon...].hasPrefix("://") else { return }
        let scheme = path[..<colon]
        guard let first = scheme.first, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return }
        throw StoreError(
            .unsupportedLocation,
            "\(scheme):// stores are not supported: give --db a SQLite file path or a postgres:// URL")
    }
}
