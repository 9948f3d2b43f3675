public import Foundation
public import Parallax

/// Reads articles from files and folders: `.txt` saved articles, `.jsonl` records, and web
/// pages and feeds through `WebDocuments` (main-content extraction and the feed parser).
/// Every failure is collected, named by its input, and the other inputs are still read.
public struct InputReader: Sendable {
    /// Largest single article file; larger files are refused rather than read.
    public var maximumArticleBytes = 8 << 20
    /// Longest JSONL line.
    public var maximumRecordBytes = 8 << 20

    public init() {}

    public struct Result: Sendable {
        public var documents: [RawDocument] = []
        public var errors: [InputError] = []

        public init(documents: [RawDocument] = [], errors: [InputError] = []) {
            self.documents = documents
            self.errors = errors
        }
    }

    public func read(paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            for file in files(at: path, errors: &result.errors) {
                read(file: file, into: &result)
            }
        }
        result.documents = Self.withoutRepeats(result.documents)
        return result
    }

    /// Reads JSON lines given as bytes (a request body, a stream), named `input#line`.
    public func read(jsonLines data: Data, input: String) -> Result {
        var result = Result()
        JSONLReader(maximumRecordBytes: maximumRecordBytes).read(data, input: input, into: &result)
        return result
    }

    /// Reads one plain-text article given as bytes (a fetched `text/plain` body), as a saved
    /// `.txt` file is read.
    public func read(text data: Data, input: String) -> Result {
        var result = Result()
        guard data.count <= maximumArticleBytes else {
            let reason =
                "\(Self.megabytes(data.count)) is larger than one article can be (limit \(Self.megabytes(maximumArticleBytes)))"
            result.errors.append(InputError(.tooLarge, input: input, reason: reason))
            return result
        }
        do {
            let text = try TextDecoding.decode(data, input: input)
            result.documents.append(RawDocument(input: input, format: .plainText, text: text))
        } catch {
            result.errors.append(error)
        }
        return result
    }

    /// Files under a path, recursively and in a stable order; hidden files skipped.
    private func files(at path: String, errors: inout [InputError]) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            errors.append(InputError(.notFound, input: path, reason: "no such file or folder"))
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            errors.append(InputError(.unreadable, input: path, reason: "folder cannot be listed"))
            return []
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let full = (path as NSString).appendingPathComponent(relative)
            var childIsDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &childIsDirectory),
                !childIsDirectory.boolValue,
                Self.readableExtensions.contains((name as NSString).pathExtension.lowercased())
            {
                found.append(full)
            }
        }
        return found.sorted()
    }

    static let readableExtensions: Set<String> = [
        "txt", "text", "md", "jsonl", "ndjson", "html", "htm", "xhtml", "rss", "atom", "rdf", "xml",
    ]

    /// Drops a document whose URL and text repeat an earlier one's: a feed item read from
    /// its saved page is the same article as that page read on its own.
    static func withoutRepeats(_ documents: [RawDocument]) -> [RawDocument] {
        var seen: Set<[String]> = []
        return documents.filter { document in
            guard let url = document.url else { return true }
            return seen.insert([url, document.text]).inserted
        }
    }

    private func read(file: String, into result: inout Result) {
        let kind = (file as NSString).pathExtension.lowercased()
        guard let handle = FileHandle(forReadingAtPath: file) else {
            result.errors.append(InputError(.unreadable, input: file, reason: "cannot be opened (permissions?)"))
            return
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        if kind != "jsonl" && kind != "ndjson" && size > maximumArticleBytes {
            result.errors.append(
                InputError(
                    .tooLarge, input: file,
                    reason:
                        "\(Self.megabytes(size)) is larger than one article can be (limit \(Self.megabytes(maximumArticleBytes)))"
                ))
            return
        }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            result.errors.append(InputError(.unreadable, input: file, reason: "read failed"))
            return
        }
        switch kind {
        case "jsonl", "ndjson":
            JSONLReader(maximumRecordBytes: maximumRecordBytes).read(data, input: file, into: &result)
        case "html", "htm", "xhtml", "rss", "atom", "rdf", "xml":
            do {
                result.documents += try WebDocuments.documents(bytes: Array(data), input: file, url: nil)
            } catch {
                result.errors.append(error)
            }
        default:
            do {
                let text = try TextDecoding.decode(data, input: file)
                result.documents.append(RawDocument(input: file, format: .plainText, text: text))
            } catch {
                result.errors.append(error)
            }
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
