package import Foundation

/// The repository's folders, and `../shared` beside it, found from this file's place in the tree.
package enum Repository {
    /// The repository's root folder.
    package static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder of the repository.
    package static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// A file or folder of `../shared` (evaluation data, the seed story) beside the repository,
    /// or nil where it is absent: checks that read it are skipped with a message then.
    package static func shared(_ relativePath: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(
            relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

/// The reference story of `../shared/corpus/seed-story`: five outlets' articles about one event.
package enum SeedStory {
    /// Its folder, where it exists.
    package static let folder = Repository.shared("corpus/seed-story")
}
