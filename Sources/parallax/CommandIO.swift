import ArgumentParser
import Foundation
import Parallax
import ParallaxInputs

/// The reading and writing every command that takes articles shares.
enum CommandIO {
    /// Reads `inputs`, warning about each one that cannot be read, and exits with status 2 when
    /// none could be read (or, with `emptyIsAnError`, when nothing was found at all).
    static func read(_ inputs: [String], emptyIsAnError: Bool = true) async throws -> InputReader.Result {
        let result = await InputGathering.read(inputs)
        for error in result.errors { Diagnostics.warn(error.description) }
        guard !result.documents.isEmpty || !emptyIsAnError && result.errors.isEmpty else {
            Diagnostics.error("nothing could be read from \(inputs.joined(separator: ", "))")
            throw ExitCode(2)
        }
        return result
    }

    /// Writes `text` to the file at `path`, or to standard output; `what` names it in an error
    /// ("the brief").
    static func write(_ text: String, to path: String?, what: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Diagnostics.error("\(path): cannot write \(what) (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }

    /// "9 inputs processed, 2 skipped", where some were skipped.
    static func noteSkipped(_ result: InputReader.Result) {
        guard !result.errors.isEmpty else { return }
        Diagnostics.note("\(result.documents.count) inputs processed, \(result.errors.count) skipped")
    }
}

/// The arguments of the commands that read articles and write what they made of them.
struct ReadingOptions: ParsableArguments {
    @Argument(help: "Files, folders or http(s) URLs to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Never show progress, even on a terminal.")
    var quiet = false
}

extension ReadingOptions {
    /// Reads `paths`, showing progress unless `quiet`, writes what `make` makes of the documents
    /// read to `output` (or standard output) and notes the inputs skipped; `what` names the
    /// output in an error ("the brief").
    func run(writing what: String, _ make: ([RawDocument], StoryPipeline.Progress?) -> String) async throws {
        let progress = ProgressReporter(enabled: !quiet)
        let result = try await CommandIO.read(paths)
        let text = make(result.documents, progress.report)
        progress.finish()
        try CommandIO.write(text, to: output, what: what)
        CommandIO.noteSkipped(result)
    }
}
