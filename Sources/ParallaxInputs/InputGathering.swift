internal import Foundation
internal import Parallax
internal import ParallaxFetch

/// Reads what a command was given: files and folders through the input reader, and
/// `http(s)://` addresses fetched and handed to the same page and feed reading.
public enum InputGathering {
    /// Least time between two requests to one host.
    static let perHostInterval: Duration = .seconds(1)
    /// Fetches under way at once (each host still gets one request per `perHostInterval`).
    static let concurrentFetches = 6

    public static func isURL(_ input: String) -> Bool {
        let lowered = input.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Files first, then the addresses in the order given; a failed fetch becomes an input
    /// error and the other inputs are still read.
    public static func read(_ inputs: [String]) async -> InputReader.Result {
        await read(inputs, fetch: FetchConfiguration())
    }

    static func read(_ inputs: [String], fetch configuration: FetchConfiguration) async
        -> InputReader.Result
    {
        var result = InputReader().read(paths: inputs.filter { !isURL($0) })
        let urls = inputs.filter(isURL)
        guard !urls.isEmpty else { return result }
        let fetcher = PageFetcher(configuration: configuration)
        let polite = PoliteFetcher(
            fetcher: fetcher, limiter: HostRateLimiter(interval: perHostInterval), attempts: 2,
            longestWait: .seconds(30))
        var outcomes = [InputReader.Result?](repeating: nil, count: urls.count)
        await withTaskGroup(of: (Int, InputReader.Result).self) { group in
            var next = 0
            func startNext() {
                guard next < urls.count else { return }
                let index = next
                group.addTask { (index, await read(urls[index], with: polite)) }
                next += 1
            }
            for _ in 0..<concurrentFetches { startNext() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                startNext()
            }
        }
        try? await fetcher.shutdown()
        for case let outcome? in outcomes {
            result.documents += outcome.documents
            result.errors += outcome.errors
        }
        return result
    }

    /// One address fetched and read as a page or a feed, the charset of its header honoured.
    static func read(_ url: String, with fetcher: PoliteFetcher<ContinuousClock>) async -> InputReader.Result {
        var result = InputReader.Result()
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(url)
        } catch {
            let code: InputError.Code = error.code == .tooLarge ? .tooLarge : .unreadable
            result.errors.append(InputError(code, input: url, reason: error.reason))
            return result
        }
        switch kind(of: page) {
        case .page:
            do {
                result.documents = try WebDocuments.documents(
                    bytes: page.body, input: url, url: page.url, charset: page.charset)
            } catch {
                result.errors.append(error)
            }
        case .text:
            result = InputReader().read(text: utf8(page), input: url)
            for index in result.documents.indices { result.documents[index].url = page.url }
        case .jsonLines:
            result = InputReader().read(jsonLines: utf8(page), input: url)
        }
        return result
    }

    /// How a fetched body is read, as a file's extension decides for files.
    enum BodyKind: Equatable {
        /// A web page or a feed: the extractor or the feed parser, by sniffing.
        case page
        /// A saved plain-text article.
        case text
        /// JSON lines, one article each.
        case jsonLines
    }

    /// The kind a body's media type names; a missing or generic type falls back to the
    /// address's extension, and anything else is sniffed as a page or feed.
    static func kind(of page: FetchedPage) -> BodyKind {
        let path = URLComponents(string: page.url)?.path ?? ""
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let byExtension: BodyKind? =
            switch fileExtension {
            case "jsonl", "ndjson": .jsonLines
            case "txt", "text", "md": .text
            default: nil
            }
        switch page.mediaType {
        case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines":
            return .jsonLines
        case "text/plain", "text/markdown":
            return byExtension == .jsonLines ? .jsonLines : .text
        case nil, "application/octet-stream", "binary/octet-stream":
            return byExtension ?? .page
        default:
            return .page
        }
    }

    /// A text body as UTF-8: Latin-1, Windows-1252 and UTF-16 named by the header are
    /// converted; other bodies are left for the text reader to judge.
    static func utf8(_ page: FetchedPage) -> Data {
        let data = Data(page.body)
        let encoding: String.Encoding? =
            switch page.charset {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii": .isoLatin1
            case "windows-1252", "cp1252": .windowsCP1252
            case "utf-16": .utf16
            case "utf-16le": .utf16LittleEndian
            case "utf-16be": .utf16BigEndian
            default: nil
            }
        guard let encoding, let text = String(data: data, encoding: encoding) else { return data }
        return Data(text.utf8)
    }
}
