/// A run of text between block boundaries.
struct TextBlock: Sendable {
    /// The whitespace-normalized text.
    var text: String
    /// The innermost block element around the text.
    var tag: HTMLTag
    /// Characters of the text that sit inside links.
    var linkCharacters: Int
}

/// Turns the chosen content elements into text blocks, dropping boilerplate inside them.
struct BlockCollector {
    let scorer: ContentScorer

    /// The blocks of the subtrees rooted at `roots`.
    func blocks(in roots: [Int]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for root in roots { collect(root, into: &blocks) }
        return blocks
    }

    private func shouldSkip(_ index: Int) -> Bool {
        if scorer.excluded[index] { return true }
        let node = scorer.document.nodes[index]
        switch node.tag {
        case .div, .section, .ul, .ol, .table, .dl, .aside, .span, .tbody, .center:
            let length = scorer.textLength[index]
            guard length > 0 else { return false }
            if scorer.rules.judgesTablesByCells, node.tag == .table || node.tag == .tbody {
                return isLinkTable(index)
            }
            if scorer.rules.readsSpansByOwnText, node.tag == .span,
                length - scorer.linkLength[index] >= ContentRules.spanOwnLetters
                    || scorer.linkLength[index] < ContentRules.spanOwnLetters
            {
                // A sentence in a span, or a short inline link ("(N225)"): read through it; pop-ups
                // of links inside are judged on their own.
                return scorer.trustsClassNames && scorer.weight[index] < 0 && scorer.commas[index] < 10
            }
            let density = scorer.linkDensity(index)
            let isList = node.tag == .ul || node.tag == .ol
            if scorer.trustsClassNames, scorer.weight[index] < 0, scorer.commas[index] < 10 { return true }
            if density > (isList ? 0.4 : 0.5), scorer.commas[index] < 10 { return true }
            if scorer.weight[index] < 25, density > 0.33, scorer.paragraphs[index] == 0, length < 400 {
                return isList || node.tag == .div || node.tag == .section
            }
            return false
        default:
            return false
        }
    }

    /// Whether most cells of a table are links (a menu laid out as a table), rather than
    /// data with a linked name here and there.
    private func isLinkTable(_ index: Int) -> Bool {
        let nodes = scorer.document.nodes
        var cells = 0
        var linkCells = 0
        for inner in index + 1..<Int(nodes[index].end) where nodes[inner].tag == .td || nodes[inner].tag == .th {
            let length = scorer.textLength[inner]
            guard length > 0 else { continue }
            cells += 1
            if scorer.linkLength[inner] * 2 > length { linkCells += 1 }
        }
        return cells == 0 || linkCells * 2 > cells
    }

    private func collect(_ root: Int, into blocks: inout [TextBlock]) {
        let nodes = scorer.document.nodes
        if scorer.excluded[root] { return }
        var buffer = ""
        var linkCharacters = 0
        var open: [(end: Int, tag: HTMLTag)] = [(Int(nodes[root].end), nodes[root].tag)]
        var links: [Int] = []
        func flush() {
            let text = TextNormalizer.collapse(buffer)
            if !text.isEmpty {
                blocks.append(TextBlock(text: text, tag: open.last?.tag ?? .div, linkCharacters: linkCharacters))
            }
            buffer = ""
            linkCharacters = 0
        }
        var index = root + 1
        let end = Int(nodes[root].end)
        while index < end {
            while let last = open.last, index >= last.end {
                flush()
                open.removeLast()
            }
            while let last = links.last, index >= last { links.removeLast() }
            let node = nodes[index]
            if node.tag == .text {
                buffer += node.text
                if !links.isEmpty { linkCharacters += node.text.utf8.count }
                index += 1
                continue
            }
            if shouldSkip(index) {
                index = Int(node.end)
                continue
            }
            if scorer.rules.judgesTablesByCells, node.tag == .td || node.tag == .th {
                // A row reads as one line: its cells are words of it.
                buffer += " "
            } else if node.tag.isBlock {
                flush()
                open.append((Int(node.end), node.tag))
            } else if node.tag == .a, scorer.rules.linkLetters(scorer.textLength[index]) > 0 {
                links.append(Int(node.end))
            }
            index += 1
        }
        flush()
    }
}
