internal import HTTPTypes
internal import Parallax
internal import ParallaxStore

/// What readers see of the review above a brief: who reviewed it and when, the corrections and
/// resolved discrepancies with their reasons, the editors' notes, and the methodology written
/// from what was done.
enum PublishedReview {
    static func box(_ reviewed: ReviewedBrief) -> String {
        var out =
            "<section class=\"review-box\" aria-labelledby=\"review-title\"><h2 id=\"review-title\">Editorial review</h2>\n"
        if let approval = reviewed.approval {
            out +=
                "<p class=\"reviewed\">Reviewed by <strong>\(Layout.escape(approval.accountName))</strong> at \(ReviewWording.time(approval.at)).</p>\n"
        } else {
            out +=
                "<p class=\"notice\">This revision of the brief was written by machine and has not been reviewed by an editor yet.</p>\n"
        }
        if !reviewed.corrections.isEmpty || !reviewed.resolved.isEmpty {
            out += "<h3>Corrections</h3>\n" + corrections(reviewed)
        }
        if !reviewed.notes.isEmpty {
            out +=
                "<h3>Editors' notes</h3><ul>\n"
                + reviewed.notes.map {
                    "<li>\(Layout.escape($0.value ?? "")) <small>— \(Layout.escape($0.accountName)), \(ReviewWording.time($0.at))</small></li>"
                }.joined(separator: "\n") + "\n</ul>\n"
        }
        out +=
            "<h3>Methodology</h3>\n"
            + reviewed.methodology.map { "<p>\(Layout.escape($0))</p>" }.joined(separator: "\n")
        return out + "\n</section>\n"
    }

    /// Each correction as "what it was → what it is, why, who, when".
    static func corrections(_ reviewed: ReviewedBrief) -> String {
        guard !reviewed.corrections.isEmpty || !reviewed.resolved.isEmpty else {
            return "<p class=\"none\">None.</p>\n"
        }
        var items: [String] = reviewed.corrections.map { correction in
            let action = correction.action
            let line: String
            switch action.kind {
            case .correctSpeaker:
                line =
                    "The quote “\(Layout.escape(correction.statement))” is by <ins>\(Layout.escape(correction.after ?? ""))</ins>, not <del>\(Layout.escape(correction.before))</del>."
            case .hideQuote:
                line = "The quote “\(Layout.escape(correction.statement))” was withdrawn."
            case .correctFact:
                line =
                    "A fact was reworded: <del>\(Layout.escape(correction.before))</del> <ins>\(Layout.escape(correction.after ?? ""))</ins>"
            case .hideFact:
                line = "A fact was withdrawn: <del>\(Layout.escape(correction.before))</del>"
            case .correctDate:
                line =
                    "The date of “\(Layout.escape(correction.statement))” is <ins>\(Layout.escape(correction.after ?? ""))</ins>, not <del>\(Layout.escape(correction.before))</del>."
            case .approve, .note, .resolveDiscrepancy:
                line = ""
            }
            return line + signature(action)
        }
        items += reviewed.resolved.map { resolved in
            "The sources' disagreement on \(Layout.escape(resolved.discrepancy.about)) was resolved."
                + signature(resolved.action)
        }
        return "<ul class=\"corrections\">\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>\n"
    }

    private static func signature(_ action: ReviewAction) -> String {
        " <small>Reason: \(Layout.escape(action.reason ?? "—")) — \(Layout.escape(action.accountName)), \(ReviewWording.time(action.at))</small>"
    }

    /// The page when review comes first and no revision is approved yet.
    static let awaiting = "<p class=\"notice\">The brief of this story is waiting for an editor's review.</p>\n"
}
