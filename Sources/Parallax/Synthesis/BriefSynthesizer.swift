/// Writes the brief of one story from its analyzed articles.
public struct BriefSynthesizer: Sendable {
    public var alignment: AlignmentConfiguration

    public init(alignment: AlignmentConfiguration = .init()) {
        self.alignment = alignment
    }

    public func brief(of articles: [AnalyzedArticle]) -> Brief {
        // A republished copy whose original is in the story is listed but adds nothing: the
        // brief is written from the independent articles, so corroboration counts each once.
        let ids = Set(articles.map(\.id))
        let independent = Self.anchored(articles.filter { !($0.article.duplicateOf.map(ids.contains) ?? false) })
        let sentences = StorySentences(articles: independent)
        let dated = DatedSentence.all(in: independent, roles: sentences.roles)
        // One matching pass proposes candidates; the aligner decides what each pair is.
        let candidates = FactFinder(similarityThreshold: alignment.candidateThreshold).matches(in: sentences)
        let alignments = StoryAlignments(
            sentences: sentences, candidates: candidates, aligner: ClaimAligner(configuration: alignment))
        let same = alignments.same
        let writer = SummaryWriter(configuration: alignment.summary, aligner: ClaimAligner(configuration: alignment))
        let summary = writer.summary(of: sentences, matches: same)
        let founder = articles.first?.id ?? ""
        let finder = DiscrepancyFinder()
        let updates = finder.updates(in: sentences, alignments: alignments)
        let discrepancies = finder.discrepancies(in: sentences, alignments: alignments)
        var story = Brief(
            id: StableID.make(prefix: "s-", from: [founder]),
            headline: writer.headline(of: sentences, summary: summary),
            articleIDs: articles.map(\.id),
            summary: finder.noted(summary, discrepancies: discrepancies, sentences: sentences),
            facts: FactFinder(
                supportCoverage: alignment.supportCoverage, supportRivalMargin: alignment.supportRivalMargin,
                supportsTellTheMainHappening: alignment.supportsTellTheMainHappening,
                supportsSayMoreThanNames: alignment.supportsSayMoreThanNames,
                supportsTellAsManyAsTheClaim: alignment.supportsTellAsManyAsTheClaim,
                fullSupportCoverage: alignment.fullSupportCoverage,
                fullSupportCoverageWithoutHappening: alignment.fullSupportCoverageWithoutHappening,
                unvoicedGroupsLeaveTheirSentences: alignment.unvoicedGroupsLeaveTheirSentences,
                backgroundSupportCoverage: alignment.backgroundSupportCoverage,
                clauseUntoldCoverage: alignment.clauseUntoldCoverage, clauseToldCoverage: alignment.clauseToldCoverage,
                otherThingReach: alignment.otherThingReach, otherThingReachBefore: alignment.otherThingReachBefore,
                slotAligner: alignment.supportsAgreeInTheMainHappening ? ClaimAligner(configuration: alignment) : nil,
                numberAligner: alignment.supportsRepeatTheNumbers ? ClaimAligner(configuration: alignment) : nil
            ).facts(in: sentences, matches: same),
            quotes: quotes(of: independent),
            timeline: TimelineBuilder().timeline(of: independent, dated: dated),
            entities: EntityMerger().entities(of: independent),
            discrepancies: discrepancies,
            perspectives: PerspectiveFinder().perspectives(of: sentences))
        story.updates = updates.isEmpty ? nil : updates
        return story
    }

    /// Articles with no publication date have their dates worked out again against the story's
    /// earliest dated article: a transcript's "over the summer" means the summer before the
    /// coverage, not before some year it mentions. An article that states a full date of its own
    /// within the coverage ("Broadcast on Thursday, March 5, 2026") keeps that date instead.
    static func anchored(_ articles: [AnalyzedArticle]) -> [AnalyzedArticle] {
        func key(_ date: TemporalAnchor) -> [Int] { [date.year, date.month ?? 0, date.day ?? 0] }
        let dates = articles.compactMap(\.article.published).map(TemporalAnchor.init)
        guard let earliest = dates.min(by: { key($0).lexicographicallyPrecedes(key($1)) }) else { return articles }
        let tagger = TemporalTagger()
        return articles.map { article in
            guard article.article.published == nil else { return article }
            if let own = tagger.inferredAnchor(of: article.article.text), own.day != nil,
                !key(own).lexicographicallyPrecedes(key(earliest))
            {
                return article
            }
            var anchored = article
            anchored.times = tagger.tag(article.article.text, anchor: earliest)
            return anchored
        }
    }

