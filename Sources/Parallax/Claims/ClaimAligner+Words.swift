internal import Foundation
internal import ParallaxBase

/// The word-level helpers of `ClaimAligner`: arguments, days, names and scores.
extension ClaimAligner {
    /// The parts of `claim` that `align` reads, as a claim: two claims with equal parts are
    /// aligned alike with any other claim (at one similarity), so a story's repeated sentences
    /// are aligned once (`StoryAlignments`). Left out: the sentence (`text`), `source` and
    /// `mainHappening` and `backgroundHappening`, which `align` never reads; the publication time past its day, since `grew` compares days and
    /// orders two different days by them alone; and the article's places that no claim of the
    /// story names (`placesNamed`), since `align` only asks whether the other side's places are among
    /// them. Narrower still, where a part cannot change an answer: the publication day of a claim
    /// with no count that can grow (`grew` reads it only for such counts), the article's places of
    /// a claim that can never be the side a place contradicts (one place, someone named and a
    /// one-spot happening there: the "where" slot asks only then), and of the days whose year was
    /// worked out only whether there are any (`oneDayTwoYears` asks no more). A part `align`
    /// starts to read must be kept here (`BriefReuseTests` compares).
    static func comparedParts(of claim: Claim, placesNamed: Set<String>) -> Claim {
        var parts = claim
        parts.text = ""
        parts.source = nil
        parts.mainHappening = []
        parts.backgroundHappening = []
        parts.severalCounted = []
        parts.toldSingly = []
        parts.toldPlural = []
        let growing = claim.quantities.contains { !notGrowing.contains($0.counts) }
        parts.published = growing ? claim.published.map { String($0.prefix(10)) } : nil
        parts.articlePlaces = mayContradictPlace(claim) ? claim.articlePlaces.intersection(placesNamed) : []
        parts.yearInferred = claim.yearInferred.isEmpty ? [] : ["inferred"]
        return parts
    }

    /// Whether `align(a, b, similarity:)` can end `same`, `conflict` or `update`, the relations a
    /// brief reads: each needs the score at one of their thresholds, but for two years of one event,
    /// which needs years on both sides that differ. False only where `align` ends `related` or
    /// `unrelated` (`BriefReuseTests` compares).
    func mayDecide(_ a: Claim, _ b: Claim, similarity: Double) -> Bool {
        let least = min(configuration.sameThreshold, configuration.wordsOnlyThreshold, configuration.conflictThreshold)
        if similarity >= least { return true }
        let yearsA = configuration.statedDayYearsTellEvents ? a.statedYears : a.epochs
        let yearsB = configuration.statedDayYearsTellEvents ? b.statedYears : b.epochs
        return !yearsA.isEmpty && !yearsB.isEmpty && yearsA.isDisjoint(with: yearsB)
    }

    /// Kinds of count that never grow between reports (`grew`).
    static let notGrowing: Set<String> = ["magnitude", "length", "age"]

    /// Whether the "where" slot of `align` can read the article's places of `claim`: one place,
    /// someone named, and a one-spot happening told there.
    static func mayContradictPlace(_ claim: Claim) -> Bool {
        claim.places.count == 1 && !claim.who.isEmpty
            && claim.happening.intersection(pointHappenings).contains { claim.happeningPlaces[$0] == claim.places }
    }

    /// A count higher in the later of two reports published on different days.
    static func grew(_ left: Quantity, _ leftDate: String?, _ right: Quantity, _ rightDate: String?) -> Bool {
        guard let leftDate, let rightDate, leftDate.prefix(10) != rightDate.prefix(10),
            !notGrowing.contains(left.counts)
        else { return false }
        return leftDate < rightDate ? right.value > left.value : left.value > right.value
    }

    /// How many words, names left out, two statements share: what they say of whoever they name.
    /// Where `titlesAreNames`, the words describing a named person on either side are left out too.
    func sharedPredicateWords(_ a: Claim, _ b: Claim) -> Set<String> {
        var names = a.nameStems.union(b.nameStems)
        if configuration.titlesAreNames { names.formUnion(a.titleStems.union(b.titleStems)) }
        return Set(a.words).subtracting(names).intersection(Set(b.words).subtracting(names))
    }

    /// The words after `head` in `claim`, those of the happening lexicon as their happening
    /// where `argumentsByHappening` ("killing" and "death" both "death").
    /// (Given the claim's `arguments`, not the claim: see `align`.)
    func arguments(_ arguments: [String: Set<String>], _ head: String) -> Set<String> {
        let words = arguments[head, default: []]
        guard configuration.argumentsByHappening else { return words }
        return Set(words.map { ClaimReader.happenings[$0] ?? $0 })
    }

