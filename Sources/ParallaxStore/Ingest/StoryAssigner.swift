public import Parallax

/// The clustering state the store keeps between ingests: the core's streaming
/// `StoryClusterer`, saved after every batch and resumed by the next, so stories keep their ids
/// as coverage grows. Its settings are the ingest's `ClusteringConfiguration`, whatever they
/// were when it was saved.
struct StoryAssigner: Codable, Sendable {
    var clusterer: StoryClusterer

    init(configuration: ClusteringConfiguration) {
        clusterer = StoryClusterer(configuration: configuration)
    }
}
