internal import Foundation

/// The settings of every stage, in one place.
public struct PipelineConfiguration: Sendable {
    public var analysis = AnalysisConfiguration()
    public var clustering = ClusteringConfiguration()
    public var nearDuplicates = NearDuplicateDetector()
    /// How claims are aligned in briefs (facts, summary, discrepancies).
    public var alignment = AlignmentConfiguration()

    public init() {}
}

/// The one way from read documents to briefs, used by `digest`, `ingest`, the API and the feed
/// watcher alike, in four stages:
///
/// 1. **prepare**: build articles (`ArticleBuilder`), mark republished copies
///    (`NearDuplicateDetector`), put them in publication order (`Article.precedes`);
/// 2. **analyze**: each article once (`ArticleAnalyzer`), on all cores;
/// 3. **cluster**: stream the articles through the clusterer (`StoryClusterer`, with the
///    configured `ClusteringConfiguration`) into stories;
/// 4. **brief**: write each story's brief from its analyzed articles (`BriefSynthesizer`).
///
/// `run` does all four over one batch (`digest`); the store runs the same stages over its
/// batches, keeping the clusterer's state and each article's analysis between them.
/// Deterministic: the same documents give the same digest.
public struct StoryPipeline: Sendable {
    public var configuration = PipelineConfiguration()

