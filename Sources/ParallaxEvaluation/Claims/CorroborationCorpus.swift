internal import Foundation
internal import Parallax

/// The ECB+ corroboration gold (`../shared/eval/corroboration/`): documents with their sentences,
/// which of them were annotated, and the cross-document mentions of action and entity instances.
public struct CorroborationCorpus: Sendable {
    public struct Sentence: Sendable {
        public var number: Int
        /// Scalar offsets into the document's text.
        public var start: Int
        public var end: Int
        public var annotated: Bool
        /// Action instances (`ACT…`, `NEG…`) mentioned in the sentence.
        public var actions: Set<String>
        /// The document's title line (the first line, followed by a blank line): a brief never
        /// cites a headline, so recall is also reported without these.
        public var isTitle = false
    }

    public struct Mention: Sendable {
        public var start: Int
        public var end: Int
        public var instance: String
    }

    public struct Document: Sendable {
        public var id: String
        public var inputID: String
        public var topic: Int
        public var event: String
        public var text: String
        public var sentences: [Sentence]
        /// Mentions lying in annotated sentences: the only ones a pair is judged by.
        public var mentions: [Mention]
        /// Instance id → annotation tag (`ACTION_REPORTING`, `HUMAN_PART_PER`, …).
        public var tags: [String: String]
    }

    public let documents: [Document]

    /// Reads the JSON Lines (already decompressed); a malformed line is an error naming it.
    public init(jsonLines bytes: [UInt8], name: String) throws {
        var documents: [Document] = []
        for (number, line) in bytes.split(separator: 0x0A).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String,
                let topic = object["topic"] as? Int, let event = object["event"] as? String
            else {
                throw InputError(
                    .malformedRecord, input: "\(name):\(number + 1)",
                    reason: "expected a JSON object with id, topic, event and text")
            }
            var sentences = (object["sentences"] as? [[String: Any]] ?? []).map { item in
                Sentence(
                    number: item["n"] as? Int ?? 0, start: item["start"] as? Int ?? 0, end: item["end"] as? Int ?? 0,
                    annotated: item["annotated"] as? Bool ?? false,
                    actions: Set((item["actions"] as? [String] ?? []).filter(Self.isAction)))
            }
            let scalars = Array(text.unicodeScalars)
            for index in sentences.indices where sentences[index].start == 0 {
                let end = sentences[index].end
                sentences[index].isTitle =
                    end + 1 < scalars.count && scalars[end] == "\n" && scalars[end + 1] == "\n"
            }
            let annotated = sentences.filter(\.annotated)
            let mentions = (object["mentions"] as? [[String: Any]] ?? []).compactMap { item -> Mention? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int,
                    let instance = item["instance"] as? String,
                    annotated.contains(where: { $0.start <= start && start < $0.end })
                else { return nil }
                return Mention(start: start, end: end, instance: instance)
            }
            var tags: [String: String] = [:]
            for (key, value) in object["instances"] as? [String: Any] ?? [:] {
                tags[key] = (value as? [String: Any])?["tag"] as? String ?? ""
            }
            documents.append(
                Document(
                    id: id, inputID: object["input_id"] as? String ?? id, topic: topic, event: event, text: text,
                    sentences: sentences, mentions: mentions, tags: tags))
        }
        self.documents = documents
    }

    init(documents: [Document]) {
        self.documents = documents
    }

    /// Action instances are `ACT…` (and negated actions `NEG…`); the rest are participants,
    /// times and places.
    static func isAction(_ instance: String) -> Bool {
        instance.hasPrefix("ACT") || instance.hasPrefix("NEG")
    }

    /// The documents of the given topics (all when `topics` is nil).
    public func restricted(to topics: Set<Int>?) -> CorroborationCorpus {
        guard let topics else { return self }
        return CorroborationCorpus(documents: documents.filter { topics.contains($0.topic) })
    }
}

extension CorroborationCorpus.Document {
    /// Where `sentence` lies in the text, as scalar ranges: verbatim, then ignoring runs of
    /// whitespace, then ignoring everything but letters and digits; every place it occurs.
    func locate(_ sentence: String) -> [Range<Int>] {
        let haystack = Array(text.unicodeScalars)
        let needle = Array(sentence.unicodeScalars)
        let exact = Self.occurrences(of: needle, in: haystack.indices.map { ($0, haystack[$0]) })
        if !exact.isEmpty { return exact }
        for keep in [Self.collapsingWhitespace, Self.alphanumericsOnly] {
            let found = Self.occurrences(
                of: keep(needle.indices.map { ($0, needle[$0]) }).map(\.1),
                in: keep(haystack.indices.map { ($0, haystack[$0]) }))
            if !found.isEmpty { return found }
        }
        return []
    }

    private static func collapsingWhitespace(_ scalars: [(Int, Unicode.Scalar)]) -> [(Int, Unicode.Scalar)] {
        var result: [(Int, Unicode.Scalar)] = []
        for item in scalars {
            if item.1.properties.isWhitespace {
                if let last = result.last, last.1 != " " { result.append((item.0, " ")) }
            } else {
                result.append(item)
            }
        }
        if result.last?.1 == " " { result.removeLast() }
        return result
    }

    private static func alphanumericsOnly(_ scalars: [(Int, Unicode.Scalar)]) -> [(Int, Unicode.Scalar)] {
        scalars.filter { $0.1.properties.isAlphabetic || $0.1.properties.numericType != nil }
            .map { ($0.0, Unicode.Scalar(String($0.1).lowercased().unicodeScalars.first!.value)!) }
    }

    /// Ranges (in the original offsets carried by `haystack`) where `needle` occurs.
    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [(Int, Unicode.Scalar)]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= haystack.count {
            var matched = true
            for offset in needle.indices where haystack[start + offset].1 != needle[offset] {
                matched = false
                break
            }
            if matched {
                found.append(haystack[start].0..<(haystack[start + needle.count - 1].0 + 1))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Instances mentioned inside `ranges` (mentions of annotated sentences only).
    func instances(in ranges: [Range<Int>]) -> Set<String> {
        var result = Set<String>()
        for range in ranges {
            for mention in mentions where mention.start < range.upperBound && range.lowerBound < mention.end {
                result.insert(mention.instance)
            }
        }
        return result
    }

    /// Numbers of the annotated sentences `ranges` overlap.
    func annotatedSentences(in ranges: [Range<Int>]) -> Set<Int> {
        var result = Set<Int>()
        for range in ranges {
            for sentence in sentences
            where sentence.annotated && sentence.start < range.upperBound && range.lowerBound < sentence.end {
                result.insert(sentence.number)
            }
        }
        return result
    }
}
