/// Headings: title-cased lines whose capitals say nothing ("Large Riot Breaks Out In Brooklyn During
/// Vigil For Teen Shot 11 Times By Police"). Their runs are cut at function words and after a
/// body's last word, and the names the text uses elsewhere are found in them.
extension EntityRecognizer {
    /// A heading names nobody by its capitals alone, but a person, place or body the text names
    /// elsewhere is named in it too ("Ellen DeGeneres To Host Oscars", "DeGeneres Returns", "Riot
    /// Breaks Out In Brooklyn"), where no name the heading's own words typed covers it.
    func namesInHeadings(_ headings: [AnalyzedSentence], known: [EntityMention]) -> [EntityMention] {
        let headingIndexes = Set(headings.map(\.index))
        var forms: [[String]: EntityType] = [:]
        for mention in known where !headingIndexes.contains(mention.sentence) {
            let words = mention.name.split(separator: " ").map { EntityName.folded(String($0)) }
            if forms[words] == nil || forms[words] == .other || mention.type == .person { forms[words] = mention.type }
            if mention.type == .person, words.count >= 2, let last = words.last { forms[[last]] = .person }
        }
        let longest = forms.keys.map(\.count).max() ?? 0
        var result: [EntityMention] = []
        for sentence in headings {
            let covered = known.filter { $0.sentence == sentence.index }.map { $0.start..<$0.end }
            let tokens = sentence.tokens
            let words = tokens.map { EntityName.folded(EntityName.withoutPossessive($0.text)) }
            var index = 0
            while index < words.count {
                let length = stride(from: min(longest, words.count - index), through: 1, by: -1).first { length in
                    tokens[index].isCapitalized && forms[Array(words[index..<index + length])] != nil
                }
                if let length, let type = forms[Array(words[index..<index + length])],
                    !covered.contains(where: { $0.contains(tokens[index].start) })
                {
                    result.append(mention(Array(tokens[index..<index + length]), type: type, sentence: sentence))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// A heading's run cut at its capitalized function words ("Teen Killed By Police": "Teen
    /// Killed", "Police") and after a body's last word ("Academy Picked Ellen DeGeneres": "Academy",
    /// "Picked Ellen DeGeneres"); words that open names stay ("New York").
    static func splitAtFunctionWords(_ run: Run) -> [Run] {
        guard !run.isSpeakerLabel else { return [run] }
        var parts: [Run] = []
        var current: [Token] = []
        for (position, token) in run.tokens.enumerated() {
            let lower = token.text.lowercased()
            if token.isStopWord, !nameOpeningWords.contains(lower), !nounStopWords.contains(lower),
                token.text != token.text.uppercased(), !connectors.contains(lower)
            {
                if !current.isEmpty { parts.append(Run(tokens: current, isSpeakerLabel: false)) }
                current = []
                continue
            }
            current.append(token)
            let next = position + 1 < run.tokens.count ? run.tokens[position + 1].text.lowercased() : nil
            if EntityLexicon.organizationWords.contains(lower), let next, !connectors.contains(next),
                !EntityLexicon.organizationWords.contains(next), !EntityLexicon.placeSuffixes.contains(next),
                !EntityLexicon.lawWords.contains(next)
            {
                parts.append(Run(tokens: current, isSpeakerLabel: false))
                current = []
            }
        }
        if !current.isEmpty { parts.append(Run(tokens: current, isSpeakerLabel: false)) }
        return parts
    }

    /// A run of at least `shortest` capitalized words with a capitalized function word inside it
    /// ("Daily Show Takes A Closer Look At The Candidates"): a title-cased headline quoted in a
    /// line, not one name; "Jane The Virgin", "Boy From Oz" are shorter.
    static func isTitleCased(_ run: Run, shortest: Int) -> Bool {
        guard !run.isSpeakerLabel, run.tokens.count >= shortest else { return false }
        return run.tokens.dropFirst().dropLast().contains { $0.isCapitalized && isFunctionWord($0) }
    }

    /// Stop words that are nouns and surnames ("Tony Weeks", "Doris Day"): no function words.
    static let nounStopWords: Set<String> = [
        "year", "years", "day", "days", "time", "times", "week", "weeks", "month", "months", "way", "kind", "lot",
    ]

    /// "Trump May Not Have Suggested A Muslim Registry, But He Fully Supported.": the article's title
    /// repeated as one of its first lines is a heading though a full stop closes it, where its words
    /// are capitalized ("He Fully Supported" names nobody); a title written as a sentence is read as one.
    static func repeatsTheTitle(_ sentence: AnalyzedSentence, title: String?, longest: Int) -> Bool {
        guard let title, holdEachOther(title, sentence.text) else { return false }
        let words = sentence.tokens.filter { !$0.isNumber && $0.text.first?.isLetter == true }
        return (2...longest).contains(words.count) && words.allSatisfy { $0.isCapitalized || $0.isStopWord }
    }

    /// Whether the title and the line, their closing stops and spaces dropped, hold one another, the
    /// line at least two characters and the title not empty. The closings are dropped from the bytes
    /// where the byte before them is ASCII and no carriage return (so each dropped byte is a character
    /// of its own), and the containment asked of `TextSearch`; otherwise by characters, as it was.
    static func holdEachOther(_ title: String, _ line: String) -> Bool {
        guard let title = withoutClosingBytes(title), let line = withoutClosingBytes(line) else {
            let closing: Set<Character> = [".", " ", "\n", "\t"]
            let title = String(title.reversed().drop(while: closing.contains).reversed())
            let line = String(line.reversed().drop(while: closing.contains).reversed())
            return line.count >= 2 && (title.contains(line) || line.contains(title)) && !title.isEmpty
        }
        guard !title.isEmpty, !line.dropFirst().isEmpty else { return false }
        return TextSearch.contains(title, line) || TextSearch.contains(line, title)
    }

    /// The text without its closing ".", " ", "\n" and "\t", cut at a byte, or nil where the byte
    /// before them may join them into one character (not ASCII, or a carriage return).
    private static func withoutClosingBytes(_ text: String) -> Substring? {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            let byte = bytes[before]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: " ") || byte == 0x0A || byte == 0x09 else {
                guard end == bytes.endIndex || (byte < 0x80 && byte != 0x0D) else { return nil }
                return text[..<end]
            }
            end = before
        }
        return text[..<end]
    }

    /// A line of capitalized words with no closing punctuation: a heading, not a sentence.
    static func isHeading(_ sentence: AnalyzedSentence, longest: Int) -> Bool {
        // The closing punctuation first: most sentences have it, and their words need not be read.
        guard let last = sentence.text.last(where: { !$0.isWhitespace }), !".?!:\"”".contains(last) else {
            return false
        }
        var words: [Token] = []
        for token in sentence.tokens
        where !token.isNumber && token.text.first?.isLetter == true && !versusWords.contains(token.text) {
            words.append(token)
            if words.count > longest { return false }
        }
        guard words.count >= 2 else { return false }
        return words.allSatisfy { $0.isCapitalized || $0.isStopWord }
    }

    /// "Klitschko vs Thompson II Results": a heading's lower-case "vs" leaves it a heading.
    private static let versusWords: Set<String> = ["vs", "vs.", "v", "v."]
}
