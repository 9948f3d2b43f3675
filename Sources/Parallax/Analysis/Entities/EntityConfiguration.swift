/// The window sizes of name finding and typing. Each was set by hand on the seed story and the
/// sample news while the recognizer was written (no sweep recorded); the line on each says what
/// it guards. Measure a change with `scripts/ecb-entity-eval.py` (docs/analysis-evaluation.md).
struct EntityConfiguration: Sendable {
    /// A title-cased line of more words than this is a sentence, not a heading ("Deep Ties,
    /// Abrupt Disruption" names nobody).
    var headingWords = 12
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
}
