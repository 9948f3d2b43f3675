import Foundation
import ParallaxTestSupport
import Testing

/// Issue 15 at the command line: exit statuses and refusals that tell the truth.
@Suite("Hardening: the command line")
struct CLIHardeningTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hardening-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // Finding 10: `watch --once` exited 0 when every feed failed.
    @Test("watch --once exits 1 when every feed polled failed")
    func watchOnceFailing() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("news.sqlite").path
        // Nothing listens on port 9 of loopback (discard), so the connection is refused.
        let run = try await ParallaxBinary.run([
            "watch", "--once", "--db", database, "http://127.0.0.1:9/feed.xml",
        ])
        #expect(run.status == 1, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("failed"))
        #expect(run.stderr.contains("every feed polled failed"))
    }
}

extension CLIHardeningTests {
    // Finding 11: `--db postgres://…` created a folder named `postgres:`. PostgreSQL is now a
    // store of its own (issue 16); other schemes are still refused, and neither makes a folder.
    @Test("a --db with a URL scheme is refused with a clear error, or reaches PostgreSQL")
    func databaseURL() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("one.jsonl")
        try #"{"id":"a","text":"The quay reopened on Tuesday."}"#.write(to: input, atomically: true, encoding: .utf8)
        let run = try await ParallaxBinary.run(["ingest", "--db", "mysql://news@127.0.0.1:1/parallax", input.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("mysql:// stores are not supported"), "\(run.stderr)")
        let postgres = try await ParallaxBinary.run([
            "ingest", "--db", "postgres://news@127.0.0.1:1/parallax", input.path,
        ])
        #expect(postgres.status == 1)
        #expect(postgres.stderr.contains("cannot connect to PostgreSQL at postgres://news@127.0.0.1:1/parallax"))
        for scheme in ["mysql:", "postgres:"] {
            let stray = Repository.root.appendingPathComponent(scheme)
            #expect(!FileManager.default.fileExists(atPath: stray.path))
            try? FileManager.default.removeItem(at: stray)
        }
    }

    // Finding 9: a read-only store made even `stories` fail.
    @Test("stories and search read a store the user may not write")
    func readOnlyStore() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("news.sqlite").path
        let input = folder.appendingPathComponent("tides.jsonl")
        try ServeCommandTests.articles.write(to: input, atomically: true, encoding: .utf8)
        #expect(try await ParallaxBinary.run(["ingest", "--db", database, input.path]).status == 0)
        try ReadOnly.protect([database, folder.path])
        defer { ReadOnly.release([database, folder.path]) }
        let stories = try await ParallaxBinary.run(["stories", "--db", database])
        #expect(stories.status == 0, "\(stories.stderr)")
        #expect(stories.stdout.contains("Marrow"))
        let search = try await ParallaxBinary.run(["search", "--db", database, "flooding"])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains("tide-2"))
    }

    // Finding 11: two first ingests into one new store: one died with `table "article" already exists`.
    @Test("two first ingests into one new store at once both succeed")
    func concurrentFirstIngests() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("tides.jsonl")
        try ServeCommandTests.articles.write(to: input, atomically: true, encoding: .utf8)
        for round in 0..<3 {
            let database = folder.appendingPathComponent("race-\(round).sqlite").path
            let runs = try await ParallaxBinary.together(2) { ["ingest", "--db", database, input.path] }
            for run in runs { #expect(run.status == 0, "round \(round): \(run.stderr)") }
        }
    }
}

/// Makes files and folders unwritable, for root too (root ignores permission bits, so there
/// the immutable attribute is set).
enum ReadOnly {
    static func protect(_ paths: [String]) throws {
        for path in paths {
            if getuid() == 0 {
                try run("/usr/bin/chattr", ["+i", path])
            } else {
                try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: path)
            }
        }
    }

    static func release(_ paths: [String]) {
        for path in paths {
            if getuid() == 0 {
                try? run("/usr/bin/chattr", ["-i", path])
            } else {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteNoPermission) }
    }
}
