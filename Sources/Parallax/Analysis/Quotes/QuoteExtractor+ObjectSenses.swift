internal import Foundation

// Thirteenth round: a cue verb with a second, non-speech sense carries speech only when its
// complement is speech content (a quotation, a clause, a statement noun); a bare object naming a
// thing, a person or a place makes no quote (docs/analysis-evaluation.md, "Thirteenth round").

extension QuoteExtractor {
    /// The non-speech senses of cue verbs, each read off the complement's shape. The verbs and the
    /// shapes come from PolNeAR train: of the determiner-led objects of "found"/"finds", 27 of 34
    /// are no attributed content ("found a way", "found evidence"); "claimed a victory", "claimed
    /// the prize", "called her to say …", "called a donor to ask …", "snapped a picture" and
    /// "testified before the panel" are none either, while "denied the charges / the reports / any
    /// role" (19 of 21) and "claimed a new era had begun" are.
    enum ObjectSense {
        /// "claimed the prize", "found signs of …": taking or finding a thing. A clause ("found the
        /// mass could be cut") or a statement noun ("claimed responsibility") still tells.
        case acquisition
        /// "denied a plea offer", "denied bail": refusing what was asked for (a request noun).
        case refusal
        /// "called Singh's house to tell …", "called her and …": a call or a summons, its object
        /// followed by a purpose ("to" and a verb) or a second verb.
        case summons
        /// "snapped pictures": any object right after the verb (`he snapped, "…"` and "snapped
        /// back" tell).
        case photograph
        /// "testified before the committee in Washington": a place phrase with no clause.
        case appearance
    }

    static let objectSenses: [String: ObjectSense] = [
        "claimed": .acquisition, "claims": .acquisition, "found": .acquisition, "finds": .acquisition,
        "denied": .refusal, "denies": .refusal, "called": .summons, "calls": .summons, "snapped": .photograph,
        "testified": .appearance,
    ]

    /// Heads of a noun phrase that is itself speech content: what is claimed, denied or found as a
    /// statement ("claimed responsibility", "denied the allegations"). From the heads PolNeAR
    /// train attributes after "denied", "claimed" and "acknowledged".
    static let contentNouns: Set<String> = statementNouns.union(stanceNouns).union([
        "allegation", "allegations", "accusation", "accusations", "charge", "charges", "report", "reports",
        "responsibility", "credit", "role", "involvement", "wrongdoing", "knowledge", "notion", "rumor", "rumors",
        "rumour", "rumours", "story", "stories", "suggestion", "suggestions", "idea", "theory", "existence",
        "refusal",
    ])

    /// What one asks for and may be refused ("denied the motion", "denied bail").
    static let requestNouns: Set<String> = [
        "offer", "offers", "motion", "motions", "request", "requests", "bail", "application", "applications",
        "permit", "permits", "permission", "access", "entry", "petition", "petitions", "bid", "visa", "visas",
        "parole", "opportunity", "chance", "appeal", "appeals", "license", "licence", "waiver",
    ]

    /// Object pronouns: "called her to say".
    static let objectPronouns: Set<String> = ["her", "him", "them", "me", "us"]

