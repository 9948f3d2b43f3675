/// Reports where articles disagree: alignment conflicts only, each naming the slot that
/// differs (a count, a magnitude, a length, the day, the place, whether it happened). Values
/// written differently but equal ("1,000" and "1000") and counts that grew over the days of
/// reporting (updates) are never conflicts; the aligner decides both.
struct DiscrepancyFinder {
    func discrepancies(in sentences: StorySentences, alignments: StoryAlignments) -> [Discrepancy] {
        var result: [Discrepancy] = []
        var seen = Set<String>()
        // Places some article of the story names together: one inside the other, or both true
        // ("a man in Canada" and "in Vancouver"), never a contradiction.
        var placesByArticle: [Int: Set<String>] = [:]
        for item in sentences.items { placesByArticle[item.article] = item.claim.articlePlaces }
        let namedTogether = { (a: String, b: String) in
            placesByArticle.values.contains { $0.contains(a) && $0.contains(b) }
        }
        for pair in alignments.conflicts {
            let first = sentences.items[pair.first]
            let second = sentences.items[pair.second]
            guard first.isProse, second.isProse else { continue }
            for slot in pair.alignment.slots where slot.verdict == .differ && Self.reports(slot.name) {
                if slot.name == "where", namedTogether(slot.a, slot.b) { continue }
                let key = [slot.name] + [slot.a, slot.b].map(Self.normalized).sorted()
                guard seen.insert(key.joined(separator: "|")).inserted else { continue }
                var claims: [Discrepancy.Claim] = [
                    .init(text: first.text, article: sentences.articles[first.article].id, value: slot.a),
                    .init(text: second.text, article: sentences.articles[second.article].id, value: slot.b),
                ]
                // Two years read oldest first.
                if slot.name == "year", slot.b < slot.a { claims.reverse() }
                result.append(Discrepancy(about: Self.about(slot.name), claims: claims))
            }
        }
        return result
    }

    /// Counts that grew between reports of different days, each with its reports latest first.
    func updates(in sentences: StorySentences, alignments: StoryAlignments) -> [Discrepancy] {
        var result: [Discrepancy] = []
        var seen = Set<String>()
        for pair in alignments.pairs where pair.alignment.relation == .update {
            let first = sentences.items[pair.first]
            let second = sentences.items[pair.second]
            guard first.isProse, second.isProse else { continue }
            for slot in pair.alignment.slots where slot.verdict == .update {
                let key = [slot.name] + [slot.a, slot.b].map(Self.normalized).sorted()
                guard seen.insert(key.joined(separator: "|")).inserted else { continue }
                let reports = [(first, slot.a), (second, slot.b)].map { item, value in
                    (
                        published: sentences.articles[item.article].article.published?.iso8601 ?? "",
                        claim: Discrepancy.Claim(
                            text: item.text, article: sentences.articles[item.article].id, value: value)
                    )
                }
                result.append(
                    Discrepancy(
                        about: Self.about(slot.name),
                        claims: reports.sorted { $0.published > $1.published }.map(\.claim)))
            }
        }
        return result
    }

    /// The summary with a note on each sentence whose number other sources contradict: the
    /// sentence is one side of a discrepancy on a count, or states one of its values for the
    /// same kind of count. A summary never picks one value silently.
    func noted(_ summary: [CitedSentence], discrepancies: [Discrepancy], sentences: StorySentences) -> [CitedSentence] {
        let counted = discrepancies.filter {
            !["the day", "the year", "the place", "whether it happened"].contains($0.about)
        }
        guard !counted.isEmpty else { return summary }
        return summary.map { line in
            var line = line
            let stated = sentences.items.first { $0.text == line.text }?.claim.quantities ?? []
            let disputes = counted.filter { discrepancy in
                discrepancy.claims.contains { $0.text == line.text }
                    || stated.contains { quantity in
                        Self.about("quantity:" + quantity.counts) == discrepancy.about
                            && discrepancy.claims.contains { $0.value == quantity.text }
                    }
            }
            guard !disputes.isEmpty else { return line }
            line.note = disputes.map { discrepancy in
                "Sources differ on \(discrepancy.about): "
                    + discrepancy.claims.compactMap(\.value).joined(separator: " against ") + "."
            }.joined(separator: " ")
            return line
        }
    }

    /// Slots a conflict is reported on (who and happening decide whether two claims meet at all).
    static func reports(_ slot: String) -> Bool {
        slot.hasPrefix("quantity:") || ["when", "year", "where", "polarity"].contains(slot)
    }

    /// What the discrepancy is about, in words.
    static func about(_ slot: String) -> String {
        switch slot {
        case "when": return "the day"
        case "year": return "the year"
        case "where": return "the place"
        case "polarity": return "whether it happened"
        case "quantity:dead": return "the number of dead"
        case "quantity:injured": return "the number of injured"
        case "quantity:magnitude": return "the magnitude"
        case "quantity:length": return "the distance"
        case "quantity:money:$", "quantity:money:£", "quantity:money:€": return "the amount"
        case "quantity:age": return "the age"
        case "quantity:percent": return "the percentage"
        default: return "the number of " + slot.dropFirst("quantity:".count)
        }
    }

    static func normalized(_ value: String) -> String {
        value.lowercased().filter { !$0.isWhitespace && $0 != "," }
    }
}
