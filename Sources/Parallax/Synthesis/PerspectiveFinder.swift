/// For each article, the terms it uses far more than the rest of the story and the
/// sentence that carries most of them.
struct PerspectiveFinder {
    var distinctiveTerms = 6

    func perspectives(of sentences: StorySentences) -> [Perspective] {
        guard sentences.articles.count >= 2 else { return [] }
        // Each article's stems, how often it uses each; the surface forms only of those shown.
        var counts = Array(repeating: [String: Int](), count: sentences.articles.count)
        var totals: [String: Int] = [:]
        // An outlet's own name, its reporters and its transcript labels say who wrote, not how.
        let selfWords = sentences.articles.map(Self.selfReferences)
        // The tokens of `item` counted, each with its stem and lowercased form (`wanted`: of these stems only).
        func counted(_ item: StorySentences.Item, wanted: Set<String>? = nil, _ body: (String, String) -> Void) {
            for token in item.sentence.tokens
            where (wanted?.contains(token.stem) ?? true) && !token.isStopWord && !token.isNumber
                && token.stem.hasMoreCharacters(than: 2) && !Self.holdsApostropheOrPoint(token.text)
            {
                let lower = token.text.lowercased()
                guard !selfWords[item.article].contains(lower) else { continue }
                body(token.stem, lower)
            }
        }
        for item in sentences.items {
            counted(item) { stem, _ in
                counts[item.article][stem, default: 0] += 1
                totals[stem, default: 0] += 1
            }
        }
        let allWords = Double(totals.values.reduce(0, +))
        return sentences.articles.indices.map { articleIndex in
            let own = counts[articleIndex]
            let ownWords = Double(max(1, own.values.reduce(0, +)))
            let restWords = max(1, allWords - ownWords)
            var scores: [String: Double] = [:]
            for (stem, count) in own where count >= 2 {
                let rest = Double(totals[stem]! - count)
                let ratio = (Double(count) / ownWords) / ((rest + 0.5) / restWords)
                scores[stem] = Double(count) * log(ratio)
            }
            let top = scores.filter { $0.value > 0 }.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            .prefix(distinctiveTerms)
            var surface: [String: [String: Int]] = [:]
            let wanted = Set(top.map(\.key))
            for position in sentences.itemsByArticle[articleIndex] {
                counted(sentences.items[position], wanted: wanted) { stem, lower in
                    surface[stem, default: [:]][lower, default: 0] += 1
                }
            }
            let distinctive = top.map { stem in
                surface[stem.key]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            }
            let weights = top.map { (stem: $0.key, weight: $0.value) }
            // The angle is a statement of substance, not the outlet introducing its own reporter.
            let ownItems = sentences.itemsByArticle[articleIndex].map { sentences.items[$0] }
            let statements = ownItems.filter(\.isStatement)
            let substantial = statements.filter { item in
                item.sentence.tokens.count >= 12
                    && !item.sentence.tokens.contains { selfWords[articleIndex].contains($0.text.lowercased()) }
            }
            // A transcript's lines open with speaker labels; its answers still show an angle.
            let answers = ownItems.filter { !$0.sentence.text.hasSuffix("?") && $0.sentence.tokens.count >= 7 }
            let pool =
                !substantial.isEmpty
                ? substantial : !statements.isEmpty ? statements : !answers.isEmpty ? answers : ownItems
            let angle =
                pool.max { lhs, rhs in
                    score(lhs, weights) < score(rhs, weights)
                }.map { Self.withoutSpeakerLabel($0.sentence.text) } ?? ""
            let article = sentences.articles[articleIndex].article
            return Perspective(article: article.id, outlet: article.outlet, angle: angle, distinctive: distinctive)
        }
    }

    /// Whether `word` holds the character "'", "’" or ".". None of the three has a canonical
    /// equivalent, so a word without their bytes (0x27, 0x2E, or the lead byte 0xE2 of "’")
    /// holds none of them; otherwise the characters are read.
    static func holdsApostropheOrPoint(_ word: String) -> Bool {
        guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0x2E || $0 == 0xE2 }) else { return false }
        return word.contains(where: { $0 == "'" || $0 == "’" || $0 == "." })
    }

    /// "BRILL: The families …" → "The families …".
    static func withoutSpeakerLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let label = text[..<colon]
        guard label.count <= 60, label.contains(where: \.isLetter), label.allSatisfy({ !$0.isLowercase }) else {
            return text
        }
        return String(text[text.index(after: colon)...].drop { $0 == " " })
    }

    /// Lowercased words of an article's outlet, authors and transcript speaker labels
    /// ("CHARLES MAYNES, BYLINE:", "HOST:").
    /// What a speaker label ("JOHN SMITH:") may hold besides capitals.
    private static let labelMarks: Set<Character> = [" ", ",", ".", "-", "'"]

    static func selfReferences(of article: AnalyzedArticle) -> Set<String> {
        var words = Set<String>()
        let names = [article.article.outlet].compactMap { $0 } + article.article.authors
        for name in names {
            for word in name.split(whereSeparator: { !$0.isLetter }) { words.insert(word.lowercased()) }
        }
        for line in Self.linesWithColon(article.article.text) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let label = line[..<colon]
            guard label.count <= 60, label.contains(where: \.isLetter),
                label.allSatisfy({ $0.isUppercase || labelMarks.contains($0) })
            else { continue }
            for word in label.split(whereSeparator: { !$0.isLetter }) { words.insert(word.lowercased()) }
        }
        return words
    }

    /// The lines of `text` (as `split(separator: "\n")` gives them) that hold a ":" byte: the
    /// others have no ":" character. "\n" is a character of its own (grapheme clusters always
    /// break around it) unless it ends a "\r\n", so where the text has no "\r" the lines are
    /// found byte by byte, without reading every character of the article.
    static func linesWithColon(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(UInt8(ascii: "\r")) else {
            return text.split(separator: "\n").filter { $0.utf8.contains(UInt8(ascii: ":")) }
        }
        var lines: [Substring] = []
        var start = utf8.startIndex
        var hasColon = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") {
                if hasColon { lines.append(text[start..<index]) }
                start = utf8.index(after: index)
                hasColon = false
            } else if byte == UInt8(ascii: ":") {
                hasColon = true
            }
            index = utf8.index(after: index)
        }
        if hasColon { lines.append(text[start..<utf8.endIndex]) }
        return lines
    }

    /// Sums the weights in the terms' ranked order, never the stem set's, whose order changes from
    /// run to run and with it a sum's last bits.
    private func score(_ item: StorySentences.Item, _ weights: [(stem: String, weight: Double)]) -> Double {
        let sum = weights.reduce(0) { $0 + (item.stems.contains($1.stem) ? $1.weight : 0) }
        return sum / Double(max(1, item.sentence.tokens.count)).squareRoot()
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
