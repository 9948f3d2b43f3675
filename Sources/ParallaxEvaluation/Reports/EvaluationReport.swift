/// The one shape of what every `parallax eval` and `parallax bench` gives back: an evaluation
/// or a benchmark (settings in its `init` or its `run` arguments) returns a report, and the
/// command prints the report's lines. Formatting lives here, beside the scores, so the
/// executable only parses arguments and prints.
public protocol EvaluationReport: Sendable {
    /// What the command prints, line by line; `verbose` adds per-item detail where a report has it.
    func lines(verbose: Bool) -> [String]
}

extension EvaluationReport {
    /// The printed report, without per-item detail.
    public var text: String { lines(verbose: false).joined(separator: "\n") }

    /// The printed report.
    public func text(verbose: Bool) -> String { lines(verbose: verbose).joined(separator: "\n") }
}
