/// A cited statement: every summary sentence names the articles it comes from.
public struct CitedSentence: Hashable, Sendable, Codable {
    public var text: String
    public var sources: [String]
    /// `text` with each day it leaves to be worked out followed by its resolved date ("Friday
    /// (1998-10-30)"): what a brief shows. Nil when the sentence has no such day.
    public var dated: String? = nil
    /// Where other sources give another value for a number this sentence states: "Sources
    /// differ on the number of dead: 10 (a), three (b)." Nil when none do.
    public var note: String? = nil
}

/// A verbatim sentence of one article that backs a fact.
public struct Support: Hashable, Sendable, Codable {
    public var article: String
    public var text: String
}

/// A statement the story's sources report, with every source that supports it.
public struct Fact: Hashable, Sendable, Codable {
    public var text: String
    public var sources: [String]
    public var support: [Support]
    /// Sentences of other articles that tell the fact's happening but not all the fact says (a
    /// part of it, or the happening only as the time of another): cited as partial, not counted
    /// among `sources` (`AlignmentConfiguration.fullSupportCoverage`). Nil when there are none.
    public var partial: [Support]? = nil
    /// Sources that repeat another source's voice: a wire copy, one outlet's update or
    /// republication. `sources` minus these are the independent outlets.
    public var copies: [String]?
    /// `text` with its worked-out days followed by their resolved date, as `CitedSentence.dated`.
    public var dated: String? = nil
    public var isCorroborated: Bool { independentSources >= 2 }
    public var independentSources: Int { sources.count - (copies?.count ?? 0) }

    public init(text: String, sources: [String], support: [Support], copies: [String]? = nil) {
        self.text = text
        self.sources = sources
        self.support = support
        self.copies = copies.flatMap { $0.isEmpty ? nil : $0 }
    }
}

public enum QuoteKind: String, Hashable, Sendable, Codable {
    case direct, indirect
}

/// Who said what, in one article.
public struct Quote: Hashable, Sendable, Codable {
    public var text: String
    public var speaker: String?
    public var speakerDescription: String?
    public var kind: QuoteKind
    public var article: String
}

/// A dated event of the story's timeline.
public struct TimelineEvent: Hashable, Sendable, Codable {
    /// ISO 8601 at `precision`: "2026-01-03", "2025-05", "2025-summer", "2024".
    public var date: String
    public var precision: TimePrecision
    public var text: String
    public var sources: [String]
}

public enum EntityType: String, Hashable, Sendable, Codable {
    case person, organization, place, other
}

/// A person, organization or place named in the story.
public struct StoryEntity: Hashable, Sendable, Codable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var mentions: Int
    public var articles: [String]
}

/// Claims that cannot all be true.
public struct Discrepancy: Hashable, Sendable, Codable {
    public struct Claim: Hashable, Sendable, Codable {
        public var text: String
        public var article: String
        public var value: String?
    }
    public var about: String
    public var claims: [Claim]
}

/// How one outlet's coverage differs from the others'.
public struct Perspective: Hashable, Sendable, Codable {
    public var article: String
    public var outlet: String?
    public var angle: String
    public var distinctive: [String]
}

/// The brief of one story (the articles about one event, as `StoryClusterer` grouped them):
/// what `BriefSynthesizer` writes. Codable with the digest format's field names, so a stored
/// brief reads back as it was written.
public struct Brief: Hashable, Sendable, Codable {
    public var id: String
    public var headline: String
    public var articleIDs: [String]
    public var summary: [CitedSentence]
    public var facts: [Fact]
    public var quotes: [Quote]
    public var timeline: [TimelineEvent]
    public var entities: [StoryEntity]
    public var discrepancies: [Discrepancy]
    public var perspectives: [Perspective]
    /// Counts that grew over the days of reporting (a toll that rises): not discrepancies; each
    /// lists its reports latest first, `value` the count each gives. Nil when there are none.
    public var updates: [Discrepancy]? = nil

    enum CodingKeys: String, CodingKey {
        case id, headline, summary, facts, quotes, timeline, entities, discrepancies, perspectives, updates
        case articleIDs = "articleIds"
    }
}

/// Everything one `digest` run produces.
public struct Digest: Hashable, Sendable {
    public var articles: [Article]
    public var stories: [Brief]

    public init(articles: [Article], stories: [Brief]) {
        self.articles = articles
        self.stories = stories
    }
}
