import Foundation
import Testing

@testable import Parallax
@testable import ParallaxEvaluation

@Suite("Featurizing articles for clustering")
struct ClusterFeaturizerTests {
    /// The tokenizer written plainly over Unicode scalars and `String`s: what the byte-level
    /// featurizer must agree with.
    static func reference(_ article: Article) -> (terms: [String: Int], names: [String: Int]) {
        let stemmer = SnowballStemmer(languageCode: article.language ?? "en")
        var terms: [String: Int] = [:]
        var names: [String: Int] = [:]
        func count(_ text: String, weight: Int, countsNames: Bool) {
            var word = String.UnicodeScalarView()
            var startsSentence = true
            var wordStartsSentence = true
            var isCapitalised = false
            func flush() {
                guard !word.isEmpty else { return }
                let lowered = String(word).lowercased()
                word.removeAll()
                guard lowered.unicodeScalars.count > 1, !StopWords.contains(lowered, language: "en") else { return }
                if lowered.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
                    if countsNames { names[lowered, default: 0] += 1 }
                    return
                }
                terms[stemmer.map { $0.stem(lowered) } ?? lowered, default: 0] += weight
                if countsNames, isCapitalised, !wordStartsSentence { names[lowered, default: 0] += 1 }
            }
            for scalar in text.unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if word.isEmpty {
                        isCapitalised = scalar.properties.isUppercase
                        wordStartsSentence = startsSentence
                        startsSentence = false
                    }
                    word.append(scalar)
                } else if scalar == "'" || scalar == "\u{2019}", !word.isEmpty {
                    flush()
                } else {
                    flush()
                    if ".!?\n\"\u{201C}:".unicodeScalars.contains(scalar) { startsSentence = true }
                }
            }
            flush()
        }
        if let title = article.title { count(title, weight: 2, countsNames: false) }
        count(article.text, weight: 1, countsNames: true)
        return (terms, names)
    }

    static let articles = [
        Article(
            id: "a", input: "a", title: "Strike at Port Veyla: Dockworkers Walk Out",
            text: """
                Dockworkers at Port Veyla walked out on Tuesday. "We will stay out," said Ana Ruiz. \
                The strike began in 2026; the last one was in 1998 and cost 1,200 jobs. Reid's union \
                and O’Brien’s firm met at Café Zürich in Ålesund. ÉCOLE Ñandú İstanbul 2026x A380 \
                ٣٤٥٦ 2031 2099 12 ß straße Übermut. Mid-word:Colon Another sentence! Question? Yes.
                """),
        Article(
            id: "b", input: "b", text: "unicode—dashes…and “quoted Names” in Zürich’s 北京 news, ǅungla Ǆ ǈ 20 1999."),
        Article(
            id: "c", input: "c", title: nil,
            text: String(repeating: "Antidisestablishmentarianismantidisestablishmentarianismlongword ", count: 3)
                + "Supercalifragilisticexpialidocious! Pneumonoultramicroscopicsilicovolcanoconiosis Words"),
    ]

    @Test func theByteLevelTokenizerCountsAsThePlainOneDoes() {
        let featurizer = ClusterFeaturizer()
        for article in Self.articles + Self.articles {
            let document = featurizer.document(article)
            let expected = Self.reference(article)
            #expect(Dictionary(uniqueKeysWithValues: document.terms.map { ($0.word, $0.count) }) == expected.terms)
            #expect(Dictionary(uniqueKeysWithValues: document.names.map { ($0.word, $0.count) }) == expected.names)
        }
    }

    @Test func wordsComeInOrderOfFirstAppearance() {
        let document = ClusterFeaturizer().document(
            Article(id: "x", input: "x", title: "Floods in Meirnpim", text: "Rescuers reached Meirnpim. Floods rose."))
        #expect(document.terms.map(\.word) == ["flood", "meirnpim", "rescuer", "reach", "rose"])
        #expect(document.terms.map(\.count) == [3, 3, 1, 1, 1])
        #expect(document.names.map(\.word) == ["meirnpim"])
    }

    /// An undated report's "on Tuesday" tells its event apart; a dated one's day says it, so
    /// weekdays, months and time zones count as names only where the article has no day.
    @Test func timeWordsAreNamesOnlyWhereTheArticleHasNoDay() throws {
        let text = "Rescuers reached Meirnpim on Tuesday at 10:00 GMT, and Prime Minister Ruiz came in March."
        let undated = ClusterFeaturizer().document(Article(id: "u", input: "u", text: text))
        let published = try #require(PublicationDate(iso8601: "2026-03-10T08:00:00Z"))
        let dated = ClusterFeaturizer().document(Article(id: "d", input: "d", published: published, text: text))
        let undatedNames = Set(undated.names.map(\.word))
        let datedNames = Set(dated.names.map(\.word))
        #expect(undatedNames.isSuperset(of: ["meirnpim", "tuesday", "gmt", "march", "ruiz"]))
        #expect(datedNames.isDisjoint(with: ["tuesday", "gmt", "march"]))
        #expect(datedNames.isSuperset(of: ["meirnpim", "ruiz", "prime", "minister"]))
        #expect(dated.terms.map(\.word) == undated.terms.map(\.word))
    }
}

