/// Finds the element that holds the main text, readability-style: paragraphs vote for
/// their ancestors, weighted by length, commas, class names and link density.
struct ContentScorer {
    let document: HTMLDocument
    /// Whether boilerplate-like class names remove elements.
    let trustsClassNames: Bool
    /// Rules for links, tables and paragraph-like siblings.
    let rules: ContentRules
    /// Whether each node lies in boilerplate removed before scoring.
    private(set) var excluded: [Bool]
    /// The class-name weight of each element.
    private(set) var weight: [Int16]
    /// Counted characters of visible text inside each node.
    private(set) var textLength: [Int32]
    /// Counted characters of link text inside each node.
    private(set) var linkLength: [Int32]
    /// Commas inside each node.
    private(set) var commas: [Int32]
    /// Whether each element contains a block-level element.
    private(set) var hasBlockChild: [Bool]
    /// Letters of text directly inside each element or inside its inline children.
    private(set) var ownText: [Int32]
    /// Commas directly inside each element or inside its inline children.
    private(set) var ownCommas: [Int32]
    /// Paragraph (`<p>`) count inside each node.
    private(set) var paragraphs: [Int32]

    /// Creates the scorer; `trustsClassNames` false keeps elements whose names look like
    /// boilerplate, for a second try when the first found too little.
    init(document: HTMLDocument, trustsClassNames: Bool = true, rules: ContentRules = .init()) {
        self.document = document
        self.trustsClassNames = trustsClassNames
        self.rules = rules
        let count = document.nodes.count
        excluded = Array(repeating: false, count: count)
        weight = Array(repeating: 0, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        paragraphs = Array(repeating: 0, count: count)
        ownText = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        markBoilerplate(trustsClassNames: trustsClassNames)
        measure()
    }

    /// The link share of the text in node `index`.
    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : Double(linkLength[index]) / Double(length)
    }