    /// Whether a happening both statements tell is dated on both sides, by days of like kind (two
    /// dates, or two weekday names), and no two of them are within a day of each other: "fire ripped
    /// through her church on Friday evening" and "destroyed the church early Saturday" are one fire
    /// told across midnight; "Wednesday's home loss" and "Friday night's loss" are two games. A date
    /// worked out in two years ("December 2" read from two publication dates) is one day.
    static func happeningDaysDiffer(_ a: Claim, _ b: Claim, _ heads: Set<String>) -> Bool {
        heads.contains { head in
            let left = a.happeningDates[head, default: []].filter { $0.hasPrefix("day:") }.map { $0.dropFirst(4) }
            let right = b.happeningDates[head, default: []].filter { $0.hasPrefix("day:") }.map { $0.dropFirst(4) }
            let isDate = { (day: Substring) in day.first?.isNumber == true }
            guard !left.isEmpty, !right.isEmpty, left.allSatisfy(isDate) == right.allSatisfy(isDate),
                left.allSatisfy(isDate) || !left.contains(where: isDate)
            else { return false }
            let leftDays = left.compactMap(dayNumber)
            let rightDays = right.compactMap(dayNumber)
            guard leftDays.count == left.count, rightDays.count == right.count else { return false }
            let week = left.allSatisfy(isDate) ? Int.max : 7
            return !leftDays.contains { x in
                rightDays.contains { y in
                    let apart = abs(x - y)
                    return min(apart, week - apart) <= 1
                }
            }
        }
    }

    /// A day as a number two days can be compared by: a weekday's place in the week, or a date's
    /// place in its year ("2008-12-11" and "2007-12-11" are one day read in two years; month ends
    /// are not joined, which only misses a midnight at the turn of a month).
    static func dayNumber(_ day: Substring) -> Int? {
        if let index = WeekdayNames.english.firstIndex(of: String(day)) { return index }
        let parts = day.split(separator: "-")
        guard parts.count >= 3, let month = Int(parts[1]), let date = Int(parts[2].prefix(2)) else { return nil }
        return month * 32 + date
    }

    /// Names meet when one's words hold the other's ("tara reid" and "reid") or they end in the
    /// same word ("actress tara reid" and "tara reid"); a shared title ("actress") is not enough.
    static func sharesName(_ left: Set<String>, _ right: Set<String>) -> Bool {
        if !left.isDisjoint(with: right) { return true }
        // "Pellingford’s" is Pellingford.
        func words(_ name: String) -> [Substring] {
            name.split(separator: " ").map { word in
                word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
            }
        }
        guard !left.isEmpty, !right.isEmpty else { return false }
        // Each side's words split once, not once for every pair (any pair that meets answers).
        // A name has a few words: looking each up in the other's array answers what a set of
        // them would (`isSubset(of:)`), without hashing them into one.
        let rightWords = right.map(words)
        for a in left {
            let aWords = words(a)
            for bWords in rightWords {
                if aWords.last == bWords.last && (aWords.last?.count ?? 0) >= 3 { return true }
                if aWords.allSatisfy(bWords.contains) || bWords.allSatisfy(aWords.contains) { return true }
            }
        }
        return false
    }

    /// Whether the two claims share a happening (of `heads`) about the same thing, each side
    /// giving it exactly one date starting with `prefix` ("year:", "day:"), the two different;
    /// where `toldOnce`, a head either sentence tells twice dates neither.
    static func datedAlike(_ a: Claim, _ b: Claim, heads: Set<String>, prefix: String, toldOnce: Bool) -> Bool {
        heads.contains { head in
            if toldOnce, a.repeatedHappenings.contains(head) || b.repeatedHappenings.contains(head) { return false }
            let left = a.arguments[head, default: []]
            let right = b.arguments[head, default: []]
            let leftDates = a.happeningDates[head, default: []].filter { $0.hasPrefix(prefix) }
            let rightDates = b.happeningDates[head, default: []].filter { $0.hasPrefix(prefix) }
            return !left.isDisjoint(with: right) && leftDates.count == 1 && rightDates.count == 1
                && leftDates != rightDates
        }
    }

    /// `String(format: "%.3f", value)`, which every aligned pair of a brief's sentences
    /// asked (a tenth of aligning them): the exact value rounded to the nearest thousandth, ties
    /// to even, as the C library prints it. Values this does not need (negative, not finite,
    /// huge) are left to `String(format:)`.
    static func threeDecimals(_ value: Double) -> String {
        guard value.isFinite, value >= 0, value.sign == .plus, value < 1e12 else {
            return String(format: "%.3f", value)
        }
        let scaled = value * 1000
        // The product's rounding error, exactly: scaled + error is value · 1000.
        let error = (-scaled).addingProduct(value, 1000)
        let whole = scaled.rounded(.down)
        var thousandths = Int(whole)
        if scaled >= 0.25 {
            // The exact fraction above `whole` against one half: `scaled - whole - 0.5` is exact.
            let excess = (scaled - whole - 0.5) + error
            if excess > 0 || (excess == 0 && thousandths % 2 == 1) { thousandths += 1 }
        }
        let fraction = String(thousandths % 1000)
        return String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Cosine of word counts, for claims compared outside a story.
    static func plainCosine(_ left: [String], _ right: [String]) -> Double {
        var a: [String: Double] = [:]
        var b: [String: Double] = [:]
        for word in left { a[word, default: 0] += 1 }
        for word in right { b[word, default: 0] += 1 }
        return TermVector(weights: a).cosine(TermVector(weights: b))
    }
}
