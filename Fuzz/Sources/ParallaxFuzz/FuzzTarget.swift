import CFuzzerDriver

/// The parsers and services one fuzz input can go through, by the name given on the command line.
enum FuzzTarget: String, CaseIterable {
    case htmlExtractor = "html-extractor"
    case feedParser = "feed-parser"
    case jsonlReader = "jsonl-reader"
    case textCleaner = "text-cleaner"
    case routes

    /// The target libFuzzer's callback runs; set once before the driver starts.
    nonisolated(unsafe) static var selected = FuzzTarget.textCleaner

    /// Runs libFuzzer's driver with `arguments` (the program name first) over `target`; returns
    /// its exit status.
    static func runDriver(_ target: FuzzTarget, arguments: inout [UnsafeMutablePointer<CChar>?]) -> CInt {
        selected = target
        arguments.append(nil)
        var count = CInt(arguments.count - 1)
        return arguments.withUnsafeMutableBufferPointer { buffer in
            var start = buffer.baseAddress
            return LLVMFuzzerRunDriver(&count, &start) { data, size in
                FuzzTarget.runSelected(UnsafeRawBufferPointer(start: data, count: size))
            }
        }
    }

    /// libFuzzer's callback: one input through the selected target. A crash, an input running
    /// over `-timeout` or memory over `-rss_limit_mb` is a finding; libFuzzer expects 0.
    static func runSelected(_ input: UnsafeRawBufferPointer) -> CInt {
        switch selected {
        case .htmlExtractor: fuzzHTMLExtractor(input)
        case .feedParser: fuzzFeedParser(input)
        case .jsonlReader: fuzzJSONLReader(input)
        case .textCleaner: fuzzTextCleaner(input)
        case .routes: fuzzRoutes(input)
        }
        return 0
    }
}
