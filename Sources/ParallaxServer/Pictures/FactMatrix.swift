internal import Foundation
internal import Parallax

/// Which outlets support, contradict or are silent on each fact: a row per fact, a column per
/// outlet. A supporting mark links to the sentence behind it (a text fragment of the article
/// page); a contradicting one to the outlet's differing claim, from the brief's discrepancies; a
/// half mark to a sentence that tells a part of the fact (`Fact.partial`: cited, no voice).
/// A table, so it reads without pictures; symbols carry a text label too.
struct FactMatrix {
    enum Stance: String {
        case supports, contradicts, silent
        /// The outlet's only cited sentence tells a part of the fact (`Fact.partial`).
        case partial
    }

    struct Cell: Equatable {
        var stance: Stance
        /// The article and sentence behind the mark (none when silent).
        var article: String?
        var sentence: String?
    }

    var story: Brief
    var articles: [Article]
    var articlePage: (String) -> String

    private var outletOf: [String: String] {
        Dictionary(articles.map { ($0.id, OutletName.of($0)) }, uniquingKeysWith: { one, _ in one })
    }

    /// Outlets of the story's articles, in the order they first appear.
    var outlets: [String] {
        var seen: [String] = []
        let outletOf = self.outletOf
        for id in story.articleIDs {
            let outlet = outletOf[id] ?? id
            if !seen.contains(outlet) { seen.append(outlet) }
        }
        return seen
    }

    /// The cell of `fact` for `outlet`.
    func cell(_ fact: Fact, outlet: String) -> Cell {
        let outletOf = self.outletOf
        if let support = fact.support.first(where: { outletOf[$0.article] == outlet }) {
            return Cell(stance: .supports, article: support.article, sentence: support.text)
        }
        if fact.support.isEmpty, let source = fact.sources.first(where: { outletOf[$0] == outlet }) {
            return Cell(stance: .supports, article: source, sentence: nil)
        }
        if let support = fact.partial?.first(where: { outletOf[$0.article] == outlet }) {
            return Cell(stance: .partial, article: support.article, sentence: support.text)
        }
        let backing = Set(fact.support.map { "\($0.article)\u{1F}\($0.text)" })
        for discrepancy in story.discrepancies {
            guard
                let agreeing = discrepancy.claims.first(where: { backing.contains("\($0.article)\u{1F}\($0.text)") })
            else { continue }
            if let other = discrepancy.claims.first(where: {
                outletOf[$0.article] == outlet && $0.value != agreeing.value
            }) {
                return Cell(stance: .contradicts, article: other.article, sentence: other.text)
            }
        }
        return Cell(stance: .silent)
    }

    var html: String {
        let outlets = self.outlets
        guard !story.facts.isEmpty, !outlets.isEmpty else { return "" }
        var out =
            "<section class=\"picture\"><h3>Who reports each fact</h3><p class=\"legend\"><span>● supports</span><span>◐ supports in part</span><span>✕ contradicts</span><span>· silent</span></p>\n"
        out +=
            "<table class=\"matrix\"><caption class=\"visually-hidden\">Facts by outlet: supports, contradicts or silent</caption><thead><tr><th scope=\"col\">Fact</th>"
        for (index, outlet) in outlets.enumerated() {
            out +=
                "<th scope=\"col\"><abbr title=\"\(HTMLRenderer.escape(outlet))\">\(HTMLRenderer.escape(Self.initials(outlet, index: index)))</abbr></th>"
        }
        out += "</tr></thead><tbody>\n"
        for (index, fact) in story.facts.enumerated() {
            out +=
                "<tr><th scope=\"row\" title=\"\(HTMLRenderer.escape(fact.text))\">\(index + 1). \(HTMLRenderer.escape(Self.shortened(fact.text)))</th>"
            for outlet in outlets {
                let cell = cell(fact, outlet: outlet)
                let label =
                    "\(outlet) \(Self.verb(cell.stance)) fact \(index + 1)\(cell.stance == .partial ? " in part" : "")"
                switch cell.stance {
                case .silent:
                    out +=
                        "<td class=\"silent\" data-mark=\"silent\"><span aria-label=\"\(HTMLRenderer.escape(label))\" role=\"img\">·</span></td>"
                case .supports, .contradicts, .partial:
                    let symbol = [.supports: "●", .partial: "◐"][cell.stance] ?? "✕"
                    out +=
                        "<td class=\"\(cell.stance.rawValue)\" data-mark=\"\(cell.stance.rawValue)\"><a href=\"\(HTMLRenderer.escape(link(cell)))\" aria-label=\"\(HTMLRenderer.escape(label))\" title=\"\(HTMLRenderer.escape(cell.sentence ?? label))\">\(symbol)</a></td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    /// The article page scrolled to the sentence (a text fragment: no script needed).
    func link(_ cell: Cell) -> String {
        let page = articlePage(cell.article ?? "")
        guard let sentence = cell.sentence else { return page }
        let words = sentence.split(whereSeparator: \.isWhitespace).prefix(8).joined(separator: " ")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: " ")
        let encoded = (words.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
            .replacingOccurrences(of: " ", with: "%20")
        return page + "#:~:text=" + encoded
    }

    /// A column heading: the outlet's initials ("Harbor Gazette" → "HG"), or its number.
    static func initials(_ outlet: String, index: Int) -> String {
        let letters = outlet.split(whereSeparator: { !$0.isLetter }).compactMap(\.first).prefix(3)
        return letters.isEmpty ? "\(index + 1)" : String(letters).uppercased()
    }

    /// The verb of a cell's label: "supports", "contradicts", "is silent on".
    static func verb(_ stance: Stance) -> String {
        switch stance {
        case .silent: "is silent on"
        case .partial: "supports"
        case .supports, .contradicts: stance.rawValue
        }
    }

    static func shortened(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(68)) + "…"
    }
}
