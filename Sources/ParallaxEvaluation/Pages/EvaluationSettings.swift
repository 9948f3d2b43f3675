public import ParallaxWeb

/// Named settings of the extractor that the evaluations can vary, so that a script can
/// choose them by cross-validation over sites (`scripts/pages-compare.sh`).
extension HTMLArticleExtractor.Configuration {
    /// The names `applying(_:)` accepts.
    public static let tunableSettings = [
        "longLinkLetters", "judgesTablesByCells", "joinsParagraphSiblings", "keepsLinkParagraphs",
        "dropsRepeatedBlocks", "prefersHeaderMeta", "ignoresQuotedTimes", "readsAnyLinkedDataDate",
        "textSkipsNavigation", "readsHeaderInDocumentOrder", "linkItemOwnBytes", "readsSpansByOwnText",
        "joinsSiblingsByAnyClassName", "keepsQuotedEmbeds",
    ]

    /// A copy with `NAME=VALUE` settings applied (numbers, or `true`/`false`).
    public func applying(_ settings: [String]) throws(WebError) -> Self {
        var copy = self
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw WebError(code: .badSetting, message: "setting \(setting) is not NAME=VALUE")
            }
            let flag = parts[1] == "true" || parts[1] == "1"
            switch parts[0] {
            case "longLinkLetters":
                guard let value = Int(parts[1]) else {
                    throw WebError(code: .badSetting, message: "longLinkLetters needs a whole number")
                }
                copy.contentRules.longLinkLetters = value
            case "linkItemOwnBytes":
                guard let value = Int(parts[1]) else {
                    throw WebError(code: .badSetting, message: "linkItemOwnBytes needs a whole number")
                }
                copy.contentRules.linkItemOwnBytes = value
            case "readsSpansByOwnText": copy.contentRules.readsSpansByOwnText = flag
            case "joinsSiblingsByAnyClassName": copy.contentRules.joinsSiblingsByAnyClassName = flag
            case "keepsQuotedEmbeds": copy.contentRules.keepsQuotedEmbeds = flag
            case "judgesTablesByCells": copy.contentRules.judgesTablesByCells = flag
            case "joinsParagraphSiblings": copy.contentRules.joinsParagraphSiblings = flag
            case "keepsLinkParagraphs": copy.contentRules.keepsLinkParagraphs = flag
            case "dropsRepeatedBlocks": copy.contentRules.dropsRepeatedBlocks = flag
            case "prefersHeaderMeta": copy.dateRules.prefersHeaderMeta = flag
            case "ignoresQuotedTimes": copy.dateRules.ignoresQuotedTimes = flag
            case "readsAnyLinkedDataDate": copy.dateRules.readsAnyLinkedDataDate = flag
            case "textSkipsNavigation": copy.dateRules.textSkipsNavigation = flag
            case "readsHeaderInDocumentOrder": copy.dateRules.readsHeaderInDocumentOrder = flag
            default:
                throw WebError(
                    code: .badSetting,
                    message: "unknown setting \(parts[0]); known: \(Self.tunableSettings.joined(separator: ", "))")
            }
        }
        return copy
    }
}
