/// Claims of free text and of stored articles, aligned by the one `ClaimAligner`:
/// what `parallax align` and `parallax check` run.
public struct ClaimChecker: Sendable {
    public var aligner: ClaimAligner

    public init(configuration: AlignmentConfiguration = .init()) {
        aligner = ClaimAligner(configuration: configuration)
    }

    /// A sentence of an article that supports (`same`) or contradicts (`conflict`) a claim.
    public struct Finding: Sendable {
        public var article: String
        public var text: String
        public var alignment: Alignment
    }

    /// The claim a short text makes (its sentences' slots together).
    public func claim(of text: String, published: PublicationDate? = nil, analyzer: ArticleAnalyzer) -> Claim {
        let analyzed = analyzer.analyze(
            Article(id: "claim", input: "claim", published: published, language: "en", text: text))
        return Self.merged(ClaimReader().claims(of: analyzed), text: text)
    }

    /// How the claims of two texts relate; with `context` (a story's articles), words are
    /// weighted by how rare they are among its sentences, as in a brief.
    public func align(
        _ a: String, _ b: String, publishedA: PublicationDate? = nil, publishedB: PublicationDate? = nil,
        context: [AnalyzedArticle] = [], analyzer: ArticleAnalyzer
    ) -> Alignment {
        let left = claim(of: a, published: publishedA, analyzer: analyzer)
        let right = claim(of: b, published: publishedB, analyzer: analyzer)
        guard !context.isEmpty else { return aligner.align(left, right) }
        let weights = Self.frequencies(of: context)
        return aligner.align(
            left, right, similarity: Self.vector(left.words, weights).cosine(Self.vector(right.words, weights)))
    }

    /// Sentence frequencies of words, smoothed as a story's are.
    static func frequencies(of articles: [AnalyzedArticle]) -> DocumentFrequencies {
        var frequencies = DocumentFrequencies()
        frequencies.pseudoDocuments = 5
        for article in articles { for sentence in article.sentences { frequencies.add(sentence.contentStems) } }
        return frequencies
    }

    static func vector(_ words: [String], _ frequencies: DocumentFrequencies) -> TermVector {
        frequencies.vector(Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +), limit: 200)
    }

    /// The sentences of `articles` that say the same as `text` or contradict it, best first;
    /// page furniture (headlines, datelines, captions) is never evidence.
    public func check(_ text: String, against articles: [AnalyzedArticle], analyzer: ArticleAnalyzer) -> [Finding] {
        let claim = claim(of: text, analyzer: analyzer)
        let frequencies = Self.frequencies(of: articles)
        func vector(_ words: [String]) -> TermVector { Self.vector(words, frequencies) }
        let wanted = vector(claim.words)
        let reader = ClaimReader()
        let hygiene = SentenceHygiene()
        var findings: [Finding] = []
        for article in articles {
            let parts = ClaimReader.ArticleParts(article)
            for sentence in article.sentences where hygiene.role(of: sentence, in: article) == .prose {
                var other = reader.claim(of: sentence, in: article, parts: parts)
                other.text = String(hygiene.body(of: sentence.text))
                let alignment = aligner.align(claim, other, similarity: wanted.cosine(vector(other.words)))
                guard alignment.relation == .same || alignment.relation == .conflict else { continue }
                findings.append(Finding(article: article.id, text: other.text, alignment: alignment))
            }
        }
        return findings.sorted { $0.alignment.score > $1.alignment.score }
    }

    static func merged(_ claims: [Claim], text: String) -> Claim {
        var merged = Claim(text: text, published: claims.first?.published)
        for claim in claims {
            merged.who.formUnion(claim.who)
            merged.people.formUnion(claim.people)
            merged.doers.formUnion(claim.doers)
            merged.nameStems.formUnion(claim.nameStems)
            merged.titleStems.formUnion(claim.titleStems)
            merged.epochs.formUnion(claim.epochs)
            merged.statedYears.formUnion(claim.statedYears)
            merged.epochDates.formUnion(claim.epochDates)
            merged.years.formUnion(claim.years)
            merged.happeningDates.merge(claim.happeningDates) { $0.union($1) }
            // A head told in two of the sentences is told twice in the statement.
            merged.repeatedHappenings.formUnion(
                claim.repeatedHappenings.union(claim.happening.intersection(merged.happening)))
            merged.happeningPlaces.merge(claim.happeningPlaces) { $0.union($1) }
            merged.happeningNames.merge(claim.happeningNames) { $0.union($1) }
            merged.yearInferred.formUnion(claim.yearInferred)
            merged.articlePlaces.formUnion(claim.articlePlaces)
            merged.negated.formUnion(claim.negated)
            merged.arguments.merge(claim.arguments) { $0.union($1) }
            merged.isFuture = merged.isFuture || claim.isFuture
            merged.happening.formUnion(claim.happening)
            merged.words += claim.words
            merged.quantities += claim.quantities
            merged.when.formUnion(claim.when)
            merged.places.formUnion(claim.places)
            merged.isNegated = merged.isNegated || claim.isNegated
            merged.modality = merged.modality ?? claim.modality
            merged.source = merged.source ?? claim.source
        }
        return merged
    }
}
