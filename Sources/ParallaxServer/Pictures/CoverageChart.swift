internal import Foundation
internal import Parallax

/// When each outlet reported the story: one row per outlet, a dot per article on a day scale,
/// each dot a link to the article. Server-rendered SVG that scales to the page (a phone's width
/// too), with a title and description for screen readers and the same data as a table.
struct CoverageChart {
    /// Drawing sizes in SVG units; the chart is `width` wide and scales with the page.
    struct Geometry: Sendable {
        /// 480 units: at a 390 px phone's ~358 px column the 16-unit labels are ~12 px, still legible.
        var width = 480.0
        var rowHeight = 44.0
        var margin = 12.0
        var dotRadius = 6.0
        /// Dots of one outlet on one day are set this far apart.
        var stackOffset = 14.0
        var fontSize = 16.0
    }

    var articles: [Article]
    var articlePage: (String) -> String
    var layout = Geometry()

    struct Mark: Equatable {
        var article: String
        var outlet: String
        var day: Int
    }

    /// Dated articles as (article, outlet, day number); undated ones are only counted in the caption.
    var marks: [Mark] {
        articles.compactMap { article in
            guard let published = article.published, let day = Self.dayNumber(published) else { return nil }
            return Mark(article: article.id, outlet: OutletName.of(article), day: day)
        }
    }

    var outlets: [String] {
        var seen: [String] = []
        for mark in marks.sorted(by: { ($0.day, $0.outlet) < ($1.day, $1.outlet) }) where !seen.contains(mark.outlet) {
            seen.append(mark.outlet)
        }
        return seen
    }

    var html: String {
        let marks = self.marks
        guard let first = marks.map(\.day).min(), let last = marks.map(\.day).max() else { return "" }
        let outlets = self.outlets
        let height = layout.margin * 2 + Double(outlets.count) * layout.rowHeight + layout.fontSize + 6
        let plotLeft = layout.margin + layout.dotRadius
        let plotWidth = layout.width - 2 * plotLeft
        func x(_ day: Int) -> Double {
            last == first ? layout.width / 2 : plotLeft + plotWidth * Double(day - first) / Double(last - first)
        }
        let undatedCount = articles.count - marks.count
        let undated = undatedCount == 0 ? "" : " (\(undatedCount) more without a date)"
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { one, _ in one })
        let firstDate = Self.date(of: first)
        let lastDate = Self.date(of: last)
        var svg = """
            <svg class="coverage" viewBox="0 0 \(Int(layout.width)) \(Int(height))" role="img" aria-labelledby="coverage-title coverage-desc" xmlns="http://www.w3.org/2000/svg">
            <title id="coverage-title">Coverage over time by outlet</title>
            <desc id="coverage-desc">\(marks.count) dated articles from \(outlets.count) outlets between \(firstDate) and \(lastDate)\(undated); the table below lists them.</desc>

            """
        for (row, outlet) in outlets.enumerated() {
            let top = layout.margin + Double(row) * layout.rowHeight
            let lineY = top + layout.fontSize + 10
            svg +=
                "<text x=\"\(layout.margin)\" y=\"\(Self.number(top + layout.fontSize))\" font-size=\"\(Int(layout.fontSize))\">\(HTMLRenderer.escape(outlet))</text>\n"
            svg +=
                "<line x1=\"\(layout.margin)\" x2=\"\(Self.number(layout.width - layout.margin))\" y1=\"\(Self.number(lineY))\" y2=\"\(Self.number(lineY))\" class=\"rule\"/>\n"
            var stacked: [Int: Int] = [:]
            for mark in marks where mark.outlet == outlet {
                let offset = Double(stacked[mark.day, default: 0]) * layout.stackOffset
                stacked[mark.day, default: 0] += 1
                let cx = min(x(mark.day) + offset, layout.width - layout.margin)
                let label = "\(outlet), \(Self.date(of: mark.day)): \(byID[mark.article]?.title ?? mark.article)"
                svg +=
                    "<a href=\"\(HTMLRenderer.escape(articlePage(mark.article)))\" data-mark=\"article\" data-article=\"\(HTMLRenderer.escape(mark.article))\"><circle cx=\"\(Self.number(cx))\" cy=\"\(Self.number(lineY))\" r=\"\(Int(layout.dotRadius))\"><title>\(HTMLRenderer.escape(label))</title></circle></a>\n"
            }
        }
        let axisY = height - layout.margin + 2
        svg +=
            "<text x=\"\(layout.margin)\" y=\"\(Self.number(axisY))\" font-size=\"12\" class=\"axis\">\(firstDate)</text>\n"
        if last != first {
            svg +=
                "<text x=\"\(Self.number(layout.width - layout.margin))\" y=\"\(Self.number(axisY))\" font-size=\"12\" text-anchor=\"end\" class=\"axis\">\(lastDate)</text>\n"
        }
        svg += "</svg>"
        var table =
            "<details><summary>Coverage as a table</summary><table class=\"desk\"><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Articles</th></tr></thead><tbody>"
        for outlet in outlets {
            let items = marks.filter { $0.outlet == outlet }.sorted { $0.day < $1.day }.map {
                "<a href=\"\(HTMLRenderer.escape(articlePage($0.article)))\">\(Self.date(of: $0.day))</a>"
            }
            table +=
                "<tr><th scope=\"row\">\(HTMLRenderer.escape(outlet))</th><td>\(items.joined(separator: ", "))</td></tr>"
        }
        table += "</tbody></table></details>"
        return
            "<section class=\"picture\"><h3>Coverage over time</h3><figure>\(svg)<figcaption>Each dot is an article, on the day it was published; follow a dot to read it.\(undatedCount == 0 ? "" : " \(undatedCount) \(undatedCount == 1 ? "article gives" : "articles give") no date and \(undatedCount == 1 ? "is" : "are") not drawn.")</figcaption></figure>\(table)</section>\n"
    }

    static func dayNumber(_ date: PublicationDate) -> Int? {
        guard let month = date.month, let day = date.day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let instant = calendar.date(from: DateComponents(year: date.year, month: month, day: day)) else {
            return nil
        }
        return Int(instant.timeIntervalSince1970 / 86_400)
    }

    static func date(of day: Int) -> String {
        String(Date(timeIntervalSince1970: Double(day) * 86_400).ISO8601Format().prefix(10))
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}
