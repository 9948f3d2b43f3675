internal import Foundation

/// How two claims relate, and which slots decided it.
public struct Alignment: Hashable, Sendable {
    public enum Relation: String, Hashable, Sendable {
        /// The same happening about the same participants, every slot compatible.
        case same
        /// The same happening about the same participants with a different number, date, place or polarity.
        case conflict
        /// A count that grew between an earlier and a later report: not a contradiction.
        case update
        case related, unrelated
    }

    /// One slot's comparison: "who", "happening", "words", "modality", "polarity", "when", "where",
    /// or "quantity:<what is counted>".
    public struct Slot: Hashable, Sendable {
        public enum Verdict: String, Hashable, Sendable {
            /// `differ` decides a conflict; `uncompared` values differ in a way that contradicts
            /// nothing (a place and a place inside it, two dates of which one is a plan).
            case agree, differ, update, uncompared, unknown
        }
        public var name: String
        public var verdict: Verdict
        public var a: String
        public var b: String
    }

    public var relation: Relation
    public var score: Double
    public var slots: [Slot]

    /// The slots that differ (for a conflict) or grew (for an update).
    public var differing: [Slot] { slots.filter { $0.verdict == .differ || $0.verdict == .update } }
}

/// The one alignment function every section of a brief uses: facts keep `same` supports,
/// discrepancies are `conflict`s, summaries never hold two `same` sentences.
public struct ClaimAligner: Sendable {
    public var configuration: AlignmentConfiguration

