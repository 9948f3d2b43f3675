/// Turns an HTML fragment (a feed item's content or description) into clean paragraphs,
/// through the same libxml2 parser and text handling as whole pages.
enum HTMLText {
    /// The paragraphs of `html`; plain text without markup is split on blank lines.
    static func paragraphs(_ html: String) -> [String] {
        guard html.contains("<") || html.contains("&") else {
            return splitPlainText(html)
        }
        let prepared = CharacterEncoding.Prepared(
            bytes: CharacterEncoding.repairUTF8(Array(html.utf8)[...]), encoding: "UTF-8")
        guard let document = try? HTMLDocument.parse(prepared, url: nil, maximumNodes: 200_000) else {
            return splitPlainText(html)
        }
        var paragraphs: [String] = []
        var buffer = ""
        func flush() {
            let text = TextNormalizer.collapse(buffer)
            if !text.isEmpty { paragraphs.append(text) }
            buffer = ""
        }
        var open: [Int] = []
        for (index, node) in document.nodes.enumerated() {
            while let end = open.last, index >= end {
                flush()
                open.removeLast()
            }
            if node.tag == .text {
                buffer += node.text
            } else if node.tag.isBlock {
                flush()
                open.append(Int(node.end))
            }
        }
        flush()
        return paragraphs
    }

    /// The text of `html` as one line.
    static func plainText(_ html: String) -> String {
        paragraphs(html).joined(separator: " ")
    }

    private static func splitPlainText(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                let collapsed = TextNormalizer.collapse(current)
                if !collapsed.isEmpty { paragraphs.append(collapsed) }
                current = ""
            } else {
                current += " " + line
            }
        }
        let collapsed = TextNormalizer.collapse(current)
        if !collapsed.isEmpty { paragraphs.append(collapsed) }
        return paragraphs
    }
}
