internal import Foundation
internal import Parallax

/// Articles with gold attribution relations (source, cue, content), as JSON Lines: one article a
/// line with `id`, `split`, `text` and `attributions`, each role a span with `start`, `end` and
/// `fragments` (scalar offsets, end exclusive) or null. The PolNeAR conversion has this shape.
public struct AttributionCorpus: Sendable {
    public struct Span: Hashable, Sendable, Decodable {
        public var start: Int
        public var end: Int
        /// The pieces of a discontinuous span, in order; one piece otherwise.
        public var fragments: [[Int]]

        public init(start: Int, end: Int, fragments: [[Int]]? = nil) {
            self.start = start
            self.end = end
            self.fragments = fragments ?? [[start, end]]
        }

        var ranges: [Range<Int>] {
            fragments.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
        }
    }

    public struct Attribution: Hashable, Sendable, Decodable {
        public var source: Span?
        public var cue: Span?
        public var content: Span?

        public init(source: Span?, cue: Span?, content: Span?) {
            self.source = source
            self.cue = cue
            self.content = content
        }
    }

    public struct Document: Hashable, Sendable, Decodable {
        public var id: String
        public var split: String
        public var text: String
        public var attributions: [Attribution]

        public init(id: String, split: String, text: String, attributions: [Attribution]) {
            self.id = id
            self.split = split
            self.text = text
            self.attributions = attributions
        }
    }

    public var documents: [Document]

    public init(documents: [Document]) {
        self.documents = documents
    }

    /// Parses decompressed JSON Lines; `name` names the input in errors.
    public init(jsonLines bytes: [UInt8], name: String) throws {
        let decoder = JSONDecoder()
        var documents: [Document] = []
        for (number, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
            do {
                documents.append(try decoder.decode(Document.self, from: Data(line)))
            } catch {
                throw InputError(
                    .malformedRecord, input: "\(name):\(number + 1)",
                    reason: "expected an article with id, split, text and attributions")
            }
        }
        self.documents = documents
    }
}
