import Parallax
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

    /// Every named setting of the three configurations the evaluations vary writes the field its
    /// name says, and only that field's value changes where it is read back.
    @Test func everySettingWritesItsField() throws {
        try expectEachSettingWritesItsField(HTMLArticleExtractor.Configuration())
        try expectEachSettingWritesItsField(ClusteringConfiguration())
        try expectEachSettingWritesItsField(AlignmentConfiguration())
        #expect(ClusteringConfiguration.tunableSettings.count == 12)
        #expect(AlignmentConfiguration.tunableSettings.count == 49)
        // Off is infinite, which the loop's `+ 0.125` leaves as it is: a finite value must be written.
        #expect(try AlignmentConfiguration().applying(["supportRivalMargin=0.1"]).supportRivalMargin == 0.1)
    }

    private func expectEachSettingWritesItsField<C: SettableByName>(_ base: C) throws {
        for (name, field) in C.namedSettings.fields {
            switch field {
            case .number(let path):
                let changed = try base.applying(["\(name)=\(base[keyPath: path] + 0.125)"])
                #expect(changed[keyPath: path] == base[keyPath: path] + 0.125, "\(name)")
            case .count(let path):
                let changed = try base.applying(["\(name)=\(base[keyPath: path] + 3)"])
                #expect(changed[keyPath: path] == base[keyPath: path] + 3, "\(name)")
            case .rule(let path):
                let changed = try base.applying(["\(name)=\(!base[keyPath: path])"])
                #expect(changed[keyPath: path] != base[keyPath: path], "\(name)")
            }
        }
    }

    @Test func badSettingsAreRefusedWithTheirReason() {
        let base = HTMLArticleExtractor.Configuration()
        #expect(throws: SettingError.self) { try base.applying(["longLinkLetters=many"]) }
        #expect(throws: SettingError.self) { try base.applying(["noSuchRule=true"]) }
        #expect(throws: SettingError.self) { try base.applying(["prefersHeaderMeta"]) }
        #expect(throws: SettingError.self) { try base.applying(["prefersHeaderMeta=maybe"]) }
    }
}
