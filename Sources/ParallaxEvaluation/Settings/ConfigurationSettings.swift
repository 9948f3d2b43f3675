public import Parallax
public import ParallaxWeb

// The settings each evaluation can vary by name (`--setting NAME=VALUE`). A setting not listed
// here keeps its default in every run; list one here to sweep it.

/// The extractor's settings, chosen by cross-validation over sites (`scripts/pages-compare.sh`).
extension HTMLArticleExtractor.Configuration: SettableByName {
    public static var namedSettings: NamedSettings<Self> {
        NamedSettings([
            "longLinkLetters": .count(\.contentRules.longLinkLetters),
            "judgesTablesByCells": .rule(\.contentRules.judgesTablesByCells),
            "joinsParagraphSiblings": .rule(\.contentRules.joinsParagraphSiblings),
            "keepsLinkParagraphs": .rule(\.contentRules.keepsLinkParagraphs),
            "dropsRepeatedBlocks": .rule(\.contentRules.dropsRepeatedBlocks),
            "prefersHeaderMeta": .rule(\.dateRules.prefersHeaderMeta),
            "ignoresQuotedTimes": .rule(\.dateRules.ignoresQuotedTimes),
            "readsAnyLinkedDataDate": .rule(\.dateRules.readsAnyLinkedDataDate),
            "textSkipsNavigation": .rule(\.dateRules.textSkipsNavigation),
            "readsHeaderInDocumentOrder": .rule(\.dateRules.readsHeaderInDocumentOrder),
            "linkItemOwnBytes": .count(\.contentRules.linkItemOwnBytes),
            "readsSpansByOwnText": .rule(\.contentRules.readsSpansByOwnText),
            "joinsSiblingsByAnyClassName": .rule(\.contentRules.joinsSiblingsByAnyClassName),
            "keepsQuotedEmbeds": .rule(\.contentRules.keepsQuotedEmbeds),
        ])
    }
}

/// The clustering settings `eval clustering` and `bench cluster` can vary (docs/clustering.md).
extension ClusteringConfiguration: SettableByName {
    public static var namedSettings: NamedSettings<Self> {
        NamedSettings([
            "termWeight": .number(\.termWeight),
            "joinThreshold": .number(\.joinThreshold),
            "mergeThreshold": .number(\.mergeThreshold),
            "mergesConverging": .rule(\.mergesConverging),
            "sizeWeight": .number(\.sizeWeight),
            "nameSpecificity": .number(\.nameSpecificity),
            "pseudoDocuments": .number(\.pseudoDocuments),
            "idfOffset": .number(\.idfOffset),
            "linkageThreshold": .number(\.linkageThreshold),
            "loneArticleThreshold": .number(\.loneArticleThreshold),
            "maximumCandidates": .count(\.maximumCandidates),
            "postingsScanned": .count(\.postingsScanned),
        ])
    }
}

