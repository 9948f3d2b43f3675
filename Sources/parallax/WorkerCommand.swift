import ArgumentParser
import Dispatch
import Foundation
import ParallaxPostgres
import ParallaxStore
import Synchronization

struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Take ingest work from a PostgreSQL store's queue: analysis, story assignment, briefs.",
        discussion: """
            Run any number of workers, on any hosts, against one PostgreSQL store; queue documents \
            with `parallax ingest --db postgres://… --queue PATH`. Every worker analyzes documents and \
            writes briefs; exactly one at a time assigns articles to stories (the ordered stream), and \
            another takes over when it stops. A killed worker's jobs are taken again when their lease \
            runs out; failed jobs are retried with growing pauses. Stops gracefully on SIGINT or SIGTERM.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Exit once no job is queued and no analyzed article waits for assignment.")
    var drain = false

    @OptionGroup var leasing: LeaseOptions

    func run() throws {
        let database = try store.openPostgres(
            need: "parallax worker takes a PostgreSQL store: --db postgres://USER@HOST:PORT/DB")
        var configuration = JobQueueConfiguration()
        configuration.lease = leasing.lease ?? configuration.lease
        let worker = PostgresWorker(store: database, name: leasing.holder, configuration: configuration)
        let stop = StopSignal()
        let label = worker.name
        Diagnostics.note("worker \(label) on \(database.location)")
        let summary = worker.run(
            untilDrained: drain, shouldStop: { stop.raised }, log: { Diagnostics.note("\(label): \($0)") })
        print(
            "worker \(label): analyzed \(summary.analyzed) articles (\(summary.alreadyStored) already stored), "
                + "assigned \(summary.assigned) (\(summary.assignedBefore) assigned before), "
                + "wrote \(summary.briefsWritten) briefs, took the story assignment \(summary.assignmentTakes) times, "
                + "\(summary.failures) failures retried")
        if summary.gaveUp { throw ExitCode.failure }
    }
}

/// SIGINT and SIGTERM as a flag the worker looks at between jobs. Unchecked: the signal
/// sources are only kept (never touched after `init`), and the flag is atomic.
final class StopSignal: @unchecked Sendable {
    private let flag: StopFlag
    private let sources: [any DispatchSourceSignal]

    init() {
        let flag = StopFlag()
        self.flag = flag
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { flag.raise() }
            source.resume()
            return source
        }
    }

    var raised: Bool { flag.raised }
}

final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)

    func raise() { value.store(true, ordering: .relaxed) }
    var raised: Bool { value.load(ordering: .relaxed) }
}
