/// Reports where articles disagree: alignment conflicts only, each naming the slot that
/// differs (a count, a magnitude, a length, the day, the place, whether it happened). Values
/// written differently but equal ("1,000" and "1000") and counts that grew over the days of
/// reporting (updates) are never conflicts; the aligner decides both.
struct DiscrepancyFinder {
    func discrepancies(in sentences: StorySentences, alignments: StoryAlignments) -> [Discrepancy] {
        var result: [Discrepancy] = []
        var seen = Set<String>()
        for pair in alignments.conflicts {
            let first = sentences.items[pair.first]
            let second = sentences.items[pair.second]
            guard first.isProse, second.isProse else { continue }
            for slot in pair.alignment.slots where slot.verdict == .differ && Self.reports(slot.name) {
                let key = [slot.name] + [slot.a, slot.b].map(Self.normalized).sorted()
                guard seen.insert(key.joined(separator: "|")).inserted else { continue }
                result.append(
                    Discrepancy(
                        about: Self.about(slot.name),
                        claims: [
                            .init(text: first.text, article: sentences.articles[first.article].id, value: slot.a),
                            .init(text: second.text, article: sentences.articles[second.article].id, value: slot.b),
                        ]))
            }
        }
        return result
    }

    /// Slots a conflict is reported on (who and happening decide whether two claims meet at all).
    static func reports(_ slot: String) -> Bool {
        slot.hasPrefix("quantity:") || ["when", "where", "polarity"].contains(slot)
    }

    /// What the discrepancy is about, in words.
    static func about(_ slot: String) -> String {
        switch slot {
        case "when": return "the day"
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
