/// The window sizes of name finding and typing. Each was set by hand on the seed story and the
/// sample news while the recognizer was written (no sweep recorded); the line on each says what
/// it guards. Measure a change with `scripts/ecb-entity-eval.py` (docs/analysis-evaluation.md).
struct EntityConfiguration: Sendable {
    /// A title-cased line of more words than this is a sentence, not a heading ("Deep Ties,
    /// Abrupt Disruption" names nobody). Was 12; 20 since the sixth round, as ECB+ headlines run
    /// to 16 words ("Large Riot Breaks Out In Brooklyn During Vigil For Teen Shot 11 Times By
    /// Police"); checked on the open ECB+ names (scripts/ecb-entity-eval.py), not swept.
    var headingWords = 20
    /// The article's title repeated among its first this many lines is its headline, read as a
    /// heading though a full stop closes it (PolNeAR texts open with "Title." then the body; a
    /// dateline or a kicker can come first). Eleventh round: set by hand, not swept.
    var titleLines = 3
    /// A run of this many capitalized words or more with a capitalized function word inside it is a
    /// headline quoted in a line and read as a heading (cut at its function words). Ninth round:
    /// among such runs in the odd half of the PolNeAR train articles every one of five words or
    /// more was a headline, while four-word ones hold titles of works ("Jane The Virgin", "Star
    /// Trek Into Darkness"); read, not swept.
    var titleCasedRunWords = 5
    /// Scalars after a shouted name searched for a transcript role (`MARA DELL, BYLINE:`).
    var speakerRoleScalars = 24
    /// A number of at most this many digits after a name is part of it ("Line 4", "Apollo 11"),
    /// not a year.
    var numberInNameDigits = 3
    /// Words of a full name before "of" that make "Name of Place" a person from a place
    /// ("Sherrod Brown of Ohio")…
    var nameBeforeOfWords = 2...3
    /// …and at most this many words of the place after it.
    var placeAfterOfWords = 3
    /// Words of a name after a title ("President Donald J. Trump").
    var nameAfterTitleWords = 1...3
    /// A name typed neither person, place nor organization needs this many mentions in a story
    /// to be listed among its entities (one capitalised word once is mostly noise).
    var leastMentionsOfOther = 2
    /// Capitalized words after a possessive that can close a name with it ("Men's Central Jail").
    /// Set by hand (names of bodies and buildings after a possessive run to three words in the open
    /// ECB+ event briefs); not swept.
    var wordsAfterPossessive = 3
    /// Spellings of one person's name within a story ("Gurbanguli" / "Kurbanguly", "Betty" /
    /// "Bettie") are at most this many edits apart…
    var variantEdits = 2
    /// …in words of at least this many letters (not "Mark" / "Mary")…
    var shortestVariantWord = 5
    /// …and begin with the same letter unless both have this many (transliterations differ first:
    /// "Gurbanguli" / "Kurbanguly"; and surnames differ only where both are this long). The three
    /// were set by hand on the open ECB+ event briefs' duplicates (two pairs) and checked to merge
    /// no two people of those briefs (siblings and spouses sharing a surname); not swept.
    var unrelatedInitialLetters = 8
    /// A single word this long or longer that begins one person's first name is that person
    /// ("Wlad", "Ben"); shorter ones ("Al", "Jo") are left alone. Set by hand, not swept.
    var shortestShortForm = 3
    /// Longest abbreviation matched to the initials of a longer name in the story ("TDCJ", "NAACP").
    /// Set by hand, not swept.
    var longestAbbreviation = 6
    /// A single word the story uses as a place or a body more than as a person stays apart from a
    /// person's name ending or opening with it, unless its uses typed nothing are more than this
    /// many times its place and body uses ("from Clinton" once against eight "Clinton named six").
    /// Eleventh round: set by hand on the PolNeAR train half the tenth round did not read (one
    /// place use against eight), checked to leave the seed story and the open ECB+ lists alone; not swept.
    var untypedUsesPerPlaceUse = 3
    /// Words of an apposition read for its head ("the nation's largest drugstore chain"), after
    /// its determiner. Set by hand, not swept.
    static let appositionWords = 5
    /// Votes an apposition or a relative pronoun after a name counts ("Rite Aid, the drugstore
    /// chain," against "Rite Aid said"): a definition outweighs one verb. Set by hand, not swept.
    static let appositionWeight = 2
    /// Numbers between commas after a name read as an age ("Kimani Gray, 16,"), not a count.
    static let appositionAges = 1...110
}