    private func quotes(of articles: [AnalyzedArticle]) -> [Quote] {
        articles.flatMap { article in
            article.quotes.filter { Self.saysSomething($0, in: article) }.map {
                Quote(
                    text: $0.text, speaker: $0.speaker,
                    speakerDescription: $0.speakerDescription.flatMap { $0.hasSuffix("-") ? nil : $0 }, kind: $0.kind,
                    article: article.id)
            }
        }
    }

    /// Words after "charged" within which "with" makes it a legal charge ("charged Sharron Diane
    /// Crawford Smith, age 61, with two counts …": seven words in the ECB+ open briefs).
    static let chargeReach = 8

    /// Prepositions that open a topic rather than a statement: "commented on the arrest".
    /// Holders that are nobody in particular ("people thought", "none of them believed").
    private static let crowds: Set<String> = [
        "people", "many", "some", "most", "few", "everyone", "everybody", "nobody", "none", "anyone", "them", "others",
        "all",
    ]
    /// Lower-case words inside a name ("Chief of Detectives", "Port of Tessel and Harnow").
    private static let nameJoiners: Set<String> = ["of", "the", "and", "for", "de", "del", "van", "von"]

    /// Words that make a plural noun a crowd ("some fans", "many voters").
    private static let quantifiers: Set<String> = ["some", "many", "most", "few"]

