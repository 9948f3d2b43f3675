internal import Foundation
internal import HTTPTypes
internal import Parallax
internal import ParallaxBase
internal import ParallaxStore

/// Atom 1.0 (RFC 4287) feeds of brief revisions: one entry per revision readers got, newest
/// first, its summary saying what changed. Links are relative to the server, as RFC 4287 allows.
struct AtomFeed {
    struct Entry {
        var storyID: String
        var published: PublishedRevision
    }

    var id: String
    var title: String
    var selfPath: String
    var alternatePath: String
    var entries: [Entry]

    var xml: String {
        let sorted = entries.sorted { ($0.published.publishedAt, $0.storyID) > ($1.published.publishedAt, $1.storyID) }
        let updated = sorted.first?.published.publishedAt ?? Date(timeIntervalSince1970: 0)
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <id>\(Markup.escape(id))</id>
            <title>\(Markup.escape(title))</title>
            <updated>\(updated.ISO8601Format())</updated>
            <link rel="self" type="application/atom+xml" href="\(Markup.escape(selfPath))"/>
            <link rel="alternate" type="text/html" href="\(Markup.escape(alternatePath))"/>
            <author><name>Parallax</name></author>
            <generator>Parallax</generator>

            """
        for entry in sorted {
            let revision = entry.published.revision
            let path = Layout.storyPath(entry.storyID) + "/revisions/\(revision.revision)"
            var summary = entry.published.diff.summary
            if let editor = entry.published.approvedBy { summary += "; reviewed by \(editor)" }
            out += """
                <entry>
                <id>\(Markup.escape(Self.entryID(story: entry.storyID, revision: revision.revision)))</id>
                <title>\(Markup.escape("\(revision.story.headline) (revision \(revision.revision))"))</title>
                <updated>\(entry.published.publishedAt.ISO8601Format())</updated>
                <published>\(entry.published.publishedAt.ISO8601Format())</published>
                <link rel="alternate" type="text/html" href="\(Markup.escape(path))"/>
                <summary type="text">\(Markup.escape(summary))</summary>
                </entry>

                """
        }
        return out + "</feed>\n"
    }

    /// A permanent IRI for a revision: `urn:parallax:story:ID:revision:N`.
    static func entryID(story: String, revision: Int) -> String {
        "urn:parallax:story:\(Layout.urlComponent(story)):revision:\(revision)"
    }
}
