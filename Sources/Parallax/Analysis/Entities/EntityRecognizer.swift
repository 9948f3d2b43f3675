/// Finds names of people, organizations and places from runs of capitalized words, typed
/// by titles, organization words and a gazetteer, and merges short forms ("Putin") into the
/// fullest form used in the same text ("Vladimir Putin").
struct EntityRecognizer {
    func mentions(in sentences: [AnalysedSentence]) -> [EntityMention] {
        // Words written with a capital inside sentences are names; a capital at the start
        // of a sentence says nothing.
        var capitalizedInside = Set<String>()
        for sentence in sentences {
            for token in sentence.tokens.dropFirst() where token.isCapitalized {
                capitalizedInside.insert(EntityName.withoutPossessive(token.text))
            }
        }
        var found: [EntityMention] = []
        for sentence in sentences {
            for run in capitalizedRuns(in: sentence) {
                var run = run
                while let first = run.tokens.first, !run.isSpeakerLabel,
                    first.start == sentence.tokens.first?.start
                        || sentence.text.hasPrefix("“") && first.start == sentence.start + 1,
                    !capitalizedInside.contains(EntityName.withoutPossessive(first.text)),
                    !EntityLexicon.places.contains(first.text.lowercased())
                {
                    run.tokens.removeFirst()
                }
                guard !run.tokens.isEmpty else { continue }
                found.append(contentsOf: typedMentions(of: run, in: sentence))
            }
        }
        return Self.mergedWithinText(found)
    }

    /// Maps each mention's `name` to the fullest form of the same entity in `mentions`.
    static func mergedWithinText(_ mentions: [EntityMention]) -> [EntityMention] {
        var fullForms: [String: String] = [:]  // last word -> full person name
        for mention in mentions where mention.type == .person {
            let words = mention.name.split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            let key = EntityName.folded(String(last))
            if let existing = fullForms[key], existing.count >= mention.name.count { continue }
            fullForms[key] = mention.name
        }
        return mentions.map { mention in
            var merged = mention
            if !mention.name.contains(" "), mention.type != .place,
                let full = fullForms[EntityName.folded(mention.name)]
            {
                merged.name = full
                merged.type = .person
            }
            return merged
        }
    }

    private struct Run {
        var tokens: [Token]
        var isSpeakerLabel: Bool
    }

    private func capitalizedRuns(in sentence: AnalysedSentence) -> [Run] {
        let scalars = Array(sentence.text.unicodeScalars)
        func gap(_ from: Int, _ to: Int) -> String {
            let lower = max(0, from - sentence.start)
            let upper = min(scalars.count, to - sentence.start)
            guard lower < upper else { return "" }
            return String(String.UnicodeScalarView(scalars[lower..<upper]))
        }
        var runs: [Run] = []
        var current: [Token] = []
        func close(nextGap: String) {
            defer { current = [] }
            while let last = current.last, !last.isCapitalized { current.removeLast() }
            guard !current.isEmpty else { return }
            let label = nextGap.hasPrefix(":") && current.allSatisfy { $0.text == $0.text.uppercased() }
            runs.append(Run(tokens: current, isSpeakerLabel: label))
        }
        let connectors: Set<String> = ["of", "al", "de", "da", "del", "bin", "van", "von", "la", "for"]
        for (position, token) in sentence.tokens.enumerated() {
            let separator = current.last.map { gap($0.end, token.start) } ?? ""
            let joins = separator == " " || separator == "-" || separator == ". "
            if token.isCapitalized, !token.isNumber {
                if !current.isEmpty, !joins || Self.endsWithPossessive(current.last!.text) {
                    close(nextGap: separator)
                }
                current.append(token)
            } else if !current.isEmpty, joins, connectors.contains(token.text),
                position + 1 < sentence.tokens.count, sentence.tokens[position + 1].isCapitalized
            {
                current.append(token)
            } else if !current.isEmpty {
                close(nextGap: separator)
            }
        }
        if let last = current.last {
            close(nextGap: gap(last.end, sentence.end))
        }
        return runs
    }

