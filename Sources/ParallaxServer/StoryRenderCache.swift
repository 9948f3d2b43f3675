internal import ParallaxStore
internal import Synchronization

/// Rendered story responses (the page or the API body) by story id, each kept with the story
/// and brief revisions it was rendered from. A request first reads the story's current
/// revisions (one indexed lookup) and reuses the rendering while they match, so a popular story
/// is not read and rendered again for every request; an ingest that changes the story or its
/// brief bumps a revision and the next request renders afresh.
final class StoryRenderCache: Sendable {
    private struct Entry {
        var version: StoryVersion
        var body: String
    }

    /// Most stories kept; past it the cache starts over (cheap, and briefs are rendered again
    /// on demand).
    let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(capacity: Int = 512) {
        self.capacity = capacity
    }

    /// The rendering of story `id` at `version`, if one is kept.
    func body(of id: String, at version: StoryVersion) -> String? {
        entries.withLock { entries in
            guard let entry = entries[id], entry.version == version else { return nil }
            return entry.body
        }
    }

    func keep(_ body: String, of id: String, at version: StoryVersion) {
        entries.withLock { entries in
            if entries.count >= capacity, entries[id] == nil { entries.removeAll(keepingCapacity: true) }
            entries[id] = Entry(version: version, body: body)
        }
    }
}
