internal import Foundation

/// The whole `digest` job over read documents: build articles, analyse, cluster,
/// synthesise. Deterministic: the same documents give the same digest.
public struct DigestPipeline: Sendable {
    public var analysis = AnalysisConfiguration()
    public var clustering = ClusteringConfiguration()

    public init() {}

    /// Reports progress as (stage, done, total).
    public typealias Progress = @Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void

    public func run(_ documents: [RawDocument], progress: Progress? = nil) -> Digest {
        let builder = ArticleBuilder()
        var seen = Set<String>()
        var articles: [Article] = []
        for document in documents {
            var article = builder.article(from: document)
            // Two inputs with one id (the same file given twice) are one article.
            guard seen.insert(article.id).inserted else { continue }
            articles.append(article)
        }
        let analysed = analyse(articles, progress: progress)
        progress?("clustering", 0, 1)
        let groups = StoryClusterer(configuration: clustering).cluster(analysed)
        let synthesizer = StorySynthesizer()
        var stories: [Story] = []
        for (done, group) in groups.enumerated() {
            stories.append(synthesizer.story(of: group.map { analysed[$0] }))
            progress?("synthesis", done + 1, groups.count)
        }
        stories.sort {
            $0.articleIDs.count != $1.articleIDs.count ? $0.articleIDs.count > $1.articleIDs.count : $0.id < $1.id
        }
        return Digest(articles: analysed.map(\.article), stories: stories)
    }

    /// Analyses articles on all cores; the result keeps the input order.
    public func analyse(_ articles: [Article], progress: Progress? = nil) -> [AnalysedArticle] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count / 16))
        let results = AnalysisResults(count: articles.count)
        let configuration = analysis
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let analyzer = ArticleAnalyzer(configuration: configuration)
            var index = worker
            while index < articles.count {
                results.store(analyzer.analyse(articles[index]), at: index)
                if worker == 0 { progress?("analysis", results.done, articles.count) }
                index += workers
            }
        }
        return results.values
    }
}

/// Slots filled by the analysis workers, each slot by one worker.
private final class AnalysisResults: @unchecked Sendable {
    private var slots: [AnalysedArticle?]
    private let lock = NSLock()
    private var finished = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: AnalysedArticle, at index: Int) {
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

    var values: [AnalysedArticle] { slots.map { $0! } }
}
