internal import Parallax
internal import ParallaxStore

/// One article's clean text, quotes and named entities highlighted, with its metadata.
struct ArticlePage {
    var detail: ArticleDetail

    var html: String {
        let article = detail.article
        var body = "<p class=\"kicker\">Article</p>\n<h1>\(Layout.escape(article.title ?? "Untitled article"))</h1>\n"
        body += "<dl class=\"meta-list\">"
        if let outlet = article.outlet { body += "<dt>Outlet</dt><dd>\(Layout.escape(outlet))</dd>" }
        if let published = article.published {
            body +=
                "<dt>Published</dt><dd><time datetime=\"\(Layout.escape(published))\">\(Layout.escape(published))</time></dd>"
        }
        if !article.authors.isEmpty {
            body += "<dt>By</dt><dd>\(Layout.escape(article.authors.joined(separator: ", ")))</dd>"
        }
        if let link = article.url.flatMap(WebLink.linkable) {
            body +=
                "<dt>Source</dt><dd><a href=\"\(Layout.escape(link))\" rel=\"noopener noreferrer\">\(Layout.escape(link))</a></dd>"
        } else if let url = article.url {
            body += "<dt>Source</dt><dd>\(Layout.escape(url)) <span class=\"meta\">(not a web address)</span></dd>"
        }
        if let story = detail.story {
            body +=
                "<dt>Story</dt><dd><a href=\"\(Layout.storyPath(story.id))\">\(Layout.escape(story.headline))</a></dd>"
        }
        body += "</dl>\n"
        body +=
            "<p class=\"legend meta\"><span><q class=\"quote\">quoted</q> speech</span> <span>underlined: names (people, organisations, places)</span></p>\n"
        body += "<div class=\"article-text\">\(Self.highlighted(article.text, analysis: detail.analysis))</div>"
        return Layout.page(title: article.title ?? "Article", body: body)
    }

    /// Paragraphs of `text` with quotes as `<q>` and entity mentions as `<mark>`. Offsets are
    /// Unicode scalars; an entity is only marked when it nests inside or outside every quote.
    static func highlighted(_ text: String, analysis: ArticleAnalysisRecord?) -> String {
        struct Span {
            var start: Int
            var end: Int
            var open: String
            var close: String
        }
        var spans: [Span] = []
        for quote in analysis?.quotes ?? [] where quote.start < quote.end {
            let who = quote.label.map { " title=\"\(Layout.escape("said by " + $0))\"" } ?? ""
            spans.append(Span(start: quote.start, end: quote.end, open: "<q class=\"quote\"\(who)>", close: "</q>"))
        }
        let quotes = spans
        for entity in analysis?.entities ?? [] where entity.start < entity.end {
            let crosses = quotes.contains { quote in
                (entity.start < quote.start && entity.end > quote.start)
                    || (entity.start < quote.end && entity.end > quote.end)
            }
            guard !crosses else { continue }
            let title = Layout.escape("\(entity.kind): \(entity.label ?? "")")
            spans.append(
                Span(
                    start: entity.start, end: entity.end,
                    open: "<mark class=\"entity \(Layout.escape(entity.kind))\" title=\"\(title)\">", close: "</mark>"))
        }
        // Outer spans first at one start; drop spans that overlap an open one they do not nest in.
        spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var opens: [Int: [Span]] = [:]
        var accepted: [Span] = []
        for span in spans {
            if accepted.contains(where: { $0.start < span.start && span.start < $0.end && span.end > $0.end }) {
                continue
            }
            if accepted.contains(where: { $0.start == span.start && $0.end == span.end }) { continue }
            accepted.append(span)
            opens[span.start, default: []].append(span)
        }
        var out = "<p>"
        var stack: [Span] = []
        var offset = 0
        var pendingBreak = false
        for scalar in text.unicodeScalars {
            while let top = stack.last, top.end <= offset {
                out += top.close
                stack.removeLast()
            }
            if scalar == "\n" {
                pendingBreak = true
                offset += 1
                continue
            }
            if pendingBreak {
                // A paragraph break inside a span closes it and opens it again after.
                out += stack.reversed().map(\.close).joined() + "</p>\n<p>" + stack.map(\.open).joined()
                pendingBreak = false
            }
            for span in opens[offset] ?? [] {
                out += span.open
                stack.append(span)
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
            offset += 1
        }
        out += stack.reversed().map(\.close).joined()
        return out + "</p>"
    }
}
