/// What one statement asserts, in slots two statements can be compared by: who, the happening,
/// quantities, when, where, polarity and modality, and whose claim it is.
public struct Claim: Hashable, Sendable {
    /// The slots, in one box that copies of the claim share: a copy (a sentence's item, a
    /// summary's cache of resolved claims) costs one reference count instead of one for each
    /// slot, and a write copies the box first where another claim still holds it, as the
    /// standard library's collections do. Measured: copying claims was 3.9% of an ingest's CPU
    /// samples (`perf`, 3,000 generated articles, main `c49da14`).
    private var storage: Storage

    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var slots: Slots
        init(_ slots: Slots) { self.slots = slots }
    }

    /// Unique before a write: `Storage` is only ever written through `mutable`, so sharing it
    /// between threads (`@unchecked Sendable`) is safe as for any copy-on-write value.
    private var mutable: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.slots) }
            return storage
        }
    }

    private struct Slots: Hashable {
        var text: String
        var who: Set<String>
        var people: Set<String> = []
        var happening: Set<String>
        var mainHappening: Set<String> = []
        var backgroundHappening: Set<String> = []
        var arguments: [String: Set<String>] = [:]
        var happeningDates: [String: Set<String>] = [:]
        var repeatedHappenings: Set<String> = []
        var happeningPlaces: [String: Set<String>] = [:]
        var happeningThings: [String: [String: Int]] = [:]
        var happeningNames: [String: Set<String>] = [:]
        var years: Set<String> = []
        var words: [String]
        var quantities: [Quantity]
        var when: Set<String>
        var places: Set<String>
        var isNegated: Bool
        var negated: Set<String> = []
        var isFuture: Bool = false
        var epochs: Set<String> = []
        var statedYears: Set<String> = []
        var epochDates: Set<String> = []
        var yearInferred: Set<String> = []
        var articlePlaces: Set<String> = []
        var modality: String?
        var doers: Set<String> = []
        var nameStems: Set<String> = []
        var titleStems: Set<String> = []
        var countries: Set<String> = []
        var happeningCountries: [String: Set<String>] = [:]
        var severalCounted: Set<String> = []
        var toldSingly: Set<String> = []
        var toldPlural: Set<String> = []
        var source: String?
        var published: String?
    }

    /// The sentence, verbatim.
    public var text: String {
        get { storage.slots.text }
        _modify { yield &mutable.slots.text }
    }
    /// The participants: resolved names of people and organisations (lower-cased), and
    /// capitalised words past the first where the analysis named nothing.
    public var who: Set<String> {
        get { storage.slots.who }
        _modify { yield &mutable.slots.who }
    }
    /// The people among `who`: two statements naming different people tell of different people.
    public var people: Set<String> {
        get { storage.slots.people }
        _modify { yield &mutable.slots.people }
    }
    /// Stems of the happening's words: event heads first (verbs and event nouns such as
    /// "kill", "quake", "sentenc", "acquir"), with the other content words in `words`.
    public var happening: Set<String> {
        get { storage.slots.happening }
        _modify { yield &mutable.slots.happening }
    }
    /// The happenings among `happening` told in the main clause, not only in a subordinate one
    /// ("Jordan … after he was fired" tells the firing in a subordinate clause).
    public var mainHappening: Set<String> {
        get { storage.slots.mainHappening }
        _modify { yield &mutable.slots.mainHappening }
    }
    /// The happenings told only as the time or condition of another ("when the explosion
    /// occurred", "after the suspicious phone call"): background, not what the sentence reports.
    public var backgroundHappening: Set<String> {
        get { storage.slots.backgroundHappening }
        _modify { yield &mutable.slots.backgroundHappening }
    }
    /// Stems of the content words around each happening's head, by happening: what was
    /// called for, who was killed ("calling for the release" against "calling the pretext unfounded").
    public var arguments: [String: Set<String>] {
        get { storage.slots.arguments }
        _modify { yield &mutable.slots.arguments }
    }
    /// The dates told near each happening's head (within `ClaimReader.dateReach` words), by
    /// happening: "day:2026-03-06" (or "day:friday" where unresolved) and "year:2024". Two
    /// dates conflict only as dates of the same happening, not of another one in the sentence.
    public var happeningDates: [String: Set<String>] {
        get { storage.slots.happeningDates }
        _modify { yield &mutable.slots.happeningDates }
    }
    /// The happenings whose head the sentence tells more than once ("won an Emmy in 2005 … he won a
    /// Tony"): a date near one of them cannot be told from the other's arguments.
    public var repeatedHappenings: Set<String> {
        get { storage.slots.repeatedHappenings }
        _modify { yield &mutable.slots.repeatedHappenings }
    }
    /// The places named nearest each happening's head (within `ClaimReader.dateReach` words), by
    /// happening: two places conflict only as places of the same happening.
    public var happeningPlaces: [String: Set<String>] {
        get { storage.slots.happeningPlaces }
        _modify { yield &mutable.slots.happeningPlaces }
    }
    /// The things named near each happening's head (bodies, places, works; no people), by
    /// happening, each with its distance in words from the head (`ClaimReader.thingDistances`):
    /// what the happening is about, by name ("checked in to the Morningside Recovery rehab facility").
    public var happeningThings: [String: [String: Int]] {
        get { storage.slots.happeningThings }
        _modify { yield &mutable.slots.happeningThings }
    }
    /// The capitalised words within `ClaimReader.dateReach` words of each happening's head, by
    /// happening: a participant named near the happening on both sides makes it about them.
    public var happeningNames: [String: Set<String>] {
        get { storage.slots.happeningNames }
        _modify { yield &mutable.slots.happeningNames }
    }
    /// Years of every date the sentence states, days included: one year each is what a year
    /// discrepancy needs ("last year … the November 2013 release" tells two).
    public var years: Set<String> {
        get { storage.slots.years }
        _modify { yield &mutable.slots.years }
    }
    /// Every content stem, names included: the vector two claims are scored by.
    public var words: [String] {
        get { storage.slots.words }
        _modify { yield &mutable.slots.words }
    }
    public var quantities: [Quantity] {
        get { storage.slots.quantities }
        _modify { yield &mutable.slots.quantities }
    }
    /// Resolved dates (TIMEX3 values of day, month or year precision) and weekday names
    /// ("friday") where the date could not be resolved.
    public var when: Set<String> {
        get { storage.slots.when }
        _modify { yield &mutable.slots.when }
    }
    /// Places named, lower-cased.
    public var places: Set<String> {
        get { storage.slots.places }
        _modify { yield &mutable.slots.places }
    }
    public var isNegated: Bool {
        get { storage.slots.isNegated }
        _modify { yield &mutable.slots.isNegated }
    }
    /// Stems of the words a negation denies ("did not kill" → "kill", "has not commented" →
    /// "comment"): the content words right after "not", "never", "no" or "n't".
    public var negated: Set<String> {
        get { storage.slots.negated }
        _modify { yield &mutable.slots.negated }
    }
    /// Told as still to come ("will appear", "is due to", "tomorrow"): a plan may change without
    /// anyone being wrong.
    public var isFuture: Bool {
        get { storage.slots.isFuture }
        _modify { yield &mutable.slots.isFuture }
    }
    /// Years of the dates the sentence states at any precision ("in February" of 2005, "in 2003"):
    /// a sentence about another year tells of another event.
    public var epochs: Set<String> {
        get { storage.slots.epochs }
        _modify { yield &mutable.slots.epochs }
    }
    /// Years the words themselves state, days included ("born on April 22, 1923", "in 1950"): two
    /// statements stating only other years tell of two events ("retired on Feb. 6, 1995" against
    /// "before retiring in 1993"). A day's year worked out from the publication date is not stated.
    public var statedYears: Set<String> {
        get { storage.slots.statedYears }
        _modify { yield &mutable.slots.statedYears }
    }
    /// The dates behind `epochs` as the timeline writes them ("2023", "2025-summer"): what a
    /// year discrepancy shows.
    public var epochDates: Set<String> {
        get { storage.slots.epochDates }
        _modify { yield &mutable.slots.epochDates }
    }
    /// Days of `when` whose year the words do not give ("December 2"): worked out from the
    /// publication date, so two of them a year apart may be one day read from two dates.
    public var yearInferred: Set<String> {
        get { storage.slots.yearInferred }
        _modify { yield &mutable.slots.yearInferred }
    }
    /// Every place the whole article names: an outlet naming both places does not contradict itself.
    public var articlePlaces: Set<String> {
        get { storage.slots.articlePlaces }
        _modify { yield &mutable.slots.articlePlaces }
    }
    /// "may", "could", "plans to", "in talks to", "expected to", "reportedly"…; nil when asserted.
    public var modality: String? {
        get { storage.slots.modality }
        _modify { yield &mutable.slots.modality }
    }
    /// The names that do the happening: named before its first head, after the last reporting word
    /// or "that" ("ESPN is reporting that the Nationals have offered … a contract" → Nationals).
    public var doers: Set<String> {
        get { storage.slots.doers }
        _modify { yield &mutable.slots.doers }
    }
    /// Stems of the sentence's names (capitalised words past the first, and the first where a
    /// recognised name begins there): what a statement with no happening says is in its other words.
    public var nameStems: Set<String> {
        get { storage.slots.nameStems }
        _modify { yield &mutable.slots.nameStems }
    }
    /// Stems of the words describing a named person or body ("the actress's rep Jack Ketsoyan",
    /// "Ellen DeGeneres, recent hosts,"): a description shared is not a predicate shared.
    public var titleStems: Set<String> {
        get { storage.slots.titleStems }
        _modify { yield &mutable.slots.titleStems }
    }
    /// The countries the statement names as doing or having something: the country of each adjective
    /// of nationality ("Russian air defenses": russia) and each place named before the first
    /// happening's head, after any reporting word ("Russia failed to provide"): a participant
    /// where `AlignmentConfiguration.countriesAreParticipants`.
    public var countries: Set<String> {
        get { storage.slots.countries }
        _modify { yield &mutable.slots.countries }
    }
    /// The countries of the adjectives of nationality within `ClaimReader.dateReach` words of each
    /// happening's head, by happening, as `happeningNames` holds the names there.
    public var happeningCountries: [String: Set<String>] {
        get { storage.slots.happeningCountries }
        _modify { yield &mutable.slots.happeningCountries }
    }
    /// Stems of the plural nouns a number of two or more counts ("two contract extensions": extens).
    public var severalCounted: Set<String> {
        get { storage.slots.severalCounted }
        _modify { yield &mutable.slots.severalCounted }
    }
    /// Stems of the nouns written in the singular with no such number before them ("his new contract
    /// extension": extens): one of the thing.
    public var toldSingly: Set<String> {
        get { storage.slots.toldSingly }
        _modify { yield &mutable.slots.toldSingly }
    }
    /// Stems of the words written in the plural.
    public var toldPlural: Set<String> {
        get { storage.slots.toldPlural }
        _modify { yield &mutable.slots.toldPlural }
    }
    /// The outlet, or the quoted source when the statement is someone's quotation.
    public var source: String? {
        get { storage.slots.source }
        _modify { yield &mutable.slots.source }
    }
    /// Publication date of the article (ISO 8601), for telling updates from conflicts.
    public var published: String? {
        get { storage.slots.published }
        _modify { yield &mutable.slots.published }
    }

    public init(
        text: String, who: Set<String> = [], happening: Set<String> = [], words: [String] = [],
        quantities: [Quantity] = [], when: Set<String> = [], places: Set<String> = [], isNegated: Bool = false,
        modality: String? = nil, source: String? = nil, published: String? = nil
    ) {
        storage = Storage(
            Slots(
                text: text,
                who: who,
                happening: happening,
                words: words,
                quantities: quantities,
                when: when,
                places: places,
                isNegated: isNegated,
                modality: modality,
                source: source,
                published: published
            )
        )
    }
}

extension Claim {
    public static func == (left: Claim, right: Claim) -> Bool {
        left.storage === right.storage || left.storage.slots == right.storage.slots
    }

    public func hash(into hasher: inout Hasher) {
        storage.slots.hash(into: &hasher)
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
