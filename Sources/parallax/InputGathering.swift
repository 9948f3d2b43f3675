import Foundation
import Parallax
import ParallaxFetch

/// Reads what a command was given: files and folders through the input reader, and
/// `http(s)://` addresses fetched and handed to the same page and feed reading.
enum InputGathering {
    static func isURL(_ input: String) -> Bool {
        let lowered = input.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    static func read(_ inputs: [String], fetch configuration: FetchConfiguration = .init()) async
        -> InputReader.Result
    {
        var result = InputReader(pageReader: WebPageReading.documents).read(paths: inputs.filter { !isURL($0) })
        let urls = inputs.filter(isURL)
        guard !urls.isEmpty else { return result }
        let fetcher = PageFetcher(configuration: configuration)
        for url in urls {
            do {
                let page = try await fetcher.fetch(url)
                result.documents += try WebPageReading.documents(
                    bytes: bytesHonouringCharset(page), input: url, url: page.url)
            } catch let error as FetchError {
                let code: InputError.Code = error.code == .tooLarge ? .tooLarge : .unreadable
                result.errors.append(InputError(code, input: url, reason: error.reason))
            } catch let error as InputError {
                result.errors.append(error)
            } catch {
                result.errors.append(InputError(.unreadable, input: url, reason: "\(error)"))
            }
        }
        try? await fetcher.shutdown()
        return result
    }

    /// An HTML page whose charset comes only from the HTTP header gets it declared up front,
    /// where the extractor's encoding detection looks first: the header outranks what the
    /// page itself says, as in browsers.
    static func bytesHonouringCharset(_ page: FetchedPage) -> [UInt8] {
        guard let charset = page.charset, charset != "utf-8", charset != "utf8",
            page.contentType?.lowercased().contains("html") == true,
            charset.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        else { return page.body }
        return Array("<meta charset=\"\(charset)\">".utf8) + page.body
    }
}
