internal import Foundation

/// Scores the clusterer against gold labels in a JSONL file: one article per line with
/// `text` and a gold label field (`event` by default); `title`, `published` (ISO 8601),
/// `language` and `topic` are used where present. Ids are not read, so that labels hidden in
/// them cannot leak into the clustering.
public struct ClusteringEvaluation: Sendable {
    public struct Item: Sendable {
        public var document: ClusterDocument
        public var label: String
        public var topic: String?
    }

    public struct Report: Sendable {
        /// All articles clustered in one stream.
        public var all: PartitionScore
        /// Each topic clustered on its own (where the file has topics), BCubed and pairwise
        /// figures averaged over topics: the hard part when a topic holds similar events.
        public var withinTopics: PartitionScore?
        public var topics: Int
        public var stories: Int
        public var seconds: Double
        /// Each predicted story of the all-articles run as the gold labels of its articles.
        public var storyLabels: [[String]]
    }

    public let items: [Item]

    /// Reads `file`; lines that are not JSON objects with text and a label are errors.
    public init(path: String, labelField: String = "event") throws {
        let file = URL(fileURLWithPath: path)
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw InputError(.unreadable, input: file.path, reason: error.localizedDescription)
        }
        let featurizer = ClusterFeaturizer()
        var items: [Item] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String, let label = object[labelField].map({ "\($0)" })
            else {
                throw InputError(
                    .malformedRecord, input: "\(file.path):\(number + 1)",
                    reason: "expected a JSON object with \"text\" and \"\(labelField)\"")
            }
            let article = Article(
                id: String(format: "line-%07d", number + 1), input: "\(file.lastPathComponent):\(number + 1)",
                title: object["title"] as? String,
                published: (object["published"] as? String).flatMap(PublicationDate.init(iso8601:)),
                language: object["language"] as? String ?? "en", text: text)
            items.append(
                Item(document: featurizer.document(article), label: label, topic: object["topic"].map { "\($0)" }))
        }
        self.items = items
    }

    /// Clusters the items in publication order (file order where undated) with `configuration`.
    public func run(configuration: ClusteringConfiguration = .init(), withinTopics scoresTopics: Bool = true) -> Report
    {
        let start = DispatchTime.now().uptimeNanoseconds
        var clusterer = StoryClusterer(configuration: configuration)
        let order = items.indices.sorted { (items[$0].document.day ?? .min, $0) < (items[$1].document.day ?? .min, $1) }
        var predicted = Array(repeating: 0, count: items.count)
        for (group, members) in clusterer.cluster(order.map { items[$0].document }).enumerated() {
            for member in members { predicted[order[member]] = group }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let all = PartitionScore(predicted: predicted, gold: items.map(\.label))

        let topics = Dictionary(grouping: items.indices.filter { items[$0].topic != nil }) { items[$0].topic! }
        var withinTopics: PartitionScore?
        if scoresTopics, !topics.isEmpty {
            let scores = topics.keys.sorted().map { topic in
                var clusterer = StoryClusterer(configuration: configuration)
                let members = topics[topic]!
                let groups = clusterer.cluster(members.map { items[$0].document })
                var predicted = Array(repeating: 0, count: members.count)
                for (group, indices) in groups.enumerated() { for index in indices { predicted[index] = group } }
                return PartitionScore(predicted: predicted, gold: members.map { items[$0].label })
            }
            let count = Double(scores.count)
            var mean = scores[0]
            mean.items = scores.reduce(0) { $0 + $1.items }
            mean.bcubedPrecision = scores.reduce(0) { $0 + $1.bcubedPrecision } / count
            mean.bcubedRecall = scores.reduce(0) { $0 + $1.bcubedRecall } / count
            mean.pairwisePrecision = scores.reduce(0) { $0 + $1.pairwisePrecision } / count
            mean.pairwiseRecall = scores.reduce(0) { $0 + $1.pairwiseRecall } / count
            withinTopics = mean
        }
        var storyLabels = Array(repeating: [String](), count: Set(predicted).count)
        for (item, story) in predicted.enumerated() { storyLabels[story].append(items[item].label) }
        return Report(
            all: all, withinTopics: withinTopics, topics: topics.count, stories: Set(predicted).count, seconds: seconds,
            storyLabels: storyLabels)
    }

    /// One point of the parameter grid and its BCubed F1 over all articles.
    public struct SweepPoint: Sendable {
        public var configuration: ClusteringConfiguration
        public var bcubedF1: Double
    }

    /// The grid the clustering settings are chosen on.
    public static func grid(base: ClusteringConfiguration = .init()) -> [ClusteringConfiguration] {
        var grid: [ClusteringConfiguration] = []
        for termWeight in stride(from: 0.1, through: 1.0001, by: 0.1) {
            for joinThreshold in stride(from: 0.08, through: 0.40001, by: 0.02) {
                for mergeThreshold in [0.25, 0.35, 0.45, 2] {
                    var configuration = base
                    configuration.termWeight = termWeight
                    configuration.joinThreshold = joinThreshold
                    configuration.mergeThreshold = mergeThreshold
                    grid.append(configuration)
                }
            }
        }
        return grid
    }

    /// The best grid point on these items.
    public func best(of grid: [ClusteringConfiguration]) -> SweepPoint {
        var best: SweepPoint?
        for configuration in grid {
            let score = run(configuration: configuration, withinTopics: false).all.bcubedF1
            if score > (best?.bcubedF1 ?? -1) { best = SweepPoint(configuration: configuration, bcubedF1: score) }
        }
        return best!
    }

    /// Two-fold cross-validation over topics: settings chosen on one half of the topics are
    /// scored on the other half, and the other way round.
    public func crossValidated(over grid: [ClusteringConfiguration]) -> (
        folds: [(chosen: SweepPoint, heldOut: Double)], mean: Double
    ) {
        let topics = Set(items.compactMap(\.topic)).sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        let firstHalf = Set(topics.enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element))
        let halves = [
            ClusteringEvaluation(items: items.filter { firstHalf.contains($0.topic ?? "") }),
            ClusteringEvaluation(items: items.filter { !firstHalf.contains($0.topic ?? "") }),
        ]
        var folds: [(chosen: SweepPoint, heldOut: Double)] = []
        for (tuning, scoring) in [(0, 1), (1, 0)] {
            let chosen = halves[tuning].best(of: grid)
            folds.append((chosen, halves[scoring].run(configuration: chosen.configuration).all.bcubedF1))
        }
        return (folds, folds.reduce(0) { $0 + $1.heldOut } / Double(folds.count))
    }

    init(items: [Item]) {
        self.items = items
    }
}
