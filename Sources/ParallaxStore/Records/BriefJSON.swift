public import GRDB
public import Parallax

extension BriefRevision {
    /// The row as GRDB's `Codable` way writes it, the brief as `DatabaseJSON` text.
    public func encode(to container: inout PersistenceContainer) throws {
        container["storyId"] = storyID
        container["revision"] = revision
        container["story"] = try DatabaseJSON.text(of: story)
        container["synthesizedAt"] = synthesizedAt
    }
}
