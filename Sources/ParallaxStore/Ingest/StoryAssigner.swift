public import Parallax

/// The one place the store uses clustering: the core's streaming `StoryClusterer`, whose
/// state is saved in the database after every batch and resumed by the next ingest, so
/// stories keep their ids as coverage grows.
struct StoryAssigner: Codable, Sendable {
    enum Assignment: Equatable, Sendable {
        case joined(storyID: String)
        case started(storyID: String)

        var storyID: String {
            switch self {
            case .joined(let id), .started(let id): id
            }
        }
    }

    private var clusterer = StoryClusterer()

    init() {}

    /// Puts one article in a story and returns which.
    mutating func assign(_ document: ClusterDocument) -> Assignment {
        let before = clusterer.stories.count
        let added = clusterer.add(document)
        let story = clusterer.currentStory(added)
        let id = clusterer.stories[story].id
        return clusterer.stories.count > before && story == before ? .started(storyID: id) : .joined(storyID: id)
    }
}
