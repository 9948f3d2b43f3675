public import Foundation

/// What one run of the `parallax` binary did.
package struct BinaryRun: Sendable {
    package var status: Int32
    package var stdout: String
    package var stderr: String
}

/// The real `parallax` binary, run as a user would, from the repository's root.
package enum ParallaxBinary {
    /// Why the binary cannot be run.
    package struct NotBuilt: Error, CustomStringConvertible {
        package var description: String { "parallax binary not built (swift build --build-tests builds it)" }
    }

    /// The binary beside the test bundle, as `swift test` builds it, else `.build/debug/parallax`.
    package static func url() throws -> URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("parallax")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        let fallback = Repository.url(".build/debug/parallax")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else { throw NotBuilt() }
        return fallback
    }

    /// Runs the binary with `arguments` to its end.
    package static func run(_ arguments: [String]) throws -> BinaryRun {
        try together(1) { arguments }[0]
    }

    /// Runs the binary on a thread of its own, so an async test can serve its requests meanwhile.
    package static func runAside(_ arguments: [String]) async throws -> BinaryRun {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try run(arguments) })
            }
        }
    }

    /// Starts `count` runs at once and waits for all; their outputs, in start order.
    package static func together(_ count: Int, arguments: () -> [String]) throws -> [BinaryRun] {
        let binary = try url()
        let started = try (0..<count).map { _ -> (Process, Pipe, Pipe) in
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments()
            process.currentDirectoryURL = Repository.root
            let (output, errors) = (Pipe(), Pipe())
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            return (process, output, errors)
        }
        return started.map { process, output, errors in
            // Both pipes at once, so a child filling one while the other is read never stalls.
            let err = Collected()
            let reader = DispatchGroup()
            let errorHandle = errors.fileHandleForReading
            DispatchQueue.global().async(group: reader) { err.data = readAll(errorHandle) }
            let out = readAll(output.fileHandleForReading)
            reader.wait()
            process.waitUntilExit()
            return BinaryRun(
                status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err.data, as: UTF8.self))
        }
    }

    /// Everything a pipe gives until its end, read again where a signal interrupts the read
    /// (Foundation's `readDataToEndOfFile` stops the process on EINTR).
    private static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}

/// Bytes one thread writes and another reads after waiting for it.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
