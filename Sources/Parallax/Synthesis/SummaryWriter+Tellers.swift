/// What the summary's restatement test leaves out of a claim or reads otherwise than the shared
/// claims do: the names of who tells it ("According to a report from WCCO-TV Channel 4", "People
/// said …", "…, her rep told People."), an age told in apposition ("Williams, 91, passed away") and
/// the number of a street address ("the 3400 block of Thorpe Street").
/// docs/claims.md, "Twelfth pass: summary redundancy".
extension SummaryWriter {
    /// Most words of a closing telling after the sentence's last comma (", her rep told People.",
    /// ", according to a report from WCCO-TV Channel 4.") and of an opening one before its reporting
    /// verb ("Attorney Mark Jay Heller told …", "People said …"); longer, the words are the claim's own.
    static let tellingWords = 8

    /// Most words between "of" and the last word of a name it owns ("of actress Mara Quill": 3).
    static let ownerReach = 4

    /// Words that only tell who says a sentence. Not "announced", "confirmed" or "explained" (of
    /// `ClaimReader.reporting`): one who announces is often the doer ("The Academy … announced Friday
    /// that Hugh Jackman will be the host", whose participants the tellers' first build took out).
    static let telling: Set<String> = [
        "said", "say", "says", "told", "tell", "tells", "reported", "report", "reports", "according",
    ]

    /// Verbs of telling whose capitalised object is told to ("told People she …", "told LA Superior
    /// Court Judge James R. Dabney that …"): the addressee is no participant either.
    static let tellingTo: Set<String> = ["told", "tell", "tells"]

    /// Takes out of `claim`'s participants (`who`, `people`, `doers`) the names told only in a
    /// telling of the sentence: an "according to …" phrase up to its comma, the words of a clause
    /// before its reporting verb with the addressee after it, or a closing telling after the last
    /// comma. A name also told outside one, or as an owner ("Lindsay Lohan's attorney said …", "The
    /// agent of actress Mara Quill said …"), stays.
    static func dropTellers(_ claim: inout Claim, in sentence: AnalyzedSentence) {
        let tokens = sentence.tokens
        guard !tokens.isEmpty, !claim.who.isEmpty else { return }
        let lowered = tokens.map { $0.text.lowercased() }
        let scalars = Array(sentence.text.unicodeScalars)
        // Whether a comma (or colon) stands between token `index - 1` and token `index`.
        func commaBefore(_ index: Int) -> Bool {
            guard index > 0 else { return false }
            let from = tokens[index - 1].end - sentence.start
            let to = tokens[index].start - sentence.start
            guard from >= 0, to <= scalars.count, from < to else { return false }
            return scalars[from..<to].contains { $0 == "," || $0 == ":" || $0 == ";" }
        }
        var inTelling = Array(repeating: false, count: tokens.count)
        for (index, word) in lowered.enumerated() where word == "according" {
            var end = index
            while end + 1 < tokens.count, !commaBefore(end + 1) { end += 1 }
            for position in index...end { inTelling[position] = true }
        }
        // A clause opening with its teller: from the sentence's start or its last comma to a
        // reporting verb within `tellingWords` words, no comma right before it (", said Chief
        // Bratton." closes the sentence instead).
        if let verb = lowered.indices.first(where: { telling.contains(lowered[$0]) && lowered[$0] != "according" }) {
            let start = (0...verb).last(where: { commaBefore($0) }) ?? 0
            if verb - start <= tellingWords, verb > start {
                var end = verb
                if tellingTo.contains(lowered[verb]) {
                    while end + 1 < tokens.count, tokens[end + 1].isCapitalized || lowered[end + 1] == "to" {
                        end += 1
                    }
                }
                for position in start...end { inTelling[position] = true }
            }
        }
        // A closing telling: after the last comma, a reporting word within `tellingWords` words of the end.
        if let last = tokens.indices.last(where: { commaBefore($0) }), tokens.count - last <= tellingWords,
            lowered[last...].contains(where: { telling.contains($0) })
        {
            for position in last..<tokens.count { inTelling[position] = true }
        }
        guard inTelling.contains(true) else { return }
        for name in claim.who {
            guard let last = name.split(separator: " ").last.map(String.init) else { continue }
            let told = lowered.indices.filter { bare(lowered[$0]) == last }
            // An owner is who the teller speaks for: "Lindsay Lohan's attorney said", "The agent of
            // actress Mara Quill said".
            func owned(_ index: Int) -> Bool {
                bare(lowered[index]) != lowered[index] || lowered[max(0, index - ownerReach)..<index].contains("of")
            }
            guard !told.isEmpty, told.allSatisfy({ inTelling[$0] && !owned($0) }) else { continue }
            claim.who.remove(name)
            claim.people.remove(name)
            claim.doers.remove(name)
        }
    }

