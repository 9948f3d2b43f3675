import Foundation
internal import Parallax

/// A TimeBank document as the evaluation set stores it: one JSON object a line.
struct TimexDocument: Decodable, Hashable, Sendable {
    var id: String
    /// Document creation time: "1998-01-14" or "1998-01-14T18:30".
    var dct: String
    var text: String
    var timexes: [GoldTimex]

    /// The creation time's date, which relative expressions are resolved against.
    var anchor: TemporalAnchor? {
        PublicationDate(iso8601: dct).map { TemporalAnchor(year: $0.year, month: $0.month, day: $0.day) }
    }
}

/// A gold TIMEX3 expression; offsets count Unicode scalars.
struct GoldTimex: Decodable, Hashable, Sendable {
    var tid: String
    var start: Int
    var end: Int
    var text: String
    var type: String
    var value: String
}

/// Why the TimeBank set could not be read.
public struct TimexCorpusError: Error, CustomStringConvertible {
    public enum Code: Sendable { case unreadable, malformedLine }

    public var code: Code
    public var message: String
    public var cause: (any Error)?

    public var description: String {
        cause.map { "\(message): \($0)" } ?? message
    }
}

/// Reads `timebank.jsonl`, one document a line.
enum TimexCorpus {
    static let fileName = "timebank.jsonl"

    static func load(directory: URL) throws -> [TimexDocument] {
        let url = directory.appendingPathComponent(fileName)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TimexCorpusError(code: .unreadable, message: "cannot read \(url.path)", cause: error)
        }
        return try parse(data)
    }

    static func parse(_ data: Data) throws -> [TimexDocument] {
        let decoder = JSONDecoder()
        var documents: [TimexDocument] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            do {
                documents.append(try decoder.decode(TimexDocument.self, from: Data(line)))
            } catch {
                throw TimexCorpusError(
                    code: .malformedLine, message: "line \(number + 1) is not a TimeBank document", cause: error)
            }
        }
        return documents
    }
}
