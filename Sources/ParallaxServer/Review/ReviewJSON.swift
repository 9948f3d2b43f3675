internal import Foundation
internal import Parallax
internal import ParallaxStore

/// The review of the brief readers see, as JSON (`parallax.review/1`): the approval, the
/// corrections and resolved discrepancies with their reasons, the notes and the methodology.
enum ReviewJSON {
    static let formatName = "parallax.review/1"

    static func value(_ reviewed: ReviewedBrief) -> JSONValue {
        func entry(_ action: ReviewAction) -> [(String, JSONValue)] {
            [
                ("kind", .string(action.kind.rawValue)), ("by", .string(action.accountName)),
                ("at", .string(action.at.ISO8601Format())), ("revision", .number(action.revision)),
                ("reason", action.reason.map(JSONValue.string) ?? .null),
            ]
        }
        return .object([
            ("format", .string(formatName)),
            ("storyId", .string(reviewed.revision.storyID)),
            ("revision", .number(reviewed.revision.revision)),
            ("approval", reviewed.approval.map { .object(entry($0)) } ?? .null),
            (
                "corrections",
                .array(
                    reviewed.corrections.map { correction in
                        .object(
                            entry(correction.action) + [
                                ("statement", .string(correction.statement)), ("before", .string(correction.before)),
                                ("after", correction.after.map(JSONValue.string) ?? .null),
                            ])
                    })
            ),
            (
                "resolvedDiscrepancies",
                .array(
                    reviewed.resolved.map { .object(entry($0.action) + [("about", .string($0.discrepancy.about))]) })
            ),
            ("notes", .array(reviewed.notes.map { .object(entry($0) + [("text", .string($0.value ?? ""))]) })),
            ("methodology", .array(reviewed.methodology.map(JSONValue.string))),
        ])
    }
}
