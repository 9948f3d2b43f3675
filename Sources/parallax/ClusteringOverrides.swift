import ArgumentParser
import Parallax

/// The clustering settings `eval clustering` and `bench cluster` can override: each option left
/// out keeps `ClusteringConfiguration`'s default.
struct ClusteringOverrides: ParsableArguments {
    @Option(help: "Override the share of term similarity (names have the rest).")
    var termWeight: Double?

    @Option(help: "Override the least similarity for an article to join a story.")
    var joinThreshold: Double?

    @Option(help: "Override the least centroid similarity for two stories to merge.")
    var mergeThreshold: Double?

    @Flag(help: "Also merge stories whose centroids converge when a story is re-indexed.")
    var mergesConverging = false

    @Option(help: "Override the similarity added per unit of the log of a story's size.")
    var sizeWeight: Double?

    @Option(help: "Override the power of a name's inverse document frequency in its weight.")
    var nameSpecificity: Double?

    @Option(help: "Override the pseudo-documents smoothing inverse document frequencies.")
    var pseudoDocuments: Double?

    @Option(help: "Override the amount added to every inverse document frequency.")
    var idfOffset: Double?

    @Option(help: "Override the least average linkage for the second pass to merge two stories.")
    var linkageThreshold: Double?

    @Option(help: "Override the least average linkage for a lone article to join a story.")
    var loneArticleThreshold: Double?

    @Option(help: "Override the most candidate stories scored per article.")
    var maximumCandidates: Int?

    @Option(help: "Override the most recent postings read per query term.")
    var postingsScanned: Int?

    /// The default configuration with every given override.
    var configuration: ClusteringConfiguration {
        var configuration = ClusteringConfiguration()
        if let termWeight { configuration.termWeight = termWeight }
        if let joinThreshold { configuration.joinThreshold = joinThreshold }
        if let mergeThreshold { configuration.mergeThreshold = mergeThreshold }
        if mergesConverging { configuration.mergesConverging = true }
        if let sizeWeight { configuration.sizeWeight = sizeWeight }
        if let nameSpecificity { configuration.nameSpecificity = nameSpecificity }
        if let pseudoDocuments { configuration.pseudoDocuments = pseudoDocuments }
        if let idfOffset { configuration.idfOffset = idfOffset }
        if let linkageThreshold { configuration.linkageThreshold = linkageThreshold }
        if let loneArticleThreshold { configuration.loneArticleThreshold = loneArticleThreshold }
        if let maximumCandidates { configuration.maximumCandidates = maximumCandidates }
        if let postingsScanned { configuration.postingsScanned = postingsScanned }
        return configuration
    }
}
