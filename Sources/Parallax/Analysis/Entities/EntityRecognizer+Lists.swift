/// Names listed together are of one kind: "Tamworth, Gunnedah and Quirindi", "the ACT and
/// Tasmania", "from Paris to Miami". A name typed nothing in a list whose other names are places
/// is a place in the story's list of names: typing by the words around it, not by a list of towns.
extension EntityRecognizer {
    /// How two names of one sentence are joined.
    private enum Join {
        /// ", " (", the "): a list only where an "and" or "or" closes it.
        case comma
        /// " and ", " or ", " & " (with "the"): a pair or a list's close.
        case conjunction
        /// ", and ": a list's close where three names or more stand in it; or two clauses
        /// ("around Australia, and Austar is letting 400 employees go").
        case commaConjunction
        /// "from X to Y".
        case route
    }

    private static let joins: [String: Join] = [
        ", ": .comma, ", the ": .comma, " and ": .conjunction, " or ": .conjunction, " & ": .conjunction,
        " and the ": .conjunction, " or the ": .conjunction, ", and ": .commaConjunction,
        ", or ": .commaConjunction, ", and the ": .commaConjunction,
    ]

    /// The indices of mentions typed nothing that a list or a "from X to Y" joins to places only:
    /// places, for the story's type of the name (the article's mentions keep their types, which
    /// the claims read). Thirteenth round (docs/analysis-evaluation.md "Thirteenth round: names"):
    /// read in the top 10s of unseen news (the Lee corpus), where towns and states with no cue of
    /// their own were listed "other" beside places of the same sentence ("Tamworth, Gunnedah and
    /// Quirindi", "Western Australia, the Northern Territory and South Australia", "a flight from
    /// Paris to Miami").
    static func listedWithPlaces(_ mentions: [EntityMention], in sentences: [AnalyzedSentence]) -> Set<Int> {
        var listed = Set<Int>()
        var group: [Int] = []
        var links: [Join] = []
        func close() {
            defer { (group, links) = ([], []) }
            // (A list of bodies is left alone: "Ernst and Young", "the Institute of Health and
            // Welfare" are one body's name cut at its "and".)
            let isList =
                links.contains(.conjunction) || links.contains(.route)
                || links.contains(.commaConjunction) && group.count >= 3
            // (An anchor the gazetteer or a place's last word types: "results from Amazon and
            // Google" makes no place of Google, though "from" typed Amazon one.)
            guard isList, group.contains(where: { mentions[$0].type == .place && isAnchor(mentions[$0].name) }),
                group.allSatisfy({ mentions[$0].type == .place || isUntyped(mentions[$0]) })
            else { return }
            listed.formUnion(
                group.filter {
                    isUntyped(mentions[$0]) && isListable(mentions[$0].name)
                        && !isPossessive(mentions[$0], in: sentences)
                })
        }
        for index in mentions.indices {
            if let last = group.last, let join = join(mentions[last], mentions[index], in: sentences) {
                group.append(index)
                links.append(join)
            } else {
                close()
                group = [index]
            }
        }
        close()
        return listed
    }

    /// How two mentions of one sentence are joined, if in a list or in "from X to Y".
    private static func join(_ left: EntityMention, _ right: EntityMention, in sentences: [AnalyzedSentence])
        -> Join?
    {
        guard left.sentence == right.sentence, left.sentence < sentences.count, left.end < right.start else {
            return nil
        }
        let sentence = sentences[left.sentence]
        let gap = sentence.text(from: left.end, to: right.start)
        if let join = joins[gap] { return join }
        guard gap == " to ", let position = sentence.tokens.firstIndex(where: { $0.start == left.start }),
            position > 0, sentence.tokens[position - 1].text.lowercased() == "from"
        else { return nil }
        return .route
    }

    /// A place the gazetteer knows, or whose last word is a place's ("Northern Territory").
    private static func isAnchor(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ")
        return EntityLexicon.places.contains(name.lowercased())
            || words.count >= 2 && EntityLexicon.placeSuffixes.contains(String(words.last!))
    }

    /// "the future of Syria and Assad's role": a possessive in a list is a person's as often.
    private static func isPossessive(_ mention: EntityMention, in sentences: [AnalyzedSentence]) -> Bool {
        guard mention.sentence < sentences.count else { return false }
        let after = sentences[mention.sentence].text(from: mention.end, to: mention.end + 1)
        return after == "'" || after == "’"
    }

    /// Typed nothing (a person is left alone, though the capitals alone made it one: "State Duma
    /// Speaker Vyacheslav Volodin and Yaroslavl Governor Mikhail Yevrayev").
    private static func isUntyped(_ mention: EntityMention) -> Bool { mention.type == .other }

    /// Holidays, wars, nationalities, names typed by their shape and given names keep their type
    /// in any list ("Christmas and New Year", "Arab and Kurdish", "Washington for Bella and
    /// Edward's sake", where a run took "for" into a place's name).
    private static func isListable(_ name: String) -> Bool {
        !EntityLexicon.isOtherName(name) && !EntityLexicon.isTypedByShape(name) && !EntityLexicon.isNationality(name)
            && Gender(givenName: name) == nil
            && !EntityLexicon.otherNames.contains(EntityName.folded(name))
    }
}
