import Foundation
import GRDB
import Parallax
import Synchronization
import Testing

@testable import ParallaxStore

/// Issue 15: the store bounds a search's work.
@Suite("Hardening: the store")
struct StoreHardeningTests {
    // Finding 4: a 24 KB query of repeated words became about 4,000 AND terms (42 s).
    @Test("a query's terms are deduplicated and capped")
    func searchTermsBounded() {
        let stems = SearchStems()
        let repeated = String(repeating: "bridge closure bridges ", count: 1_000)
        #expect(stems.match(repeated, languages: ["en"]) == "\"bridg\" AND \"closur\"")
        let distinct = (0..<500).map { "word\($0)" }.joined(separator: " ")
        let terms = stems.match(distinct, languages: ["en"])?.components(separatedBy: " AND ") ?? []
        #expect(terms.count == SearchLimits().maximumTerms)
        #expect(terms.first == "\"word0\"")
    }

    @Test("a search of thousands of repeated words answers at once")
    func longRepeatedSearch() throws {
        let database = try NewsroomDatabase.inMemory()
        _ = try Ingestor(database: database).ingest(Reports.all)
        // The query is cut to its distinct terms (tested above), so this answers at once; before,
        // it ran for seconds and grew faster than linearly.
        let hits = try database.search(String(repeating: "Valmora recount ", count: 1_500))
        #expect(hits.map(\.article.id).sorted() == ["courier-1", "post-1"])
    }
}

/// Issue 15, findings 9 and 11: which files the store opens, and how.
@Suite("Hardening: opening stores")
struct StoreOpeningTests {
    static func temporaryPath() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-store-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("news.sqlite").path)
    }

    @Test("another application's SQLite file is refused and left as it was")
    func foreignStore() throws {
        let (folder, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)") }
        }
        #expect {
            try NewsroomDatabase.open(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .foreignStore
        }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["note"])

        let stamped = folder.appendingPathComponent("stamped.sqlite").path
        try DatabaseQueue(path: stamped).write { db in try db.execute(sql: "PRAGMA application_id = 42") }
        #expect(throws: StoreError.self) { try NewsroomDatabase.open(path: stamped) }
    }

    @Test("a store from a newer Parallax is refused; an older one opens and is stamped")
    func newerSchema() throws {
        let (folder, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try NewsroomDatabase.open(path: path)
        let version = try DatabaseQueue(path: path).read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(version.0 == NewsroomDatabase.applicationID)
        #expect(version.1 == NewsroomDatabase.schemaVersion)

        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect {
            try NewsroomDatabase.open(path: path)
        } throws: { error in
            (error as? StoreError)?.code == .newerSchema
        }
        #expect(throws: StoreError.self) { try NewsroomDatabase.openForReading(path: path) }

        // A store made before stores were stamped (application id 0) still opens.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v99-from-the-future'")
            try db.execute(sql: "PRAGMA application_id = 0")
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        _ = try NewsroomDatabase.open(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        #expect(throws: StoreError.self) { try NewsroomDatabase.open(path: path) }
    }

    @Test("a read-only store opens for reading and answers searches")
    func readOnlyStore() throws {
        let (folder, path) = try Self.temporaryPath()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder)
        }
        do {
            let database = try NewsroomDatabase.open(path: path)
            _ = try Ingestor(database: database).ingest(Reports.all)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let database = try NewsroomDatabase.openForReading(path: path)
        #expect(try database.counts().articles == 3)
        #expect(try database.search("recount").count == 2)
        var fresh = Reports.harbourFire
        fresh.id = "post-3"
        fresh.text = "A second warehouse at the Kessling harbour caught fire on Tuesday."
        fresh.url = nil
        #expect(throws: StoreError.self) { try Ingestor(database: database).ingest([fresh]) }
    }

    @Test("many processes' worth of connections creating one new store at once all succeed")
    func concurrentFirstOpens() throws {
        let (folder, _) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<12 {
            let path = folder.appendingPathComponent("race-\(round).sqlite").path
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    _ = try NewsroomDatabase.open(path: path)
                } catch {
                    failures.withLock { $0.append(String(describing: error)) }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty, "round \(round)")
        }
    }

    @Test("a --db naming a server is refused and creates nothing")
    func urlSchemes() throws {
        for location in ["postgres://news@db.example/parallax", "mysql://x/y", "https://store.example/db"] {
            #expect {
                try NewsroomDatabase.open(path: location)
            } throws: { error in
                (error as? StoreError)?.code == .unsupportedLocation
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "postgres:"))
    }
}
