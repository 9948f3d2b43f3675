/// The window sizes and thresholds of quote finding. Each was first set by hand while reading
/// PolNeAR train errors and the seed story (commits 105f42d to 9e67d3a); the line on each says what
/// it guards. Each was then measured (seventh round, docs/analysis-evaluation.md): halved and
/// doubled (±1 at most 4) on PolNeAR train, 840 articles, one at a time with
/// `parallax eval quotes FILE --sweep NAME=V1,V2`; the "Train sweep" line gives source accuracy /
/// content F1 at each value. No value raised train source accuracy by more than 0.001
/// (`tokensFromCueToQuotation` 12: 0.9413; four publishers up, one down; no change on the open dev
/// part), so every default was kept. Change one only with `parallax eval quotes` before and after,
/// on the development part.
package struct QuoteConfiguration: Sendable {
    package init() {}

    /// A quotation of this many words is a quote on its own; shorter ones need a cue next to them
    /// ("called it ''a disgrace.''" but not a scare-quoted word).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9403 / 0.5823, 5: 0.9405 / 0.5829.
    package var longQuotationWords = 4
    /// Longer "quotations" (in scalars) are unclosed marks running over the article.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 1500: 0.9403 / 0.5826, 6000: 0.9403 / 0.5826.
    package var longestQuotation = 3000
    /// A cue after a closing mark attributes it when it is within this many tokens
    /// (`"…," the former senior adviser to the campaign, Name, said`).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 7: 0.9399 / 0.5834, 28: 0.9396 / 0.5820.
    package var cueTokensAfterQuotation = 14
    /// …and its first word within this many scalars of the closing mark (`," ` plus a dash).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9401 / 0.5824, 12: 0.9403 / 0.5826.
    package var scalarsFromQuotationToCue = 6
    /// `"…?" Name said.` where the mark ended the sentence: the next sentence's cue must end by
    /// this token…
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 4: 0.9402 / 0.5825, 16: 0.9403 / 0.5826.
    package var nextSentenceCueEnd = 8
    /// …and leave at most this many tokens after it (unless an adjunct follows).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9400 / 0.5824, 12: 0.9401 / 0.5828.
    package var nextSentenceTrailingTokens = 6
    /// `Name told DW on Monday, "…"`: tokens allowed between a cue (or its listener) and a long
    /// quotation after a comma or colon.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9400 / 0.5821, 12: 0.9413 / 0.5828.
    package var tokensFromCueToQuotation = 6
    /// A quotation without a cue continues the speaker of the last quote within this many scalars…
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 200: 0.9403 / 0.5826, 800: 0.9401 / 0.5826.
    package var continuationScalars = 400
    /// …or this many for a short quotation.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 60: 0.9403 / 0.5826, 240: 0.9403 / 0.5826.
    package var shortContinuationScalars = 120
    /// Sentences searched between two quotations for somebody else speaking.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 6: 0.9403 / 0.5826, 24: 0.9403 / 0.5826.
    package var interveningSentences = 12
    /// Tokens of an inverted subject after its cue ("said Name, an expert at X").
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9387 / 0.5798, 12: 0.9401 / 0.5829.
    package var subjectTokensAfterCue = 6
    /// Tokens of the source of "according to" ("according to a tally by the Associated Press").
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 5: 0.9398 / 0.5827, 20: 0.9403 / 0.5826.
    package var accordingToTokens = 10
    /// Tokens a noun phrase reaches back over names, titles and prepositions.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 6: 0.9398 / 0.5823, 24: 0.9403 / 0.5826.
    package var nounPhraseTokens = 12
    /// Tokens of a clause between commas that interrupts a subject and its cue ("Name, who has
    /// made X a centerpiece of his campaign, tweeted"); set by reading PolNeAR train errors (the
    /// relative clauses there run to about 15 tokens), checked on the open dev part.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 10: 0.9385 / 0.5799, 40: 0.9402 / 0.5829.
    package var interrupterTokens = 20
    /// Tokens of a dateline before its dash ("ORLANDO, Fla. (Reuters) -"); set by reading.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 4: 0.9403 / 0.5826, 16: 0.9403 / 0.5826.
    package var datelineTokens = 8
    /// Tokens of an introductory phrase before a sentence's subject ("In August, …").
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9401 / 0.5826, 10: 0.9403 / 0.5826.
    package var introductoryTokens = 5
    /// Tokens of a phrase or clause opening a sentence before its subject, to its comma ("At a June
    /// campaign event in St. Clairsville, Ohio, …", "Even before Sanders took the stage Tuesday
    /// night, …"); set by reading PolNeAR train errors (ninth round).
    /// Train sweep, source / F1 (default 0.9476 / 0.5851): 10: 0.9474 / 0.5852, 40: 0.9476 / 0.5851.
    package var openingPhraseTokens = 20
    /// A person named within this many tokens of a sentence's start opens it as its subject: a
    /// pronoun after it, with no name in its own paragraph, refers to that person rather than to
    /// the last speaker.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9403 / 0.5826, 5: 0.9403 / 0.5826.
    package var subjectOpeningTokens = 4
    /// Scalars of an appositive after a name (`Name, an expert at X, told …`).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 60: 0.9403 / 0.5826, 240: 0.9403 / 0.5826.
    package var appositiveScalars = 120
    /// Tokens back from a cue to the opening bracket of a party tag ("Name (R-Fla.) said").
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9403 / 0.5826, 10: 0.9403 / 0.5826.
    package var bracketTokens = 5
    /// Scalars of marks and spaces between a closing mark and the dash of a signature (`” ― Name`)…
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9403 / 0.5826, 5: 0.9403 / 0.5826.
    package var signatureDashScalars = 4
    /// …and from the dash to the name.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9403 / 0.5826, 4: 0.9403 / 0.5826.
    package var signatureNameScalars = 3
    /// A cue within this many tokens of a sentence's end governs the whole sentence
    /// (`…, organizers added …, the paper reported.`).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9399 / 0.5828, 4: 0.9404 / 0.5821.
    package var closingCueTokens = 3
    /// Reported content has at least this many tokens (one for a stance verb's object).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9402 / 0.5824, 4: 0.9400 / 0.5814.
    package var reportedWords = 3
    /// A phrase of place or time of at most this many tokens closing the sentence after a cue is
    /// its adjunct ("said in a statement", "told reporters on Monday"), not reported content; so is
    /// a time phrase of at most this many tokens ending at a comma before a subordinate clause
    /// ("said Friday afternoon, as they …"; eleventh round: no train item changed, open 1 wrong
    /// match gone and 1 right found, so the value was not swept again).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 2: 0.9403 / 0.5820, 10: 0.9405 / 0.5826.
    package var adjunctTokens = 5
    /// Tokens after a cue searched for "that" (`said on Sunday that …`).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 4: 0.9402 / 0.5824, 14: 0.9403 / 0.5827.
    package var thatWindow = 7
    /// Tokens of a listener skipped after "told" (`told the Associated Press …`).
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 3: 0.9403 / 0.5826, 5: 0.9402 / 0.5825.
    package var listenerTokens = 4
    /// Particles skipped after a stance verb ("lashed out at").
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 1: 0.9402 / 0.5825, 3: 0.9403 / 0.5826.
    package var particleTokens = 2
    /// Tokens of an appositive after "according to Name," before the content starts.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 5: 0.9402 / 0.5828, 20: 0.9402 / 0.5824.
    package var accordingToAppositiveTokens = 10
    /// Words before a cue count as quoted (not reported) when at least this share is inside
    /// quotation marks.
    /// Train sweep, source / F1 (default 0.9403 / 0.5826): 0.4: 0.9406 / 0.5823, 0.6: 0.9403 / 0.5827.
    package var quotedShare = 0.5
    /// Tokens of a cue's complement read for the shape of an object (`isObjectSense`, thirteenth
    /// round): set by reading PolNeAR train's complements of "found", "claimed" and "denied"
    /// (their noun phrases end within about ten tokens).
    package var objectComplementTokens = 12
    /// Words of a noun phrase called before a purpose ("called Singh's house to tell …"): longer
    /// phrases before "to" are mostly a small clause ("called the plan a step back to …").
    package var summonedObjectTokens = 3
    /// Words of a transcript speaker label (`SEN. ADA WREN:`).
    package var transcriptLabelWords = 2...5
}
