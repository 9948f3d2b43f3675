internal import Foundation
internal import Parallax

/// The articles of a JSONL stream, one a line, as the benchmarks read them: `text` and where
/// present `id`, `title`, `published` (ISO 8601), `language` and a gold label (the
/// `labelField`, a string or a whole number). Empty lines are passed over.
struct ArticleLines {
    struct Line {
        /// The line's own `id`, where it has one (the article's is `line-N` where it has none).
        var id: String?
        var label: String?
        var article: Article
    }

    private var lines: LineReader
    private let path: String
    private let decoder = JSONDecoder()
    private let defaultLanguage: String?
    /// Lines read so far.
    private var count = 0

    /// Reads `path`; a gold label is read only where `labelField` is given, and an article
    /// without a `language` has `defaultLanguage` (nil: the analyzer identifies it).
    init(path: String, labelField: String? = nil, defaultLanguage: String? = nil) throws {
        lines = try LineReader(path: path)
        self.path = path
        self.defaultLanguage = defaultLanguage
        decoder.userInfo[Record.labelKey] = labelField
    }

    /// The next article, or nil at the end of the stream.
    mutating func next() throws -> Line? {
        guard let line = try lines.next() else { return nil }
        count += 1
        guard let record = try? decoder.decode(Record.self, from: line) else {
            throw InputError(
                .malformedRecord, input: "\(path):\(count)", reason: "expected a JSON object with \"text\"")
        }
        let article = Article(
            id: record.id ?? "line-\(count)", input: "\(count)", title: record.title,
            published: record.published.flatMap(PublicationDate.init(iso8601:)),
            language: record.language ?? defaultLanguage, text: record.text)
        return Line(id: record.id, label: record.label, article: article)
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
            guard let labelField = decoder.userInfo[Self.labelKey] as? String else { return }
            let labelKey = Key(stringValue: labelField)
            label =
                try (try? container.decodeIfPresent(String.self, forKey: labelKey))
                ?? container.decodeIfPresent(Int.self, forKey: labelKey).map(String.init)
        }
    }
}

/// CPU time of the calling thread.
enum ThreadClock {
    static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The calling thread's CPU time in laps: each `lap()` is the seconds since the one before
    /// (the first, since the stopwatch was made), so stages timed one after another add up.
    struct Stopwatch {
        private var last = ThreadClock.cpuNanoseconds()

        mutating func lap() -> Double {
            let now = ThreadClock.cpuNanoseconds()
            defer { last = now }
            return Double(now - last) / 1e9
        }
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
