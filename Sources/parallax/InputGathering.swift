import Foundation
import Parallax
import ParallaxFetch

/// Reads what a command was given: files and folders through the input reader, and
/// `http(s)://` addresses fetched and handed to the same page and feed reading.
enum InputGathering {
    /// Least time between two requests to one host.
    static let perHostInterval: Duration = .seconds(1)
    /// Fetches under way at once (each host still gets one request per `perHostInterval`).
    static let concurrentFetches = 6

    static func isURL(_ input: String) -> Bool {
        let lowered = input.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Files first, then the addresses in the order given; a failed fetch becomes an input
    /// error and the other inputs are still read.
    static func read(_ inputs: [String], fetch configuration: FetchConfiguration = .init()) async
        -> InputReader.Result
    {
        var result = InputReader(pageReader: WebPageReading.documents).read(paths: inputs.filter { !isURL($0) })
        let urls = inputs.filter(isURL)
        guard !urls.isEmpty else { return result }
        let fetcher = PageFetcher(configuration: configuration)
        let polite = PoliteFetcher(
            fetcher: fetcher, limiter: HostRateLimiter(interval: perHostInterval), attempts: 2,
            longestWait: .seconds(30))
        var outcomes = [Result<[RawDocument], InputError>?](repeating: nil, count: urls.count)
        await withTaskGroup(of: (Int, Result<[RawDocument], InputError>).self) { group in
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
        for outcome in outcomes {
            switch outcome {
            case .success(let documents)?: result.documents += documents
            case .failure(let error)?: result.errors.append(error)
            case nil: break
            }
        }
        return result
    }

    /// One address fetched and read as a page or a feed, the charset of its header honoured.
    static func read(_ url: String, with fetcher: PoliteFetcher<ContinuousClock>) async
        -> Result<[RawDocument], InputError>
    {
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(url)
        } catch {
            let code: InputError.Code = error.code == .tooLarge ? .tooLarge : .unreadable
            return .failure(InputError(code, input: url, reason: error.reason))
        }
        do {
            return .success(
                try WebPageReading.documents(bytes: page.body, input: url, url: page.url, charset: page.charset))
        } catch {
            return .failure(error)
        }
    }
}
