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
        let stop = StopReason()
        // The timer runs on a dispatch queue, not the cooperative pool, so busy tasks cannot
        // hold it back.
        let timer = DispatchWorkItem {
            stop.record(.deadline)
            task.cancel()
        }
        let parts = deadline.components
        let nanoseconds = parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds)), execute: timer)
        defer { timer.cancel() }
        connectionClosed?.whenComplete { _ in
            stop.record(.clientGone)
            task.cancel()
        }
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch  where stop.first == .deadline {
            // Whichever stopped the work first names the outcome, however long the cancelled
            // task then waited for a thread.
            throw APIError(
                .serviceUnavailable, code: "deadline-exceeded",
                message: "the request took longer than \(deadline) and was stopped")
        }
    }

    /// What stopped the work first, recorded once from any thread.
    private final class StopReason: Sendable {
        enum Reason: Int {
            case deadline = 1
            case clientGone = 2
        }
        private let value = Atomic<Int>(0)
        func record(_ reason: Reason) {
            _ = value.compareExchange(expected: 0, desired: reason.rawValue, ordering: .relaxed)
        }
        var first: Reason? { Reason(rawValue: value.load(ordering: .relaxed)) }
    }
}
