internal import ParallaxBase

/// Happenings only the summary's restatement test reads (`SummaryConfiguration.summaryHappenings`):
/// WordNet's paraphrases of `SummaryParaphrases.swift` ("will host" and "emcee", "made an offer" and
/// "extended an offer"). Kept out of the shared claims, where "host" is as often a person and cost
/// the labelled supports (docs/claims.md, "Tenth pass: summary redundancy").
enum SummaryHappenings {
    /// Stems of the paraphrases by happening, leaving out a stem the shared claims already read.
    static let stems: [String: String] = {
        let stemmer = SnowballStemmer(languageCode: "en")
        var table: [String: String] = [:]
        for (happening, words) in paraphrases {
            for word in words where !word.contains(" ") {
                let stem = stemmer?.stem(word) ?? word
                if table[stem] == nil, ClaimReader.happenings[stem] == nil { table[stem] = happening }
            }
        }
        return table
    }()

    /// Adds the happenings of `stems` that `sentence` tells to `claim`'s happenings, and those told
    /// in its main clause to its main happenings, read as `ClaimReader` reads its own.
    static func read(_ claim: inout Claim, in sentence: AnalyzedSentence) {
        var heads: [String: [Int]] = [:]
        for (position, token) in sentence.tokens.enumerated()
        where (!token.isCapitalized || position == 0) && !token.isNumber {
            if let happening = stems[token.stem] { heads[happening, default: []].append(position) }
        }
        guard !heads.isEmpty else { return }
        let lowered = sentence.tokens.map { ArticleAnalyzer.folded($0.text.lowercased()) }
        claim.happening.formUnion(heads.keys)
        claim.mainHappening.formUnion(
            ClaimReader.clauseHappenings(of: sentence, lowered: lowered, headPositions: heads).main)
    }
}
