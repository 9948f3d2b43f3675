import ParallaxWeb

/// One page through the main-content extractor and the metadata reader; a thrown `WebError`
/// is a normal answer.
func fuzzHTMLExtractor(_ input: UnsafeRawBufferPointer) {
    let html = Array(input)
    let extractor = HTMLArticleExtractor()
    _ = try? extractor.extract(html: html, url: "https://fuzz.example/news/story.html")
    _ = try? extractor.extractMetadata(html: html, url: nil)
}
