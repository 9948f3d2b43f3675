internal import Foundation
public import Parallax

/// The one place the store uses clustering: assigns each new article to a story, one article
/// at a time, with state that is saved in the database after every batch and resumed by the
/// next ingest. Swap the body for the core's streaming clusterer when it lands; the store only
/// needs `assign` and `Codable` state.
///
/// Meanwhile it follows the core `StoryClusterer`'s rules online: tf-idf vectors over the
/// stems analysis counted, candidate stories looked up through an inverted index over their
/// centroids' heaviest terms, join at `joinThreshold` cosine, else start a story.
struct StoryAssigner: Codable, Sendable {
    struct StoryState: Codable, Sendable {
        var id: String
        /// Sum of the member vectors, pruned to the heaviest terms.
        var centroid: [String: Double]
        var size: Int
    }

    enum Assignment: Equatable, Sendable {
        case joined(storyID: String)
        case started(storyID: String)

        var storyID: String {
            switch self {
            case .joined(let id), .started(let id): id
            }
        }
    }

    private(set) var documentCount = 0
    private var documentFrequency: [String: Int] = [:]
    private(set) var stories: [StoryState] = []
    /// Term → stories whose centroid's heaviest terms hold it; rebuilt after decoding.
    private var index: [String: [Int]] = [:]
    private var storyNumbers: [String: Int] = [:]

    /// Settings: the core clustering configuration, plus how much of a centroid is kept.
    static let configuration = ClusteringConfiguration()
    static let centroidTerms = 160
    static let vectorTerms = 80
    static let pseudoDocuments = 100.0

    private enum CodingKeys: String, CodingKey {
        case documentCount, documentFrequency, stories
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        documentCount = try container.decode(Int.self, forKey: .documentCount)
        documentFrequency = try container.decode([String: Int].self, forKey: .documentFrequency)
        stories = try container.decode([StoryState].self, forKey: .stories)
        for number in stories.indices {
            storyNumbers[stories[number].id] = number
            indexTerms(of: number)
        }
    }

    /// Puts one article in a story and returns which.
    mutating func assign(articleID: String, termCounts: [String: Int]) -> Assignment {
        documentCount += 1
        for term in termCounts.keys { documentFrequency[term, default: 0] += 1 }
        let vector = self.vector(termCounts)
        var candidates = Set<Int>()
        for term in vector.topTerms(Self.configuration.queryTerms) {
            candidates.formUnion(index[term] ?? [])
        }
        var best: (story: Int, score: Double)?
        for story in candidates.sorted() {
            let score = vector.cosine(TermVector(weights: stories[story].centroid))
            if score >= Self.configuration.joinThreshold, score > (best?.score ?? -1) { best = (story, score) }
        }
        if let best {
            var centroid = stories[best.story].centroid
            for (term, weight) in vector.weights { centroid[term, default: 0] += weight }
            if centroid.count > Self.centroidTerms * 2 {
                centroid = Self.heaviest(centroid, Self.centroidTerms)
            }
            stories[best.story].centroid = centroid
            stories[best.story].size += 1
            indexTerms(of: best.story)
            return .joined(storyID: stories[best.story].id)
        }
        let id = "s-" + ContentHash.hex(ContentHash.fnv(articleID, basis: 0xcbf2_9ce4_8422_2325))
        stories.append(StoryState(id: id, centroid: vector.weights, size: 1))
        storyNumbers[id] = stories.count - 1
        indexTerms(of: stories.count - 1)
        return .started(storyID: id)
    }

    /// tf-idf with sublinear term frequency, smoothed idf, the heaviest terms kept.
    private func vector(_ termCounts: [String: Int]) -> TermVector {
        let total = Double(documentCount) + Self.pseudoDocuments
        var weights: [String: Double] = [:]
        for (term, count) in termCounts {
            let idf = log(total / (Double(documentFrequency[term] ?? 0) + 1))
            weights[term] = (1 + log(Double(count))) * idf
        }
        return TermVector(weights: Self.heaviest(weights, Self.vectorTerms))
    }

    private mutating func indexTerms(of story: Int) {
        for term in TermVector(weights: stories[story].centroid).topTerms(Self.configuration.indexedTerms) {
            var stories = index[term, default: []]
            if !stories.contains(story) {
                stories.append(story)
                index[term] = stories
            }
        }
    }

    private static func heaviest(_ weights: [String: Double], _ count: Int) -> [String: Double] {
        guard weights.count > count else { return weights }
        let kept = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }
}
