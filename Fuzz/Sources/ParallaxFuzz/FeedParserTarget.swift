import ParallaxWeb

/// One feed through the parser and the item-to-article builder.
func fuzzFeedParser(_ input: UnsafeRawBufferPointer) {
    let bytes = Array(input)
    _ = FeedParser.looksLikeFeed(bytes)
    if let feed = try? FeedParser().parse(bytes, url: "https://fuzz.example/feed.xml") {
        _ = FeedArticleBuilder().articles(from: feed)
    }
}
