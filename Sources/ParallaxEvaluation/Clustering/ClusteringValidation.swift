public import Parallax

/// How clustering settings are checked on data with topics: a blind third of the topics is set
/// aside before any tuning and scored apart; on the rest, settings are chosen on some topics
/// and scored on the others (k folds of topics), and the spread over folds is reported.
public struct ClusteringValidation: Sendable {
    /// The ECB+ development topics set aside before tuning: 7 of the 20, drawn by
    /// `random.Random(14).sample([1, 2, …, 22 without 15 and 17], 7)` in Python and written
    /// down in `docs/clustering.md`. No setting is chosen on them.
    public static let blindTopics: Set<String> = ["4", "5", "8", "9", "12", "19", "21"]

    /// One fold: settings chosen on the other folds' topics, scored on this fold's.
    public struct Fold: Sendable {
        public var topics: [String]
        public var chosen: ClusteringConfiguration
        /// BCubed F1 of the chosen settings on the topics they were chosen on.
        public var tuningF1: Double
        public var heldOut: PartitionScore
        /// The chosen settings on the held-out topics' articles of the continuity stream (the
        /// same articles dated over days), where one is given.
        public var heldOutContinuity: ClusteringEvaluation.Report?
    }

    public struct Report: Sendable {
        public var folds: [Fold]
        /// Every held-out fold's predictions scored together.
        public var pooled: PartitionScore
        /// Settings chosen on all the tuning topics, and their score on the blind topics.
        public var chosenOnAll: ClusteringConfiguration
        public var blind: PartitionScore?
        public var blindTopics: [String]
        /// The settings chosen on all tuning topics, on the continuity stream's articles of those
        /// topics (not held out: they took part in the choice), where one is given.
        public var continuityOfChosen: ClusteringEvaluation.Report?

        public var heldOutF1: [Double] { folds.map(\.heldOut.bcubedF1) }
        public var mean: Double { heldOutF1.reduce(0, +) / Double(max(folds.count, 1)) }
        public var standardDeviation: Double {
            let mean = mean
            let squares = heldOutF1.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return (squares / Double(max(folds.count - 1, 1))).squareRoot()
        }
    }

    /// Chooses settings from tuning items: a grid search, or weights learned from them.
    public typealias Chooser = @Sendable (ClusteringEvaluation) -> (configuration: ClusteringConfiguration, f1: Double)

    public var folds: Int
    public var blindTopics: Set<String>

    public init(folds: Int = 5, blindTopics: Set<String> = Self.blindTopics) {
        self.folds = folds
        self.blindTopics = blindTopics
    }

    /// The topics of `evaluation` that are not blind, in numeric order, dealt to `folds` folds
    /// in turn (topic i to fold i mod k), so the folds are the same in every run and in the
    /// baseline script.
    public func foldTopics(of evaluation: ClusteringEvaluation) -> [[String]] {
        let topics = Set(evaluation.items.compactMap(\.topic)).subtracting(blindTopics)
            .sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        let count = min(folds, topics.count)
        guard count > 0 else { return [] }
        var dealt = Array(repeating: [String](), count: count)
        for (position, topic) in topics.enumerated() { dealt[position % count].append(topic) }
        return dealt
    }

    /// `continuity`, where given, is a stream of the same topics' articles dated over days: each
    /// fold's chosen settings are also scored on its held-out topics there.
    public func run(_ evaluation: ClusteringEvaluation, continuity: ClusteringEvaluation? = nil, choose: Chooser)
        -> Report
    {
        let dealt = foldTopics(of: evaluation)
        var folds: [Fold] = []
        var pooledPredicted: [String] = []
        var pooledGold: [String] = []
        for (number, heldOutTopics) in dealt.enumerated() {
            let heldOut = Set(heldOutTopics)
            let tuning = evaluation.subset {
                $0.topic.map { !heldOut.contains($0) && !blindTopics.contains($0) } ?? false
            }
            let scoring = evaluation.subset { $0.topic.map(heldOut.contains) ?? false }
            let chosen = choose(tuning)
            let report = scoring.run(configuration: chosen.configuration, withinTopics: false)
            let heldOutContinuity = continuity?.subset { $0.topic.map(heldOut.contains) ?? false }
                .run(configuration: chosen.configuration, withinTopics: false)
            folds.append(
                Fold(
                    topics: heldOutTopics, chosen: chosen.configuration, tuningF1: chosen.f1, heldOut: report.all,
                    heldOutContinuity: heldOutContinuity))
            pooledPredicted += report.predicted.map { "\(number)-\($0)" }
            pooledGold += scoring.items.map(\.label)
        }
        let tuning = evaluation.subset { $0.topic.map { !blindTopics.contains($0) } ?? false }
        let chosenOnAll = choose(tuning).configuration
        let blindItems = evaluation.subset { $0.topic.map(blindTopics.contains) ?? false }
        let blind = blindItems.items.isEmpty ? nil : blindItems.run(configuration: chosenOnAll, withinTopics: false).all
        let continuityOfChosen = continuity?.subset { $0.topic.map { !blindTopics.contains($0) } ?? false }
            .run(configuration: chosenOnAll, withinTopics: false)
        return Report(
            folds: folds, pooled: PartitionScore(predicted: pooledPredicted, gold: pooledGold),
            chosenOnAll: chosenOnAll, blind: blind,
            blindTopics: blindTopics.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) },
            continuityOfChosen: continuityOfChosen)
    }

    /// The grid search as a chooser: the grid point with the best BCubed F1 on the tuning items.
    /// With `continuity` (the same topics' articles dated over days), a grid point scores the
    /// mean of its BCubed F1 on the tuning items and on the continuity stream's articles of the
    /// tuning topics: settings that keep events apart when everything is concurrent and keep one
    /// event whole as its coverage runs over days, both chosen on the tuning topics only.
    public static func gridSearch(_ grid: [ClusteringConfiguration], continuity: ClusteringEvaluation? = nil)
        -> Chooser
    {
        { evaluation in
            let topics = Set(evaluation.items.compactMap(\.topic))
            let dated = continuity?.subset { $0.topic.map(topics.contains) ?? false }
            let best = evaluation.best(of: grid, alongside: dated?.items.isEmpty == false ? dated : nil)
            return (best.configuration, best.bcubedF1)
        }
    }
}
