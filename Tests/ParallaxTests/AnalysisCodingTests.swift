import Foundation
import Testing

@testable import Parallax

/// Analyses are Codable (the `analyze` command prints them as JSON): what is read back must be
/// exactly what was made.
@Suite("An analysis survives being stored")
struct AnalysisCodingTests {
    @Test func encodingAndDecodingGiveTheSameAnalysis() throws {
        let article = Article(
            id: "a1", input: "a1.txt", outlet: "The Ledger", title: "Ferry sinks off Korvin Island",
            published: PublicationDate(iso8601: "2026-01-07T10:30:00"), authors: ["Ana Vell"],
            text: """
                A ferry carrying 240 passengers sank off Korvin Island on Sunday. “We saw the water rise,” \
                said Mira Tallo, a passenger from Quarn.

                Officials said 212 people were rescued; the coast guard’s search goes on — ça continue.
                """)
        let analyzed = ArticleAnalyzer().analyze(article)
        #expect(analyzed.sentences.flatMap(\.tokens).count > 20)
        let data = try JSONEncoder().encode(analyzed)
        let decoded = try JSONDecoder().decode(AnalyzedArticle.self, from: data)
        #expect(decoded == analyzed)
    }
}

/// The store keeps analyses as `AnalysisArchive` bytes.
@Suite("An analysis survives its archive")
struct AnalysisArchiveTests {
    static let article = Article(
        id: "a2", input: "a2.txt", outlet: "The Ledger", title: "Ferry sinks off Korvin Island",
        published: PublicationDate(iso8601: "2026-01-07T10:30:00"), authors: ["Ana Vell"],
        text: """
            A ferry carrying 240 passengers sank off Korvin Island on Sunday, May 3 2026. “We saw the water \
            rise,” said Mira Tallo, a passenger from Quarn. “It was fast,” she said.

            Officials said 212 people were rescued; the coast guard’s search goes on — ça continue, \
            according to Captain Ivo Brask. Last year 3 ferries sank.
            """)

    @Test func archivingGivesTheSameAnalysisBack() throws {
        let analyzed = ArticleAnalyzer().analyze(Self.article)
        #expect(!analyzed.entities.isEmpty && !analyzed.quotes.isEmpty && !analyzed.times.isEmpty)
        let bytes = AnalysisArchive.encode(analyzed)
        // The article itself is not archived: the store has it as a row.
        let decoded = try AnalysisArchive.decode(bytes, article: analyzed.article)
        #expect(decoded == analyzed)
        #expect(AnalysisArchive.encode(decoded) == bytes)
        // Byte for byte, not only equal as Swift compares strings (canonical equivalence).
        let texts = { (analysis: AnalyzedArticle) in analysis.sentences.flatMap(\.tokens).map { Array($0.text.utf8) } }
        #expect(texts(decoded) == texts(analyzed))
    }

    @Test func aTokenWhoseTextIsNotItsSentencesIsKept() throws {
        var analyzed = ArticleAnalyzer().analyze(Self.article)
        analyzed.sentences[0].tokens[1].text = "boat"
        analyzed.sentences[2].text = "Officials said many were rescued."
        analyzed.sentences[1].tokens[0].stem = "zz"
        analyzed.quotes[0].speakerStart = nil
        analyzed.quotes[0].isContinuation = true
        let decoded = try AnalysisArchive.decode(AnalysisArchive.encode(analyzed), article: analyzed.article)
        #expect(decoded == analyzed)
    }

    @Test func damagedBytesAreRefused() {
        let bytes = AnalysisArchive.encode(ArticleAnalyzer().analyze(Self.article))
        #expect(throws: AnalysisArchive.DecodingError.self) {
            try AnalysisArchive.decode(Array(bytes.dropLast(7)), article: Self.article)
        }
        var otherVersion = bytes
        otherVersion[3] &+= 1
        #expect(throws: AnalysisArchive.DecodingError.self) {
            try AnalysisArchive.decode(otherVersion, article: Self.article)
        }
    }

    /// A field added to the analysis must be archived too (and `AnalysisArchive.version` raised):
    /// this list is what `AnalysisArchive` writes.
    @Test func everyFieldOfTheAnalysisIsArchived() {
        let analyzed = ArticleAnalyzer().analyze(Self.article)
        let fields = { (value: Any) in Mirror(reflecting: value).children.compactMap(\.label) }
        #expect(fields(analyzed) == ["article", "sentences", "entities", "quotes", "times", "termCounts"])
        #expect(fields(analyzed.sentences[0]) == ["text", "start", "end", "paragraph", "index", "tokens"])
        #expect(
            fields(analyzed.sentences[0].tokens[0]) == [
                "start", "end", "text", "stem", "isStopWord", "isCapitalized", "isNumber",
            ])
        #expect(fields(analyzed.entities[0]) == ["text", "start", "end", "type", "name", "sentence"])
        #expect(
            fields(analyzed.quotes[0]) == [
                "text", "start", "end", "kind", "speaker", "speakerDescription", "cue", "sentence", "speakerStart",
                "speakerEnd", "cueStart", "cueEnd", "isContinuation",
            ])
        #expect(fields(analyzed.times[0]) == ["text", "start", "end", "value", "precision"])
    }
}
