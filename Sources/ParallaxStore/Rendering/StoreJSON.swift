public import Parallax

/// JSON for what the store lists (the command line's `--format json` and the API), built from
/// the digest format's types: articles as digest articles, stories as digest stories.
public enum StoreJSON {
    public static let storyListFormat = "parallax.stories/1"
    public static let searchFormat = "parallax.search/1"

    /// One line per story: the digest story's id and headline, with counts and dates.
    public static func storySummary(_ story: StoryRecord) -> JSONValue {
        .object([
            ("id", .string(story.id)),
            ("headline", .string(story.headline)),
            ("articleCount", .number(story.articleCount)),
            ("outletCount", .number(story.outletCount)),
            ("firstPublished", story.firstPublished.map(JSONValue.string) ?? .null),
            ("lastPublished", story.lastPublished.map(JSONValue.string) ?? .null),
        ])
    }

    public static func storyList(_ stories: [StoryRecord]) -> JSONValue {
        .object([("format", .string(storyListFormat)), ("stories", .array(stories.map(storySummary)))])
    }

    public static func searchResults(_ hits: [SearchHit]) -> JSONValue {
        .object([
            ("format", .string(searchFormat)),
            (
                "results",
                .array(
                    hits.map { hit in
                        .object([
                            ("article", DigestJSON.value(of: hit.article.article)),
                            ("storyId", hit.storyID.map(JSONValue.string) ?? .null),
                            ("excerpt", .string(hit.excerpt)),
                        ])
                    })
            ),
        ])
    }

    /// A digest article with the story it belongs to.
    public static func article(_ detail: ArticleDetail) -> JSONValue {
        .object([
            ("format", .string(DigestJSON.formatName)),
            ("article", DigestJSON.value(of: detail.article.article)),
            ("storyId", detail.story.map { JSONValue.string($0.id) } ?? .null),
        ])
    }
}
