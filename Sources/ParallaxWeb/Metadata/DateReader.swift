import Foundation

/// Finds publication dates in URLs and in the visible text of a page.
struct DateReader {
    let document: HTMLDocument
    /// Whether text inside navigation is passed over.
    var skipsNavigation = false

    /// A date in a URL, as precise as it is written.
    struct URLDate: Sendable {
        var year: Int
        var month: Int?
        var day: DateParser.Day?
    }

    /// The address an archive copy stands for: `https://web.archive.org/web/20131110121040/http://x/`
    /// gives `http://x/`, whose dates are the page's; the capture time is not.
    static func archivedURL(_ url: String) -> String {
        guard let marker = url.range(of: "web.archive.org/web/") else { return url }
        let rest = url[marker.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return url }
        return String(rest[rest.index(after: slash)...])
    }

    /// A `/2026/01/07/`, `/2026/1/7/`, `/2026-01-07`, `/20260107` or `/2026/01/` date in a URL.
    static func date(inURL url: String) -> URLDate? {
        let bytes = Array(url.utf8)
        var partial: URLDate?
        var index = 0
        while index + 6 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == 47 || bytes[index] == 45 || bytes[index] == 95 else { continue }
            var cursor = index + 1
            func number(maximumDigits: Int, minimumDigits: Int) -> Int? {
                var value = 0
                var digits = 0
                while cursor < bytes.count, digits < maximumDigits, bytes[cursor] >= 48, bytes[cursor] <= 57 {
                    value = value * 10 + Int(bytes[cursor] - 48)
                    digits += 1
                    cursor += 1
                }
                guard digits >= minimumDigits else { return nil }
                if cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57 { return nil }
                return value
            }
            let start = cursor
            if let compact = number(maximumDigits: 8, minimumDigits: 8) {
                let found = DateParser.Day(year: compact / 10000, month: compact / 100 % 100, day: compact % 100)
                if found.isPlausible { return URLDate(year: found.year, month: found.month, day: found) }
                continue
            }
            cursor = start
            guard let year = number(maximumDigits: 4, minimumDigits: 4), year >= 1990, year <= 2035,
                cursor < bytes.count
            else { continue }
            let separator = bytes[cursor]
            guard separator == 47 || separator == 45 || separator == 95 else { continue }
            cursor += 1
            guard let month = number(maximumDigits: 2, minimumDigits: 1), month >= 1, month <= 12 else { continue }
            let afterMonth = cursor
            if cursor < bytes.count, bytes[cursor] == separator {
                cursor += 1
                if let dayNumber = number(maximumDigits: 2, minimumDigits: 1),
                    cursor >= bytes.count || bytes[cursor] == separator || bytes[cursor] == 46
                        || bytes[cursor] == 63 || bytes[cursor] == 35 || bytes[cursor] == 95
                {
                    let found = DateParser.Day(year: year, month: month, day: dayNumber)
                    if found.isPlausible { return URLDate(year: year, month: month, day: found) }
                }
            }
            if partial == nil, afterMonth >= bytes.count || bytes[afterMonth] == 47 {
                partial = URLDate(year: year, month: month, day: nil)
            }
        }
        return partial
    }

    private static let dateWords = ["date", "time", "publish", "posted", "byline", "meta", "info", "datum", "stamp"]

    /// A date in a short text run, preferring runs inside date-like elements. An archive's
    /// banner (web.archive.org's `wm-ipp`) is passed over, as htmldate does: its dates are
    /// capture times.
    func dayInText() -> DateParser.Day? {
        let nodes = document.nodes
        var fallback: DateParser.Day?
        var inspected = 0
        var index = document.body
        while index < nodes.count {
            let node = nodes[index]
            guard node.tag == .text else {
                if node.hints.contains("wm-ipp") || (skipsNavigation && Self.isNavigation(node)) {
                    index = max(index + 1, Int(node.end))
                } else {
                    index += 1
                }
                continue
            }
            index += 1
            let text = node.text
            let length = text.utf8.count
            guard length >= 6 else { continue }
            inspected += 1
            if inspected > 3000 { break }
            guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { continue }
            let head = length < 160 ? text : String(text.utf8.prefix(60)) ?? ""
            guard let day = DateParser.day(in: head) else { continue }
            var ancestor = Int(node.parent)
            var level = 0
            while ancestor >= 0, level < 4 {
                let hints = nodes[ancestor].hints
                if nodes[ancestor].tag == .time || Self.dateWords.contains(where: { hints.contains($0) }) {
                    return day
                }
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
            if fallback == nil { fallback = day }
        }
        return fallback
    }

    /// Whether an element is navigation: a `<nav>`, `<aside>` or menu, or marked so by its role.
    private static func isNavigation(_ node: HTMLNode) -> Bool {
        switch node.tag {
        case .nav, .aside, .menu: return true
        default: return node.role == "navigation" || node.role == "menu" || node.role == "menubar"
        }
    }
}
