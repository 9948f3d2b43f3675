internal import Foundation

/// The whole `digest` job over read documents: build articles, analyse, cluster,
/// synthesise. Deterministic: the same documents give the same digest.
public struct DigestPipeline: Sendable {
    public var analysis = AnalysisConfiguration()
    public var clustering = ClusteringConfiguration()
    public var alignment = AlignmentConfiguration()

    public init() {}

    /// Reports progress as (stage, done, total).
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    public func run(_ documents: [RawDocument], progress: Progress? = nil) -> Digest {
        var articles = Self.articles(from: documents)
        for (index, original) in NearDuplicateDetector().originals(of: articles).enumerated() {
            articles[index].duplicateOf = original
        }
        let analysed = analyse(articles, progress: progress)
        progress?("clustering", 0, 1)
        let groups = Self.stories(of: analysed.map(\.article), configuration: clustering)
        let synthesizer = StorySynthesizer(alignment: alignment)
        var stories = Self.inParallel(
            groups, stage: "synthesis", progress: progress, makeWorker: {},
            transform: { _, group in synthesizer.story(of: group.map { analysed[$0] }) })
        stories.sort {
            $0.articleIDs.count != $1.articleIDs.count ? $0.articleIDs.count > $1.articleIDs.count : $0.id < $1.id
        }
        return Digest(articles: analysed.map(\.article), stories: stories)
    }

    /// Articles built from read documents, in input order; two inputs with one id (the same
    /// file given twice) are one article.
    public static func articles(from documents: [RawDocument]) -> [Article] {
        let builder = ArticleBuilder()
        var seen = Set<String>()
        var articles: [Article] = []
        for document in documents {
            let article = builder.article(from: document)
            guard seen.insert(article.id).inserted else { continue }
            articles.append(article)
        }
        return articles
    }

    /// Indices of `articles` grouped into stories by streaming them in publication order
    /// through the clusterer; each group in publication order.
    static func stories(of articles: [Article], configuration: ClusteringConfiguration) -> [[Int]] {
        let order = articles.indices.sorted { StoryClusterer.precedes(articles[$0], articles[$1]) }
        let featurizer = ClusterFeaturizer()
        var clusterer = StoryClusterer(configuration: configuration)
        return clusterer.cluster(order.map { featurizer.document(articles[$0]) }).map { $0.map { order[$0] } }
    }

    /// Analyses articles on all cores; the result keeps the input order.
    public func analyse(_ articles: [Article], progress: Progress? = nil) -> [AnalysedArticle] {
        let configuration = analysis
        return Self.inParallel(
            articles, stage: "analysis", progress: progress,
            makeWorker: { ArticleAnalyzer(configuration: configuration) },
            transform: { analyzer, article in analyzer.analyse(article) })
    }

    /// Maps `inputs` on all cores, keeping their order; each worker has its own state
    /// (analyzers hold stemmers, which are not thread-safe).
    static func inParallel<Input: Sendable, Worker, Output: Sendable>(
        _ inputs: [Input], stage: String, progress: Progress?, makeWorker: @Sendable () -> Worker,
        transform: @Sendable (Worker, Input) -> Output
    ) -> [Output] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, inputs.count / 8))
        let results = ParallelResults<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let state = makeWorker()
            var index = worker
            while index < inputs.count {
                results.store(transform(state, inputs[index]), at: index)
                if worker == 0 { progress?(stage, results.done, inputs.count) }
                index += workers
            }
        }
        return results.values
    }
}

/// Slots filled by parallel workers, each slot by exactly one worker.
private final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()
    private var finished = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        finished += 1
        lock.unlock()
    }

    var done: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    var values: [Value] { slots.map { $0! } }
}
