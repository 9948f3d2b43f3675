internal import ParallaxStore

/// The front page: stories newest or biggest first, with article and outlet counts.
struct StoryListPage {
    var stories: [StoryRecord]
    var order: StoryQuery.Order
    var page: Int
    var hasMore: Bool
    var counts: StoreCounts

    var html: String {
        var body = "<h1>Stories</h1>\n"
        body +=
            "<p class=\"meta\">\(Layout.plural(counts.stories, "story", "stories")) from \(Layout.plural(counts.articles, "article", "articles")).</p>\n"
        body += "<nav class=\"tabs\" aria-label=\"Order\">"
        for (tab, label) in [(StoryQuery.Order.newest, "Newest"), (.biggest, "Biggest")] {
            let current = tab == order ? " aria-current=\"page\"" : ""
            body += "<a href=\"/?order=\(tab.rawValue)\"\(current)>\(label)</a>"
        }
        body += "</nav>\n"
        if stories.isEmpty {
            body +=
                "<p>No stories yet. Add articles with <code>parallax ingest</code> or <code>POST /api/articles</code>.</p>"
        } else {
            body += "<ol class=\"stories\">\n"
            for story in stories {
                body +=
                    "<li><a class=\"headline\" href=\"\(Layout.storyPath(story.id))\">\(Layout.escape(story.headline))</a>"
                body +=
                    "<div class=\"meta\">\(Layout.plural(story.articleCount, "article", "articles")) from \(Layout.plural(story.outletCount, "outlet", "outlets"))"
                if let dates = Self.dateRange(story) { body += " · \(dates)" }
                body += "</div></li>\n"
            }
            body += "</ol>\n"
        }
        if page > 1 || hasMore {
            body += "<nav class=\"pager\" aria-label=\"Pages\">"
            body +=
                page > 1 ? "<a href=\"/?order=\(order.rawValue)&amp;page=\(page - 1)\">← Newer</a>" : "<span></span>"
            body += hasMore ? "<a href=\"/?order=\(order.rawValue)&amp;page=\(page + 1)\">More →</a>" : ""
            body += "</nav>"
        }
        return Layout.page(title: "Stories", body: body)
    }

    static func dateRange(_ story: StoryRecord) -> String? {
        guard let last = story.lastPublished.map({ String($0.prefix(10)) }) else { return nil }
        let first = story.firstPublished.map { String($0.prefix(10)) } ?? last
        return first == last
            ? "<time datetime=\"\(last)\">\(last)</time>"
            : "<time datetime=\"\(first)\">\(first)</time> – <time datetime=\"\(last)\">\(last)</time>"
    }
}
