import Foundation
import Parallax

/// Messages for people, on standard error.
enum Diagnostics {
    static func warn(_ message: String) { write("parallax: warning: \(message)") }
    static func error(_ message: String) { write("parallax: error: \(message)") }
    static func note(_ message: String) { write("parallax: \(message)") }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A one-line progress display on a terminal; silent when standard error is not one.
final class ProgressReporter: Sendable {
    private let enabled: Bool
    private let started = Date()

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    var report: StoryPipeline.Progress? {
        guard enabled else { return nil }
        return { stage, done, total in
            let line = "\r\u{1B}[2K\(stage) \(done)/\(total)"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        guard enabled else { return }
        let seconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data("\r\u{1B}[2Kdone in \(String(format: "%.1f", seconds)) s\n".utf8))
    }
}
