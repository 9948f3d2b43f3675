/// The countries a statement names as doing or having something: "Russian air defenses" are
/// Russia's, "Russia failed to provide …" tells what Russia did, whatever the recognizer types
/// Russia as (a place) and "Russian" as (an adjective, no entity).
extension ClaimReader {
    /// The countries of the nationality words in `tokens`, hyphen modifiers included ("Russian-supplied"),
    /// but not of one opening a longer name ("Russian Foreign Ministry", "American Blvd."): that
    /// names a body or a place of its own; nor of one describing the teller ("Iranian media said",
    /// "Iranian officials were quoted"): whose statement it is, not who is in it.
    static func countries(in tokens: some RandomAccessCollection<Token>) -> Set<String> {
        var countries = Set<String>()
        for index in tokens.indices where tokens[index].isCapitalized {
            let next = tokens.index(after: index)
            if next < tokens.endIndex, tokens[next].isCapitalized { continue }
            let teller = tokens[
                next..<tokens.index(next, offsetBy: min(tellerReach, tokens.distance(from: next, to: tokens.endIndex)))]
            if teller.contains(where: { reporting.contains($0.text.lowercased()) }) { continue }
            if let country = EntityLexicon.country(ofNationality: tokens[index].text) { countries.insert(country) }
        }
        return countries
    }

    /// Most words after a nationality for a reporting word to make it the teller's ("Iranian state
    /// media said"): the noun it qualifies and up to two words more.
    static let tellerReach = 3

    /// Most words between a place and the happening's head for the place to be its subject ("Russia
    /// failed", "Russia has failed", "Russia had already failed").
    static let actingReach = 3

    /// The places that do a happening: named as its subject, opening a clause right before its head
    /// ("Russia failed to provide …"; not "In Queens, a woman was struck").
    static func actingPlaces(
        of sentence: AnalyzedSentence, lowered: [String], entities: [EntityMention], headPositions: [String: [Int]]
    ) -> Set<String> {
        let heads = Set(headPositions.values.flatMap { $0 })
        var acting = Set<String>()
        for place in entities where place.type == .place {
            guard let first = sentence.tokens.firstIndex(where: { $0.start >= place.start }),
                let last = sentence.tokens.lastIndex(where: { $0.end <= place.end }), first <= last
            else { continue }
            // The subject opens its clause: the sentence, or after a comma, "that" or a reporting word
            // ("Officials said Denmark failed"; not "Quarn Bridge and Hollet's End were evacuated").
            if first > 0, !reporting.contains(lowered[first - 1]), lowered[first - 1] != "that",
                !sentence.text.unicodeScalars.dropFirst(sentence.tokens[first - 1].end - sentence.start)
                    .prefix(sentence.tokens[first].start - sentence.tokens[first - 1].end).contains(",")
            {
                continue
            }
            let after = (last + 1)...(last + actingReach)
            if heads.contains(where: after.contains) { acting.insert(place.name.lowercased()) }
        }
        return acting
    }
}
