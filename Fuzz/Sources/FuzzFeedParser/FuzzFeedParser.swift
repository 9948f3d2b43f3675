import ParallaxWeb

/// One feed through the parser and the item-to-article builder.
func fuzzFeedParser(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = FeedParser.looksLikeFeed(bytes)
    if let feed = try? FeedParser().parse(bytes, url: "https://fuzz.example/feed.xml") {
        _ = FeedArticleBuilder().articles(from: feed)
    }
    return 0
}
