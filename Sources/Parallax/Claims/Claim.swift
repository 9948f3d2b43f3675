/// What one statement asserts, in slots two statements can be compared by: who, the happening,
/// quantities, when, where, polarity and modality, and whose claim it is.
public struct Claim: Hashable, Sendable {
    /// The sentence, verbatim.
    public var text: String
    /// The participants: resolved names of people and organisations (lower-cased), and
    /// capitalised words past the first where the analysis named nothing.
    public var who: Set<String>
    /// The people among `who`: two statements naming different people tell of different people.
    public var people: Set<String> = []
    /// Stems of the happening's words: event heads first (verbs and event nouns such as
    /// "kill", "quake", "sentenc", "acquir"), with the other content words in `words`.
    public var happening: Set<String>
    /// The happenings among `happening` told in the main clause, not only in a subordinate one
    /// ("Jordan … after he was fired" tells the firing in a subordinate clause).
    public var mainHappening: Set<String> = []
    /// The happenings told only as the time or condition of another ("when the explosion
    /// occurred", "after the suspicious phone call"): background, not what the sentence reports.
    public var backgroundHappening: Set<String> = []
    /// Stems of the content words around each happening's head, by happening: what was
    /// called for, who was killed ("calling for the release" against "calling the pretext unfounded").
    public var arguments: [String: Set<String>] = [:]
    /// The dates told near each happening's head (within `ClaimReader.dateReach` words), by
    /// happening: "day:2026-03-06" (or "day:friday" where unresolved) and "year:2024". Two
    /// dates conflict only as dates of the same happening, not of another one in the sentence.
    public var happeningDates: [String: Set<String>] = [:]
    /// The happenings whose head the sentence tells more than once ("won an Emmy in 2005 … he won a
    /// Tony"): a date near one of them cannot be told from the other's arguments.
    public var repeatedHappenings: Set<String> = []
    /// The places named nearest each happening's head (within `ClaimReader.dateReach` words), by
    /// happening: two places conflict only as places of the same happening.
    public var happeningPlaces: [String: Set<String>] = [:]
    /// The things named near each happening's head (bodies, places, works; no people), by
    /// happening, each with its distance in words from the head (`ClaimReader.thingDistances`):
    /// what the happening is about, by name ("checked in to the Morningside Recovery rehab facility").
    public var happeningThings: [String: [String: Int]] = [:]
    /// The capitalised words within `ClaimReader.dateReach` words of each happening's head, by
    /// happening: a participant named near the happening on both sides makes it about them.
    public var happeningNames: [String: Set<String>] = [:]
    /// Years of every date the sentence states, days included: one year each is what a year
    /// discrepancy needs ("last year … the November 2013 release" tells two).
    public var years: Set<String> = []
    /// Every content stem, names included: the vector two claims are scored by.
    public var words: [String]
    public var quantities: [Quantity]
    /// Resolved dates (TIMEX3 values of day, month or year precision) and weekday names
    /// ("friday") where the date could not be resolved.
    public var when: Set<String>
    /// Places named, lower-cased.
    public var places: Set<String>
    public var isNegated: Bool
    /// Stems of the words a negation denies ("did not kill" → "kill", "has not commented" →
    /// "comment"): the content words right after "not", "never", "no" or "n't".
    public var negated: Set<String> = []
    /// Told as still to come ("will appear", "is due to", "tomorrow"): a plan may change without
    /// anyone being wrong.
    public var isFuture = false
    /// Years of the dates the sentence states at any precision ("in February" of 2005, "in 2003"):
    /// a sentence about another year tells of another event.
    public var epochs: Set<String> = []
    /// Years the words themselves state, days included ("born on April 22, 1923", "in 1950"): two
    /// statements stating only other years tell of two events ("retired on Feb. 6, 1995" against
    /// "before retiring in 1993"). A day's year worked out from the publication date is not stated.
    public var statedYears: Set<String> = []
    /// The dates behind `epochs` as the timeline writes them ("2023", "2025-summer"): what a
    /// year discrepancy shows.
    public var epochDates: Set<String> = []
    /// Days of `when` whose year the words do not give ("December 2"): worked out from the
    /// publication date, so two of them a year apart may be one day read from two dates.
    public var yearInferred: Set<String> = []
    /// Every place the whole article names: an outlet naming both places does not contradict itself.
    public var articlePlaces: Set<String> = []
    /// "may", "could", "plans to", "in talks to", "expected to", "reportedly"…; nil when asserted.
    public var modality: String?
    /// The names that do the happening: named before its first head, after the last reporting word
    /// or "that" ("ESPN is reporting that the Nationals have offered … a contract" → Nationals).
    public var doers: Set<String> = []
    /// Stems of the sentence's names (capitalised words past the first, and the first where a
    /// recognised name begins there): what a statement with no happening says is in its other words.
    public var nameStems: Set<String> = []
    /// Stems of the words describing a named person or body ("the actress's rep Jack Ketsoyan",
    /// "Ellen DeGeneres, recent hosts,"): a description shared is not a predicate shared.
    public var titleStems: Set<String> = []
    /// The countries the statement names as doing or having something: the country of each adjective
    /// of nationality ("Russian air defenses": russia) and each place named before the first
    /// happening's head, after any reporting word ("Russia failed to provide"): a participant
    /// where `AlignmentConfiguration.countriesAreParticipants`.
    public var countries: Set<String> = []
    /// The countries of the adjectives of nationality within `ClaimReader.dateReach` words of each
    /// happening's head, by happening, as `happeningNames` holds the names there.
    public var happeningCountries: [String: Set<String>] = [:]
    /// Stems of the plural nouns a number of two or more counts ("two contract extensions": extens).
    public var severalCounted: Set<String> = []
    /// Stems of the nouns written in the singular with no such number before them ("his new contract
    /// extension": extens): one of the thing.
    public var toldSingly: Set<String> = []
    /// Stems of the words written in the plural.
    public var toldPlural: Set<String> = []
    /// The outlet, or the quoted source when the statement is someone's quotation.
    public var source: String?
    /// Publication date of the article (ISO 8601), for telling updates from conflicts.
    public var published: String?