    /// A word without its owner's "'s".
    private static func bare(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
    }

    /// Oldest age a number set off by commas after a person's name is read as ("Williams, 91,").
    static let oldestAge = 120.0

    /// What a number of a street address counts ("in the 3400 block of Thorpe Street").
    static let addressCounts: Set<String> = ["block"]

    /// Reads as an age a whole number set off by commas right after a word of a person the claim
    /// names ("Williams, 91, passed away", "Reid, 33, earned …"), which the claim counts as the word
    /// after it, and leaves out the number of a street address ("the 3400 block of …"): both describe
    /// someone or somewhere already told of; neither is a new count.
    static func readDescribingNumbers(_ claim: inout Claim, in sentence: AnalyzedSentence) {
        claim.quantities.removeAll { addressCounts.contains($0.counts) }
        let tokens = sentence.tokens
        let named = Set(claim.people.flatMap { $0.split(separator: " ").map(String.init) })
        guard !named.isEmpty else { return }
        let text = sentence.text
        for index in claim.quantities.indices where claim.quantities[index].counts != "age" {
            let quantity = claim.quantities[index]
            guard quantity.value >= 1, quantity.value <= oldestAge, quantity.value == quantity.value.rounded()
            else { continue }
            let apposed = tokens.indices.dropFirst().contains { position in
                tokens[position].text == quantity.text && named.contains(bare(tokens[position - 1].text.lowercased()))
                    && text.contains("\(tokens[position - 1].text), \(quantity.text),")
            }
            if apposed { claim.quantities[index].counts = "age" }
        }
    }

    /// Whether `claim` tells nothing the chosen sentences together do not (`SummaryConfiguration
    /// .toldAcrossRestates`): its main-clause happenings are among theirs (told in their main clauses:
    /// "spending cuts" told as the cause of a strike is no report of cuts), it names no one, day,
    /// place or year they do not, and every count it gives one of them gives ("Police have a suspect
    /// in custody after a hit and run accident that killed a woman in Queens Friday night." after
    /// "A woman has died after being hit by a car that fled the scene in Queens Friday …" and "The
    /// driver fled the accident scene but was apprehended by police officers.").
    static func toldAcross(_ claim: Claim, by chosen: [Claim]) -> Bool {
        guard !claim.mainHappening.isEmpty, !claim.isNegated, chosen.count >= 2 else { return false }
        var happenings = Set<String>()
        var named = Set<String>()
        var days = Set<String>()
        var places = Set<String>()
        var years = Set<String>()
        for other in chosen {
            happenings.formUnion(other.mainHappening)
            named.formUnion(other.who.union(other.people))
            days.formUnion(other.when)
            places.formUnion(other.places)
            years.formUnion(other.years)
        }
        // A place may be named as a participant of another ("Morningside" told where Heller said she was).
        let namedOrPlaces = named.union(places)
        guard claim.mainHappening.isSubset(of: happenings), claim.when.isSubset(of: days),
            claim.statedYears.isSubset(of: years),
            claim.places.allSatisfy({ ClaimAligner.sharesName([$0], namedOrPlaces) }),
            claim.who.union(claim.people).allSatisfy({ ClaimAligner.sharesName([$0], named) })
        else { return false }
        return counts(of: claim).allSatisfy { quantity in chosen.contains { tolls($0, quantity) } }
    }

    /// Whether `claim` gives `quantity` or the same value of the same happening in other words
    /// ("the 3 bank employees were burnt to death" after "Three people have suffocated to death").
    static func tolls(_ claim: Claim, _ quantity: Quantity) -> Bool {
        gives(claim, quantity)
            || claim.quantities.contains {
                $0.value == quantity.value && !quantity.happenings.isEmpty
                    && !$0.happenings.isDisjoint(with: quantity.happenings)
            }
    }
}
