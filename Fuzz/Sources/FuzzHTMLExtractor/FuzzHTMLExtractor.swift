import ParallaxWeb

/// One page through the main-content extractor and the metadata reader; any crash or hang is
/// a finding (a thrown `WebError` is a normal answer).
func fuzzHTMLExtractor(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let html = Array(UnsafeRawBufferPointer(start: start, count: count))
    let extractor = HTMLArticleExtractor()
    _ = try? extractor.extract(html: html, url: "https://fuzz.example/news/story.html")
    _ = try? extractor.extractMetadata(html: html, url: nil)
    return 0
}
