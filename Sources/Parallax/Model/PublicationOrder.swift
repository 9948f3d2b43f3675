extension Article {
    /// Publication order, the one order every stage uses (near-duplicate detection, clustering,
    /// a story's articles in a brief, stored or not): dated articles by date, undated ones after
    /// them, then by input and id, so the same inputs always give the same order.
    public static func precedes(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case (let left?, let right?) where left < right: return true
        case (let left?, let right?) where right < left: return false
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.input != rhs.input ? lhs.input < rhs.input : lhs.id < rhs.id
        }
    }
}

extension PublicationDate: Codable {
    /// Encoded as its ISO 8601 text, as the digest format writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PublicationDate(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not an ISO 8601 date")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
