internal import Dispatch
internal import Hummingbird
internal import NIOCore
internal import Synchronization

/// Runs a request's work under a deadline: the work is cancelled when the deadline passes or
/// the client's connection closes, whichever comes first. Cancelled store reads stop at once
/// (GRDB interrupts the SQLite statement); Swift loops check `Task.isCancelled`.
enum RequestWork {
    static func run<Value: Sendable>(
        deadline: Duration, context: NewsroomRequestContext,
        _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await run(deadline: deadline, connectionClosed: context.connectionClosed, work)
    }

    static func run<Value: Sendable>(
        deadline: Duration, connectionClosed: EventLoopFuture<Void>?,
        _ work: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let task = Task { try await work() }
        let timedOut = Flag()
        // The timer runs on a dispatch queue, not the cooperative pool, so busy tasks cannot
        // hold it back.
        let timer = DispatchWorkItem {
            timedOut.set()
            task.cancel()
        }
        let parts = deadline.components
        let nanoseconds = parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds)), execute: timer)
        defer { timer.cancel() }
        connectionClosed?.whenComplete { _ in task.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch  where timedOut.isSet {
            throw APIError(
                .serviceUnavailable, code: "deadline-exceeded",
                message: "the request took longer than \(deadline) and was stopped")
        }
    }

    /// A flag set once, from any thread.
    private final class Flag: Sendable {
        private let value = Atomic<Bool>(false)
        func set() { value.store(true, ordering: .relaxed) }
        var isSet: Bool { value.load(ordering: .relaxed) }
    }
}
