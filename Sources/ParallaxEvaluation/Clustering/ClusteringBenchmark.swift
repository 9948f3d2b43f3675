internal import Foundation
public import Parallax

/// Times clustering alone on a JSONL stream: featurizing and assigning articles to stories,
/// without the digest pipeline's reading, cleaning and language steps. The file is read in
/// chunks and parsed in batches, so a million articles never sit in memory at once; parsing
/// is timed apart and not counted as clustering. Times are the thread's CPU time, so that
/// other work on a shared machine does not count; wall time is reported beside them.
///
/// Each line is an article with `text` and where present `id`, `title`, `published`
/// (ISO 8601) and `language`; the stream is taken in file order, which should be publication
/// order (the generator writes it so). Gold labels, when given, come from a field of the line
/// or from a separate file of `{"id", "event"}` lines in the same order.
public struct ClusteringBenchmark {
    public struct Report: Sendable {
        public var articles = 0
        public var stories = 0
        public var parsingSeconds = 0.0
        public var featurizingSeconds = 0.0
        public var assigningSeconds = 0.0
        /// Wall-clock time of the whole run, parsing included.
        public var wallSeconds = 0.0
        /// BCubed and pairwise scores where every article had a gold label.
        public var score: PartitionScore?

        /// Featurizing and assigning: the clustering cost.
        public var clusteringSeconds: Double { featurizingSeconds + assigningSeconds }
        public var articlesPerSecond: Double { Double(articles) / max(clusteringSeconds, 1e-9) }
        public var microsecondsPerArticle: Double { 1e6 * clusteringSeconds / Double(max(articles, 1)) }
    }

    public var configuration: ClusteringConfiguration
    public var labelField: String
    /// Stop after this many articles.
    public var limit: Int?

    public init(configuration: ClusteringConfiguration = .init(), labelField: String = "event", limit: Int? = nil) {
        self.configuration = configuration
        self.labelField = labelField
        self.limit = limit
    }

    public func run(path: String, goldPath: String? = nil) throws -> Report {
        var articles = try LineReader(path: path)
        var gold = try goldPath.map(LineReader.init(path:))
        let decoder = JSONDecoder()
        decoder.userInfo[Record.labelKey] = labelField
        let featurizer = ClusterFeaturizer()
        var clusterer = StoryClusterer(configuration: configuration)
        var report = Report()
        var assigned: [Int32] = []
        var labels: [Int32] = []
        var labelIDs: [String: Int32] = [:]
        var everyLabel = true
        var batch: [Article] = []
        var documents: [ClusterDocument] = []
        let limit = limit ?? .max
        let began = DispatchTime.now().uptimeNanoseconds

        while report.articles < limit {
            var start = Self.cpuNanoseconds()
            batch.removeAll(keepingCapacity: true)
            while batch.count < 1024, report.articles + batch.count < limit, let line = try articles.next() {
                let number = report.articles + batch.count + 1
                guard let record = try? decoder.decode(Record.self, from: line) else {
                    throw InputError(
                        .malformedRecord, input: "\(path):\(number)", reason: "expected a JSON object with \"text\"")
                }
                var label = record.label
                if gold != nil {
                    guard let line = try gold?.next(), let entry = try? decoder.decode(GoldRecord.self, from: line),
                        entry.id == record.id
                    else {
                        throw InputError(
                            .malformedRecord, input: "\(goldPath ?? ""):\(number)",
                            reason: "expected {\"id\", \"\(labelField)\"} for the article of the same line")
                    }
                    label = entry.event
                }
                if let label {
                    labels.append(labelIDs[label] ?? Int32(labelIDs.count))
                    if labelIDs[label] == nil { labelIDs[label] = Int32(labelIDs.count) }
                } else {
                    everyLabel = false
                }
                batch.append(
                    Article(
                        id: record.id ?? "line-\(number)", input: "\(number)", title: record.title,
                        published: record.published.flatMap(PublicationDate.init(iso8601:)),
                        language: record.language ?? "en", text: record.text))
            }
            if batch.isEmpty { break }
            var now = Self.cpuNanoseconds()
            report.parsingSeconds += Double(now - start) / 1e9

            start = now
            documents.removeAll(keepingCapacity: true)
            for article in batch { documents.append(featurizer.document(article)) }
            now = Self.cpuNanoseconds()
            report.featurizingSeconds += Double(now - start) / 1e9

            start = now
            for document in documents { assigned.append(Int32(clusterer.add(document))) }
            // The second pass, after each batch, as the store's ingest runs it.
            clusterer.refine()
            now = Self.cpuNanoseconds()
            report.assigningSeconds += Double(now - start) / 1e9
            report.articles += batch.count
        }

        report.wallSeconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        let stories = assigned.map { Int32(clusterer.currentStory(Int($0))) }
        report.stories = Set(stories).count
        if everyLabel, !labels.isEmpty { report.score = PartitionScore(predicted: stories, gold: labels) }
        return report
    }

    /// CPU time of the calling thread.
    private static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    private struct Record: Decodable {
        static let labelKey = CodingUserInfoKey(rawValue: "label")!
        var id: String?
        var title: String?
        var text: String
        var published: String?
        var language: String?
        var label: String?

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            id = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "id"))
            title = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "title"))
            text = try container.decode(String.self, forKey: Key(stringValue: "text"))
            published = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "published"))
            language = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "language"))
            let labelKey = Key(stringValue: decoder.userInfo[Self.labelKey] as? String ?? "event")
            label =
                try (try? container.decodeIfPresent(String.self, forKey: labelKey))
                ?? container.decodeIfPresent(Int.self, forKey: labelKey).map(String.init)
        }
    }

    private struct GoldRecord: Decodable {
        var id: String
        var event: String
    }
}

/// Lines of a file read in chunks.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    init(path: String) throws {
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
            throw InputError(.unreadable, input: path, reason: error.localizedDescription)
        }
    }

    /// The next non-empty line without its newline, or nil at the end of the file.
    mutating func next() throws -> Data? {
        while true {
            let start = position
            let newline = buffer.withUnsafeBufferPointer { bytes in
                UnsafeBufferPointer(rebasing: bytes[start...]).firstIndex(of: UInt8(ascii: "\n")).map { start + $0 }
            }
            if let newline {
                position = newline + 1
                if newline == start { continue }
                return Data(buffer[start..<newline])
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                position = buffer.count
                return Data(buffer[start...])
            }
            let chunk = try handle.read(upToCount: 1 << 22) ?? Data()
            atEnd = chunk.isEmpty
            buffer.removeSubrange(0..<start)
            buffer.append(contentsOf: chunk)
            position = 0
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
