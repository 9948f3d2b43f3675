/// The window sizes and thresholds of quote finding. None was chosen by a recorded sweep: each
/// was set by hand while reading PolNeAR train errors and the seed story (commits 105f42d to
/// 9e67d3a); the line on each says what it guards. Change one only with `parallax eval quotes`
/// before and after, on the development part (see docs/analysis-evaluation.md).
package struct QuoteConfiguration: Sendable {
    package init() {}

    /// A quotation of this many words is a quote on its own; shorter ones need a cue next to them
    /// ("called it ''a disgrace.''" but not a scare-quoted word).
    var longQuotationWords = 4
    /// Longer "quotations" (in scalars) are unclosed marks running over the article.
    var longestQuotation = 3000
    /// A cue after a closing mark attributes it when it is within this many tokens
    /// (`"…," the former senior adviser to the campaign, Name, said`).
    var cueTokensAfterQuotation = 14
    /// …and its first word within this many scalars of the closing mark (`," ` plus a dash).
    var scalarsFromQuotationToCue = 6
    /// `"…?" Name said.` where the mark ended the sentence: the next sentence's cue must end by
    /// this token…
    var nextSentenceCueEnd = 8
    /// …and leave at most this many tokens after it (unless an adjunct follows).
    var nextSentenceTrailingTokens = 6
    /// `Name told DW on Monday, "…"`: tokens allowed between a cue (or its listener) and a long
    /// quotation after a comma or colon.
    var tokensFromCueToQuotation = 6
    /// A quotation without a cue continues the speaker of the last quote within this many scalars…
    var continuationScalars = 400
    /// …or this many for a short quotation.
    var shortContinuationScalars = 120
    /// Sentences searched between two quotations for somebody else speaking.
    var interveningSentences = 12
    /// Tokens of an inverted subject after its cue ("said Name, an expert at X").
    var subjectTokensAfterCue = 6
    /// Tokens of the source of "according to" ("according to a tally by the Associated Press").
    var accordingToTokens = 10
    /// Tokens a noun phrase reaches back over names, titles and prepositions.
    var nounPhraseTokens = 12
    /// Tokens of a clause between commas that interrupts a subject and its cue ("Name, who has
    /// made X a centerpiece of his campaign, tweeted"); set by reading PolNeAR train errors (the
    /// relative clauses there run to about 15 tokens), checked on the open dev part.
    var interrupterTokens = 20
    /// Tokens of a dateline before its dash ("ORLANDO, Fla. (Reuters) -"); set by reading.
    var datelineTokens = 8
    /// Tokens of an introductory phrase before a sentence's subject ("In August, …").
    var introductoryTokens = 5
    /// A person named within this many tokens of a sentence's start opens it as its subject: a
    /// pronoun after it, with no name in its own paragraph, refers to that person rather than to
    /// the last speaker.
    var subjectOpeningTokens = 4
    /// Scalars of an appositive after a name (`Name, an expert at X, told …`).
    var appositiveScalars = 120
    /// Tokens back from a cue to the opening bracket of a party tag ("Name (R-Fla.) said").
    var bracketTokens = 5
    /// Scalars of marks and spaces between a closing mark and the dash of a signature (`” ― Name`)…
    var signatureDashScalars = 4
    /// …and from the dash to the name.
    var signatureNameScalars = 3
    /// A cue within this many tokens of a sentence's end governs the whole sentence
    /// (`…, organizers added …, the paper reported.`).
    var closingCueTokens = 3
    /// Reported content has at least this many tokens (one for a stance verb's object).
    var reportedWords = 3
    /// A phrase of place or time of at most this many tokens closing the sentence after a cue is
    /// its adjunct ("said in a statement", "told reporters on Monday"), not reported content.
    var adjunctTokens = 5
    /// Tokens after a cue searched for "that" (`said on Sunday that …`).
    var thatWindow = 7
    /// Tokens of a listener skipped after "told" (`told the Associated Press …`).
    var listenerTokens = 4
    /// Particles skipped after a stance verb ("lashed out at").
    var particleTokens = 2
    /// Tokens of an appositive after "according to Name," before the content starts.
    var accordingToAppositiveTokens = 10
    /// Words before a cue count as quoted (not reported) when at least this share is inside
    /// quotation marks.
    var quotedShare = 0.5
    /// Words of a transcript speaker label (`SEN. ADA WREN:`).
    var transcriptLabelWords = 2...5

    /// The integer settings by name, for `parallax eval quotes --quote-setting` and `--sweep`.
    package static var integerSettings: [String: WritableKeyPath<QuoteConfiguration, Int>] {
        [
            "longQuotationWords": \.longQuotationWords, "longestQuotation": \.longestQuotation,
            "cueTokensAfterQuotation": \.cueTokensAfterQuotation,
            "scalarsFromQuotationToCue": \.scalarsFromQuotationToCue, "nextSentenceCueEnd": \.nextSentenceCueEnd,
            "nextSentenceTrailingTokens": \.nextSentenceTrailingTokens,
            "tokensFromCueToQuotation": \.tokensFromCueToQuotation, "continuationScalars": \.continuationScalars,
            "shortContinuationScalars": \.shortContinuationScalars, "interveningSentences": \.interveningSentences,
            "subjectTokensAfterCue": \.subjectTokensAfterCue, "accordingToTokens": \.accordingToTokens,
            "nounPhraseTokens": \.nounPhraseTokens, "interrupterTokens": \.interrupterTokens,
            "datelineTokens": \.datelineTokens, "introductoryTokens": \.introductoryTokens,
            "subjectOpeningTokens": \.subjectOpeningTokens, "appositiveScalars": \.appositiveScalars,
            "bracketTokens": \.bracketTokens, "signatureDashScalars": \.signatureDashScalars,
            "signatureNameScalars": \.signatureNameScalars, "closingCueTokens": \.closingCueTokens,
            "reportedWords": \.reportedWords, "adjunctTokens": \.adjunctTokens, "thatWindow": \.thatWindow,
            "listenerTokens": \.listenerTokens, "particleTokens": \.particleTokens,
            "accordingToAppositiveTokens": \.accordingToAppositiveTokens,
        ]
    }

    /// Sets the named setting (an integer one, or `quotedShare`); false when no setting has the name.
    package mutating func set(_ name: String, to value: Double) -> Bool {
        if name == "quotedShare" {
            quotedShare = value
        } else if let path = Self.integerSettings[name] {
            self[keyPath: path] = Int(value)
        } else {
            return false
        }
        return true
    }

    /// The value of the named setting, as `set` takes it.
    package func value(of name: String) -> Double? {
        name == "quotedShare" ? quotedShare : Self.integerSettings[name].map { Double(self[keyPath: $0]) }
    }
}