    /// The word right before scalar `offset` of `text`, lowercased ("" at the start).
    static func word(before offset: Int, in text: String) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex) else {
            return ""
        }
        let from = scalars.index(end, offsetBy: -24, limitedBy: scalars.startIndex) ?? scalars.startIndex
        return String(scalars[from..<end]).split(whereSeparator: { !$0.isLetter }).last.map { $0.lowercased() } ?? ""
    }

    static let topicOpeners: Set<String> = ["on", "about", "at", "in", "to", "for", "with", "of"]

    /// Whether a quotation says enough to stand in a brief: a quoted phrase of a word or two
    /// ("multipolar order") is a label, and reported speech that is a topic ("has not commented on
    /// the arrest") or denied ("declined to comment") reports no statement. The analysis keeps them all.
    static func saysSomething(_ quote: QuoteMention, in article: AnalyzedArticle) -> Bool {
        let words = quote.text.whitespaceSeparatedWords()
        // "As I said in my review, …": the writer's own words are no source's statement.
        if quote.speaker == nil, let start = quote.speakerStart, let end = quote.speakerEnd, end - start <= 2,
            let from = article.article.text.unicodeScalars.index(
                article.article.text.unicodeScalars.startIndex, offsetBy: start,
                limitedBy: article.article.text.endIndex),
            let to = article.article.text.unicodeScalars.index(
                from, offsetBy: end - start, limitedBy: article.article.text.endIndex),
            QuoteExtractor.firstPerson.contains(String(article.article.text.unicodeScalars[from..<to]).lowercased())
        {
            return false
        }
        if Self.reportsNoStatement(quote, words: words, in: article) { return false }
        switch quote.kind {
        case .direct:
            // `…confiscated, "the officer said.`: a stray mark around the attribution tag itself.
            let tail = words.suffix(2).map { $0.lowercased().filter(\.isLetter) }
            let tagOnly = words.count <= 5 && tail.contains(where: QuoteExtractor.cueVerbs.contains)
            // `A movie called "The Notorious Harbor Queen"`: a title after a naming verb is a name.
            let title =
                quote.cue.map { ["called", "named", "titled", "entitled", "dubbed"].contains($0.lowercased()) } == true
                && words.allSatisfy { word in
                    word.first?.isUppercase == true || StopWords.contains(word.lowercased(), language: "en")
                }
            // `said. "(Fox News article)`: a bracketed note after a stray mark is the writer's.
            let trimmed = quote.text.trimmingASCIIWhitespace()
            let note = trimmed.hasPrefix("(") && trimmed.hasSuffix(")")
            return words.count >= 3 && !tagOnly && !title && !note
        case .indirect:
            guard words.count >= 4, let first = words.first, !topicOpeners.contains(first.lowercased()) else {
                return false
            }
            // "denounced the photos as perversion", "confirmed her death to the AP": the object of
            // a verb of stance or finding is not something said.
            // A demand keeps its clause ("called on the minister to publish …", "demanded that …",
            // "recommended strengthening the wall");
            // "called it its key ally" and "accused X of Y" name no statement.
            if let verb = quote.cue?.lowercased(), QuoteExtractor.objectCues.contains(verb),
                !QuoteExtractor.cueVerbs.contains(verb),
                !QuoteExtractor.claimCues.contains(verb)
                    || !words.prefix(4).contains(where: { ["that", "to"].contains($0.lowercased()) })
                        && words.first?.hasSuffix("ing") != true
            {
                return false
            }
            if let verb = quote.cue?.lowercased(), ["declined", "declines", "refused", "refuses"].contains(verb) {
                return false
            }
            // "maybe that's why people thought they were the leaders": what a crowd holds is not a
            // statement; a teller's view ("Melvin believes that …", "a source close to X believes
            // …") is what that teller told.
            // "has some fans worried that …" is a crowd too; "especially if he thinks …" is nobody's
            // view yet, only the writer's supposition.
            if let verb = quote.cue?.lowercased(), QuoteExtractor.thoughtVerbs.contains(verb) {
                let crowd =
                    quote.speakerDescription.map { description in
                        let words = description.lowercased().split(separator: " ").map(String.init)
                        return words.last.map(Self.crowds.contains) ?? true
                            || words.first.map(Self.quantifiers.contains) ?? false
                    } ?? true
                if quote.speaker == nil && crowd { return false }
                if let start = quote.speakerStart,
                    ["if", "unless"].contains(Self.word(before: start, in: article.article.text))
                {
                    return false
                }
            }
            // "the county added another $20,000 to that pot": a sum added, not words.
            if let verb = quote.cue?.lowercased(), ["added", "adds"].contains(verb), let first = words.first,
                ["another", "more", "an", "a"].contains(first.lowercased()) || first.first == "$"
                    || first.first?.isNumber == true
            {
                return false
            }
            // "told 1010 WINS' Glenn Schuck": a listener's name, no word of a statement; nor "said
            // Chief of Detectives Charlie Beck" (the teller after the cue, taken for its content).
            if !words.contains(where: { $0.first?.isLowercase == true && !Self.nameJoiners.contains(String($0)) }) {
                return false
            }
            // "charged Sharron Smith with two counts of murder": a legal charge, not a statement;
            // "tells the story of …": a work's plot.
            let lower = words.prefix(Self.chargeReach).map { $0.lowercased() }
            if let verb = quote.cue?.lowercased(), verb.hasPrefix("charg"), lower.first != "that",
                lower.contains("with")
            {
                return false
            }
            if let verb = quote.cue?.lowercased(), ["tell", "tells", "told", "telling"].contains(verb),
                ["story", "tale"].contains(
                    lower.first == "the" || lower.first == "a" ? lower.dropFirst().first : lower.first)
            {
                return false
            }
            guard let cue = quote.cueStart else { return true }
            // The 24 scalars before the cue (fewer at the text's start), walked from the start to
            // the cue only: counting all the text's scalars first read every article to its end.
            let scalars = article.article.text.unicodeScalars
            let to =
                scalars.index(scalars.startIndex, offsetBy: max(0, cue), limitedBy: scalars.endIndex)
                ?? scalars.endIndex
            let from = scalars.index(to, offsetBy: -24, limitedBy: scalars.startIndex) ?? scalars.startIndex
            let before = String(scalars[from..<to]).lowercased()
            let lastWords = before.split(separator: " ").suffix(3)
            let negated =
                lastWords.contains { $0 == "not" || $0 == "never" || $0.hasSuffix("n't") || $0.hasSuffix("n’t") }
                || before.hasSuffix("declined to ") || before.hasSuffix("refused to ")
            return !negated
        }
    }
}
