internal import Foundation
internal import Parallax

/// The clustering state the store keeps between ingests: the core's streaming
/// `StoryClusterer`, saved after every batch and resumed by the next, so stories keep their ids
/// as coverage grows. Its settings are the ingest's `ClusteringConfiguration`, whatever they
/// were when it was saved.
///
/// Saved as the clusterer's archive (`StoryClusterer.archived()`); states saved before as JSON
/// (`{"clusterer": …}`) still read.
struct StoryAssigner: Codable, Sendable {
    var clusterer: StoryClusterer

    init(configuration: ClusteringConfiguration) {
        clusterer = StoryClusterer(configuration: configuration)
    }

    init(clusterer: StoryClusterer) {
        self.clusterer = clusterer
    }

    /// The bytes the store keeps.
    var saved: Data { Data(clusterer.archived()) }

    /// The state kept as `saved`, or as JSON by earlier versions.
    init(saved data: Data) throws {
        let bytes = [UInt8](data)
        if StoryClusterer.isArchive(bytes) {
            self.init(clusterer: try StoryClusterer(archive: bytes))
        } else {
            self = try JSONDecoder().decode(StoryAssigner.self, from: data)
        }
    }
}
