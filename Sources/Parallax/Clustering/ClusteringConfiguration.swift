/// Settings of clustering. The similarity of an article to a story is
/// `termWeight · cos(terms) + (1 − termWeight) · cos(names)`, damped by the days between
/// them; the article joins the most similar open story at or above `joinThreshold`. After each
/// batch the second pass (`StoryClusterer.refine()`) merges stories by average linkage at
/// `linkageThreshold`, closest pair first, and a story of one article left alone joins its
/// closest story at `loneArticleThreshold`. `termWeight`, `joinThreshold`, `linkageThreshold`,
/// `loneArticleThreshold` and `idfOffset` were chosen together by a grid search on the 13
/// non-blind ECB+ development topics, by the mean BCubed F1 on their articles undated and dated
/// over days, checked by 5-fold cross-validation over topics (`scripts/cluster-eval.sh`:
/// 0.9374, sd 0.0725; blind topics 0.8913; docs/clustering.md); the time settings are set by
/// hand for daily news.
public struct ClusteringConfiguration: Codable, Hashable, Sendable {
    public var termWeight = 0.1
    public var joinThreshold = 0.3
    /// The power of a name's inverse document frequency in its weight: above 1, a name few
    /// articles share (the other team, the other ship) outweighs the names of the whole topic
    /// more than tf-idf alone makes it. Left at 1: 1.25 and 1.5 scored higher on ECB+, but
    /// with it in the grid the cross-validated score fell (README, "Clustering quality").
    public var nameSpecificity = 1.0
    /// Added to the similarity per unit of the log of the story's size: a big story's centroid
    /// is broader, so an article of it scores lower against it than against a small one.
    public var sizeWeight = 0.0
    /// Least similarity of two stories' centroids (terms and names weighted as an article's,
    /// damped by the days between them) for an article that fits both to merge them; above 1,
    /// never.
    public var mergeThreshold = 2.0
    /// Whether a story, each time it is re-indexed, also merges with the open stories its
    /// centroid converges with (at `mergeThreshold`), not only with those an article fits too.
    public var mergesConverging = false
    /// Added to every term's and name's inverse document frequency: above 0, the words a
    /// topic's articles share keep some weight beside the rare names (scikit-learn's smoothed
    /// idf adds 1), so the similarity leans less on one or two rare words.
    public var idfOffset = 0.5
    /// Least average linkage (the mean similarity of every article of one story to every
    /// article of the other, terms and names weighted as an article's, damped by the days
    /// between them) at which `refine()` merges two open stories, the closest pair first;
    /// above 1, never.
    public var linkageThreshold = 0.2
    /// Least average linkage at which a story of one article, left alone by the second pass,
    /// joins the closest open story of two articles or more; above 1, never. 0.08: chosen with
    /// the linkage and idf settings by the mean F1 on the tuning topics undated and dated over
    /// days (`--continuity`; cross-validated 0.9374, blind 0.8913); on undated articles alone
    /// the grid preferred 0.14 (0.9350, blind 0.8863) and the dated stream split more.
    public var loneArticleThreshold = 0.08
    /// Heaviest terms kept in an article's vector and in a story's centroid.
    public var articleTerms = 60
    public var storyTerms = 200
    /// An article's heaviest terms and names looked up in the candidate index.
    public var queryTerms = 10
    public var queryNames = 4
    /// A story's heaviest terms and names entered in the candidate index.
    public var indexedTerms = 30
    public var indexedNames = 10
    /// Most candidate stories scored per article (those sharing the most indexed terms). 12
    /// scores as well as 24 did on ECB+ and better on generated streams, at half the cost
    /// (`parallax bench cluster --setting maximumCandidates=…`).
    public var maximumCandidates = 12
    /// Most recent entries of one term's postings looked at per query: a term shared by many
    /// open stories says little about which, and reading all of them would make an article's
    /// cost grow with the number of open stories. 96 on a generated stream of a million
    /// articles: BCubed F1 0.9925 against 0.9933 with 256, at 47 µs an article against 56.
    public var postingsScanned = 96
    /// Days after a story's last article within which similarity is not damped.
    public var graceDays = 7.0
    /// Beyond the grace days, similarity halves every `halfLifeDays`.
    public var halfLifeDays = 7.0
    /// A story with no article for this many days is closed and takes no more.
    public var closeAfterDays = 30
    /// Empty pseudo-documents smoothing inverse document frequencies early in a stream.
    public var pseudoDocuments = 100.0

    public init() {}

    /// Settings saved before a setting existed decode with that setting's default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value<Value: Decodable>(_ key: CodingKeys, _ fallback: Value) throws -> Value {
            try container.decodeIfPresent(Value.self, forKey: key) ?? fallback
        }
        let defaults = Self()
        termWeight = try value(.termWeight, defaults.termWeight)
        joinThreshold = try value(.joinThreshold, defaults.joinThreshold)
        nameSpecificity = try value(.nameSpecificity, defaults.nameSpecificity)
        sizeWeight = try value(.sizeWeight, defaults.sizeWeight)
        mergeThreshold = try value(.mergeThreshold, defaults.mergeThreshold)
        mergesConverging = try value(.mergesConverging, defaults.mergesConverging)
        idfOffset = try value(.idfOffset, defaults.idfOffset)
        linkageThreshold = try value(.linkageThreshold, defaults.linkageThreshold)
        loneArticleThreshold = try value(.loneArticleThreshold, defaults.loneArticleThreshold)
        articleTerms = try value(.articleTerms, defaults.articleTerms)
        storyTerms = try value(.storyTerms, defaults.storyTerms)
        queryTerms = try value(.queryTerms, defaults.queryTerms)
        queryNames = try value(.queryNames, defaults.queryNames)
        indexedTerms = try value(.indexedTerms, defaults.indexedTerms)
        indexedNames = try value(.indexedNames, defaults.indexedNames)
        maximumCandidates = try value(.maximumCandidates, defaults.maximumCandidates)
        postingsScanned = try value(.postingsScanned, defaults.postingsScanned)
        graceDays = try value(.graceDays, defaults.graceDays)
        halfLifeDays = try value(.halfLifeDays, defaults.halfLifeDays)
        closeAfterDays = try value(.closeAfterDays, defaults.closeAfterDays)
        pseudoDocuments = try value(.pseudoDocuments, defaults.pseudoDocuments)
    }
}