    /// Whether the cue verb `word` at `index` is used in its non-speech sense: its complement, up
    /// to the first punctuation or `objectComplementTokens` tokens, is an object of the shape
    /// `objectSenses` names.
    func isObjectSense(of word: String, at index: Int, in tokens: [Token], context: Context) -> Bool {
        guard let sense = Self.objectSenses[word], index + 1 < tokens.count else { return false }
        var words: [String] = []
        for next in index + 1..<min(tokens.count, index + 1 + configuration.objectComplementTokens) {
            let gap = context.gap(tokens, before: next)
            guard !gap.contains(where: { ",;:.!?()—–".contains($0) || Self.quoteCharacters.contains($0) }),
                !context.isQuoted(tokens[next].start)
            else { break }
            words.append(tokens[next].text.lowercased())
        }
        // A quotation, colon or comma right after the verb: what was said follows.
        guard let first = words.first else { return false }
        let ending = index + 1 + words.count
        let quotationFollows =
            ending < tokens.count && context.gap(tokens, before: ending).contains(where: Self.quoteCharacters.contains)
        switch sense {
        case .photograph:
            return !["at", "back", "that"].contains(first)
        case .appearance:
            // "testified before Congress about her email server", "… on the attacks": a topic.
            let topic = words.indices.contains { offset in
                words[offset] == "about"
                    || words[offset] == "on" && offset + 1 < words.count && Self.determiners.contains(words[offset + 1])
            }
            return Self.placePrepositions.union(["before"]).contains(first) && !quotationFollows && !topic
                && !words.contains { Self.contentOpeners.contains($0) }
        case .refusal:
            let phrase = words.prefix { !Self.boundaries.contains($0) || $0 == "of" }
            return phrase.contains { Self.requestNouns.contains($0) }
        case .summons:
            if Self.objectPronouns.contains(first) {
                return words.count > 2 && (words[1] == "and" || words[1] == "to" && words[2] != "be")
            }
            // A determiner or a possessor ("Singh's", "Tom Brandt's") opens the object; "to" before a
            // verb (a purpose), not before a noun phrase ("a report … to the State Department
            // “outrageous”"), closes it.
            let isPossessive = { (word: String) in word.hasSuffix("’s") || word.hasSuffix("'s") }
            let possessor = words.prefix(3).firstIndex(where: isPossessive).flatMap { last in
                (0...last).allSatisfy { tokens[index + 1 + $0].isCapitalized } ? last : nil
            }
            let opening = Self.determiners.contains(first) ? 0 : possessor
            guard let opening, !quotationFollows, let to = words.firstIndex(of: "to"), to + 1 < words.count,
                words[to + 1] != "be",
                !Self.determiners.contains(words[to + 1]), !tokens[index + 2 + to].isCapitalized,
                !words[to + 1].contains(where: \.isNumber)
            else { return false }
            guard opening < to else { return false }
            let object = words[(opening + 1)..<to]
            return object.count <= configuration.summonedObjectTokens
                && !object.contains { Self.determiners.contains($0) || Self.boundaries.contains($0) }
        case .acquisition:
            return !tokens[index + 1].isCapitalized && isBareObject(words, quotationFollows: quotationFollows)
                && !hasFindingSubject(before: index, in: tokens, context: context)
        }
    }

    /// Nouns of a poll, study or record: what it "found" or "finds" is its finding, a noun phrase
    /// included ("a CNN survey found 90 percent support"; PolNeAR train attributes them).
    static let findingNouns: Set<String> = [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "inquiry",
        "investigation", "review", "audit", "research", "data", "article", "census", "tally", "records", "probe",
        "test", "tests", "polling", "paper", "papers", "memo",
    ]

    /// Whether the words before the cue, back to the sentence's start or a comma, name a poll, a
    /// study or a record.
    private func hasFindingSubject(before index: Int, in tokens: [Token], context: Context) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= configuration.objectComplementTokens {
            if Self.findingNouns.contains(tokens[position].text.lowercased()) { return true }
            if context.commaInGap(tokens, before: position + 1), position + 1 < index { return false }
            position -= 1
        }
        return false
    }

    /// A noun phrase with no clause in it: no subject pronoun first, no clause opener, no finite
    /// verb or -ed form after its first two words ("claimed nearly 400 delegates and alternates
    /// participated"), no statement noun as its head, no quotation after it.
    private func isBareObject(_ words: [String], quotationFollows: Bool) -> Bool {
        // "he's worth": a subject pronoun with its verb attached.
        guard let first = words.first, !quotationFollows,
            !Self.pronouns.contains(String(first.prefix { $0 != "’" && $0 != "'" })),
            !Self.boundaries.contains(first), !Self.cueParticles.contains(first),
            !words.contains(where: { Self.contentOpeners.contains($0) })
        else { return false }
        // The phrase ends before a second verb of the same subject ("claimed the prize … and then
        // assured …"); "and" before a noun goes on ("… delegates and alternates participated").
        let end = words.indices.first { offset in
            ["but", "or", "which", "who"].contains(words[offset])
                || words[offset] == "and" && offset + 1 < words.count
                    && (Self.isAuxiliary(words[offset + 1]) || words[offset + 1].hasSuffix("ed"))
        }
        let phrase = words[..<(end ?? words.count)]
        for (offset, text) in phrase.enumerated() {
            if Self.finiteForms.contains(text) || text.hasSuffix("n't") || text.hasSuffix("n’t") { return false }
            if offset >= 2, text.hasSuffix("ed") { return false }
            // "found both issues to be disqualifying": an object and its complement.
            if text == "be", offset > 0, phrase[offset - 1] == "to" {
                return false
            }
        }
        // The head before the first preposition: "claimed responsibility for" tells, "found no
        // evidence of wrongdoing" does not.
        let head = phrase.prefix { !Self.clausePrepositions.contains($0) }
        return !head.contains { Self.contentNouns.contains($0) }
    }
}