@Suite("Clustering internals and the scale benchmark")
struct ClusteringInternalsTests {
    @Test func quickSortAndTopWeightsAgreeWithTheStandardSort() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 15, 16, 17, 60, 121, 500] {
            // Few distinct weights, so that ties fall to the term order.
            let entries: [(term: Int32, weight: Double)] = (0..<size).map { index in
                (Int32(index * 7 % 1009), Double(Int.random(in: 0..<8, using: &generator)))
            }
            let expected = entries.sorted(by: TopWeights.isHeavier)
            var sorted = entries
            sorted.withUnsafeMutableBufferPointer { $0.quickSort(by: TopWeights.isHeavier) }
            #expect(sorted.map(\.term) == expected.map(\.term))
            for limit in [0, 1, 10, 30, 60] {
                #expect(TopWeights.heaviest(entries, limit).map(\.term) == expected.prefix(limit).map(\.term))
            }
        }
    }

    @Test func centroidsAddTermByTermAndScoreThroughTheProbe() {
        var centroid = WeightTable()
        centroid.add(sorted: [(2, 1.0), (5, 2.0)])
        centroid.add(sorted: [(1, 0.5), (5, 1.0), (9, 4.0)])
        #expect(centroid.entries.map(\.term) == [1, 2, 5, 9])
        #expect(centroid.entries.map(\.weight) == [0.5, 1.0, 3.0, 4.0])
        centroid.updateNorm()
        #expect(abs(centroid.norm - (0.25 + 1 + 9 + 16).squareRoot()) < 1e-12)
        var probe = TermProbe()
        probe.reserve(16)
        let article: [(term: Int32, weight: Double)] = [(5, 0.6), (7, 0.8)]
        probe.set(article)
        #expect(centroid.dot(probe) == 0.6 * 3.0)
        probe.clear(article)
        #expect(centroid.dot(probe) == 0)
        centroid.trim(to: 1)
        #expect(centroid.entries.map(\.term) == [9])
    }

    @Test func theBenchmarkStreamsAFileAndScoresItAgainstGoldLabels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cluster-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = ClusteringTests.articles.sorted(by: Article.precedes)
        var lines: [String] = []
        var gold: [String] = []
        for article in articles {
            let record: [String: String] = [
                "id": article.id, "text": article.text, "published": article.published!.iso8601,
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
            gold.append("{\"id\": \"\(article.id)\", \"event\": \"\(article.id.split(separator: "-")[0])\"}")
        }
        let articlesFile = folder.appendingPathComponent("articles.jsonl")
        let goldFile = folder.appendingPathComponent("gold.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: articlesFile, atomically: true, encoding: .utf8)
        try gold.joined(separator: "\n").write(to: goldFile, atomically: true, encoding: .utf8)

        let report = try ClusteringBenchmark().run(path: articlesFile.path, goldPath: goldFile.path)
        #expect(report.articles == 4)
        #expect(report.stories == 2)
        #expect(report.score?.bcubedF1 == 1)
        let limited = try ClusteringBenchmark(limit: 3).run(path: articlesFile.path)
        #expect(limited.articles == 3)
        #expect(limited.score == nil)

        try "{\"id\": \"other\", \"event\": \"x\"}\n".write(to: goldFile, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) {
            try ClusteringBenchmark().run(path: articlesFile.path, goldPath: goldFile.path)
        }
    }
}
