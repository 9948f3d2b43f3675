/// Writes the brief of one story from its analysed articles.
public struct StorySynthesizer: Sendable {
    public init() {}

    public func story(of articles: [AnalysedArticle]) -> Story {
        // A republished copy whose original is in the story is listed but adds nothing: the
        // brief is written from the independent articles, so corroboration counts each once.
        let ids = Set(articles.map(\.id))
        let independent = articles.filter { !($0.article.duplicateOf.map(ids.contains) ?? false) }
        let sentences = StorySentences(articles: independent)
        // One matching pass at the looser threshold serves both: statements that disagree on a
        // value match less closely than ones that agree.
        let looseMatches = FactFinder(similarityThreshold: 0.15).matches(in: sentences)
        let finder = FactFinder()
        let matches = looseMatches.filter { $0.similarity >= finder.similarityThreshold }
        let writer = SummaryWriter()
        let summary = writer.summary(of: sentences, matches: matches)
        let founder = articles.first?.id ?? ""
        return Story(
            id: StableID.make(prefix: "s-", from: [founder]),
            headline: writer.headline(of: sentences, summary: summary),
            articleIDs: articles.map(\.id),
            summary: summary,
            facts: finder.facts(in: sentences, matches: matches),
            quotes: quotes(of: independent),
            timeline: TimelineBuilder().timeline(of: independent),
            entities: EntityMerger().entities(of: independent),
            discrepancies: DiscrepancyFinder().discrepancies(
                in: sentences, matches: looseMatches,
                strongMatches: matches),
            perspectives: PerspectiveFinder().perspectives(of: sentences))
    }

    private func quotes(of articles: [AnalysedArticle]) -> [Quote] {
        articles.flatMap { article in
            article.quotes.map {
                Quote(
                    text: $0.text, speaker: $0.speaker, speakerDescription: $0.speakerDescription, kind: $0.kind,
                    article: article.id)
            }
        }
    }
}
