internal import ParallaxBase

/// The digest as one self-contained HTML page, readable on a phone; every statement
/// links to its sources.
public enum HTMLRenderer {
    public static func render(_ digest: Digest) -> String {
        let articles = Dictionary(digest.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var body = ""
        for story in digest.stories {
            body += render(story, citations: BriefCitations(story: story, articles: articles))
        }
        let title = digest.stories.first.map { escape($0.headline) } ?? "Parallax brief"
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — Parallax brief</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>Parallax brief</h1><p>\(digest.stories.count) \(MarkdownRenderer.plural(digest.stories.count, "story", "stories")) from \(digest.articles.count) \(MarkdownRenderer.plural(digest.articles.count, "article", "articles")).</p></header>
            <main>
            \(body)
            <section class="methodology" aria-labelledby="methodology"><h2 id="methodology">Methodology</h2><ul>\(Methodology.paragraphs.map { "<li>\(escape($0))</li>" }.joined())</ul></section>
            </main>
            </body>
            </html>

            """
    }

    /// One story as a fragment for a page of its own (the server's story page): citations
    /// link to `articlePage(articleID)` instead of the sources list.
    public static func storyFragment(
        _ story: Brief, articles: [Article], articlePage: @escaping (String) -> String
    ) -> String {
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return render(story, citations: BriefCitations(story: story, articles: byID), articlePage: articlePage)
    }

    static func render(_ story: Brief, citations: BriefCitations, articlePage: ((String) -> String)? = nil) -> String {
        func cite(_ ids: [String]) -> String {
            "<span class=\"cite\">"
                + ids.map {
                    "<a href=\"\(escape(articlePage?($0) ?? "#" + citations.anchor($0)))\" title=\"\(escape(citations.label($0)))\">[\(citations.numbers[$0] ?? 0)]</a>"
                }.joined() + "</span>"
        }
        var out = "<article class=\"story\" id=\"\(story.id)\">\n<h2>\(escape(story.headline))</h2>\n"
        out +=
            "<p class=\"meta\">\(story.articleIDs.count) \(MarkdownRenderer.plural(story.articleIDs.count, "article", "articles")) from \(citations.outletCount) \(MarkdownRenderer.plural(citations.outletCount, "source", "sources"))</p>\n"
        func section(_ title: String, _ items: [String], list: String = "ul", whenEmpty: String? = nil) {
            guard !items.isEmpty else {
                if let whenEmpty { out += "<section><h3>\(title)</h3><p class=\"none\">\(whenEmpty)</p></section>\n" }
                return
            }
            out +=
                "<section><h3>\(title)</h3><\(list)>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n")
                + "\n</\(list)></section>\n"
        }
        section(
            "Summary",
            story.summary.map { line in
                let note = line.note.map { " <em class=\"note\">\(escape($0))</em>" } ?? ""
                return "\(escape(line.dated ?? line.text)) \(cite(line.sources))\(note)"
            })
        section(
            "Facts",
            story.facts.map { fact in
                let support = fact.support.map {
                    "<li><b>\(escape(citations.label($0.article)))</b>: “\(escape($0.text))” \(cite([$0.article]))</li>"
                }.joined()
                // Sentences telling a part of the fact (`Fact.partial`): cited, counted as no voice.
                let partial = (fact.partial ?? []).map {
                    "<li class=\"partial\"><b>in part, \(escape(citations.label($0.article)))</b>: “\(escape($0.text))” \(cite([$0.article]))</li>"
                }.joined()
                let inPart = (fact.partial ?? []).isEmpty ? "" : " (\(fact.partial?.count ?? 0) in part)"
                return
                    "\(escape(fact.dated ?? fact.text)) <span class=\"count\">\(MarkdownRenderer.voices(fact))</span> \(cite(fact.sources))<details><summary>Supporting sentences\(inPart)</summary><ul>\(support)\(partial)</ul></details>"
            })
        section(
            "Discrepancies",
            story.discrepancies.map { discrepancy in
                "On \(escape(discrepancy.about)):<ul>"
                    + discrepancy.claims.map {
                        "<li><b>\(escape(citations.label($0.article)))</b> says <mark>\(escape($0.value ?? "—"))</mark>: “\(escape($0.text))” \(cite([$0.article]))</li>"
                    }.joined() + "</ul>"
            },
            // Agreement is a finding too, once there are sources to compare.
            whenEmpty: citations.outletCount > 1
                ? "None found: where these sources give numbers or years for the same thing, they agree." : nil)
        section(
            "Updates",
            (story.updates ?? []).map { update in
                "On \(escape(update.about)), latest first:<ul>"
                    + update.claims.map {
                        "<li><b>\(escape(citations.label($0.article)))</b> says <mark>\(escape($0.value ?? "—"))</mark>: “\(escape($0.text))” \(cite([$0.article]))</li>"
                    }.joined() + "</ul>"
            })
        section(
            "Timeline",
            story.timeline.map {
                "<time datetime=\"\(escape($0.date))\">\(escape($0.date))</time> \(escape($0.text)) \(cite($0.sources))"
            })
        section(
            "Quotes",
            story.quotes.map { quote in
                let who = [quote.speaker.map { "<b>\(escape($0))</b>" }, quote.speakerDescription.map(escape)]
                    .compactMap { $0 }
                let speaker = who.isEmpty ? "<i>Unattributed</i>" : who.joined(separator: ", ")
                let text =
                    quote.kind == .direct
                    ? "<q>\(escape(quote.text))</q>"
                    : "<span class=\"reported\">(reported) \(escape(quote.text))</span>"
                return "\(speaker): \(text) \(cite([quote.article]))"
            })
        section(
            "Key players",
            story.entities.prefix(15).map {
                "<b>\(escape($0.name))</b> <span class=\"type\">\($0.type.rawValue)</span> — \($0.mentions) \(MarkdownRenderer.plural($0.mentions, "mention", "mentions")) \(cite($0.articles))"
            })
        section(
            "Perspectives",
            story.perspectives.map { perspective in
                let terms =
                    perspective.distinctive.isEmpty
                    ? "" : " <span class=\"terms\">\(escape(perspective.distinctive.joined(separator: ", ")))</span>"
                return
                    "<b>\(escape(citations.label(perspective.article)))</b>: \(escape(perspective.angle))\(terms) \(cite([perspective.article]))"
            })
        section(
            "Sources",
            story.articleIDs.map { id in
                let article = citations.articles[id]
                var line = "<span id=\"\(citations.anchor(id))\"><b>\(escape(citations.label(id)))</b>"
                if let page = articlePage?(id) {
                    line =
                        "<span id=\"\(citations.anchor(id))\"><b><a href=\"\(escape(page))\">\(escape(citations.label(id)))</a></b>"
                }
                if let title = article?.title, title != citations.label(id) { line += " — \(escape(title))" }
                if let date = article?.published { line += " (\(date.iso8601))" }
                if let link = article?.url.flatMap(WebLink.linkable) {
                    line += " — <a href=\"\(escape(link))\" rel=\"noopener noreferrer\">\(escape(link))</a>"
                } else if let url = article?.url {
                    line += " — <span class=\"url\">\(escape(url))</span>"
                } else if let input = article?.input {
                    line += " — <code>\(escape(input))</code>"
                }
                return line + "</span>"
            }, list: "ol")
        return out + "</article>\n"
    }

    /// Text made safe in HTML (`Markup.escape`).
    public static func escape(_ text: String) -> String { Markup.escape(text) }

    public static let style = """
        :root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fdfdfc;--muted:#5c5f66;--accent:#0b57d0;--line:#e3e3e0}
        @media (prefers-color-scheme:dark){:root{--fg:#e8e8e6;--bg:#17181a;--muted:#a3a6ad;--accent:#8ab4f8;--line:#2e3034}}
        body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
        header,main{max-width:46rem;margin:0 auto;padding:0 1rem}
        header{border-bottom:1px solid var(--line)}h1{font-size:1.4rem;margin:1rem 0 .2rem}
        h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .3rem}h3{font-size:1.05rem;margin:1.4rem 0 .4rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        li{margin:.35rem 0}li.partial{color:var(--muted)}.meta,.type,.terms,.count{color:var(--muted);font-size:.9em}
        .cite a{font-size:.8em;vertical-align:super;text-decoration:none;color:var(--accent);padding:0 .1em}
        details{margin:.2rem 0 .6rem;font-size:.93em}summary{cursor:pointer;color:var(--muted)}
        mark{background:#fde68a;color:#1b1b1f;padding:0 .2em}q{font-style:italic}
        .story{border-bottom:1px solid var(--line);padding-bottom:1.5rem}.methodology{font-size:.92em;color:var(--muted)}
        a{color:var(--accent)}code{font-size:.85em;word-break:break-all}:target{background:rgba(255,214,0,.25)}
        """
}
