public import Parallax

/// Scores the facts of digests against ECB+ cross-document event coreference: a fact's
/// (claim, support) pair is right when the two sentences mention one action instance.
/// The rule is the one `../shared/eval/corroboration/README.md` states.
public struct CorroborationEvaluation: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        /// Every document digested at once.
        case whole
        /// Each gold event's documents digested alone.
        case event
    }

    public enum Judgement: String, Sendable {
        case corroborate, related, unrelated, unjudgeable
    }

    /// One asserted (claim, support) pair, judged.
    public struct Pair: Sendable {
        public var claim: String
        public var support: String
        public var claimDocument: String
        public var supportDocument: String
        public var judgement: Judgement
        public var sameEvent: Bool
        /// Corroborates only through a reporting action ("said", "reported").
        public var reportingOnly: Bool
        public var topic: Int
    }

    public struct Report: Sendable {
        public var pairs: [Pair] = []
        public var factsJudged = 0
        public var factsAllCorrect = 0
        public var goldPairs = 0
        public var goldPairsAsClaimSupport = 0
        public var goldPairsInOneFact = 0
        public var goldSentences = 0
        public var goldSentencesFound = 0
        /// The same two counts without the documents' title lines.
        public var goldProseSentences = 0
        public var goldProseSentencesFound = 0
        public var goldInstances = 0
        public var goldInstancesFound = 0
        public var stories = 0

        public var judgeable: Int { pairs.count { $0.judgement != .unjudgeable } }
        public func count(_ judgement: Judgement) -> Int { pairs.count { $0.judgement == judgement } }
        public var precision: Double { Double(count(.corroborate)) / Double(max(judgeable, 1)) }
        public var pairRecall: Double { Double(goldPairsAsClaimSupport) / Double(max(goldPairs, 1)) }
        public var inOneFactRecall: Double { Double(goldPairsInOneFact) / Double(max(goldPairs, 1)) }
        public var sentenceRecall: Double { Double(goldSentencesFound) / Double(max(goldSentences, 1)) }
        public var proseSentenceRecall: Double {
            Double(goldProseSentencesFound) / Double(max(goldProseSentences, 1))
        }
        public var instanceRecall: Double { Double(goldInstancesFound) / Double(max(goldInstances, 1)) }
    }

    public var pipeline = StoryPipeline()

    public init() {}

    public func run(_ corpus: CorroborationCorpus, scope: Scope) -> Report {
        let documents = corpus.documents
        let groups: [[Int]]
        switch scope {
        case .whole: groups = [Array(documents.indices)]
        case .event:
            let byEvent = Dictionary(grouping: documents.indices) { documents[$0].event }
            groups = byEvent.keys.sorted().map { byEvent[$0]! }
        }
        var stories: [Brief] = []
        for group in groups {
            let raw = group.map { index in
                RawDocument(
                    input: documents[index].id, format: .structured, text: documents[index].text,
                    id: documents[index].inputID, language: "en")
            }
            stories += pipeline.run(raw).stories
        }
        return score(stories: stories, corpus: corpus)
    }

    /// Scores given stories (their articles' ids are the documents' `input_id`s).
    public func score(stories: [Brief], corpus: CorroborationCorpus) -> Report {
        let documents = corpus.documents
        let byID = Dictionary(documents.indices.map { (documents[$0].inputID, $0) }, uniquingKeysWith: { a, _ in a })
        var storyOf: [Int: Int] = [:]
        for (number, story) in stories.enumerated() {
            for id in story.articleIDs { if let index = byID[id] { storyOf[index] = number } }
        }
        var report = Report()
        report.stories = stories.count
        // Gold: annotated sentences of different documents of one event or one story that share an action.
        var goldPairs = Set<SentencePair>()
        var partnered = Set<SentenceKey>()
        var spread: [String: Set<Int>] = [:]
        let byTopic = Dictionary(grouping: documents.indices) { documents[$0].topic }
        for members in byTopic.values {
            for (offset, first) in members.enumerated() {
                for second in members[(offset + 1)...]
                where documents[first].event == documents[second].event
                    || (storyOf[first] != nil && storyOf[first] == storyOf[second])
                {
                    for left in documents[first].sentences where left.annotated && !left.actions.isEmpty {
                        for right in documents[second].sentences
                        where right.annotated && !left.actions.isDisjoint(with: right.actions) {
                            let pair = SentencePair(
                                SentenceKey(document: first, sentence: left.number),
                                SentenceKey(document: second, sentence: right.number))
                            goldPairs.insert(pair)
                            partnered.insert(pair.first)
                            partnered.insert(pair.second)
                            for action in left.actions.intersection(right.actions) {
                                spread[action, default: []].formUnion([first, second])
                            }
                        }
                    }
                }
            }
        }
        report.goldPairs = goldPairs.count
        report.goldSentences = partnered.count
        report.goldInstances = spread.count
        var claimSupportFound = Set<SentencePair>()
        var inOneFactFound = Set<SentencePair>()
        var sentencesFound = Set<SentenceKey>()
        var instancesFound = Set<String>()
        for fact in stories.flatMap(\.facts) {
            // Partial supports are asserted links too: each is judged as a full one is.
            let cited = fact.support + (fact.partial ?? [])
            let located = cited.compactMap { support -> (document: Int, ranges: [Range<Int>])? in
                guard let index = byID[support.article] else { return nil }
                return (index, documents[index].locate(support.text))
            }
            // Every two members of different documents: found inside one fact.
            for (offset, first) in located.enumerated() {
                for second in located[(offset + 1)...] where first.document != second.document {
                    for left in documents[first.document].annotatedSentences(in: first.ranges) {
                        for right in documents[second.document].annotatedSentences(in: second.ranges) {
                            let pair = SentencePair(
                                SentenceKey(document: first.document, sentence: left),
                                SentenceKey(document: second.document, sentence: right))
                            if goldPairs.contains(pair) { inOneFactFound.insert(pair) }
                        }
                    }
                }
            }
            guard let claim = cited.firstIndex(where: { $0.text == fact.text }),
                let claimSide = byID[cited[claim].article]
            else {
                continue
            }
            let claimRanges = documents[claimSide].locate(fact.text)
            var judged = 0
            var correct = 0
            for (position, support) in cited.enumerated()
            where position != claim && support.article != cited[claim].article {
                guard let supportSide = byID[support.article] else { continue }
                let supportRanges = documents[supportSide].locate(support.text)
                let left = documents[claimSide]
                let right = documents[supportSide]
                let leftSentences = left.annotatedSentences(in: claimRanges)
                let rightSentences = right.annotatedSentences(in: supportRanges)
                var judgement = Judgement.unjudgeable
                var reportingOnly = false
                if !leftSentences.isEmpty, !rightSentences.isEmpty {
                    let shared = left.instances(in: claimRanges).intersection(right.instances(in: supportRanges))
                    let actions = shared.filter(CorroborationCorpus.isAction)
                    if !actions.isEmpty {
                        judgement = .corroborate
                        reportingOnly = actions.allSatisfy { left.tags[$0] == "ACTION_REPORTING" }
                        instancesFound.formUnion(actions.filter { spread[$0] != nil })
                        for l in leftSentences {
                            for r in rightSentences {
                                let a = SentenceKey(document: claimSide, sentence: l)
                                let b = SentenceKey(document: supportSide, sentence: r)
                                let pair = SentencePair(a, b)
                                if goldPairs.contains(pair) { claimSupportFound.insert(pair) }
                                if partnered.contains(a) { sentencesFound.insert(a) }
                                if partnered.contains(b) { sentencesFound.insert(b) }
                            }
                        }
                    } else {
                        judgement = shared.isEmpty ? .unrelated : .related
                    }
                    judged += 1
                    if judgement == .corroborate { correct += 1 }
                }
                report.pairs.append(
                    Pair(
                        claim: fact.text, support: support.text, claimDocument: left.id, supportDocument: right.id,
                        judgement: judgement, sameEvent: left.event == right.event, reportingOnly: reportingOnly,
                        topic: left.topic))
            }
            if judged > 0 {
                report.factsJudged += 1
                if correct == judged { report.factsAllCorrect += 1 }
            }
        }
        report.goldPairsAsClaimSupport = claimSupportFound.count
        report.goldPairsInOneFact = inOneFactFound.count
        report.goldSentencesFound = sentencesFound.count
        func isTitle(_ key: SentenceKey) -> Bool {
            documents[key.document].sentences.contains { $0.number == key.sentence && $0.isTitle }
        }
        report.goldProseSentences = partnered.count { !isTitle($0) }
        report.goldProseSentencesFound = sentencesFound.count { !isTitle($0) }
        report.goldInstancesFound = instancesFound.count
        return report
    }

    struct SentenceKey: Hashable, Comparable {
        var document: Int
        var sentence: Int
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.document, lhs.sentence) < (rhs.document, rhs.sentence) }
    }

    /// An unordered pair of sentences.
    struct SentencePair: Hashable {
        var first: SentenceKey
        var second: SentenceKey
        init(_ a: SentenceKey, _ b: SentenceKey) {
            first = min(a, b)
            second = max(a, b)
        }
    }
}
