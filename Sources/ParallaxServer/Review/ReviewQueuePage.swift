internal import Foundation
internal import HTTPTypes
internal import ParallaxStore

/// The review desk: every story with its newest revision and whether an editor approved it.
struct ReviewQueuePage {
    var session: ActiveSession
    var items: [ReviewQueueItem]

    var html: String {
        var body = "<p class=\"kicker\">Review desk</p><h1>Stories to review</h1>\n" + DeskAccess.accountBar(session)
        guard !items.isEmpty else {
            return Layout.page(title: "Review desk", body: body + "<p>No stories yet.</p>")
        }
        body +=
            "<table class=\"desk\"><thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Revision</th><th scope=\"col\">State</th><th scope=\"col\">Actions logged</th></tr></thead><tbody>\n"
        for item in items {
            body +=
                "<tr><td><a href=\"/review/stories/\(Layout.urlComponent(item.story.id))\">\(Layout.escape(item.story.headline))</a></td><td>\(item.latestRevision.map(String.init) ?? "—")</td><td>\(Self.state(item))</td><td>\(item.actionCount)</td></tr>\n"
        }
        return Layout.page(title: "Review desk", body: body + "</tbody></table>")
    }

    static func state(_ item: ReviewQueueItem) -> String {
        switch (item.latestRevision, item.approvedRevision) {
        case (nil, _): "no brief yet"
        case (let latest?, let approved?) where approved == latest: "approved"
        case (_, let approved?): "draft (revision \(approved) approved)"
        case (_, nil): "draft"
        }
    }
}

/// How the review pages write an audit entry and a time.
enum ReviewWording {
    static func time(_ date: Date) -> String {
        // "2026-05-04T09:30:12Z" → "2026-05-04 09:30 UTC"
        let iso = date.ISO8601Format()
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    static func verb(_ kind: ReviewKind) -> String {
        switch kind {
        case .approve: "approved the revision"
        case .hideFact: "withdrew a fact"
        case .correctFact: "reworded a fact"
        case .correctSpeaker: "corrected a quote's speaker"
        case .hideQuote: "withdrew a quote"
        case .correctDate: "corrected a date"
        case .resolveDiscrepancy: "marked a discrepancy resolved"
        case .note: "added a note"
        }
    }

    /// The audit log as a table: number, time, who, what, which statement, new value, reason.
    static func log(_ actions: [ReviewAction]) -> String {
        guard !actions.isEmpty else { return "<p class=\"none\">No actions yet.</p>" }
        var out =
            "<table class=\"desk log\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">Revision</th><th scope=\"col\">What</th><th scope=\"col\">Statement</th><th scope=\"col\">New value</th><th scope=\"col\">Why</th></tr></thead><tbody>\n"
        for action in actions {
            out +=
                "<tr><td>\(action.number)</td><td>\(time(action.at))</td><td>\(Layout.escape(action.accountName))</td><td>\(action.revision)</td><td>\(verb(action.kind))</td><td>\(Layout.escape(action.target?.text ?? ""))</td><td>\(Layout.escape(action.value ?? ""))</td><td>\(Layout.escape(action.reason ?? ""))</td></tr>\n"
        }
        return out + "</tbody></table>"
    }

    static let style = """
        form.account{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;font-size:.93em;margin:.6rem 0}
        form.desk{display:grid;gap:.35rem;max-width:28rem;margin:1rem 0}form.desk input,form.desk textarea{font:inherit;padding:.35rem .5rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
        form.act{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0 .8rem;align-items:center}form.act input{font:inherit;padding:.25rem .4rem;border:1px solid var(--line);border-radius:.3rem;min-width:0;flex:1 1 9rem;background:var(--bg);color:var(--fg)}
        table.desk{border-collapse:collapse;width:100%;font-size:.9em;display:block;overflow-x:auto}table.desk th,table.desk td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}
        .review-box{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .9rem;margin:1rem 0}.review-box h2{font-size:1.05rem;margin:.2rem 0}
        .reviewed{border-left:4px solid #15803d;padding:.3rem .8rem;background:rgba(21,128,61,.08)}
        del{color:var(--muted)}ins{text-decoration:none;font-weight:600}
        """
}
