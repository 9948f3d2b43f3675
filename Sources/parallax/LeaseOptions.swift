import ArgumentParser
import Foundation
import ParallaxPostgres

/// `--lease` and `--name` of the commands that take shared work from a PostgreSQL store: the
/// feeds `watch` polls and the jobs `worker` runs. Each taken feed or job is leased, under this
/// process's name, for a while; after it another process may take it (this one died).
struct LeaseOptions: ParsableArguments {
    @Option(
        help: """
            PostgreSQL: seconds a taken feed (watch) or job (worker) is this process's before another may \
            take it (default: \(Int(FeedScheduleConfiguration().lease)) for a feed, \
            \(Int(JobQueueConfiguration().lease)) for a job).
            """)
    var lease: Double?

    @Option(help: "PostgreSQL: the name leases carry (default: HOST:PID).")
    var name: String?

    func validate() throws {
        if let lease, lease < 1 { throw ValidationError("--lease must be at least one second") }
    }

    /// The name given, or this host's name and this process's id.
    var holder: String { name ?? "\(ProcessInfo.processInfo.hostName):\(getpid())" }
}
