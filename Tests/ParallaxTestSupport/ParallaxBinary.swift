package import Foundation

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

    /// Runs the binary with `arguments` to its end (killed after `ChildProcess.timeLimit`).
    package static func run(_ arguments: [String]) async throws -> ChildProcess.Ending {
        try await together(1) { arguments }[0]
    }

    /// Starts the binary with `arguments`, to be awaited or signalled by the caller; `environment`
    /// replaces the test's own where given.
    package static func start(_ arguments: [String], environment: [String: String]? = nil) throws -> ChildProcess {
        try ChildProcess(try url(), arguments, in: Repository.root, environment: environment)
    }

    /// Starts `count` runs at once and waits for all; their outputs, in start order.
    package static func together(
        _ count: Int, environment: [String: String]? = nil, arguments: () -> [String]
    ) async throws -> [ChildProcess.Ending] {
        let children = try (0..<count).map { _ in try start(arguments(), environment: environment) }
        var endings: [ChildProcess.Ending] = []
        for child in children { endings.append(await child.ending()) }
        return endings
    }
}
