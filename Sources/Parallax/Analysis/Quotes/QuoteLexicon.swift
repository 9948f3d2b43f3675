internal import Foundation
internal import ParallaxBase

extension QuoteExtractor {
    // MARK: Lexicons

    /// Verbs that introduce what someone said, wrote or holds, in the forms news copy uses.
    static let cueVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes",
        "wrote", "writes", "stated", "stressed", "emphasized", "emphasised", "argued", "argues",
        "argue", "warned", "warns", "insisted", "insists", "claimed", "claims", "asked", "asks", "recalled",
        "declared", "announced", "announces", "believes", "believe", "concluded", "remarked", "replied",
        "commented", "acknowledged", "acknowledges", "admitted", "admits", "reported", "reports", "suggested",
        "suggests", "tweeted", "tweets", "predicted", "predicts", "promised", "promises", "vowed", "vows",
        "pledged", "urged", "urges", "contended", "contends", "asserted", "asserts", "maintained", "alleged",
        "alleges", "confirmed", "confirms", "denied", "complained", "complains", "responded", "thinks",
        "hopes", "fears", "feared", "estimated", "estimates", "agreed", "agrees", "countered", "observed",
        "conceded", "concedes", "cautioned", "revealed", "indicated", "posted", "testified", "joked",
        "shouted", "mused", "speculated", "boasted", "bragged", "quipped", "charged", "worried", "worries",
        "expects", "expected", "predict", "warn", "believed", "thought", "pointed", "noting", "saying",
        "adding", "arguing", "telling", "explaining", "warning", "insisting", "claiming", "suggesting",
        "asking", "declaring", "stressing", "acknowledging", "writing", "tweeting", "announcing", "continued",
        "continues", "elaborated", "wondered", "chanted", "yelled", "shouted", "cried", "assured", "put",
        "puts", "interjected", "snapped", "retorted", "explained", "answered", "answers", "reiterated", "recounted",
    ]

    /// Verbs of stance whose object is what is held or said ("criticized the plan"): the
    /// content runs to the next comma, not to the sentence's end.
    static let objectCues: Set<String> = [
        "accused", "accuses", "criticized", "criticizes", "criticised", "defended", "defends", "praised", "praises",
        "endorsed", "endorses", "described", "describes", "declined", "refused", "showed", "shows", "found", "finds",
        "rejected", "rejects", "questioned", "cited", "cites", "citing", "urged", "expressed", "expresses",
        "blamed", "blames", "dismissed", "dismisses", "attacked", "attacks", "slammed", "slams", "blasted",
        "proposed", "proposes", "called", "calls", "calling", "highlighted", "touted", "touts", "welcomed",
        "condemned", "condemns", "denounced", "mocked", "lamented", "recommended", "demanded", "demands",
        "sought", "seeks", "offered", "pointed", "referring", "referred", "mentioned", "discussed", "lashed",
        "defending", "accusing", "criticizing", "praising", "blaming", "dismissing", "attacking", "slamming",
        "questioning", "rejecting", "proposing", "touting", "mocking", "hailed", "applauded", "embraced",
        "opposed", "opposes", "supported", "supports", "backed", "backs", "favored", "favors", "predicted",
        "show", "indicate", "indicates",
    ]

    /// Verbs of what a record or a poll shows: closing a sentence after its comma they attribute the
    /// clause before it ("He agreed to sell it in 2010, records show.", "…, a police report indicates.").
    static let evidenceCues: Set<String> = ["show", "shows", "showed", "indicate", "indicates", "found", "finds"]

    /// Stance verbs whose object still states what somebody said they want or hold true: a demand
    /// ("called on the minister to publish …", "demanded that …") or a charge ("blamed the overrun
    /// on old sewers"). The other stance verbs' objects (praised the plan, found the wreck) are
    /// not something said.
    static let claimCues: Set<String> = [
        "called", "calls", "calling", "demanded", "demands", "urged", "recommended", "proposed", "proposes",
        "proposing", "sought", "seeks", "accused", "accuses", "accusing", "blamed", "blames", "blaming",
    ]

    /// Prepositions that make a stance verb a participle of place or time ("found under").
    static let placePrepositions: Set<String> = [
        "in", "under", "on", "at", "with", "from", "over", "into", "near", "after", "before", "during", "inside",
        "beneath", "behind", "across", "through", "around", "by",
    ]

    /// Particles read as part of a cue ("called for", "pointed to", "lashed out at").
    static let cueParticles: Set<String> = ["for", "on", "to", "at", "out", "up", "of"]

    /// Participles that continue a sentence's attribution after a comma ("…, adding that …").
    static let participles: Set<String> = [
        "noting", "saying", "adding", "arguing", "telling", "explaining", "warning", "insisting", "claiming",
        "suggesting", "asking", "declaring", "stressing", "acknowledging", "writing", "tweeting", "announcing",
    ]

    /// Cues whose first object is the listener, not what was said ("told reporters …").
    static let listenerVerbs: Set<String> = [
        "told", "tells", "telling", "asked", "asks", "asking", "warned", "warns", "warning", "urged", "urges",
        "promised", "promises", "assured", "reminded",
    ]

    /// Cues whose object is always the one told, so a name after them is never an inverted
    /// subject (`"…," Name told AFP`; "…," said Name" inverts, "told Name" does not).
    static let addresseeVerbs: Set<String> = ["told", "tells", "telling", "informed", "informs", "assured", "reminded"]

    /// Words standing between a subject and its cue ("has also said").
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "now", "then", "later", "previously", "once", "repeatedly", "recently",
        "publicly", "again", "would", "will", "could", "may", "might", "did", "does", "do", "often", "still",
        "further", "meanwhile", "however", "privately", "reportedly", "already", "even", "flatly", "simply",
        "frequently", "similarly", "long", "first", "never", "always", "just", "only", "twice", "earlier",
    ]

    /// Verb forms that make a clause finite: a phrase without one is no statement
    /// ("Looking back on her career" but "Finding a cure is hard").
    static let finiteForms: Set<String> = [
        "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "should", "shall",
        "may", "might", "must", "does", "did", "do", "isn't", "wasn't", "won't", "can't", "didn't", "doesn't",
    ]

    /// Particles and prepositions after a participle opening a sentence ("Looking back on",
    /// "Speaking to reporters", "Reflecting on").
    static let participleParticles = clausePrepositions.union(["back", "up", "out", "over", "after", "through"])

    /// Heads of a noun phrase of time: such a phrase before a cue is no teller ("only decades later
    /// revealed").
    static let timeHeads = timeNouns.union(["decade", "decades", "hour", "hours", "minute", "minutes", "moments"])

    /// Cue verbs that also name an act: before a determiner's noun phrase they act, not tell
    /// ("pointed a gun at"). Twelfth round: "declared", "continued" and "posted" were tried too and
    /// left out ("declared the intention to …", "posted a photo on Twitter" state something:
    /// PolNeAR train lost 10 right matches, the seed story one document's statement).
    static let actingCues: Set<String> = ["pointed", "points"]

    /// The shapes of an act's complement after a cue verb that also names an act
    /// (`isActingComplement`, twelfth round, second part).
    enum ActingComplement { case smallClause, result, possessedWork, possession }

    /// Cue verbs that act when their complement has the shape named: "declared X a Y" (an object
    /// and its complement), "posted a record of 43-39" (a result), "continued her work" (a
    /// possessive's noun phrase that is no statement), "boasted a porch" (an indefinite one: a
    /// possession).
    static let actingComplements: [String: ActingComplement] = [
        "declared": .smallClause, "declares": .smallClause, "posted": .result, "posts": .result,
        "continued": .possessedWork, "continues": .possessedWork, "boasted": .possession, "boasts": .possession,
    ]

    /// Heads of a noun phrase that is itself something said or argued ("continued his attacks on").
    static let stanceNouns: Set<String> = [
        "attack", "attacks", "criticism", "criticisms", "call", "calls", "push", "argument", "arguments",
        "campaign", "claim", "claims", "assault", "denial", "denials", "complaint", "complaints", "defense",
        "praise", "warning", "warnings", "rhetoric", "questions", "questioning", "case", "appeal", "appeals",
    ]

    /// Words that open a clause or phrase: a subject never reaches back past them.
    static let boundaries: Set<String> = [
        "that", "and", "but", "or", "while", "as", "because", "when", "if", "although", "though", "so",
        "where", "after", "before", "since", "than", "whether", "until", "whom", "what", "which", "said",
        "says", "told", "to", "by", "with", "in", "on", "at", "into", "about", "against", "like", "during",
        "nor", "yet", "why", "how", "unless", "once", "instead", "then", "also", "not", "is", "was", "are",
        "were", "be", "been", "has", "have", "had", "did", "do", "does", "would", "will", "could", "can",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "who", "you"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "one", "another", "all", "two", "three", "some", "many", "several", "most",
        "other", "others", "these", "those", "both", "few", "his", "her", "their", "its", "our",
    ]

    /// Nouns that stand for people the text does not name.
    static let anonymousNouns: Set<String> = [
        "source", "sources", "official", "officials", "person", "people", "employee", "insider", "insiders",
        "consultant", "diplomat", "diplomats", "aide", "aides", "member", "members", "resident", "residents",
        "witness", "witnesses", "journalist", "journalists", "staffer", "staffers", "adviser", "advisers",
        "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson", "strategist", "strategists",
        "operative", "operatives", "observer", "observers", "critics", "supporters", "voters", "analysts",
    ]

    /// Nouns for a person in a role: "the engineer said" refers back to someone named.
    static let roleNouns: Set<String> = [
        "expert", "analyst", "engineer", "scientist", "professor", "economist", "researcher", "lawyer",
        "attorney", "minister", "governor", "senator", "president", "candidate", "mayor", "leader", "chairman",
        "chairwoman", "chair", "executive", "director", "secretary", "ambassador", "general", "commander", "judge",
        "historian", "author", "writer", "pollster", "politician", "lawmaker", "congressman", "congresswoman",
        "nominee", "businessman", "businesswoman", "billionaire", "officer", "chief", "founder", "host", "activist",
        "doctor", "teacher", "councillor", "councilor", "manager", "owner", "farmer", "veteran", "senior",
        "republican", "democrat", "man", "woman", "prosecutor", "envoy", "diplomat", "premier", "chancellor",
    ]

    /// Titles written before a name with a full stop.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "prof", "st", "jr", "sr", "u", "s",
        "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "det", "insp", "supt", "atty", "rev", "hon", "pres",
    ]

    /// Nouns of a written or spoken statement whose author follows "by" ("a statement by Name").
    static let statementNouns: Set<String> = [
        "statement", "statements", "letter", "remarks", "comments", "message", "post", "tweet", "essay", "column",
    ]

    /// First-person pronouns: outside quotation marks they speak for the article's writer.
    static let firstPerson: Set<String> = ["i", "we"]

    /// Prepositions inside a noun phrase ("an expert at", "a source close to", "people familiar with").
    /// Words after which a noun phrase is an object, never a teller: the one told and the object
    /// of a preposition.
    static let objectMarkers: Set<String> = addresseeVerbs.union(nounPrepositions).union(placePrepositions)
        .union(["about", "by", "into", "against", "toward", "towards", "over", "than"])

    /// Participles that open the question put to a teller ("Asked whether …, Name said").
    static let questionParticiples: Set<String> = ["asked", "pressed", "questioned"]

    /// Words that open a cue's reported words ("said that …", "explained how …").
    /// Words after which a new clause with its own subject begins: a cue's content ends before
    /// them (`agreed that …, while 73 percent said the same`), and a cue after them is no tag of a
    /// quotation before them (`"…," while 73 percent said`).
    static let clauseJoiners: Set<String> = ["and", "but", "while", "whereas", "although", "though"]

    static let contentOpeners: Set<String> = ["that", "how", "why", "whether", "what"]

    /// Words opening an adverbial clause of time, cause or condition: a cue after them is what
    /// happened then, no tag of a quotation before them (`was “absolutely right” when he said …`).
    /// "as" is not one: `"…," as Name put it` tags.
    static let adverbialOpeners: Set<String> = ["when", "because", "if", "after", "before", "since", "until", "unless"]

    /// Nouns of a time adjunct ("on Tuesday night", "last week", "a month later").
    static let timeNouns: Set<String> = [
        "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "weekend", "month", "months",
        "year", "years",
    ]

    static let weekdays = Set(WeekdayNames.english)

    /// First words of a clause that interrupts a subject and its verb between commas ("Name, in
    /// response to X, said").
    static let interrupterOpeners: Set<String> = [
        "in", "after", "before", "despite", "during", "like", "unlike", "as", "at", "on", "with", "for", "since",
        "when", "while", "speaking", "asked", "pressed", "meanwhile", "however", "though", "too", "also",
    ]

    static let nounPrepositions: Set<String> = ["of", "for", "at", "in", "from", "to", "with", "on"]

    /// Prepositions inside a relative clause between a subject and its cue ("officials who spoke
    /// with the Post said", "those who want to ban it said").
    static let clausePrepositions: Set<String> = nounPrepositions.union(["by", "about", "into", "against"])

    /// Prepositions after which a cue's form is a noun ("the court of claims"); not "to", which
    /// opens an infinitive ("to say").
    static let nounMarkingPrepositions = placePrepositions.union(nounPrepositions).subtracting(["to"])

    /// Words that start an adjunct after an inverted subject ("said Name on Monday").
    static let adjuncts = Set([
        "on", "in", "at", "during", "of", "about", "after", "before", "last", "this", "when", "while", "who",
        "as", "from", "to", "recently", "later", "earlier", "yesterday", "today", "told", "added", "adding",
        "referring", "and",
    ]).union(WeekdayNames.english)

    /// "has", "also", "hasn't", "not", "strongly": words between a subject and its cue.
    static func isAuxiliary(_ word: String) -> Bool {
        auxiliaries.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t") || word == "not"
            || (word.hasSuffix("ly") && word.count > 4)
    }

    /// Cue verbs of thought, not speech ("people thought …", "officials fear …"): PolNeAR
    /// annotates what they hold; a brief quotes what nobody named holds as nobody's statement.
    static let thoughtVerbs: Set<String> = [
        "thought", "thinks", "think", "believes", "believe", "believed", "hopes", "fears", "feared", "worried",
        "worries", "wondered", "expects", "expected",
    ]

    static let quoteCharacters: Set<Character> = ["\"", "“", "”", "«", "»", "'", "’"]
}