    public init(
        text: String, who: Set<String> = [], happening: Set<String> = [], words: [String] = [],
        quantities: [Quantity] = [], when: Set<String> = [], places: Set<String> = [], isNegated: Bool = false,
        modality: String? = nil, source: String? = nil, published: String? = nil
    ) {
        self.text = text
        self.who = who
        self.happening = happening
        self.words = words
        self.quantities = quantities
        self.when = when
        self.places = places
        self.isNegated = isNegated
        self.modality = modality
        self.source = source
        self.published = published
    }
}

/// A number with what it counts: "12 dead" → (12, "dead"), "magnitude 5.9" → (5.9, "magnitude"),
/// "40 metres" → (40, "length", unit metres), "$2.1 billion" → (2.1e9, "money").
public struct Quantity: Hashable, Sendable {
    /// The value normalised: "1,000" and "1000" are 1000; "2.1 billion" is 2.1e9; lengths in metres.
    public var value: Double
    /// What is counted, as a kind ("dead", "injured", "magnitude", "length", "money", "age")
    /// ("money:$" by currency), or the noun after the number, lower-cased ("workers").
    public var counts: String
    /// As written.
    public var text: String
    /// Stems of the words right after the value ("south of Tehran"): what a distance or a sum is of.
    public var context: Set<String> = []
    /// "at least 12" is a floor, "nearly 100" a ceiling, "about 40" a neighbourhood.
    public var bound: Bound
    /// The happenings the value tells of: those whose head stands nearest it (within
    /// `ClaimReader.dateReach` words), as a date's. "About 100 youths hurled petrol bombs" counts
    /// the attackers, "killed him during a clash with around 30 youths" the youths of a clash.
    public var happenings: Set<String> = []
    /// Whether the value adds up several occasions ("seized 31 magazines during the five
    /// operations"): a total, not the count of one of them.
    public var isTotal = false
    /// Whether the value is told as a count still running ("12 people have died so far", "the
    /// toll has risen to 12"): a later report's other value updates it, it does not contradict it.
    public var isRunning = false
    /// The value's first token in its sentence.
    var tokenIndex = 0

    public enum Bound: String, Hashable, Sendable {
        case exact, atLeast, atMost, about
    }

    public init(value: Double, counts: String, text: String, bound: Bound = .exact) {
        self.value = value
        self.counts = counts
        self.text = text
        self.bound = bound
    }
}
