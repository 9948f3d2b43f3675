public import Foundation
public import Parallax

/// A brief as stored at one revision.
public struct BriefRevision: Codable, Sendable, Hashable {
    public var storyID: String
    public var revision: Int
    public var story: Brief
    public var synthesizedAt: Date

    /// The column names of the `brief` and `briefRevision` tables.
    enum CodingKeys: String, CodingKey {
        case storyID = "storyId"
        case revision, story, synthesizedAt
    }
}

/// A correction that found its statement in a revision: what the statement said and what it
/// says now (nil when it was hidden).
public struct AppliedCorrection: Sendable, Hashable {
    public var action: ReviewAction
    public var before: String
    public var after: String?
    /// What the statement is, for people: the fact, the quote, the event.
    public var statement: String
}

/// A brief revision with every editor's action applied: corrections from any revision carry over
/// to the statements they name (see `StatementKey`); approval is per revision.
public struct ReviewedBrief: Sendable, Hashable {
    public var revision: BriefRevision
    /// The brief as readers see it.
    public var story: Brief
    public var corrections: [AppliedCorrection]
    /// Discrepancies an editor settled, each with the action that did.
    public var resolved: [ResolvedDiscrepancy]
    public var notes: [ReviewAction]
    /// The latest approval of this revision.
    public var approval: ReviewAction?
    /// The latest approval of any revision.
    public var latestApproval: ReviewAction?
    /// Actions on statements this revision no longer has.
    public var unmatched: [ReviewAction]

    public struct ResolvedDiscrepancy: Sendable, Hashable {
        public var discrepancy: Discrepancy
        public var action: ReviewAction
    }

    /// Applies `actions` (in log order; a later correction of the same statement wins) to `revision`.
    public init(revision: BriefRevision, actions: [ReviewAction]) {
        self.revision = revision
        var story = revision.story
        var corrections: [AppliedCorrection] = []
        var resolved: [ResolvedDiscrepancy] = []
        var unmatched: [ReviewAction] = []
        for action in actions where action.kind.needsTarget {
            guard let target = action.target else { continue }
            let before = corrections.count + resolved.count
            switch action.kind {
            case .hideFact, .correctFact:
                for index in story.facts.indices.reversed() where target.names(story.facts[index]) {
                    let fact = story.facts[index]
                    if action.kind == .hideFact {
                        story.facts.remove(at: index)
                    } else {
                        story.facts[index].text = action.value ?? fact.text
                    }
                    corrections.append(
                        AppliedCorrection(
                            action: action, before: fact.text, after: action.kind == .hideFact ? nil : action.value,
                            statement: fact.text))
                }
            case .correctSpeaker, .hideQuote:
                for index in story.quotes.indices.reversed() where target.names(story.quotes[index]) {
                    let quote = story.quotes[index]
                    if action.kind == .hideQuote {
                        story.quotes.remove(at: index)
                    } else {
                        story.quotes[index].speaker = action.value
                        story.quotes[index].speakerDescription = nil
                    }
                    corrections.append(
                        AppliedCorrection(
                            action: action, before: quote.speaker ?? "no one named",
                            after: action.kind == .hideQuote ? nil : action.value, statement: quote.text))
                }
            case .correctDate:
                for index in story.timeline.indices where target.names(story.timeline[index]) {
                    let event = story.timeline[index]
                    if let value = action.value {
                        story.timeline[index].date = value
                        story.timeline[index].precision = Self.precision(of: value)
                    }
                    corrections.append(
                        AppliedCorrection(
                            action: action, before: event.date, after: action.value, statement: event.text))
                }
                story.timeline.sort { $0.date < $1.date }
            case .resolveDiscrepancy:
                for index in story.discrepancies.indices.reversed() where target.names(story.discrepancies[index]) {
                    resolved.append(
                        ResolvedDiscrepancy(discrepancy: story.discrepancies.remove(at: index), action: action))
                }
            case .approve, .note:
                break
            }
            if corrections.count + resolved.count == before { unmatched.append(action) }
        }
        self.story = story
        self.corrections = corrections
        self.resolved = resolved
        self.unmatched = unmatched
        self.notes = actions.filter { $0.kind == .note }
        let approvals = actions.filter { $0.kind == .approve }
        self.approval = approvals.last { $0.revision == revision.revision }
        self.latestApproval = approvals.last
    }

    /// Whether an editor approved this revision.
    public var isApproved: Bool { approval != nil }

    /// How this brief was made and checked, written from what was done to it.
    public var methodology: [String] {
        let story = revision.story
        var lines = [
            "Parallax wrote revision \(revision.revision) of this brief by machine from \(Self.count(story.articleIDs.count, "article")), grouping them into one story, taking the facts two or more outlets report, setting their claims side by side where they disagree, and attributing quotes to the speakers the articles name."
        ]
        if let approval {
            var checked = "\(approval.accountName) reviewed it and approved it for publication"
            if let reason = approval.reason, !reason.isEmpty { checked += " (\(reason))" }
            lines.append(checked + ".")
        } else if let latestApproval {
            lines.append(
                "No editor has reviewed this revision yet; \(latestApproval.accountName) approved revision \(latestApproval.revision)."
            )
        } else {
            lines.append("No editor has reviewed it yet.")
        }
        var done: [String] = []
        let byKind = Dictionary(grouping: corrections, by: \.action.kind)
        for (kind, one, many) in [
            (ReviewKind.correctSpeaker, "quote's speaker corrected", "quotes' speakers corrected"),
            (.hideQuote, "quote withdrawn", "quotes withdrawn"), (.correctFact, "fact reworded", "facts reworded"),
            (.hideFact, "fact withdrawn", "facts withdrawn"), (.correctDate, "date corrected", "dates corrected"),
        ] {
            if let count = byKind[kind]?.count { done.append(Self.count(count, one, plural: many)) }
        }
        if !resolved.isEmpty {
            done.append(Self.count(resolved.count, "discrepancy resolved", plural: "discrepancies resolved"))
        }
        if !notes.isEmpty { done.append(Self.count(notes.count, "editor's note", plural: "editor's notes")) }
        if done.isEmpty {
            lines.append("No statement of the machine's brief was changed.")
        } else {
            lines.append(
                "Editors changed the machine's brief: " + done.joined(separator: ", ")
                    + "; each is listed with its reason.")
        }
        let carried =
            corrections.filter { $0.action.revision != revision.revision }.count
            + resolved.filter { $0.action.revision != revision.revision }.count
        if carried > 0 {
            lines.append(
                "\(Self.count(carried, "change was", plural: "changes were")) made on an earlier revision and carried over to the same statements here."
            )
        }
        return lines
    }

    static func precision(of date: String) -> TimePrecision {
        switch date.count {
        case 10: .day
        case 7: .month
        case 4: .year
        default: .unknown
        }
    }

    static func count(_ count: Int, _ one: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? one : plural ?? one + "s")"
    }
}