    private func typedMentions(of run: Run, in sentence: AnalysedSentence) -> [EntityMention] {
        var tokens = run.tokens
        // A sentence opens with a capital whatever the word; drop function words there.
        while let first = tokens.first, first.start == sentence.tokens.first?.start,
            first.isStopWord || EntityLexicon.demonyms.contains(first.text.lowercased()),
            tokens.count > 1 || first.isStopWord
        {
            tokens.removeFirst()
        }
        while let first = tokens.first, first.isStopWord, first.text != first.text.uppercased() {
            tokens.removeFirst()
        }
        guard !tokens.isEmpty else { return [] }
        if run.isSpeakerLabel {
            let words = tokens.filter { $0.text != "BYLINE" }
            guard !words.isEmpty else { return [] }
            let name = words.map { EntityName.titleCased($0.text) }.joined(separator: " ")
            return [mention(words, name: name, type: .person, sentence: sentence)]
        }
        if let split = titleSplit(tokens) {
            var result: [EntityMention] = []
            if !split.prefix.isEmpty {
                result.append(
                    contentsOf: typedMentions(of: Run(tokens: split.prefix, isSpeakerLabel: false), in: sentence))
            }
            result.append(mention(split.name, type: .person, sentence: sentence))
            return result
        }
        // "Petro Oleshchuk of Kyiv National University": a person, then an organization.
        if let of = tokens.firstIndex(where: { $0.text == "of" }), of > 0, of + 1 < tokens.count {
            let before = tokens[..<of].map { $0.text.lowercased() }
            let after = tokens[(of + 1)...].map { EntityName.withoutPossessive($0.text).lowercased() }
            if !before.contains(where: {
                EntityLexicon.organizationWords.contains($0) || EntityLexicon.titles.contains($0)
            }),
                after.contains(where: {
                    EntityLexicon.organizationWords.contains($0) || EntityLexicon.places.contains($0)
                })
            {
                return typedMentions(of: Run(tokens: Array(tokens[..<of]), isSpeakerLabel: false), in: sentence)
                    + typedMentions(of: Run(tokens: Array(tokens[(of + 1)...]), isSpeakerLabel: false), in: sentence)
            }
        }
        let lowerWords = tokens.map { EntityName.withoutPossessive($0.text).lowercased() }
        let phrase = lowerWords.joined(separator: " ")
        if tokens.count == 1, EntityLexicon.calendarWords.contains(phrase) { return [] }
        if tokens.count == 1, EntityLexicon.demonyms.contains(phrase) { return [] }
        if EntityLexicon.otherNames.contains(phrase)
            || lowerWords.contains(where: { EntityLexicon.otherNames.contains($0) }) && tokens.count <= 2
        {
            return [mention(tokens, type: .other, sentence: sentence)]
        }
        if EntityLexicon.places.contains(phrase) {
            return [mention(tokens, type: .place, sentence: sentence)]
        }
        if lowerWords.contains(where: EntityLexicon.organizationWords.contains) {
            return [mention(tokens, type: .organization, sentence: sentence)]
        }
        if tokens.count == 1 {
            let word = tokens[0].text
            let isAcronym = word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "." }
            if isAcronym { return [mention(tokens, type: .organization, sentence: sentence)] }
            if tokens[0].isStopWord { return [] }
            return [mention(tokens, type: .other, sentence: sentence)]
        }
        if tokens.count <= 4, lowerWords.allSatisfy({ !EntityLexicon.places.contains($0) }),
            tokens.allSatisfy({
                ($0.text.first!.isUppercase && !$0.isStopWord) || ["al", "bin", "van", "von", "de"].contains($0.text)
            })
        {
            return [mention(tokens, type: .person, sentence: sentence)]
        }
        return [mention(tokens, type: .other, sentence: sentence)]
    }

    /// Splits "U.S. President Donald Trump" into the part before the title and the person.
    private func titleSplit(_ tokens: [Token]) -> (prefix: [Token], name: [Token])? {
        guard let titleIndex = tokens.lastIndex(where: { EntityLexicon.titles.contains($0.text.lowercased()) }),
            titleIndex + 1 < tokens.count
        else { return nil }
        let name = Array(tokens[(titleIndex + 1)...])
        guard (1...3).contains(name.count), name.allSatisfy({ $0.isCapitalized }) else { return nil }
        var firstTitle = titleIndex
        while firstTitle > 0, EntityLexicon.titles.contains(tokens[firstTitle - 1].text.lowercased()) {
            firstTitle -= 1
        }
        // The title must begin with a real title word, not a connector like "of".
        guard
            tokens[firstTitle...titleIndex].contains(where: {
                !["of", "state", "affairs", "foreign"].contains($0.text.lowercased())
            })
        else { return nil }
        return (Array(tokens[..<firstTitle]), name)
    }

    private func mention(_ tokens: [Token], name: String? = nil, type: EntityType, sentence: AnalysedSentence)
        -> EntityMention
    {
        let start = tokens.first!.start
        let end = tokens.last!.end
        let scalars = Array(sentence.text.unicodeScalars)
        var text = String(String.UnicodeScalarView(scalars[(start - sentence.start)..<(end - sentence.start)]))
        var endOffset = end
        if Self.endsWithPossessive(text) {
            text = EntityName.withoutPossessive(text)
            endOffset = start + text.unicodeScalars.count
        }
        var canonical = name ?? EntityName.normalized(text)
        if type == .place, let alias = EntityLexicon.placeAliases[canonical.lowercased()] { canonical = alias }
        return EntityMention(
            text: text, start: start, end: endOffset, type: type, name: canonical, sentence: sentence.index)
    }

    static func endsWithPossessive(_ word: String) -> Bool {
        word.hasSuffix("’s") || word.hasSuffix("'s") || word.hasSuffix("’") && word.count > 2
    }
}

/// Spelling helpers for entity names.
enum EntityName {
    static func withoutPossessive(_ text: String) -> String {
        for suffix in ["’s", "'s"] where text.hasSuffix(suffix) {
            return String(text.dropLast(suffix.count))
        }
        return text
    }

    /// Single spaces; "U.S" (as the word breaker leaves it) gets its final period back.
    static func normalized(_ text: String) -> String {
        var name = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if name.count <= 4, name.contains("."), !name.hasSuffix(".") { name += "." }
        return name
    }

    static func titleCased(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// Lowercased, without diacritics, for comparing names ("Nicolás" = "Nicolas").
    static func folded(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.lazy.map(Self.baseLetter).map(Character.init))
    }

    private static let diacritics: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēė", "e"), ("ìíîïī", "i"), ("ñń", "n"),
            ("òóôõöøō", "o"), ("ùúûüū", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"), ("ł", "l"),
            ("ğ", "g"), ("ř", "r"), ("ď", "d"), ("ť", "t"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()

    private static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        diacritics[scalar] ?? scalar
    }
}