    private mutating func markBoilerplate(trustsClassNames: Bool) {
        let nodes = document.nodes
        var verdicts: [String: ClassHints.Verdict] = [:]
        // Raw letters under each node, so that a wrapper holding most of the page is never dropped.
        var raw = Array(repeating: Int32(0), count: nodes.count)
        var longParagraphs = Array(repeating: Int32(0), count: nodes.count)
        // Letters inside quotations under each node (embedded posts), for `keepsQuotedEmbeds`.
        var quoted = Array(repeating: Int32(0), count: rules.keepsQuotedEmbeds ? nodes.count : 0)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            if node.tag == .text {
                raw[index] = Int32(ByteScan.count(in: node.text) { $0 > 32 && $0 & 0xC0 != 0x80 })
            } else if node.tag == .a {
                raw[index] /= 4
            } else if node.tag == .p, raw[index] >= 120 {
                longParagraphs[index] += 1
            } else if node.tag == .blockquote, !quoted.isEmpty {
                quoted[index] = raw[index]
            }
            if node.parent >= 0 {
                raw[Int(node.parent)] += raw[index]
                longParagraphs[Int(node.parent)] += longParagraphs[index]
                if !quoted.isEmpty { quoted[Int(node.parent)] += quoted[index] }
            }
        }
        let protectedSize = raw.indices.contains(document.body) ? raw[document.body] / 2 : 0
        for index in nodes.indices {
            let node = nodes[index]
            let parent = Int(node.parent)
            if parent >= 0, excluded[parent] {
                excluded[index] = true
                continue
            }
            guard node.tag != .text else { continue }
            var drop = node.isHidden || node.tag.isNeverContent
            switch node.tag {
            case .nav, .footer, .aside, .figure, .figcaption, .form, .menu, .header, .address, .caption:
                drop = true
            default:
                break
            }
            switch node.role {
            case "navigation", "complementary", "menu", "menubar", "banner", "contentinfo", "dialog", "alert",
                "alertdialog", "search", "toolbar":
                drop = true
            default:
                break
            }
            if !node.hints.isEmpty, node.tag != .body, node.tag != .html, node.tag != .a {
                let verdict: ClassHints.Verdict
                if let known = verdicts[node.hints] {
                    verdict = known
                } else {
                    verdict = ClassHints.judge(node.hints)
                    verdicts[node.hints] = verdict
                }
                weight[index] = Int16(verdict.weight)
                // Rows and cells of a table are data; its names are judged on the table itself.
                let isTableInside = node.tag == .tr || node.tag == .td || node.tag == .th || node.tag == .tbody
                let holdsQuotation = !quoted.isEmpty && quoted[index] >= ContentRules.quotedLetters
                if verdict.isBoilerplate, trustsClassNames,
                    verdict.isStrong || (longParagraphs[index] < 3 && !holdsQuotation),
                    !(rules.judgesTablesByCells && isTableInside)
                {
                    drop = true
                }
            }
            if drop, node.tag != .body, node.tag != .html, raw[index] < protectedSize || node.tag.isNeverContent {
                excluded[index] = true
            }
        }
    }

    private mutating func measure() {
        let nodes = document.nodes
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            if node.tag == .text {
                if !excluded[index] {
                    let (letters, commaCount) = ByteScan.withBytes(of: node.text) { bytes in
                        var counts: (letters: Int32, commas: Int32) = (0, 0)
                        for byte in bytes {
                            if byte > 32, byte & 0xC0 != 0x80 { counts.letters += 1 }
                            if byte == 44 { counts.commas += 1 }
                        }
                        return counts
                    }
                    textLength[index] = letters
                    commas[index] = commaCount
                }
            } else if node.tag == .a {
                linkLength[index] = rules.linkLetters(textLength[index])
            } else if node.tag == .p, textLength[index] > 0 {
                paragraphs[index] += 1
            }
            let parent = Int(node.parent)
            guard parent >= 0, !excluded[index] else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
            if node.tag.isBlock, node.tag != .br {
                hasBlockChild[parent] = true
            } else if node.tag != .a {
                ownText[parent] += textLength[index]
                ownCommas[parent] += commas[index]
            }
        }
    }

    /// Picks the content root and the sibling roots that belong with it, in document order.
    func chooseContent(articleWords: Set<String>) -> [Int] {
        let nodes = document.nodes
        var score = Array(repeating: 0.0, count: nodes.count)
        var isCandidate = Array(repeating: false, count: nodes.count)
        for index in nodes.indices where !excluded[index] {
            let node = nodes[index]
            var length = textLength[index]
            guard length >= 25 else { continue }
            var commaCount = commas[index]
            var firstVoter = Int(node.parent)
            switch node.tag {
            case .p, .pre, .td, .blockquote:
                break
            case .div, .section, .article, .span, .font, .center, .li, .dd, .main, .body:
                if hasBlockChild[index] {
                    // Loose text beside blocks counts as a paragraph of this element.
                    length = ownText[index]
                    commaCount = ownCommas[index]
                    guard length >= 25 else { continue }
                    firstVoter = index
                } else {
                    // A parent that is itself a block without block children would double count.
                    let parent = Int(node.parent)
                    if parent >= 0, nodes[parent].tag == .p || !hasBlockChild[parent] { continue }
                }
            default:
                continue
            }
            var contentScore = 1.0 + Double(commaCount) + min(Double(length) / 100.0, 3.0)
            if !articleWords.isEmpty, firstVoter != index {
                contentScore *= Self.overlap(document.text(of: index), articleWords) >= 0.8 ? 4 : 0.5
            }
            var ancestor = firstVoter
            var level = 0
            while ancestor >= 0, level < 5 {
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    score[ancestor] = initialScore(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3.0
                score[ancestor] += contentScore / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for index in nodes.indices where isCandidate[index] {
            score[index] *= 1 - linkDensity(index)
            if score[index] > bestScore {
                bestScore = score[index]
                best = index
            }
        }
        guard best >= 0 else { return [document.body] }
        // Climb while the parent adds nothing but wrappers.
        while true {
            let parent = Int(nodes[best].parent)
            guard parent >= 0, nodes[parent].tag != .body, nodes[parent].tag != .html,
                textLength[parent] <= textLength[best] + 10
            else { break }
            best = parent
            bestScore = max(bestScore, score[parent])
        }
        let parent = Int(nodes[best].parent)
        guard parent >= 0 else { return [best] }
        var chosen: [Int] = []
        let threshold = max(10, bestScore * 0.2)
        let paragraphHints = rules.joinsParagraphSiblings ? self.paragraphHints(inside: best) : []
        let paragraphNames =
            rules.joinsSiblingsByAnyClassName ? Set(paragraphHints.flatMap { $0.split(separator: " ") }) : []
        var child = parent + 1
        while child < Int(nodes[parent].end) {
            defer { child = Int(nodes[child].end) }
            if child == best {
                chosen.append(child)
                continue
            }
            guard !excluded[child], nodes[child].tag != .text else { continue }
            var siblingScore = isCandidate[child] ? score[child] : 0
            if !nodes[best].hints.isEmpty, nodes[child].hints == nodes[best].hints { siblingScore += bestScore * 0.2 }
            if siblingScore >= threshold {
                chosen.append(child)
            } else if nodes[child].tag == .p
                || (sharesNames(child, paragraphHints, paragraphNames) && readsAsParagraph(child))
            {
                let length = textLength[child]
                let density = linkDensity(child)
                if length > 80, density < 0.25 {
                    chosen.append(child)
                } else if length > 0, length <= 80, density == 0, document.text(of: child).contains(". ") {
                    chosen.append(child)
                }
            }
        }
        return chosen
    }

    /// The class names of the elements that hold the paragraphs of the content root: a sibling
    /// styled the same is more of the article (bodies split into several wrappers).
    private func paragraphHints(inside root: Int) -> Set<String> {
        var hints: Set<String> = []
        for index in root + 1..<Int(document.nodes[root].end) {
            let node = document.nodes[index]
            guard !node.hints.isEmpty, !excluded[index], readsAsParagraph(index), textLength[index] > 80 else {
                continue
            }
            hints.insert(node.hints)
        }
        return hints
    }

    /// Whether a sibling carries the class names of the root's paragraphs: all of them, or with
    /// `joinsSiblingsByAnyClassName` any one of them on itself or on an element inside it.
    private func sharesNames(_ index: Int, _ paragraphHints: Set<String>, _ names: Set<Substring>) -> Bool {
        guard rules.joinsSiblingsByAnyClassName else { return paragraphHints.contains(document.nodes[index].hints) }
        for inner in index..<Int(document.nodes[index].end) where !document.nodes[inner].hints.isEmpty {
            if document.nodes[inner].hints.split(separator: " ").contains(where: names.contains) { return true }
        }
        return false
    }

    /// Whether a `<div>`-like element holds one paragraph's worth of text: no more than one
    /// `<p>` inside and no other block children beside it.
    private func readsAsParagraph(_ index: Int) -> Bool {
        switch document.nodes[index].tag {
        case .div, .section, .span, .blockquote:
            return paragraphs[index] <= 1 && (!hasBlockChild[index] || paragraphs[index] == 1)
        default:
            return false
        }
    }

    private func initialScore(_ index: Int) -> Double {
        var base: Double
        switch document.nodes[index].tag {
        case .div, .article, .main: base = 5
        case .pre, .td, .blockquote: base = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: base = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: base = -5
        default: base = 0
        }
        if document.nodes[index].tag == .article { base += 10 }
        return base + Double(weight[index])
    }

    /// The share of the words of `text` found in `words`.
    static func overlap(_ text: String, _ words: Set<String>) -> Double {
        let tokens = WordTokenizer.words(text.lowercased())
        guard !tokens.isEmpty else { return 0 }
        let found = tokens.filter { words.contains($0) }.count
        return Double(found) / Double(tokens.count)
    }
}

/// Splits text into word tokens (Unicode letters, digits and underscores).
package enum WordTokenizer {
    /// The runs of word characters in `text`.
    package static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Whether `scalar` matches Python's `\w`: letters, numbers and the underscore.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                || value == 95
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        case .decimalNumber, .letterNumber, .otherNumber:
            return scalar.properties.numericType != nil
        default:
            return false
        }
    }
}
