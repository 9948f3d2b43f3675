internal import ParallaxStore

/// Search results: articles matching every word in any inflection, with an excerpt.
struct SearchPage {
    var query: String
    var hits: [SearchHit]

    var html: String {
        var body = "<h1>Search</h1>\n"
        if query.allSatisfy(\.isWhitespace) {
            body += "<p>Type words to find articles; any inflection matches (“elections” finds “election”).</p>"
        } else if hits.isEmpty {
            body += "<p>No articles match <b>\(Layout.escape(query))</b>.</p>"
        } else {
            body +=
                "<p class=\"meta\">\(Layout.plural(hits.count, "article matches", "articles match")) <b>\(Layout.escape(query))</b>.</p>\n<ol class=\"results\">\n"
            for hit in hits {
                body +=
                    "<li><a href=\"\(Layout.articlePath(hit.article.id))\">\(Layout.escape(hit.article.title ?? hit.article.id))</a>"
                body += " <span class=\"meta\">\(Layout.escape(hit.article.outlet ?? ""))"
                if let published = hit.article.published { body += " · \(Layout.escape(String(published.prefix(10))))" }
                body += "</span>"
                if let storyID = hit.storyID { body += " · <a href=\"\(Layout.storyPath(storyID))\">story</a>" }
                body += "<div class=\"excerpt\">\(Layout.escape(hit.excerpt))</div></li>\n"
            }
            body += "</ol>"
        }
        return Layout.page(title: query.isEmpty ? "Search" : "Search: \(query)", body: body, query: query)
    }
}
