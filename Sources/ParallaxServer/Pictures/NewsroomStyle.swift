internal import Foundation
internal import Parallax

/// The stylesheet of the newsroom's own parts (review desk, review box, pictures), added to the
/// page's one inline stylesheet.
enum NewsroomStyle {
    static let css =
        ReviewWording.style
            + """
            .picture figure{margin:.4rem 0}svg.coverage{width:100%;max-width:40rem;height:auto;display:block}
            svg.coverage text{fill:var(--fg)}svg.coverage .axis{fill:var(--muted)}svg.coverage line.rule{stroke:var(--line);stroke-width:1}
            svg.coverage circle{fill:#0b57d0;stroke:var(--bg);stroke-width:1.5}svg.coverage a:focus circle,svg.coverage a:hover circle{fill:#d97706}
            table.matrix{border-collapse:collapse;font-size:.88em;display:block;overflow-x:auto;max-width:100%}
            table.matrix th,table.matrix td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:center}
            table.matrix tbody th{text-align:left;font-weight:400;min-width:12rem}table.matrix a{text-decoration:none;font-size:1.1em}
            td.supports a{color:#15803d}td.partial a{color:#a16207}td.contradicts a{color:#b91c1c}td.silent{color:var(--muted)}
            """
}

/// The name a picture gives an article's outlet: the outlet, else the web site's host, else the
/// article's title (never its internal id).
enum OutletName {
    static func of(_ article: Article) -> String {
        if let outlet = article.outlet, !outlet.isEmpty { return outlet }
        if let url = article.url, let host = URL(string: url)?.host, !host.isEmpty {
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        if let title = article.title, !title.isEmpty { return String(title.prefix(40)) }
        return "Unnamed source"
    }
}
