internal import Parallax

/// The frame of every page: one stylesheet inline, no script, landmarks and a skip link.
enum Layout {
    static func page(title: String, body: String, query: String = "") -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — Parallax</title>
        <style>\(HTMLRenderer.style)\(style)\(NewsroomStyle.css)</style>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site"><nav aria-label="Site"><a class="brand" href="/">Parallax</a>
        <form class="search" role="search" action="/search" method="get"><label for="q" class="visually-hidden">Search articles</label><input id="q" name="q" type="search" placeholder="Search articles" value="\(escape(query))"><button type="submit">Search</button></form>
        </nav></header>
        <main id="main">
        \(body)
        </main>
        <footer class="site"><p>Parallax — briefs built from many outlets' coverage, every statement cited. <a href="/api/stories">JSON API</a> · <a href="/signin">Newsroom sign-in</a></p></footer>
        </body>
        </html>

        """
    }

    static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }

    /// Percent-encodes a path segment or query value.
    static func urlComponent(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func storyPath(_ id: String) -> String { "/stories/" + urlComponent(id) }
    static func articlePath(_ id: String) -> String { "/articles/" + urlComponent(id) }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    static let style = """
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.4rem;z-index:2}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        header.site{border-bottom:1px solid var(--line)}header.site nav{max-width:46rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;justify-content:space-between}
        .brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--fg)}
        form.search{display:flex;gap:.3rem;flex:1 1 14rem;max-width:24rem}
        form.search input{flex:1;min-width:0;font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
        button{font:inherit;padding:.35rem .7rem;border:1px solid var(--line);border-radius:.3rem;background:var(--line);color:var(--fg);cursor:pointer}
        main{padding-bottom:2rem}footer.site{max-width:46rem;margin:0 auto;padding:1rem;color:var(--muted);font-size:.85em;border-top:1px solid var(--line)}
        .kicker{font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.4rem 0 0}
        ol.stories{list-style:none;padding:0}ol.stories li{padding:.7rem 0;border-bottom:1px solid var(--line)}
        ol.stories a.headline{font-weight:600;font-size:1.08rem;text-decoration:none}ol.stories a.headline:hover{text-decoration:underline}
        .tabs{display:flex;gap:1rem;margin:1rem 0 .2rem}.tabs a[aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
        .pager{display:flex;justify-content:space-between;margin-top:1rem}
        .notice{border-left:4px solid #d97706;padding:.3rem .8rem;background:rgba(217,119,6,.08)}
        .article-text p{margin:0 0 1rem}.article-text q.quote{background:rgba(11,87,208,.10);font-style:normal;quotes:none}
        .article-text mark.entity{background:none;color:inherit;border-bottom:2px solid #d97706;padding:0}
        .article-text mark.entity.person{border-color:#0b57d0}.article-text mark.entity.place{border-color:#15803d}
        .legend span{margin-right:1rem}dl.meta-list{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;font-size:.93em}
        dl.meta-list dt{color:var(--muted)}dl.meta-list dd{margin:0;word-break:break-word}
        .results li{margin:.9rem 0}.excerpt{color:var(--muted);font-size:.93em}
        """
}
