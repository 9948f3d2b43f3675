/// One analyzed article as a JSON Lines record: its text with the names, quotations and
/// time expressions found in it. Offsets count Unicode scalars from the start of `text`,
/// end exclusive, so `text.unicodeScalars[start..<end]` is the mention.
public enum AnalysisJSON {
    public static func line(_ analyzed: AnalyzedArticle) -> String {
        value(of: analyzed).compactSerialized() + "\n"
    }

    public static func value(of analyzed: AnalyzedArticle) -> JSONValue {
        let article = analyzed.article
        return .object([
            ("id", .string(article.id)),
            ("title", .optional(article.title)),
            ("outlet", .optional(article.outlet)),
            ("published", .optional(article.published?.iso8601)),
            ("language", .optional(article.language)),
            ("text", .string(article.text)),
            ("entities", .array(analyzed.entities.map(value(of:)))),
            ("quotes", .array(analyzed.quotes.map(value(of:)))),
            ("times", .array(analyzed.times.map(value(of:)))),
        ])
    }

    static func value(of entity: EntityMention) -> JSONValue {
        .object([
            ("text", .string(entity.text)),
            ("start", .number(entity.start)),
            ("end", .number(entity.end)),
            ("type", .string(entity.type.rawValue)),
            ("name", .string(entity.name)),
        ])
    }

    static func value(of quote: QuoteMention) -> JSONValue {
        .object([
            ("text", .string(quote.text)),
            ("start", .number(quote.start)),
            ("end", .number(quote.end)),
            ("kind", .string(quote.kind.rawValue)),
            ("speaker", .optional(quote.speaker)),
            ("speakerStart", quote.speakerStart.map(JSONValue.number) ?? .null),
            ("speakerEnd", quote.speakerEnd.map(JSONValue.number) ?? .null),
            ("speakerDescription", .optional(quote.speakerDescription)),
            ("cue", .optional(quote.cue)),
            ("continues", .bool(quote.isContinuation)),
        ])
    }

    static func value(of time: TimeExpression) -> JSONValue {
        .object([
            ("text", .string(time.text)),
            ("start", .number(time.start)),
            ("end", .number(time.end)),
            ("value", .string(time.value)),
            ("precision", .string(time.precision.rawValue)),
        ])
    }
}
