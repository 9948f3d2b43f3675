public import Foundation
public import Parallax

/// An article built and analyzed apart from its story assignment (by a worker of a queue),
/// kept as the store keeps it until the one assignment stream takes it.
public struct AnalyzedDocument: Sendable, Hashable {
    /// The article's row, as `ingest` would write it (`number` unset).
    public var record: ArticleRecord
    /// The analysis, as `StoredAnalysis.archive(of:)` encodes it.
    public var analysis: Data
    /// The MinHash signature's bytes (`ArticleRecord.minHash`); nil when the text is too short.
    public var signature: Data?

    public init(record: ArticleRecord, analysis: Data, signature: Data?) {
        self.record = record
        self.analysis = analysis
        self.signature = signature
    }
}

/// The ingest split in two for workers: stages 1 and 2 (`analyzedDocuments`, any number of
/// processes at once) and stage 3 (`assign`, the one ordered assignment stream), then briefs
/// (`refreshBriefs(of:)`). These are the stages `ingest(_:progress:)` runs, in the same code:
/// a document ingested through a queue is stored as `ingest` would store it.
extension Ingestor {
    /// Stages 1 and 2: the documents' articles built, those already stored left out, the rest
    /// analyzed once.
    public func analyzedDocuments(_ documents: [RawDocument]) throws(StoreError) -> [AnalyzedDocument] {
        let batch = try prepare(documents)
        return batch.records.indices.map { index in
            // The row carries what analysis found (the language), as `commit` writes it.
            var record = batch.records[index]
            record.language = batch.analyzed[index].article.language
            return AnalyzedDocument(
                record: record, analysis: StoredAnalysis.archive(of: batch.analyzed[index]),
                signature: batch.signatures[index].map(ArticleRecord.minHash))
        }
    }

    /// Stage 3 for articles analyzed apart: one batch transaction (`IngestStore.assigningStories`)
    /// that checks again what is stored, marks copies and assigns stories in publication order.
    /// Briefs are not written here: `refreshBriefs(of:)` brings them up to date.
    public func assign(_ documents: [AnalyzedDocument]) throws(StoreError) -> Summary {
        var batch = PreparedBatch(stamp: now())
        var seen = DuplicateKeys()
        var kept: [(record: ArticleRecord, analyzed: AnalyzedArticle, signature: [UInt64]?)] = []
        for document in documents {
            if let earlier = seen.match(document.record) {
                batch.repeatIDs.append(earlier)
                continue
            }
            seen.insert(document.record)
            do {
                let analyzed = try StoredAnalysis.decode(document.analysis, of: document.record)
                kept.append((document.record, analyzed, document.signature.map(ArticleRecord.signature(from:))))
            } catch {
                throw StoreError(
                    .corruptState, "the analysis of article \(document.record.id) cannot be read", cause: error)
            }
        }
        let order = StoryPipeline.publicationOrder(of: kept.map(\.analyzed.article))
        let stems = SearchStems()
        for index in order {
            batch.fresh.append(kept[index].analyzed.article)
            batch.records.append(kept[index].record)
            batch.signatures.append(kept[index].signature)
            batch.analyzed.append(kept[index].analyzed)
            batch.stored.append(StoredAnalysis(kept[index].analyzed, stems: stems))
        }
        var summary = Summary()
        var changed = Set<String>()
        try commit(batch, summary: &summary, changed: &changed)
        summary.storiesChanged = changed.count
        return summary
    }
}
