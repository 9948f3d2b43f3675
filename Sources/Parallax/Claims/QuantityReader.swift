internal import ParallaxBase

/// Finds the numbers of a sentence with what they count, normalised so that values written
/// differently compare equal ("1,000" = "1000", "2.1 billion" = 2100000000, "130 feet" ≈ 39.6 m).
struct QuantityReader {
    /// Words for small numbers as news writes them.
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100,
    ]
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
    ]
    /// Lengths in metres.
    static let lengthUnits: [String: Double] = [
        "metres": 1, "meters": 1, "metre": 1, "meter": 1, "feet": 0.3048, "foot": 0.3048, "ft": 0.3048,
        "miles": 1609.34, "mile": 1609.34, "km": 1000, "kilometres": 1000, "kilometers": 1000, "kilometre": 1000,
        "kilometer": 1000, "yards": 0.9144, "yard": 0.9144, "storeys": 3, "stories": 3, "floors": 3,
        // "13 nautical miles": the unit's second word is skipped before the context.
        "nautical": 1852,
    ]
    static let deathWords: Set<String> = [
        "dead", "killed", "died", "deaths", "death", "fatalities", "lives", "bodies", "perished", "dies",
    ]
    static let injuryWords: Set<String> = ["injured", "wounded", "hurt", "injuries", "injuring", "wounding"]
    static let months = MonthNames.englishWords
    /// Words after a number that make it a time, a rank or a part of a name, not a count.
    static let notCounts: Set<String> = [
        "a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "est", "pst", "ist", "bst", "th", "st", "nd", "rd",
        "per", "of",
    ]

    func quantities(in sentence: AnalyzedSentence) -> [Quantity] {
        let tokens = sentence.tokens
        // Each token lowercased once, and the sentence's scalars only once a number is found: most
        // tokens are no number, and these were made again for every one (a profile's hot spot).
        let lowered = tokens.map { $0.text.lowercased() }
        var scalars: [Unicode.Scalar]?
        func scalarsOfSentence() -> [Unicode.Scalar] {
            if let scalars { return scalars }
            let made = Array(sentence.text.unicodeScalars)
            scalars = made
            return made
        }
        func between(_ left: Int, _ right: Int) -> String {
            let text = scalarsOfSentence()
            let from = max(0, min(text.count, left - sentence.start))
            let to = max(from, min(text.count, right - sentence.start))
            return String(String.UnicodeScalarView(text[from..<to]))
        }
        func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? lowered[index] : "" }
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let word = lower(index)
            func sign() -> String {
                index > 0 ? between(tokens[index - 1].end, tokens[index].start) + lower(index - 1) : ""
            }
            guard
                var value = Self.value(of: word)
                    ?? (Self.maySum(word) ? Self.sum(written: word, after: sign()) : nil)
            else { continue }
            // "one of the", "one person" in prose: words for numbers count only before a noun of interest.
            let spelled = !(tokens[index].isNumber)
            var last = index
            if let multiplier = Self.multipliers[lower(index + 1)], !(lower(index + 1) == "m" && spelled) {
                value *= multiplier
                last = index + 1
            }
            let before = index > 0 ? between(tokens[index - 1].end, tokens[index].start) : ""
            let previous = lower(index - 1)
            let next = lower(last + 1)
            let gapAfter = last + 1 < tokens.count ? between(tokens[last].end, tokens[last + 1].start) : ""
            if Self.months.contains(previous) || Self.months.contains(next) || gapAfter.hasPrefix(":")
                || before.hasSuffix(":") || Self.notCounts.contains(next)
            {
                continue
            }
            let digits = word.filter(\.isNumber)
            if !spelled, digits.count == 4, !word.contains(","), (1900...2100).contains(Int(digits) ?? 0),
                !before.contains("$")
            {
                continue  // a year: the when slot
            }
            // A value in brackets restates another in other units ("$1 million ($1.52 million)",
            // "7 km (4 miles)"): a conversion, not a claim of its own.
            if Self.insideBrackets(scalarsOfSentence(), at: tokens[index].start - sentence.start) { continue }
            let written = between(tokens[index].start, tokens[last].end)
            let bound = Self.bound(before: (max(0, index - 2)..<index).map(lower))
            func add(_ counts: String) {
                var quantity = Quantity(value: value, counts: counts, text: written, bound: bound)
                quantity.tokenIndex = index
                found.append(quantity)
            }
            // Sums compare only in one currency: "110 billion euros" and "$141 billion" may be one sum.
            let currency =
                before.contains("$") || ["dollars", "usd"].contains(next)
                ? "$"
                : before.contains("£") || next == "pounds"
                    ? "£" : before.contains("€") || ["euros", "euro"].contains(next) ? "€" : nil
            if let currency {
                add("money:" + currency)
                continue
            }
            // "magnitude 5.9", "5.9 magnitude", "a magnitude of at least 5.9".
            let magnitudeBefore = (max(0, index - 4)..<index).reversed().map(lower).prefix {
                ["of", "at", "least", "about", "around", "nearly", "preliminary", "magnitude"].contains($0)
            }
            if magnitudeBefore.contains("magnitude") || next == "magnitude" || previous == "measuring"
                || (next == "on" && lower(last + 3) == "richter")
            {
                add("magnitude")
                continue
            }
            if next == "year" && lower(last + 2) == "old" || next == "aged" || previous == "aged" {
                add("age")
                continue
            }
            if let unit = Self.lengthUnits[next], !spelled || next != "stories" {
                value *= unit
                let unitWords = next == "nautical" ? 2 : 1
                var quantity = Quantity(value: value, counts: "length", text: written + gapAfter + next, bound: bound)
                quantity.tokenIndex = index
                let contextStart = min(tokens.count, last + 1 + unitWords)
                // What the length is of: the first three content words within six ("(about 24km) from the
                // cargo ship", "east of Aden").
                quantity.context = Set(
                    tokens[contextStart..<min(tokens.count, contextStart + 6)].filter {
                        !$0.isStopWord && !$0.isNumber && $0.text.first?.isLetter == true
                    }
                    .prefix(3).map(\.stem))
                found.append(quantity)
                continue
            }
            if next == "percent" || gapAfter.hasPrefix("%") {
                add("percent")
                continue
            }
            // "12 dead", "12 people were killed", "killing 12", "death toll rose to 12".
            let window = (last + 1...min(last + 4, tokens.count)).map(lower)
            let leading = (max(0, index - 4)..<index).map(lower)
            // The verb a count is the object of, past the words that bound it: "killing at least
            // 10 people and injuring many others" counts the dead, whatever follows.
            let governing = Self.governingWord(before: index, lower)
            if ["killed", "kills", "killing", "kill", "claimed"].contains(governing) {
                add("dead")
                continue
            }
            if ["injured", "injuring", "wounded", "wounding", "hurt"].contains(governing) {
                add("injured")
                continue
            }
            if Self.deathWords.contains(next)
                || (["people", "persons", "others", "civilians"].contains(next)
                    && window.prefix(4).contains(where: Self.deathWords.contains))
                || ["killing", "toll"].contains(previous) || leading.suffix(3).contains("toll")
            {
                add("dead")
                continue
            }
            if Self.injuryWords.contains(next)
                || (["people", "persons", "others"].contains(next)
                    && window.prefix(4).contains(where: Self.injuryWords.contains))
                || ["injuring", "wounding"].contains(previous)
            {
                add("injured")
                continue
            }
            guard last + 1 < tokens.count else { continue }
            let noun = tokens[last + 1]
            guard !noun.isStopWord, !noun.isNumber, !noun.isCapitalized, !spelled || Self.countNouns.contains(next)
            else { continue }
            add(noun.text.lowercased())
        }
        return found
    }

    /// Whether `offset` lies between an opening bracket and its closing one.
    static func insideBrackets(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
        var depth = 0
        for scalar in text.prefix(max(0, offset)) {
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// Nouns a spelled-out number is read with ("three people"); elsewhere "one" is a pronoun.
    static let countNouns: Set<String> = [
        "people", "persons", "children", "men", "women", "days", "weeks", "months", "years", "hours", "minutes",
        "times", "students", "soldiers", "police", "officers", "victims", "suspects", "games", "goals", "points",
    ]

    /// Words that bound a value ("at least", "more than", "nearly", "an estimated"): `bound(before:)`
    /// reads them, and they stand between a count and the verb it is the object of.
    static let boundWords: Set<String> = [
        "at", "least", "more", "than", "less", "fewer", "over", "nearly", "almost", "under", "about", "around",
        "some", "approximately", "roughly", "an", "estimated",
    ]

    /// The word before the value at `index` and the words bounding it (at most three of them).
    static func governingWord(before index: Int, _ lower: (Int) -> String) -> String {
        var position = index - 1
        while position >= max(0, index - 3), boundWords.contains(lower(position)) { position -= 1 }
        return lower(position)
    }

    /// "at least", "more than", "over" make a floor; "nearly", "almost", "up to", "under" a ceiling;
    /// "about", "around", "some", "approximately", "roughly" a neighbourhood.
    static func bound(before words: [String]) -> Quantity.Bound {
        let last = words.last ?? ""
        let pair = words.suffix(2).joined(separator: " ")
        if pair == "less than" || pair == "fewer than" { return .atMost }
        if pair == "at least" || pair == "more than" || last == "over" { return .atLeast }
        if ["nearly", "almost", "under"].contains(last) || pair == "up to" { return .atMost }
        if ["about", "around", "some", "approximately", "roughly", "estimated"].contains(last) { return .about }
        return .exact
    }

    /// The multipliers a sum may be written with joined on, longest first where one ends another.
    static let joinedMultipliers: [(suffix: String, multiplier: Double)] = [
        ("mm", 1e6), ("bn", 1e9), ("m", 1e6), ("b", 1e9), ("k", 1e3),
    ]

    /// Whether `word` ends as a joined multiplier does, so `sum(written:after:)` may read it
    /// (its sign need not be made for other words).
    static func maySum(_ word: String) -> Bool {
        joinedMultipliers.contains { word.hasSuffix($0.suffix) }
    }

    /// A sum written with its multiplier joined on, after a currency sign: "$200MM", "$2.1bn", "£40m".
    static func sum(written word: String, after sign: String) -> Double? {
        guard sign.contains(where: { "$€£".contains($0) }) else { return nil }
        for (suffix, multiplier) in joinedMultipliers where word.hasSuffix(suffix) {
            if let value = value(of: String(word.dropLast(suffix.count))) { return value * multiplier }
        }
        return nil
    }

    /// The number a word writes, commas dropped; nil when it is not one.
    static func value(of word: String) -> Double? {
        if let spelled = numberWords[word] { return spelled }
        guard let first = word.first, first.isNumber else { return nil }
        let cleaned = word.filter { $0.isNumber || $0 == "." }
        guard !cleaned.isEmpty, word.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) else { return nil }
        return Double(cleaned)
    }
}
