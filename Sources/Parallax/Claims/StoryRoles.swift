/// Role nouns of a story resolved to the person they describe: "the actress" is Tara Reid where the
/// story's articles put the role before or beside her full name ("actress Tara Reid", "the teenager,
/// Kimani Gray", "Tara Reid, the actress"). The summary reads a statement about "the actress" as
/// one about her, so it restates what a statement naming her says (`SummaryWriter.restatement`;
/// docs/claims.md, "Tenth pass: summary redundancy").
struct StoryRoles {
    /// Role noun (lower case) to the full name (lower case) it describes in the story.
    let people: [String: String]

    /// Articles or determiners that open a role told in apposition after a name.
    static let determiners: Set<String> = ["the", "a", "an"]

    /// Reads the appositions of every article; a role describes the person most of its appositions
    /// name, where they are at least `share` of them.
    init(articles: [AnalyzedArticle], share: Double, modifiers: Int) {
        var votes: [String: [String: Int]] = [:]
        for article in articles {
            let scalars = Array(article.article.text.unicodeScalars)
            for entity in article.entities where entity.type == .person && entity.name.contains(" ") {
                guard entity.sentence < article.sentences.count else { continue }
                let tokens = article.sentences[entity.sentence].tokens
                guard let first = tokens.firstIndex(where: { $0.start == entity.start }) else { continue }
                let name = entity.name.lowercased()
                // "actress Tara Reid", "the teenager, Kimani Gray".
                if first > 0, let role = Self.role(tokens[first - 1]) {
                    votes[role, default: [:]][name, default: 0] += 1
                }
                // "Tara Reid, the 33-year-old actress", "Esther Williams, swimming star": a mark
                // between the name and the lower-case words after it.
                guard let after = tokens.firstIndex(where: { $0.start >= entity.end }), !tokens[after].isCapitalized,
                    Self.markBetween(entity.end, tokens[after].start, in: scalars)
                else { continue }
                let determined = Self.determiners.contains(tokens[after].text.lowercased())
                let opening = determined ? after + 1 : after
                for position in opening..<min(tokens.count, opening + 1 + modifiers) {
                    if let role = Self.role(tokens[position]) {
                        votes[role, default: [:]][name, default: 0] += 1
                        break
                    }
                    // "Reid, said the spokesman", "Reid, who …": without a determiner, words after the
                    // name that are no modifier end it ("the 33-year-old actress" holds "year", a stop word).
                    let word = tokens[position].text.lowercased()
                    let bare = !determined && (tokens[position].isStopWord || ClaimReader.reporting.contains(word))
                    if tokens[position].isCapitalized || bare { break }
                }
            }
        }
        var people: [String: String] = [:]
        for (role, names) in votes {
            let total = names.values.reduce(0, +)
            // The most named (ties: the first in order), where most of the role's appositions name it.
            guard let best = names.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }).first,
                Double(best.value) >= share * Double(total)
            else { continue }
            people[role] = best.key
        }
        self.people = people
    }

    /// The role noun a token is, lower case and not capitalised ("actress", never "Judge").
    static func role(_ token: Token) -> String? {
        guard !token.isCapitalized else { return nil }
        let word = token.text.lowercased()
        return SummaryWriter.roleNouns.contains(word) ? word : nil
    }

    /// Whether the text between two offsets holds more than a space: words carry no punctuation.
    static func markBetween(_ from: Int, _ to: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard from >= 0, to <= scalars.count, from < to else { return false }
        return scalars[from..<to].contains { !$0.properties.isWhitespace }
    }

    /// Adds to `claim` the person each role it tells of describes ("the actress", "the
    /// 33-year-old actress's"), as a participant and as a name near the happenings within
    /// `ClaimReader.dateReach` words. A role followed by a name ("the actress Reid") names its own.
    func resolve(_ claim: inout Claim, in sentence: AnalyzedSentence, modifiers: Int) {
        guard !people.isEmpty else { return }
        let tokens = sentence.tokens
        for (position, token) in tokens.enumerated() where token.text.lowercased() == "the" {
            var index = position + 1
            while index < tokens.count, index <= position + 1 + modifiers {
                let word = tokens[index].text.lowercased()
                let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
                if tokens[index].isCapitalized { break }
                if let person = people[bare], SummaryWriter.roleNouns.contains(bare) {
                    let named = index + 1 < tokens.count && tokens[index + 1].isCapitalized && bare == word
                    if !named { add(person, at: position == 0 ? nil : index, to: &claim, tokens: tokens) }
                    break
                }
                index += 1
            }
        }
    }

    /// Adds `person` as a participant (`Claim.who`) and as a name near each happening whose head stands within
    /// `ClaimReader.dateReach` words of the role at `position`, or near every happening where the
    /// role opens the sentence (nil: its subject, however far its verb: "The star of such MGM movie
    /// hits as …, passed away").
    private func add(_ person: String, at position: Int?, to claim: inout Claim, tokens: [Token]) {
        // A participant, not one of the people the statement names: a role resolved wrongly must not
        // make two statements about "other people" (`Alignment` "people"), which only names decide.
        claim.who.insert(person)
        let words = person.split(separator: " ").map(String.init)
        let reach =
            position.map { max(0, $0 - ClaimReader.dateReach)...min(tokens.count - 1, $0 + ClaimReader.dateReach) }
            ?? 0...(tokens.count - 1)
        let lowered = tokens.map { $0.text.lowercased() }
        for index in reach {
            let stem = tokens[index].stem
            guard
                let head = ClaimReader.phraseHappening(at: index, stem: stem, lowered: lowered)?.0
                    ?? ClaimReader.happenings[stem] ?? ClaimReader.happenings[lowered[index]],
                claim.happening.contains(head)
            else { continue }
            claim.happeningNames[head, default: []].formUnion(words)
        }
    }
}
