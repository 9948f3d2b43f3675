import Testing

@testable import ParallaxEvaluation
@testable import ParallaxWeb

/// The extractor settings the evaluations take as `--setting NAME=VALUE`.
@Suite struct ExtractorSettingsTests {
    @Test func everyNamedSettingIsApplied() throws {
        let base = HTMLArticleExtractor.Configuration()
        let changed = try base.applying([
            "longLinkLetters=7", "linkItemOwnBytes=9", "prefersHeaderMeta=\(!base.dateRules.prefersHeaderMeta)",
            "keepsQuotedEmbeds=\(base.contentRules.keepsQuotedEmbeds ? "0" : "1")",
        ])
        #expect(changed.contentRules.longLinkLetters == 7)
        #expect(changed.contentRules.linkItemOwnBytes == 9)
        #expect(changed.dateRules.prefersHeaderMeta != base.dateRules.prefersHeaderMeta)
        #expect(changed.contentRules.keepsQuotedEmbeds != base.contentRules.keepsQuotedEmbeds)
        #expect(changed.contentRules.judgesTablesByCells == base.contentRules.judgesTablesByCells)
        #expect(HTMLArticleExtractor.Configuration.tunableSettings.count == 14)
    }

    @Test func badSettingsAreRefusedWithTheirReason() {
        let base = HTMLArticleExtractor.Configuration()
        #expect(throws: WebError.self) { try base.applying(["longLinkLetters=many"]) }
        #expect(throws: WebError.self) { try base.applying(["noSuchRule=true"]) }
        #expect(throws: WebError.self) { try base.applying(["prefersHeaderMeta"]) }
    }
}
