internal import HTTPTypes
internal import Parallax
internal import ParallaxStore

/// One revision of a story on the review desk: approve it, add a note, and a form beside every
/// fact, quote, dated event and discrepancy to correct, withdraw or resolve it (with a reason);
/// below, the corrections that apply to this revision and the story's whole audit log.
struct ReviewStoryPage {
    var session: ActiveSession
    var reviewed: ReviewedBrief
    var revisions: [Int]
    var actions: [ReviewAction]
    var problem: String?

    private var story: Brief { reviewed.revision.story }
    private var revision: Int { reviewed.revision.revision }
    private var actionPath: String { "/review/stories/\(Layout.urlComponent(reviewed.revision.storyID))/actions" }

    var html: String {
        var body = "<p class=\"kicker\">Review desk · revision \(revision) of \(revisions.last ?? revision)</p>\n"
        body += "<h1>\(Layout.escape(story.headline))</h1>\n" + DeskAccess.accountBar(session)
        if let problem { body += "<p class=\"notice\" role=\"alert\">\(Layout.escape(problem))</p>\n" }
        body +=
            "<p>" + revisionLinks
            + " · <a href=\"\(Layout.storyPath(reviewed.revision.storyID))\">Reader's page</a></p>\n"
        if let approval = reviewed.approval {
            body +=
                "<p class=\"reviewed\">Approved by \(Layout.escape(approval.accountName)) at \(ReviewWording.time(approval.at)).</p>\n"
        } else {
            body += "<p class=\"notice\">Draft: no editor has approved this revision.</p>\n"
        }
        body += form(
            kind: .approve, label: "Approve revision \(revision)", fields: field("reason", "Comment (optional)"))
        body += form(kind: .note, label: "Add note", fields: field("value", "Note to readers", required: true))
        body += section(
            "Facts",
            story.facts.enumerated().map { index, fact -> String in
                "\(Layout.escape(fact.text)) <small>(\(fact.sources.count) sources)</small>" + Self.inPart(fact)
                    + correction(
                        .correctFact, index, label: "Reword", value: "New wording", also: (.hideFact, "Withdraw"))
            })
        body += section(
            "Quotes",
            story.quotes.enumerated().map { index, quote -> String in
                "“\(Layout.escape(quote.text))” — <strong>\(Layout.escape(quote.speaker ?? "no one named"))</strong> <small>(\(Layout.escape(quote.article)))</small>"
                    + correction(
                        .correctSpeaker, index, label: "Correct speaker", value: "Speaker",
                        also: (.hideQuote, "Withdraw"))
            })
        body += section(
            "Timeline",
            story.timeline.enumerated().map { index, event -> String in
                "<strong>\(Layout.escape(event.date))</strong> \(Layout.escape(event.text))"
                    + correction(.correctDate, index, label: "Correct date", value: "Date (2026-05-04)")
            })
        body += section(
            "Discrepancies",
            story.discrepancies.enumerated().map { index, discrepancy -> String in
                "<strong>\(Layout.escape(discrepancy.about))</strong>: "
                    + discrepancy.claims.map { Layout.escape($0.value ?? $0.text) }.joined(separator: " vs ")
                    + form(
                        kind: .resolveDiscrepancy, index: index, label: "Mark resolved",
                        fields: field("reason", "How it was resolved", required: true))
            })
        body += "<h2>Corrections applied to this revision</h2>\n" + PublishedReview.corrections(reviewed)
        if !reviewed.unmatched.isEmpty {
            body +=
                "<p class=\"none\">\(reviewed.unmatched.count) earlier action(s) name statements this revision no longer has.</p>\n"
        }
        body += "<h2 id=\"log\">Audit log</h2>\n" + ReviewWording.log(actions)
        return Layout.page(title: "Review: \(story.headline)", body: body)
    }

    /// The sentences cited as telling a part of `fact` (`Fact.partial`), for the editor to weigh
    /// before signing it: they count no source.
    static func inPart(_ fact: Fact) -> String {
        guard let partial = fact.partial, !partial.isEmpty else { return "" }
        return "<details class=\"partial\"><summary>Cited in part by \(partial.count)</summary><ul>"
            + partial.map { "<li>“\(Layout.escape($0.text))” <small>(\(Layout.escape($0.article)))</small></li>" }
            .joined() + "</ul></details>"
    }

    private var revisionLinks: String {
        "Revisions: "
            + revisions.map { number in
                number == revision
                    ? "<strong>\(number)</strong>"
                    : "<a href=\"/review/stories/\(Layout.urlComponent(reviewed.revision.storyID))?revision=\(number)\">\(number)</a>"
            }.joined(separator: " ")
    }

    private func section(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "<section><h2>\(title)</h2><ol>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n")
            + "\n</ol></section>\n"
    }

    private func field(_ name: String, _ label: String, required: Bool = false) -> String {
        "<input name=\"\(name)\" aria-label=\"\(Layout.escape(label))\" placeholder=\"\(Layout.escape(label))\"\(required ? " required" : "")>"
    }

    /// A form correcting statement `index`: its new value and, required, the reason.
    private func correction(
        _ kind: ReviewKind, _ index: Int, label: String, value: String, also: (ReviewKind, String)? = nil
    ) -> String {
        form(
            kind: kind, index: index, label: label,
            fields: field("value", value) + field("reason", "Reason", required: true), also: also)
    }

    /// A form posting one action (or, with `also`, a second one from a second button).
    private func form(
        kind: ReviewKind, index: Int? = nil, label: String, fields: String, also: (ReviewKind, String)? = nil
    ) -> String {
        var out = "<form class=\"act\" method=\"post\" action=\"\(actionPath)\">" + DeskAccess.tokenField(session)
        out += "<input type=\"hidden\" name=\"revision\" value=\"\(revision)\">"
        if let index { out += "<input type=\"hidden\" name=\"index\" value=\"\(index)\">" }
        out += fields + "<button type=\"submit\" name=\"kind\" value=\"\(kind.rawValue)\">\(label)</button>"
        if let also {
            out +=
                "<button type=\"submit\" name=\"kind\" value=\"\(also.0.rawValue)\" formnovalidate>\(also.1)</button>"
        }
        return out + "</form>"
    }
}
