internal import Foundation
internal import HTTPTypes
internal import Parallax
internal import ParallaxStore

/// A revision's difference from the one before, as HTML and as JSON.
enum RevisionChanges {
    static func html(_ diff: RevisionDiff) -> String {
        var out = "<p>\(Layout.escape(diff.summary.prefix(1).uppercased() + diff.summary.dropFirst())).</p>\n"
        func list(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "<h3>\(title)</h3><ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
        }
        list("New articles", diff.newArticles.map { "<a href=\"\(Layout.articlePath($0))\">\(Layout.escape($0))</a>" })
        list("Articles that left", diff.removedArticles.map(Layout.escape))
        list("New facts", diff.newFacts.map { Layout.escape($0.text) })
        list("Facts no longer reported", diff.removedFacts.map { Layout.escape($0.text) })
        list(
            "Changed numbers",
            diff.changedNumbers.map { "<del>\(Layout.escape($0.before))</del> <ins>\(Layout.escape($0.after))</ins>" })
        list(
            "New quotes",
            diff.newQuotes.map { "“\(Layout.escape($0.text))” — \(Layout.escape($0.speaker ?? "no one named"))" })
        list("New discrepancies", diff.newDiscrepancies.map { Layout.escape($0.about) })
        list("Discrepancies gone", diff.settledDiscrepancies.map { Layout.escape($0.about) })
        return out
    }

    static func json(storyID: String, _ published: PublishedRevision) -> JSONValue {
        let diff = published.diff
        return .object([
            ("storyId", .string(storyID)),
            ("revision", .number(published.revision.revision)),
            ("headline", .string(published.revision.story.headline)),
            ("publishedAt", .string(published.publishedAt.ISO8601Format())),
            ("approvedBy", published.approvedBy.map(JSONValue.string) ?? .null),
            ("summary", .string(diff.summary)),
            (
                "changes",
                .object([
                    ("newArticles", .array(diff.newArticles.map(JSONValue.string))),
                    ("removedArticles", .array(diff.removedArticles.map(JSONValue.string))),
                    ("newFacts", .array(diff.newFacts.map { .string($0.text) })),
                    ("removedFacts", .array(diff.removedFacts.map { .string($0.text) })),
                    (
                        "changedNumbers",
                        .array(
                            diff.changedNumbers.map {
                                .object([("before", .string($0.before)), ("after", .string($0.after))])
                            })
                    ),
                    ("newQuotes", .array(diff.newQuotes.map { .string($0.text) })),
                    ("newDiscrepancies", .array(diff.newDiscrepancies.map { .string($0.about) })),
                    ("settledDiscrepancies", .array(diff.settledDiscrepancies.map { .string($0.about) })),
                ])
            ),
        ])
    }
}

/// The links above a story's brief: follow it in a feed reader, see what changed.
enum FollowLinks {
    static func html(storyID: String, revision: Int) -> String {
        let path = Layout.storyPath(storyID)
        return
            "<p class=\"follow\"><a href=\"\(path)/feed.atom\" type=\"application/atom+xml\">Follow this story (Atom feed)</a> · <a href=\"\(path)/revisions/\(revision)\">What changed in revision \(revision)</a></p>\n"
    }
}
