internal import Parallax
internal import ParallaxBase
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
    /// Linear in the text and O(n log n) in the spans, so an article with tens of thousands of
    /// marks still renders in milliseconds.
    static func highlighted(_ text: String, analysis: ArticleAnalysisRecord?) -> String {
        var spans: [HighlightSpan] = []
        for quote in analysis?.quotes ?? [] where quote.start < quote.end {
            let who = quote.label.map { " title=\"\(Layout.escape("said by " + $0))\"" } ?? ""
            spans.append(
                HighlightSpan(start: quote.start, end: quote.end, open: "<q class=\"quote\"\(who)>", close: "</q>"))
        }
        let quoteBoundaries = spans.flatMap { [$0.start, $0.end] }.sorted()
        for entity in analysis?.entities ?? [] where entity.start < entity.end {
            // An entity crossing a quote has a quote boundary strictly inside it.
            let firstAfterStart = Self.firstIndex(in: quoteBoundaries, greaterThan: entity.start)
            if firstAfterStart < quoteBoundaries.count, quoteBoundaries[firstAfterStart] < entity.end { continue }
            let title = Layout.escape("\(entity.kind): \(entity.label ?? "")")
            spans.append(
                HighlightSpan(
                    start: entity.start, end: entity.end,
                    open: "<mark class=\"entity \(Layout.escape(entity.kind))\" title=\"\(title)\">", close: "</mark>"))
        }
        let opens = Dictionary(grouping: nestedSpans(spans), by: \.start)
        var out = "<p>"
        var stack: [HighlightSpan] = []
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
            Markup.appendEscaped(scalar, to: &out)
            offset += 1
        }
        out += stack.reversed().map(\.close).joined()
        return out + "</p>"
    }

    /// The spans that nest, outer ones first at one start: a span overlapping an earlier one it
    /// does not nest in is dropped, and so is a repeat of one kept. One pass over the spans
    /// sorted by start, with a stack of the kept spans still open (each nested in the one below).
    static func nestedSpans(_ spans: [HighlightSpan]) -> [HighlightSpan] {
        let sorted = spans.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [HighlightSpan] = []
        var open: [HighlightSpan] = []
        for span in sorted {
            while let top = open.last, top.end <= span.start { open.removeLast() }
            if let top = open.last {
                if top.start == span.start && top.end == span.end { continue }
                if top.start < span.start && span.end > top.end { continue }
            }
            kept.append(span)
            open.append(span)
        }
        return kept
    }

    /// The index of the first element of sorted `values` greater than `value`.
    private static func firstIndex(in values: [Int], greaterThan value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A quote or entity to mark in an article's text: scalar offsets and its tags.
struct HighlightSpan {
    var start: Int
    var end: Int
    var open: String
    var close: String
}
