internal import Foundation
internal import Parallax

extension CorroborationEvaluation.Report {
    /// The scores of one scope (`whole`, `event`, or `given digests`) over `documents` gold
    /// documents; `verbose` adds every pair judged related or unrelated and per-topic counts.
    public func lines(scope: String, documents: Int, verbose: Bool) -> [String] {
        let judged = pairs.filter { $0.judgement != .unjudgeable }
        let within = judged.filter(\.sameEvent)
        let across = judged.filter { !$0.sameEvent }
        func precision(_ pairs: [CorroborationEvaluation.Pair]) -> String {
            pairs.isEmpty
                ? "-"
                : String(format: "%.3f", Double(pairs.count { $0.judgement == .corroborate }) / Double(pairs.count))
        }
        let reporting = pairs.count { $0.reportingOnly }
        var lines = [
            "scope \(scope): documents \(documents), stories \(stories), facts judged \(factsJudged), "
                + "all-correct \(factsAllCorrect)",
            String(
                format: "  pairs %d  judgeable %d (%.1f%%)  corroborate %d  related-only %.3f  unrelated %.3f  "
                    + "(reporting action only: %d)",
                pairs.count, judgeable, 100 * Double(judgeable) / Double(max(pairs.count, 1)), count(.corroborate),
                Double(count(.related)) / Double(max(judgeable, 1)),
                Double(count(.unrelated)) / Double(max(judgeable, 1)),
                reporting),
            "  within gold events: \(within.count) judgeable, precision \(precision(within)); across: \(across.count), "
                + "precision \(precision(across))",
            String(
                format: "  recall: pairs %.3f claim-support / %.3f in one fact (of %d); sentences %.3f (%d of %d), "
                    + "title lines left out %.3f (%d of %d); instances %.3f (%d of %d)",
                pairRecall, inOneFactRecall, goldPairs, sentenceRecall, goldSentencesFound, goldSentences,
                proseSentenceRecall, goldProseSentencesFound, goldProseSentences, instanceRecall, goldInstancesFound,
                goldInstances),
            String(
                format: "precision %.3f, recall %.3f, sentence recall %.3f, pairs %d, judgeable %d", self.precision,
                pairRecall, sentenceRecall, pairs.count, judgeable),
        ]
        guard verbose else { return lines }
        for pair in pairs where pair.judgement == .related || pair.judgement == .unrelated {
            lines.append("  [\(pair.judgement.rawValue)] \(pair.claimDocument) | \(pair.claim)")
            lines.append("      \(pair.supportDocument) | \(pair.support)")
        }
        let byTopic = Dictionary(grouping: judged, by: \.topic)
        for topic in byTopic.keys.sorted() {
            let pairs = byTopic[topic] ?? []
            lines.append(
                "  topic \(topic): judgeable \(pairs.count), corroborate \(pairs.count { $0.judgement == .corroborate })"
            )
        }
        return lines
    }
}

/// Evaluation data files, gzip-compressed or not.
public enum EvaluationData {
    /// The bytes of the file at `path`, through `gzip -dc` when its name ends in `.gz`.
    public static func contents(of path: String) throws -> [UInt8] {
        guard path.hasSuffix(".gz") else { return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw InputError(.unreadable, input: path, reason: "gzip -dc failed")
        }
        return [UInt8](data)
    }
}
