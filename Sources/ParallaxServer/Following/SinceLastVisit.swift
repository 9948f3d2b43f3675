internal import Foundation
internal import ParallaxStore

/// "New since your last visit": for a signed-in reader, the difference between the revision they
/// saw last time and the one shown now, put at the top of the story page.
struct SinceLastVisit {
    let database: any NewsroomSiteStore

    /// `page` with the notice added when `session`'s account saw an older revision before; the
    /// visit is recorded either way.
    func annotate(_ page: String, storyID: String, session: ActiveSession) throws -> String {
        let settings = try database.settings()
        guard let shown = try database.publishedBrief(of: storyID, settings: settings) else { return page }
        let current = shown.revision.revision
        guard
            let previous = try database.recordVisit(
                accountID: session.account.id, storyID: storyID, revision: current),
            previous < current, let seen = try database.briefRevision(of: storyID, revision: previous)
        else { return page }
        let diff = RevisionDiff(from: seen.story, to: shown.revision.story)
        let notice =
            "<section class=\"review-box since\" aria-labelledby=\"since-title\"><h2 id=\"since-title\">New since your last visit (revision \(previous) → \(current))</h2>\n"
            + RevisionChanges.html(diff) + "</section>\n"
        guard let main = page.range(of: "<main id=\"main\">\n") else { return notice + page }
        var annotated = page
        annotated.insert(contentsOf: notice, at: main.upperBound)
        return annotated
    }
}
