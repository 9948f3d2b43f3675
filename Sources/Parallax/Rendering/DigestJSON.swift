/// The digest as JSON, exactly per the digest format (version 1).
public enum DigestJSON {
    public static let formatName = "parallax.digest/1"

    public static func render(_ digest: Digest) -> String {
        value(of: digest).serialized() + "\n"
    }

    public static func value(of digest: Digest) -> JSONValue {
        .object([
            ("format", .string(formatName)),
            ("articles", .array(digest.articles.map(value(of:)))),
            ("stories", .array(digest.stories.map(value(of:)))),
        ])
    }

    public static func value(of article: Article) -> JSONValue {
        // `duplicateOf` appears only on copies, after the fields every article has.
        let copy: [(String, JSONValue)] = article.duplicateOf.map { [("duplicateOf", .string($0))] } ?? []
        return .object(
            [
                ("id", .string(article.id)),
                ("input", .string(article.input)),
                ("url", .optional(article.url)),
                ("outlet", .optional(article.outlet)),
                ("title", .optional(article.title)),
                ("published", .optional(article.published?.iso8601)),
                ("authors", .strings(article.authors)),
                ("language", .optional(article.language)),
                ("originalLanguage", .optional(article.originalLanguage)),
                ("text", .string(article.text)),
                ("removed", .strings(article.removed)),
            ] + copy)
    }

    public static func value(of story: Brief) -> JSONValue {
        .object(
            [
                ("id", .string(story.id)),
                ("headline", .string(story.headline)),
                ("articleIds", .strings(story.articleIDs)),
                (
                    "summary",
                    .array(
                        story.summary.map { line in
                            .object(
                                [("text", .string(line.text)), ("sources", .strings(line.sources))]
                                    + (line.dated.map { [("dated", .string($0))] } ?? [])
                                    + (line.note.map { [("note", .string($0))] } ?? []))
                        })
                ),
                ("facts", .array(story.facts.map(value(of:)))),
                ("quotes", .array(story.quotes.map(value(of:)))),
                ("timeline", .array(story.timeline.map(value(of:)))),
                ("entities", .array(story.entities.map(value(of:)))),
                ("discrepancies", .array(story.discrepancies.map(value(of:)))),
                ("perspectives", .array(story.perspectives.map(value(of:)))),
            ] + (story.updates.map { [("updates", .array($0.map(value(of:))))] } ?? []))
    }

    static func value(of fact: Fact) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("text", .string(fact.text)),
            ("sources", .strings(fact.sources)),
            (
                "support",
                .array(fact.support.map { .object([("article", .string($0.article)), ("text", .string($0.text))]) })
            ),
        ]
        if let partial = fact.partial, !partial.isEmpty {
            fields.append(
                (
                    "partial",
                    .array(partial.map { .object([("article", .string($0.article)), ("text", .string($0.text))]) })
                )
            )
        }
        if let copies = fact.copies, !copies.isEmpty { fields.append(("copies", .strings(copies))) }
        if let dated = fact.dated { fields.append(("dated", .string(dated))) }
        return .object(fields)
    }

    static func value(of quote: Quote) -> JSONValue {
        .object([
            ("text", .string(quote.text)),
            ("speaker", .optional(quote.speaker)),
            ("speakerDescription", .optional(quote.speakerDescription)),
            ("kind", .string(quote.kind.rawValue)),
            ("article", .string(quote.article)),
        ])
    }

    static func value(of event: TimelineEvent) -> JSONValue {
        .object([
            ("date", .string(event.date)),
            ("precision", .string(event.precision.rawValue)),
            ("text", .string(event.text)),
            ("sources", .strings(event.sources)),
        ])
    }

    static func value(of entity: StoryEntity) -> JSONValue {
        .object([
            ("name", .string(entity.name)),
            ("type", .string(entity.type.rawValue)),
            ("aliases", .strings(entity.aliases)),
            ("mentions", .number(entity.mentions)),
            ("articles", .strings(entity.articles)),
        ])
    }

    static func value(of discrepancy: Discrepancy) -> JSONValue {
        .object([
            ("about", .string(discrepancy.about)),
            (
                "claims",
                .array(
                    discrepancy.claims.map {
                        .object([
                            ("text", .string($0.text)), ("article", .string($0.article)),
                            ("value", .optional($0.value)),
                        ])
                    })
            ),
        ])
    }

    static func value(of perspective: Perspective) -> JSONValue {
        .object([
            ("article", .string(perspective.article)),
            ("outlet", .optional(perspective.outlet)),
            ("angle", .string(perspective.angle)),
            ("distinctive", .strings(perspective.distinctive)),
        ])
    }
}
