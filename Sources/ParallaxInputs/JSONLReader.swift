internal import Foundation
internal import Parallax

/// Reads one article per line: `id` and `text` required; `title`, `url`, `outlet`,
/// `published`, `authors`, `language` optional. A bad line is reported as `path#line`.
struct JSONLReader {
    var maximumRecordBytes: Int

    private struct Record: Decodable {
        var id: FlexibleString?
        var text: String?
        var title: String?
        var url: String?
        var outlet: String?
        var published: String?
        var authors: Authors?
        var language: String?
    }

    /// JSONL ids are strings or numbers in the wild.
    private struct FlexibleString: Decodable {
        var value: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                value = string
            } else {
                value = String(try container.decode(Int.self))
            }
        }
    }

    private struct Authors: Decodable {
        var names: [String]
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                names = list
            } else {
                names = [try container.decode(String.self)]
            }
        }
    }

    func read(_ data: Data, input: String, into result: inout InputReader.Result) {
        let bytes = [UInt8](data)
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            result.errors.append(InputError(.empty, input: input, reason: "empty file"))
            return
        }
        if bytes.prefix(8192).contains(0) {
            result.errors.append(InputError(.binary, input: input, reason: "binary data, not JSON lines"))
            return
        }
        // Lines are read on all cores (10,000 generated articles were half a second of one core
        // before an ingest could start anything else), each line's document or error kept in line order.
        let lines = Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated())
        let outcomes = StoryPipeline.inParallel(
            lines, stage: "reading", progress: nil, makeWorker: { JSONDecoder() },
            transform: { decoder, line in record(line.element, name: "\(input)#\(line.offset + 1)", decoder: decoder) })
        for outcome in outcomes {
            switch outcome {
            case .document(let document): result.documents.append(document)
            case .error(let error): result.errors.append(error)
            case .blank: continue
            }
        }
    }

    /// What one line holds.
    private enum LineOutcome: Sendable {
        case document(RawDocument)
        case error(InputError)
        case blank
    }

    private func record(_ line: ArraySlice<UInt8>, name: String, decoder: JSONDecoder) -> LineOutcome {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { return .blank }
        guard line.count <= maximumRecordBytes else {
            return .error(
                InputError(
                    .tooLarge, input: name, reason: "line longer than \(InputReader.megabytes(maximumRecordBytes))"))
        }
        if let offset = TextDecoding.firstInvalidUTF8Offset(Array(line)) {
            return .error(
                InputError(.invalidEncoding, input: name, reason: "not valid UTF-8 (bad byte at column \(offset + 1))"))
        }
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: Data(line))
        } catch {
            return .error(
                InputError(.malformedRecord, input: name, reason: "not a JSON object (\(Self.describe(error)))"))
        }
        guard let text = record.text, !text.allSatisfy(\.isWhitespace) else {
            return .error(InputError(.malformedRecord, input: name, reason: "no \"text\" field"))
        }
        return .document(
            RawDocument(
                input: name, format: .structured, text: text, id: record.id?.value,
                title: record.title, url: record.url, outlet: record.outlet,
                published: record.published.flatMap(PublicationDate.init(iso8601:)),
                authors: record.authors?.names ?? [], language: record.language))
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "wrong JSON type" : "field \"\(path)\" has the wrong type"
        case DecodingError.dataCorrupted:
            return "invalid JSON"
        default:
            return "invalid JSON"
        }
    }
}
