public import ParallaxWeb

/// Named settings of the extractor that the evaluations can vary, so that a script can
/// choose them by cross-validation over sites (`scripts/pages-compare.sh`).
extension HTMLArticleExtractor.Configuration {
    /// A setting by name: a whole number or a rule that is on or off.
    private enum Tunable {
        case count(WritableKeyPath<HTMLArticleExtractor.Configuration, Int>)
        case rule(WritableKeyPath<HTMLArticleExtractor.Configuration, Bool>)
    }

    private static var tunables: KeyValuePairs<String, Tunable> {
        [
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
        ]
    }

    /// The names `applying(_:)` accepts.
    public static var tunableSettings: [String] { tunables.map(\.key) }

    /// A copy with `NAME=VALUE` settings applied (whole numbers, or `true`/`false` where
    /// `true` and `1` turn a rule on and anything else turns it off).
    public func applying(_ settings: [String]) throws(WebError) -> Self {
        var copy = self
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw WebError(code: .badSetting, message: "setting \(setting) is not NAME=VALUE")
            }
            let (name, value) = (parts[0], parts[1])
            switch Self.tunables.first(where: { $0.key == name })?.value {
            case .count(let field):
                guard let count = Int(value) else {
                    throw WebError(code: .badSetting, message: "\(name) needs a whole number")
                }
                copy[keyPath: field] = count
            case .rule(let field):
                copy[keyPath: field] = value == "true" || value == "1"
            case nil:
                throw WebError(
                    code: .badSetting,
                    message: "unknown setting \(name); known: \(Self.tunableSettings.joined(separator: ", "))")
            }
        }
        return copy
    }
}
