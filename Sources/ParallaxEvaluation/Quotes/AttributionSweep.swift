internal import Foundation
package import Parallax

/// Measures quote settings one at a time: each document is analyzed once, then its quotes are
/// found again under every configuration and scored, overall and per group of documents (the
/// publisher, the part of an id before its first underscore), so a setting's choice can be read
/// with its spread over publishers.
package struct AttributionSweep: Sendable {
    package struct Row: Sendable {
        package var label: String
        package var all: AttributionEvaluation.Score
        /// Per group, in name order.
        package var groups: [(name: String, score: AttributionEvaluation.Score)]
    }

    package init() {}

    package func run(
        _ corpus: AttributionCorpus, splits: Set<String>?,
        configurations: [(label: String, configuration: QuoteConfiguration)]
    ) -> [Row] {
        let analyzer = ArticleAnalyzer()
        let evaluation = AttributionEvaluation()
        var totals = Array(repeating: [String: AttributionEvaluation.Score](), count: configurations.count)
        for document in corpus.documents where splits?.contains(document.split) ?? true {
            let article = Article(
                id: document.id, input: document.id, title: nil, published: nil, language: "en", text: document.text)
            let analyzed = analyzer.analyze(article)
            let group = String(document.id.prefix { $0 != "_" })
            for (index, entry) in configurations.enumerated() {
                let result = evaluation.score(
                    document, quotes: analyzed.extractQuotes(configuration: entry.configuration))
                totals[index][group, default: .init()] = totals[index][group, default: .init()] + result.score
            }
        }
        return zip(configurations, totals).map { entry, groups in
            Row(
                label: entry.label, all: groups.values.reduce(.init(), +),
                groups: groups.sorted { $0.key < $1.key }.map { (name: $0.key, score: $0.value) })
        }
    }
}
