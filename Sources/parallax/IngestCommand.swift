import ArgumentParser
import Foundation
import Parallax
import ParallaxInputs
import ParallaxPostgres
import ParallaxStore

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the store and group them into stories, incrementally.",
        discussion: """
            PATH is read as by `digest` (.txt, .jsonl, .html files and folders). Articles already \
            stored (same id, canonical URL or text) are skipped, so re-running an ingest is safe: \
            every batch is one transaction, and an interrupted run is finished by running it again.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "Files, folders or http(s) URLs to read.", completion: .file())
    var paths: [String]

    @Option(help: "Articles per transaction.")
    var batchSize = 200

    @Flag(name: .long, help: "Never show progress, even on a terminal.")
    var quiet = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Only queue the documents for `parallax worker` processes (PostgreSQL stores).",
            discussion: "Each document becomes one job; a document queued before is not queued again."))
    var queue = false

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
    }

    func run() async throws {
        if queue { return try await enqueue() }
        let database = try store.openStore()
        let result = try await CommandIO.read(paths, emptyIsAnError: false)
        let progress = ProgressReporter(enabled: !quiet)
        var ingestor = Ingestor(store: database)
        ingestor.batchSize = batchSize
        let summary: Ingestor.Summary
        do {
            summary = try ingestor.ingest(result.documents, progress: progress.report)
        } catch {
            progress.finish()
            if let committed = error.committed {
                // Say what is stored before the failure (a re-run finishes the job).
                print(
                    "stored \(committed.added) new articles (\(committed.duplicates) already stored) "
                        + "before the failure; \(database.location)")
            }
            throw storeFailure(error)
        }
        progress.finish()
        print(
            "ingested \(summary.added) new articles (\(summary.duplicates) already stored) into "
                + "\(summary.storiesChanged) stories (\(summary.storiesStarted) new); "
                + "\(summary.briefsWritten) briefs written; \(database.location)")
        if !result.errors.isEmpty {
            Diagnostics.note("\(result.documents.count) inputs read, \(result.errors.count) skipped")
        }
    }
}

extension IngestCommand {
    /// `--queue`: the documents stored as analyze jobs for `parallax worker`.
    private func enqueue() async throws {
        let database = try store.openPostgres(
            need: "--queue needs a PostgreSQL store (--db postgres://…): workers take the queue from it")
        let result = try await CommandIO.read(paths, emptyIsAnError: false)
        do {
            let queued = try database.enqueue(result.documents)
            print(
                "queued \(queued) documents (\(result.documents.count - queued) queued before); "
                    + "`parallax worker --db …` ingests them; \(database.location)")
        } catch {
            throw storeFailure(error)
        }
        if !result.errors.isEmpty {
            Diagnostics.note("\(result.documents.count) inputs read, \(result.errors.count) skipped")
        }
    }
}