/// The claim alignment settings `eval corroboration` can vary (`scripts/claims-sweep.sh`,
/// docs/claims.md).
extension AlignmentConfiguration: SettableByName {
    public static var namedSettings: NamedSettings<Self> {
        NamedSettings([
            "sameThreshold": .number(\.sameThreshold),
            "otherHappeningThreshold": .number(\.otherHappeningThreshold),
            "candidateThreshold": .number(\.candidateThreshold),
            "wordsOnlyThreshold": .number(\.wordsOnlyThreshold),
            "happeningAgreement": .number(\.happeningAgreement),
            "wordsOnlyPredicateWords": .count(\.wordsOnlyPredicateWords),
            "sameNeedsParticipants": .rule(\.sameNeedsParticipants),
            "sameNeedsOneTense": .rule(\.sameNeedsOneTense),
            "aboutByParticipants": .rule(\.aboutByParticipants),
            "sameNeedsOneDay": .rule(\.sameNeedsOneDay),
            "sameNeedsOneHappeningDay": .rule(\.sameNeedsOneHappeningDay),
            "participantsIncludePlaces": .rule(\.participantsIncludePlaces),
            "emptyArgumentsNeedParticipants": .rule(\.emptyArgumentsNeedParticipants),
            "argumentsByHappening": .rule(\.argumentsByHappening),
            "statedDayYearsTellEvents": .rule(\.statedDayYearsTellEvents),
            "tollsTellWhatAHappeningIsAbout": .rule(\.tollsTellWhatAHappeningIsAbout),
            "datesNeedAHappeningToldOnce": .rule(\.datesNeedAHappeningToldOnce),
            "titlesAreNames": .rule(\.titlesAreNames),
            "countriesAreParticipants": .rule(\.countriesAreParticipants),
            "supportCoverage": .number(\.supportCoverage),
            "supportsRepeatTheNumbers": .rule(\.supportsRepeatTheNumbers),
            "supportRivalMargin": .number(\.supportRivalMargin),
            "supportsTellTheMainHappening": .rule(\.supportsTellTheMainHappening),
            "supportsSayMoreThanNames": .rule(\.supportsSayMoreThanNames),
            "supportsAgreeInTheMainHappening": .rule(\.supportsAgreeInTheMainHappening),
            "summaryRolesNameParticipants": .rule(\.summary.rolesNameParticipants),
            "summaryRoleShare": .number(\.summary.roleShare),
            "supportsTellAsManyAsTheClaim": .rule(\.supportsTellAsManyAsTheClaim),
            "fullSupportCoverage": .number(\.fullSupportCoverage),
            "backgroundSupportCoverage": .number(\.backgroundSupportCoverage),
            "clauseUntoldCoverage": .number(\.clauseUntoldCoverage),
            "clauseToldCoverage": .number(\.clauseToldCoverage),
            "otherThingReach": .number(\.otherThingReach),
            "otherThingReachBefore": .number(\.otherThingReachBefore),
            "fullSupportCoverageWithoutHappening": .number(\.fullSupportCoverageWithoutHappening),
            "unvoicedGroupsLeaveTheirSentences": .rule(\.unvoicedGroupsLeaveTheirSentences),
            "summaryRelevanceWeight": .number(\.summary.relevanceWeight),
            "summaryCorroborationWeight": .number(\.summary.corroborationWeight),
            "summaryRestatementCoverage": .number(\.summary.restatementCoverage),
            "summaryMainHappeningRestates": .rule(\.summary.mainHappeningRestates),
            "summaryUnnamedHappeningRestates": .rule(\.summary.unnamedHappeningRestates),
            "summaryMaximumSentences": .count(\.summary.maximumSentences),
            "summaryHappenings": .rule(\.summary.summaryHappenings),
            "summaryTellersAreNoParticipants": .rule(\.summary.tellersAreNoParticipants),
            "summaryDescribingNumbersAreNoCounts": .rule(\.summary.describingNumbersAreNoCounts),
            "summaryToldAcrossRestates": .rule(\.summary.toldAcrossRestates),
            "summaryShoutedWords": .count(\.summary.shoutedWords),
            "summaryUnnamedRetellingRestates": .rule(\.summary.unnamedRetellingRestates),
            "summaryUnnamedRetellingReadsBackground": .rule(\.summary.unnamedRetellingReadsBackground),
        ])
    }
}

/// The quote settings `eval quotes` can vary and sweep (docs/analysis-evaluation.md, seventh round).
extension QuoteConfiguration: SettableByName {
    package static var namedSettings: NamedSettings<Self> {
        NamedSettings([
            "longQuotationWords": .count(\.longQuotationWords),
            "longestQuotation": .count(\.longestQuotation),
            "cueTokensAfterQuotation": .count(\.cueTokensAfterQuotation),
            "scalarsFromQuotationToCue": .count(\.scalarsFromQuotationToCue),
            "nextSentenceCueEnd": .count(\.nextSentenceCueEnd),
            "nextSentenceTrailingTokens": .count(\.nextSentenceTrailingTokens),
            "tokensFromCueToQuotation": .count(\.tokensFromCueToQuotation),
            "continuationScalars": .count(\.continuationScalars),
            "shortContinuationScalars": .count(\.shortContinuationScalars),
            "interveningSentences": .count(\.interveningSentences),
            "subjectTokensAfterCue": .count(\.subjectTokensAfterCue),
            "accordingToTokens": .count(\.accordingToTokens),
            "nounPhraseTokens": .count(\.nounPhraseTokens),
            "interrupterTokens": .count(\.interrupterTokens),
            "datelineTokens": .count(\.datelineTokens),
            "introductoryTokens": .count(\.introductoryTokens),
            "subjectOpeningTokens": .count(\.subjectOpeningTokens),
            "openingPhraseTokens": .count(\.openingPhraseTokens),
            "appositiveScalars": .count(\.appositiveScalars),
            "bracketTokens": .count(\.bracketTokens),
            "signatureDashScalars": .count(\.signatureDashScalars),
            "signatureNameScalars": .count(\.signatureNameScalars),
            "closingCueTokens": .count(\.closingCueTokens),
            "reportedWords": .count(\.reportedWords),
            "adjunctTokens": .count(\.adjunctTokens),
            "thatWindow": .count(\.thatWindow),
            "listenerTokens": .count(\.listenerTokens),
            "particleTokens": .count(\.particleTokens),
            "accordingToAppositiveTokens": .count(\.accordingToAppositiveTokens),
            "objectComplementTokens": .count(\.objectComplementTokens),
            "summonedObjectTokens": .count(\.summonedObjectTokens),
            "quotedShare": .number(\.quotedShare),
        ])
    }
}
