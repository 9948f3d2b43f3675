internal import Foundation
public import Parallax

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
        /// The predicted story of each item, in the order of `items`.
        public var predicted: [Int]
        /// Continuity: over gold stories of two articles or more, how many predicted stories
        /// hold their articles on average (1 is a story kept whole).
        public var storiesPerStory: Double
        /// The same over gold stories whose dated articles span `multiDayMinimum` days or more,
        /// and how many such stories there are.
        public var storiesPerMultiDayStory: Double?
        public var multiDayStories: Int
    }

    /// Days a gold story's articles must span to count as multi-day coverage.
    public static let multiDayMinimum = 5

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

    /// Clusters the items in publication order (file order where undated) with `configuration`,
    /// in batches of `batchSize` (all at once where nil), each followed by the second pass, as
    /// the store's ingest feeds them.
    public func run(
        configuration: ClusteringConfiguration = .init(), withinTopics scoresTopics: Bool = true, batchSize: Int? = nil
    ) -> Report {
        let start = DispatchTime.now().uptimeNanoseconds
        var clusterer = StoryClusterer(configuration: configuration)
        let order = orderOfRun
        var assigned = Array(repeating: 0, count: items.count)
        let size = max(batchSize ?? order.count, 1)
        for first in stride(from: 0, to: order.count, by: size) {
            for item in order[first..<min(first + size, order.count)] {
                assigned[item] = clusterer.add(items[item].document)
            }
            clusterer.refine()
        }
        var numbers: [Int: Int] = [:]
        let predicted = assigned.map { story in
            let story = clusterer.currentStory(story)
            if let number = numbers[story] { return number }
            numbers[story] = numbers.count
            return numbers.count - 1
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
        let continuity = Self.continuity(predicted: predicted, items: items)
        return Report(
            all: all, withinTopics: withinTopics, topics: topics.count, stories: Set(predicted).count, seconds: seconds,
            storyLabels: storyLabels, predicted: predicted, storiesPerStory: continuity.all,
            storiesPerMultiDayStory: continuity.multiDay, multiDayStories: continuity.multiDayCount)
    }

    /// Predicted stories per gold story, over all gold stories of two articles or more and over
    /// those spanning `multiDayMinimum` days or more.
    static func continuity(predicted: [Int], items: [Item]) -> (all: Double, multiDay: Double?, multiDayCount: Int) {
        var members: [String: [Int]] = [:]
        for (index, item) in items.enumerated() { members[item.label, default: []].append(index) }
        var all: [Int] = []
        var multiDay: [Int] = []
        for indices in members.values where indices.count >= 2 {
            let stories = Set(indices.map { predicted[$0] }).count
            all.append(stories)
            let days = indices.compactMap { items[$0].document.day }
            if let first = days.min(), let last = days.max(), last - first + 1 >= multiDayMinimum {
                multiDay.append(stories)
            }
        }
        func mean(_ values: [Int]) -> Double? {
            values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
        }
        return (mean(all) ?? 1, mean(multiDay), multiDay.count)
    }

    /// Publication order, file order where undated: the order `run` streams the items in.
    var orderOfRun: [Int] {
        items.indices.sorted { (items[$0].document.day ?? .min, $0) < (items[$1].document.day ?? .min, $1) }
    }

    /// The items that satisfy `isIncluded`, in their order.
    public func subset(_ isIncluded: (Item) -> Bool) -> ClusteringEvaluation {
        ClusteringEvaluation(items: items.filter(isIncluded))
    }

    /// One point of the parameter grid and its BCubed F1 over all articles.
    public struct SweepPoint: Sendable {
        public var configuration: ClusteringConfiguration
        public var bcubedF1: Double
    }

    /// The grid the clustering settings are chosen on.
    /// Merge settings the choosers try: none, or a merge threshold with or without merging
    /// converging stories.
    public static let mergeOptions: [(threshold: Double, converging: Bool)] =
        [(2, false)] + [0.3, 0.4, 0.5, 0.6].flatMap { [($0, false), ($0, true)] }

    public static func grid(base: ClusteringConfiguration = .init()) -> [ClusteringConfiguration] {
        SettingsGrid(base: base)
            .varying(\.termWeight, over: stride(from: 0.1, through: 1.0001, by: 0.1))
            .varying(\.joinThreshold, over: stride(from: 0.08, through: 0.40001, by: 0.02))
            .varying(mergeOptions) { configuration, merge in
                configuration.mergeThreshold = merge.threshold
                configuration.mergesConverging = merge.converging
            }
            .points
    }

    /// The grid of the second pass: the term weight, a join threshold for the first pass (2:
    /// off, every article starts as its own story and the second pass is agglomerative
    /// clustering), the average linkage at which the second pass merges stories, the linkage at
    /// which a lone article joins a story (2: never) and the idf offset (`idfOffsets`); term
    /// weights and join thresholds can be narrowed to the values the folds chose before.
    public static func refinementGrid(
        base: ClusteringConfiguration = .init(), idfOffsets: [Double] = [0.5, 1],
        termWeights: [Double] = [0.1, 0.2, 0.3],
        joinThresholds: [Double] = [0.3, 2]
    ) -> [ClusteringConfiguration] {
        SettingsGrid(base: base)
            .varying(\.termWeight, over: termWeights)
            .varying(\.joinThreshold, over: joinThresholds)
            .varying(\.linkageThreshold, over: stride(from: 0.16, through: 0.24001, by: 0.02))
            .varying(\.loneArticleThreshold, over: [2, 0.08, 0.1, 0.12, 0.14])
            .varying(\.idfOffset, over: idfOffsets)
            .points
    }

    /// The best grid point on these items; with `continuity`, by the mean of the BCubed F1 on
    /// these items and on those (`SweepPoint.bcubedF1` is then that mean).
    public func best(of grid: [ClusteringConfiguration], alongside continuity: ClusteringEvaluation? = nil)
        -> SweepPoint
    {
        var best: SweepPoint?
        for configuration in grid {
            var score = run(configuration: configuration, withinTopics: false).all.bcubedF1
            if let continuity {
                score = (score + continuity.run(configuration: configuration, withinTopics: false).all.bcubedF1) / 2
            }
            if score > (best?.bcubedF1 ?? -1) { best = SweepPoint(configuration: configuration, bcubedF1: score) }
        }
        return best!
    }

    init(items: [Item]) {
        self.items = items
    }
}