    public init(configuration: AlignmentConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Aligns `a` with `b`; `similarity` is their words' weighted cosine where the caller has
    /// collection weights (a story), else plain word overlap is used.
    public func align(_ a: Claim, _ b: Claim, similarity: Double? = nil) -> Alignment {
        let score = similarity ?? Self.plainCosine(a.words, b.words)
        var slots: [Alignment.Slot] = []
        let whoShared =
            Self.sharesName(a.who, b.who)
            || configuration.countriesAreParticipants
                && Self.sharesName(a.who.union(a.countries), b.who.union(b.countries))
        let whoKnown = !a.who.isEmpty && !b.who.isEmpty
        slots.append(
            .init(
                name: "who", verdict: whoKnown ? (whoShared ? .agree : .differ) : .unknown,
                a: a.who.sorted().joined(separator: ", "), b: b.who.sorted().joined(separator: ", ")))
        let happeningShared = !a.happening.isDisjoint(with: b.happening)
        let happeningKnown = !a.happening.isEmpty && !b.happening.isEmpty
        slots.append(
            .init(
                name: "happening", verdict: happeningKnown ? (happeningShared ? .agree : .differ) : .unknown,
                a: a.happening.sorted().joined(separator: ", "), b: b.happening.sorted().joined(separator: ", ")))
        slots.append(.init(name: "words", verdict: .unknown, a: Self.threeDecimals(score), b: ""))
        let placesDisjoint = !a.places.isEmpty && !b.places.isEmpty && !Self.sharesName(a.places, b.places)
        // Different people, happenings or years: another statement, perhaps about the same story.
        // Saying the same thing allows other bodies on either side (the outlet one cites, the agency
        // another); contradicting each other needs the same named participants, or none named.
        let otherPeople = !a.people.isEmpty && !b.people.isEmpty && !Self.sharesName(a.people, b.people)
        let sameParticipants = !otherPeople && (whoShared || !placesDisjoint)
        let strictlySameParticipants = !otherPeople && (whoShared || (!whoKnown && !placesDisjoint))
        // Years stated on both sides that differ tell of two events; a year on one side only
        // may be the same event dated by one outlet (but then it is no ground for a conflict).
        // A day whose year the words state dates its statement as a year does ("born on April 22,
        // 1923" against "began modelling in 1950"), where `statedDayYearsTellEvents`.
        let yearsA = configuration.statedDayYearsTellEvents ? a.statedYears : a.epochs
        let yearsB = configuration.statedDayYearsTellEvents ? b.statedYears : b.epochs
        let sameEpoch = yearsA.isEmpty || yearsB.isEmpty || !yearsA.isDisjoint(with: yearsB)
        let equalEpochs = a.epochs == b.epochs
        if !sameEpoch {
            slots.append(
                .init(
                    name: "epoch", verdict: .differ, a: yearsA.sorted().joined(separator: ", "),
                    b: yearsB.sorted().joined(separator: ", ")))
        }
        // The shared happening must be about the same thing where both say what it is about.
        let heads = a.happening.intersection(b.happening)
        // Or, where `aboutByParticipants`, the two name one participant (a passive "Cheeks became
        // the fifth coach fired" puts its object before the head, out of the argument window).
        // The closures below capture the parts they read, never a whole claim: the optimizer passes
        // what a closure captures to its specialized caller, and a captured claim was copied there.
        let (argumentsA, argumentsB) = (a.arguments, b.arguments)
        let argumentsShared = heads.contains { head in
            let left = arguments(argumentsA, head)
            let right = arguments(argumentsB, head)
            if left.isEmpty || right.isEmpty { return !configuration.emptyArgumentsNeedParticipants }
            return !left.isDisjoint(with: right)
        }
        // The participant named near the happening on both sides (a name elsewhere in the sentence
        // may belong to another part of it). Requiring it after the head on one side (its object) was
        // tried and lost fold A 0.003 precision and 0.031 recall (docs/claims.md).
        // A call or demand is told by what is called for: its words decide, not who calls ("the
        // ministry called for his release", "the ministry condemned the strikes, calling them a violation").
        let (namesA, namesB) =
            configuration.countriesAreParticipants
            ? (
                a.happeningNames.merging(a.happeningCountries) { $0.union($1) },
                b.happeningNames.merging(b.happeningCountries) { $0.union($1) }
            ) : (a.happeningNames, b.happeningNames)
        let namedNearBoth = heads.subtracting(Self.contentHappenings).contains { head in
            !namesA[head, default: []].isDisjoint(with: namesB[head, default: []])
        }
        let placesShared = !a.places.isEmpty && !b.places.isEmpty && !placesDisjoint
        let participantsShared = whoShared || (configuration.participantsIncludePlaces && placesShared)
        let aboutSame = argumentsShared || (configuration.aboutByParticipants && participantsShared && namedNearBoth)

        // A happening on one side only ("re-hired attorney Holley" against "Holley spoke out")
        // needs the words to agree as strongly as two different happenings do.
        let comparable =
            (happeningShared && aboutSame)
            || (a.happening.isEmpty && b.happening.isEmpty && score >= configuration.wordsOnlyThreshold)
            || score >= configuration.otherHappeningThreshold
        // A toll counted by the shared happening on both sides ("12 people were injured in the
        // riots", "18 people had been injured in the violence") is what the happening is about,
        // whatever words follow its head: the two can contradict each other (never `same` by it).
        let tollsAlike =
            configuration.tollsTellWhatAHappeningIsAbout
            && a.quantities.contains { [quantitiesB = b.quantities] left in
                Self.tolls.contains(left.counts) && !left.happenings.isDisjoint(with: heads)
                    && quantitiesB.contains { right in
                        right.counts == left.counts && !right.happenings.isDisjoint(with: left.happenings)
                    }
            }
        // One event put in two years: the same happening about the same thing and the same named
        // participants (or places), each side stating one year ("that same year" of 2024 against "over the
        // summer" of 2025). Two years on one side tell of a history, not of one event. No least
        // word score: the slots decide, and a story's common names ("Iran") weigh little.
        // The years must be those of the shared happening itself ("born in 1923" against "born
        // in Nashville, … began modeling in 1950" is not one).
        // (A function of its own, not a closure kept in a constant: such a closure copied both claims.)
        if !sameEpoch, happeningShared,
            Self.datedAlike(
                a, b, heads: heads, prefix: "year:", toldOnce: configuration.datesNeedAHappeningToldOnce), !otherPeople,
            whoShared || placesShared,
            a.years.count == 1, b.years.count == 1,
            !a.isFuture, !b.isFuture, a.modality == nil, b.modality == nil
        {
            slots.removeAll { $0.name == "epoch" }
            slots.append(
                .init(
                    name: "year", verdict: .differ, a: a.epochDates.sorted().joined(separator: ", "),
                    b: b.epochDates.sorted().joined(separator: ", ")))
            return Alignment(relation: .conflict, score: score, slots: slots)
        }
        // What the shared happening is about, on each side (its arguments).
        if happeningShared {
            slots.append(
                .init(
                    // Words that differ where a toll on both sides says what it is about decide nothing.
                    name: "about", verdict: aboutSame ? .agree : (tollsAlike ? .uncompared : .differ),
                    a: heads.sorted().map { a.arguments[$0, default: []].sorted().joined(separator: " ") }
                        .joined(separator: "; "),
                    b: heads.sorted().map { b.arguments[$0, default: []].sorted().joined(separator: " ") }
                        .joined(separator: "; ")))
        }
        if otherPeople {
            slots.append(
                .init(
                    name: "people", verdict: .differ, a: a.people.sorted().joined(separator: ", "),
                    b: b.people.sorted().joined(separator: ", ")))
        }
        guard comparable || tollsAlike, sameParticipants, sameEpoch else {
            let related = score >= configuration.relatedThreshold || whoShared
            return Alignment(relation: related ? .related : .unrelated, score: score, slots: slots)
        }
        var differences: [Alignment.Slot] = []
        var updates: [Alignment.Slot] = []
        // Values of one kind that differ as counts of two happenings, or a total and a part: two
        // statements, neither contradicting nor saying the other.
        var otherCounts = false
        for left in a.quantities {
            for right in b.quantities
            where right.counts == left.counts
                && (left.context.isEmpty || right.context.isEmpty || !left.context.isDisjoint(with: right.context))
            {
                let counts = "quantity:" + left.counts
                // Two values differ only as values of one happening ("about 100 youths hurled petrol
                // bombs" counts other youths than "a clash with around 30 youths"), both of one
                // occasion or both totals of several ("31 magazines during the five operations").
                let ofOneHappening =
                    left.happenings.isEmpty || right.happenings.isEmpty
                    || !left.happenings.isDisjoint(with: right.happenings)
                if !compatible(left, right), !ofOneHappening || left.isTotal != right.isTotal {
                    otherCounts = true
                }
                if compatible(left, right) {
                    slots.append(.init(name: counts, verdict: .agree, a: left.text, b: right.text))
                } else if a.quantities.count(where: { $0.counts == left.counts }) != 1
                    || b.quantities.count(where: { $0.counts == left.counts }) != 1 || !ofOneHappening
                    || left.isTotal != right.isTotal
                {
                    slots.append(.init(name: counts, verdict: .uncompared, a: left.text, b: right.text))
                } else {
                    // A count told as still running ("so far") is updated by another, never contradicted.
                    let grew =
                        Self.grew(left, a.published, right, b.published)
                        || configuration.runningCountsUpdate && (left.isRunning || right.isRunning)
                    let slot = Alignment.Slot(
                        name: counts, verdict: grew ? .update : .differ, a: left.text, b: right.text)
                    slots.append(slot)
                    if grew { updates.append(slot) } else { differences.append(slot) }
                }
            }
        }
        // Days compare like with like (two dates, or two weekday names), and never for plans.
        let bothDated = a.when.allSatisfy(\.first!.isNumber) == b.when.allSatisfy(\.first!.isNumber)
        if !a.when.isEmpty, !b.when.isEmpty {
            // "December 2" worked out into two years from two publication dates is one day.
            let oneDayTwoYears =
                a.when.count == 1 && b.when.count == 1
                && a.when.first!.dropFirst(4) == b.when.first!.dropFirst(4)
                && !(a.yearInferred.isEmpty && b.yearInferred.isEmpty)
            let agree = !a.when.isDisjoint(with: b.when) || oneDayTwoYears
            // Only a happening has one day; a state ("still missing") holds on several.
            let decisive =
                !agree && bothDated && happeningShared && !a.isFuture && !b.isFuture && a.when.count == 1
                && b.when.count == 1
                && Self.datedAlike(
                    a, b, heads: heads, prefix: "day:", toldOnce: configuration.datesNeedAHappeningToldOnce)
            let slot = Alignment.Slot(
                name: "when", verdict: agree ? .agree : (decisive ? .differ : .uncompared),
                a: a.when.sorted().joined(separator: ", "), b: b.when.sorted().joined(separator: ", "))
            slots.append(slot)
            if decisive { differences.append(slot) }
        }
        if !a.places.isEmpty, !b.places.isEmpty {
            // A place differs only for named participants of a happening at one spot (two quakes in
            // two towns are two quakes), and only when neither outlet names the other's place at all.
            let decisive =
                placesDisjoint && whoShared && a.places.count == 1 && b.places.count == 1
                && heads.intersection(Self.pointHappenings).contains {
                    [placesA = a.places, placesB = b.places, atA = a.happeningPlaces, atB = b.happeningPlaces] head in
                    atA[head] == placesA && atB[head] == placesB
                }
                && a.places.isDisjoint(with: b.articlePlaces) && b.places.isDisjoint(with: a.articlePlaces)
            let slot = Alignment.Slot(
                name: "where", verdict: !placesDisjoint ? .agree : (decisive ? .differ : .uncompared),
                a: a.places.sorted().joined(separator: ", "), b: b.places.sorted().joined(separator: ", "))
            slots.append(slot)
            if decisive { differences.append(slot) }
        }
        // Polarity is that of the shared happening itself: "did not kill" against "killed".
        // A word denied on one side and said plainly on the other: "has not commented" against
        // "has commented".
        // Only a denial asks which words each side has (most statements deny nothing).
        let denials = !a.negated.isEmpty || !b.negated.isEmpty
        let wordsA = denials ? Set(a.words) : []
        let wordsB = denials ? Set(b.words) : []
        let contested = a.negated.symmetricDifference(b.negated).filter { wordsA.contains($0) && wordsB.contains($0) }
        let deniedA = !contested.isDisjoint(with: a.negated)
        let deniedB = !contested.isDisjoint(with: b.negated)
        // Two denials ("no suspects have been taken into custody", "was not immediately taken into
        // custody") do not contradict each other, whichever words each denies.
        let polarityDiffers = deniedA != deniedB && a.isNegated != b.isNegated
        let polarityDecides =
            polarityDiffers && score >= configuration.polarityThreshold && a.modality == b.modality && !a.isFuture
            && !b.isFuture
        let polarity = Alignment.Slot(
            name: "polarity", verdict: !polarityDiffers ? .agree : (polarityDecides ? .differ : .uncompared),
            a: deniedA ? "negated" : "affirmed", b: deniedB ? "negated" : "affirmed")
        slots.append(polarity)
        if polarityDecides { differences.append(polarity) }
        if a.modality != nil || b.modality != nil {
            slots.append(
                .init(
                    name: "modality", verdict: a.modality == b.modality ? .agree : .differ, a: a.modality ?? "asserted",
                    b: b.modality ?? "asserted"))
        }
        // Different doers named on both sides, neither named by the other statement at all ("the
        // Nationals have offered" against "the Red Sox offered"): two deeds, whatever they share.
        let otherDoers =
            !a.doers.filter { [namedB = b.who.union(b.places)] in !Self.sharesName([$0], namedB) }.isEmpty
            && !b.doers.filter { [namedA = a.who.union(a.places)] in !Self.sharesName([$0], namedA) }.isEmpty
        if !a.doers.isEmpty || !b.doers.isEmpty {
            slots.append(
                .init(
                    name: "doers", verdict: otherDoers ? .uncompared : .agree,
                    a: a.doers.sorted().joined(separator: ", "),
                    b: b.doers.sorted().joined(separator: ", ")))
        }
        let sameHappening =
            happeningShared || (a.happening.isEmpty && b.happening.isEmpty && score >= configuration.sameThreshold)
        // A conflict needs the participants or the place named on both sides and shared: a
        // statement naming neither ("the deal could be up to $180 million") may be about another one.
        // Or, for a toll, neither naming anyone or any place: the story's one happening, counted twice.
        let namedNowhere = a.who.isEmpty && b.who.isEmpty && a.places.isEmpty && b.places.isEmpty
        let namedAlike = whoShared || placesShared || (tollsAlike && namedNowhere)
        // And both told as fact: "a possible death penalty trial" or "may have killed 50" asserts nothing.
        let asserted = a.modality == nil && b.modality == nil
        if score >= configuration.conflictThreshold, sameHappening, strictlySameParticipants, namedAlike, asserted,
            equalEpochs, !otherDoers
        {
            if !differences.isEmpty { return Alignment(relation: .conflict, score: score, slots: slots) }
            if !updates.isEmpty { return Alignment(relation: .update, score: score, slots: slots) }
        }
        // A denial is the point of its statement: "Putin has not commented on the arrest" does not
        // say what a report of the arrest says.
        let denialUnmatched = !a.negated.isSubset(of: wordsB) || !b.negated.isSubset(of: wordsA)
        // Two days of like kind that differ tell two moments ("Wednesday's loss", "Friday night's loss").
        let otherDay =
            configuration.sameNeedsOneDay && slots.contains { $0.name == "when" && $0.verdict != .agree }
            && bothDated
        let otherHappeningDay = configuration.sameNeedsOneHappeningDay && Self.happeningDaysDiffer(a, b, heads)
        if otherHappeningDay, !slots.contains(where: { $0.name == "when" && $0.verdict == .differ }) {
            slots.append(
                .init(
                    name: "happening day", verdict: .uncompared, a: a.when.sorted().joined(separator: ", "),
                    b: b.when.sorted().joined(separator: ", ")))
        }
        let compatible =
            differences.isEmpty && updates.isEmpty && !polarityDiffers && !denialUnmatched && a.modality == b.modality
            && !otherDay && !otherHappeningDay && !otherCounts
        let threshold = happeningShared ? configuration.sameThreshold : configuration.wordsOnlyThreshold
        // Saying the same thing takes the same happening about the same thing (or, where neither
        // names a happening, the same named participants), told of the same participants.
        // With no happening on either side, the words besides the names tell what is said.
        // Asked only where neither names a happening, and then once (the "said" slot below reads it too).
        let said = a.happening.isEmpty && b.happening.isEmpty ? sharedPredicateWords(a, b) : nil
        let saysAlike = said.map { $0.count >= configuration.wordsOnlyPredicateWords } ?? true
        let sameStatement =
            (happeningShared && aboutSame && Self.happeningsAgree(a.happening, b.happening, configuration))
            || (a.happening.isEmpty && b.happening.isEmpty && whoShared && saysAlike)
            // The lexicon is small: happenings it tells apart ("a strike" against "walked out")
            // may be one, where the words agree as strongly as `otherHappeningThreshold` asks.
            || (!happeningShared && score >= configuration.otherHappeningThreshold && saysAlike)
        let participants = configuration.sameNeedsParticipants ? strictlySameParticipants : sameParticipants
        // What else decided it: the tense, a denial.
        if a.isFuture != b.isFuture {
            slots.append(
                .init(
                    name: "tense", verdict: .differ, a: a.isFuture ? "future" : "past",
                    b: b.isFuture ? "future" : "past"))
        }
        if denialUnmatched {
            slots.append(
                .init(
                    name: "denial", verdict: .uncompared, a: a.negated.sorted().joined(separator: " "),
                    b: b.negated.sorted().joined(separator: " ")))
        }
        if let said {
            slots.append(
                .init(
                    name: "said", verdict: said.count >= configuration.wordsOnlyPredicateWords ? .agree : .differ,
                    a: said.sorted().joined(separator: " "), b: ""))
        }
        // A plan ("will be held on December 15") and a report of the happening ("ended Sunday")
        // are not one claim.
        if compatible && score >= threshold && sameStatement && participants
            && (!configuration.sameNeedsOneTense || a.isFuture == b.isFuture)
        {
            return Alignment(relation: .same, score: score, slots: slots)
        }
        return Alignment(relation: .related, score: score, slots: slots)
    }

    /// Whether two sets of happenings tell the same event: enough of them shared
    /// (`happeningAgreement`, shared over all), so "left the clinic" does not say "checked into it".
    static func happeningsAgree(_ a: Set<String>, _ b: Set<String>, _ configuration: AlignmentConfiguration) -> Bool {
        let union = a.union(b).count
        guard union > 0 else { return true }
        // One side tells a happening, the other only its opposite: "left the clinic", "checked into it".
        let onlyA = a.subtracting(b)
        let onlyB = b.subtracting(a)
        if opposites.contains(where: {
            onlyA.contains($0.0) && onlyB.contains($0.1) || onlyA.contains($0.1) && onlyB.contains($0.0)
        }) {
            return false
        }
        return Double(a.intersection(b).count) / Double(union) >= configuration.happeningAgreement
    }

    /// Happenings told by their content (what is called for), which the participants never make one.
    static let contentHappenings: Set<String> = ["call"]

    /// Happenings that undo each other: a statement of one never says the other.
    static let opposites: [(String, String)] = [
        ("enter", "leave"), ("win", "lose"), ("arrest", "release"), ("appoint", "fire_job"), ("appoint", "resign"),
    ]

    /// Kinds of count that are a happening's toll: its victims, whom the happening is about.
    static let tolls: Set<String> = ["dead", "injured"]

    /// Happenings that take place at one spot: a different place for them is a contradiction.
    static let pointHappenings: Set<String> = ["death", "shoot", "crash", "arrest", "fall", "sink"]

    /// Whether two values can both be true of one thing: equal once normalised, or within
    /// what their bounds ("at least", "nearly", "about") and unit conversion allow.
    func compatible(_ left: Quantity, _ right: Quantity) -> Bool {
        let tolerance = left.counts == "length" ? configuration.unitTolerance : 1e-9
        func near(_ x: Double, _ y: Double, _ share: Double) -> Bool { abs(x - y) <= share * max(abs(x), abs(y)) }
        if near(left.value, right.value, tolerance) { return true }
        // An age grows: 38 and 39 are one person told of before and after a birthday.
        if left.counts == "age", abs(left.value - right.value) <= configuration.ageTolerance { return true }
        func fits(_ bounded: Quantity, _ other: Quantity) -> Bool {
            switch bounded.bound {
            case .exact: return false
            case .atLeast: return other.value >= bounded.value
            case .atMost: return other.value <= bounded.value
            case .about: return near(bounded.value, other.value, configuration.aboutTolerance)
            }
        }
        return fits(left, right) || fits(right, left)
    }
}