    public init(configuration: PipelineConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Reports progress as (stage, done, total).
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    /// All four stages over one batch: the digest's articles keep the input order, its
    /// stories are largest first.
    public func run(_ documents: [RawDocument], progress: Progress? = nil) -> Digest {
        let articles = markingCopies(Self.articles(from: documents))
        let analyzed = analyze(articles, progress: progress)
        progress?("clustering", 0, 1)
        var clusterer = StoryClusterer(configuration: configuration.clustering)
        let order = Self.publicationOrder(of: articles)
        let assignments = clusterer.assign(order.map { analyzed[$0] })
        var members: [String: [AnalyzedArticle]] = [:]
        var storyOrder: [String] = []
        for (position, assignment) in zip(order, assignments) {
            let storyID = clusterer.currentID(of: assignment)
            if members[storyID] == nil { storyOrder.append(storyID) }
            members[storyID, default: []].append(analyzed[position])
        }
        var stories = briefs(of: storyOrder.map { ($0, members[$0]!) }, progress: progress)
        stories.sort {
            $0.articleIDs.count != $1.articleIDs.count ? $0.articleIDs.count > $1.articleIDs.count : $0.id < $1.id
        }
        return Digest(articles: analyzed.map(\.article), stories: stories)
    }

    // MARK: 1. Prepare

    /// Articles built from read documents (on all cores), in input order; two inputs with one
    /// id (the same file given twice) are one article.
    public static func articles(from documents: [RawDocument]) -> [Article] {
        let built = inParallel(
            documents, stage: "reading", progress: nil, makeWorker: { ArticleBuilder() },
            transform: { builder, document in builder.article(from: document) })
        var seen = Set<String>()
        var articles: [Article] = []
        for article in built {
            guard seen.insert(article.id).inserted else { continue }
            articles.append(article)
        }
        return articles
    }

    /// The articles with `duplicateOf` set on republished copies: of each other, and of the
    /// `earlier` articles (stored ones) that may be their originals.
    public func markingCopies(_ articles: [Article], earlier: [EarlierArticle] = []) -> [Article] {
        markingCopies(
            articles, signatures: articles.map { configuration.nearDuplicates.signature(of: $0.text) }, earlier: earlier
        )
    }

    /// As `markingCopies(_:earlier:)`, with the articles' MinHash signatures already made.
    public func markingCopies(_ articles: [Article], signatures: [[UInt64]?], earlier: [EarlierArticle]) -> [Article] {
        var marked = articles
        let originals = configuration.nearDuplicates.originals(of: articles, signatures: signatures, earlier: earlier)
        for (index, original) in originals.enumerated() { marked[index].duplicateOf = original }
        return marked
    }

    /// Indices of `articles` in publication order.
    public static func publicationOrder(of articles: [Article]) -> [Int] {
        articles.indices.sorted { Article.precedes(articles[$0], articles[$1]) }
    }

    // MARK: 2. Analyze

    /// Analyzes articles on all cores; the result keeps the input order.
    public func analyze(_ articles: [Article], progress: Progress? = nil) -> [AnalyzedArticle] {
        let analysis = configuration.analysis
        return Self.inParallel(
            articles, stage: "analysis", progress: progress,
            makeWorker: { ArticleAnalyzer(configuration: analysis) },
            transform: { analyzer, article in analyzer.analyze(article) })
    }

    // MARK: 3. Cluster

    /// Indices of `articles` grouped into stories by streaming them in publication order
    /// through a new clusterer; each group in publication order.
    public static func stories(of articles: [Article], configuration: ClusteringConfiguration) -> [[Int]] {
        let order = publicationOrder(of: articles)
        let featurizer = ClusterFeaturizer()
        var clusterer = StoryClusterer(configuration: configuration)
        return clusterer.cluster(order.map { featurizer.document(articles[$0]) }).map { $0.map { order[$0] } }
    }

    // MARK: 4. Brief

    /// The brief of one story from its analyzed articles (any order: they are put in
    /// publication order here), carrying the story's id.
    public static func brief(
        of storyID: String, members: [AnalyzedArticle], alignment: AlignmentConfiguration = .init()
    ) -> Brief {
        let ordered = members.sorted { Article.precedes($0.article, $1.article) }
        var brief = BriefSynthesizer(alignment: alignment).brief(of: ordered)
        brief.id = storyID
        return brief
    }

    /// The briefs of several stories, written on all cores (the largest stories first, so no
    /// core is left alone with one at the end), returned in the order given.
    public func briefs(of stories: [(id: String, members: [AnalyzedArticle])], progress: Progress? = nil) -> [Brief] {
        let largestFirst = stories.indices.sorted {
            stories[$0].members.count != stories[$1].members.count
                ? stories[$0].members.count > stories[$1].members.count : $0 < $1
        }
        return Self.inParallel(
            stories, stage: "synthesis", progress: progress, first: largestFirst, makeWorker: {},
            transform: { [alignment = configuration.alignment] _, story in
                Self.brief(of: story.id, members: story.members, alignment: alignment)
            })
    }

    /// Maps `inputs` on all cores, keeping their order; each worker has its own state
    /// (analyzers hold stemmers, which are not thread-safe). Workers take the next input as they
    /// finish one, so a long one (a story of hundreds of articles) does not leave the other cores
    /// idle with inputs dealt to its worker; `first` names inputs to start with (the longest).
    public static func inParallel<Input: Sendable, Worker, Output: Sendable>(
        _ inputs: [Input], stage: String, progress: Progress?, first: [Int] = [], makeWorker: @Sendable () -> Worker,
        transform: @Sendable (Worker, Input) -> Output
    ) -> [Output] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, inputs.count / 8))
        let results = ParallelResults<Output>(count: inputs.count, first: first)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let state = makeWorker()
            while let index = results.next() {
                results.store(transform(state, inputs[index]), at: index)
                if worker == 0 { progress?(stage, results.done, inputs.count) }
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
    /// The order inputs are handed out in.
    private let order: [Int]
    private var handedOut = 0

    init(count: Int, first: [Int]) {
        slots = Array(repeating: nil, count: count)
        var listed = [Bool](repeating: false, count: count)
        var order: [Int] = []
        for index in first where index >= 0 && index < count && !listed[index] {
            listed[index] = true
            order.append(index)
        }
        order += (0..<count).filter { !listed[$0] }
        self.order = order
    }

    /// The next input to work on, nil when every one is handed out.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard handedOut < order.count else { return nil }
        handedOut += 1
        return order[handedOut - 1]
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
