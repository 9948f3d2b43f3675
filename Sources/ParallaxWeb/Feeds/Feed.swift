/// A syndication feed as read: the channel and its items, every field as the feed states it.
public struct Feed: Hashable, Sendable {
    /// The feed dialect.
    public enum Format: String, Hashable, Sendable {
        /// RSS 0.9x and 2.0 (`<rss><channel><item>`).
        case rss
        /// RSS 0.90 and 1.0 (`<rdf:RDF>` with items beside the channel).
        case rdf
        /// Atom 1.0 (`<feed><entry>`).
        case atom
    }

    /// The dialect the feed was read as.
    public var format: Format
    /// The channel title, usually the outlet name.
    public var title: String?
    /// The site the feed belongs to, absolute.
    public var link: String?
    /// The channel description or Atom subtitle.
    public var description: String?
    /// The language as given ("en-us", "de").
    public var language: String?
    /// The entries, in feed order.
    public var items: [FeedItem]

    /// Creates a feed.
    public init(
        format: Format, title: String? = nil, link: String? = nil, description: String? = nil,
        language: String? = nil, items: [FeedItem] = []
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.items = items
    }
}

/// One entry of a feed.
public struct FeedItem: Hashable, Sendable {
    /// The title, whitespace collapsed.
    public var title: String?
    /// The link to the full article, absolute when the feed gives a base.
    public var link: String?
    /// The RSS `guid` or Atom `id`.
    public var guid: String?
    /// The publication time in ISO 8601 UTC (`2026-01-07T10:00:00Z`).
    public var published: String?
    /// The last update in ISO 8601 UTC.
    public var updated: String?
    /// Author names (`author`, `dc:creator`, Atom `author/name`, `itunes:author`).
    public var authors: [String]
    /// Category labels or terms.
    public var categories: [String]
    /// Attached media.
    public var enclosures: [FeedEnclosure]
    /// The full content as HTML: `content:encoded` or Atom `content`.
    public var content: String?
    /// The summary as HTML or text: `description` or Atom `summary`.
    public var summary: String?
    /// The item's own language (Atom `xml:lang`), when it differs from the feed's.
    public var language: String?

    /// Creates an item.
    public init(
        title: String? = nil, link: String? = nil, guid: String? = nil, published: String? = nil,
        updated: String? = nil, authors: [String] = [], categories: [String] = [],
        enclosures: [FeedEnclosure] = [], content: String? = nil, summary: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.link = link
        self.guid = guid
        self.published = published
        self.updated = updated
        self.authors = authors
        self.categories = categories
        self.enclosures = enclosures
        self.content = content
        self.summary = summary
        self.language = language
    }
}

/// A media file attached to an item (RSS `enclosure`, Atom `link rel="enclosure"`).
public struct FeedEnclosure: Hashable, Sendable {
    /// The absolute address of the file.
    public var url: String
    /// The MIME type, when given.
    public var type: String?
    /// The size in bytes, when given and numeric.
    public var length: Int?

    /// Creates an enclosure.
    public init(url: String, type: String? = nil, length: Int? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
