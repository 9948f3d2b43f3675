package import Foundation
import Synchronization

/// A program the tests run beside them, awaited without holding a thread.
///
/// A test that blocks a thread while a child runs (`waitUntilExit`, a blocking read) holds one
/// of Swift's cooperative threads, and a machine with two cores has two. Two such tests at
/// once stop every other test, and for good if a child waits for something only those
/// threads could do (a server inside the test process answering it). So the child's output is
/// read on threads of its own, its end is awaited, and a child that outlives its time limit
/// is killed and reported, failing its test instead of hanging the run.
package final class ChildProcess: Sendable {
    /// What the child did, once it ended.
    package struct Ending: Sendable {
        package var status: Int32
        /// True when the child ended by a signal (its number is `status`).
        package var signalled: Bool
        package var stdout: String
        package var stderr: String
    }

    /// How long a child may run before the tests kill it; far past the longest run here.
    package static let timeLimit: Duration = .seconds(600)

    private let process: Process
    private let output = Collected()
    private let errors = Collected()
    private let killedAfter = Mutex<Duration?>(nil)
    /// Set by the termination handler. (`Process.isRunning` was seen false for a running
    /// child on a loaded machine, so it is not asked.)
    private let ended = Flag()
    /// Left once each by the two readers and the termination handler.
    private let done = DispatchGroup()

    /// Starts `executable` with `arguments` in `directory`; stdin is empty. `environment` replaces
    /// the test's own environment where given.
    package init(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
    ) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        self.process = process
        done.enter()
        process.terminationHandler = { [done, ended] _ in
            ended.raise()
            done.leave()
        }
        do {
            try Self.start(process)
        } catch {
            done.leave()
            throw error
        }
        for (pipe, sink) in [(out, output), (err, errors)] {
            done.enter()
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async { [done] in
                Self.drain(handle) { chunk in sink.append(chunk) }
                done.leave()
            }
        }
    }

    /// Whether the child has not ended yet.
    package var isRunning: Bool { !ended.isRaised }

    /// The process id, for signals.
    package var pid: Int32 { process.processIdentifier }

    /// What the child has written to stdout so far.
    package var outputSoFar: String { output.text }

    /// Sends `signal` to the child if it is still running.
    package func send(_ signal: Int32) {
        if isRunning { kill(process.processIdentifier, signal) }
    }

    /// Waits for the end of the child, killing it once `limit` has passed.
    package func ending(within limit: Duration = ChildProcess.timeLimit) async -> Ending {
        let watchdog = DispatchWorkItem { [self] in
            guard isRunning else { return }
            killedAfter.withLock { $0 = limit }
            kill(pid, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + (limit / .seconds(1)), execute: watchdog)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            done.notify(queue: .global()) { continuation.resume() }
        }
        watchdog.cancel()
        var stderr = errors.text
        if let limit = killedAfter.withLock({ $0 }) {
            stderr += "\n[tests] killed after \((limit / .seconds(1))) s: the child had not ended\n"
        }
        return Ending(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: outputSoFar, stderr: stderr)
    }

    /// Waits until stdout holds a match of `pattern`, the child ends, or `limit` passes; the
    /// first capture of the match, if any.
    package func waitForOutput(_ pattern: Regex<(Substring, Substring)>, within limit: Duration) async -> String? {
        let deadline = ContinuousClock.now + limit
        while true {
            // Looked at once more after the deadline: a starved task may wake past it.
            if let match = outputSoFar.firstMatch(of: pattern) { return String(match.1) }
            guard isRunning, ContinuousClock.now < deadline else { return nil }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Starts `process` with no signal blocked. A child inherits the mask of the thread that
    /// starts it, and Dispatch's threads (Swift's cooperative pool among them) block nearly
    /// every signal: a child started from one ignored SIGTERM (seen: `sleep` ran on).
    private static func start(_ process: Process) throws {
        var none = sigset_t()
        var kept = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &kept)
        defer { pthread_sigmask(SIG_SETMASK, &kept, nil) }
        try process.run()
    }

    /// Everything a pipe gives until its end, chunk by chunk, read again where a signal
    /// interrupts the read.
    private static func drain(_ handle: FileHandle, into sink: (Data) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                sink(Data(buffer[0..<count]))
            } else if count == 0 || errno != EINTR {
                return
            }
        }
    }
}

/// Bytes a reader thread appends while others look.
private final class Collected: Sendable {
    private let data = Mutex(Data())

    func append(_ chunk: Data) { data.withLock { $0.append(chunk) } }

    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}

/// A flag one thread raises and others read.
private final class Flag: Sendable {
    private let value = Atomic(false)

    func raise() { value.store(true, ordering: .releasing) }

    var isRaised: Bool { value.load(ordering: .acquiring) }
}
