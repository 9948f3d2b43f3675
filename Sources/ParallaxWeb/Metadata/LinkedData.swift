import Foundation

/// The fields of schema.org JSON-LD that describe an article.
struct LinkedData: Sendable {
    var headline: String?
    var published: String?
    var modified: String?
    var authors: [String] = []
    var publisher: String?
    var body: String?
    var image: String?
    var url: String?
    var description: String?
    var language: String?
    /// The first publication date of any top-level object (a recipe, a video), for pages
    /// whose JSON-LD describes something other than an article.
    var anyPublished: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle",
        "liveblogposting", "socialmediaposting", "posting", "report", "webpage", "itempage",
    ]

    /// Reads the first article-like object in the given JSON-LD sources; a page-level
    /// object fills fields the article lacks.
    init(sources: [String]) {
        var objects: [[String: Any]] = []
        for source in sources {
            // Raw line breaks and tabs inside strings are invalid JSON but common; make them spaces.
            var bytes = Array(source.utf8)
            for index in bytes.indices where bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 9 {
                bytes[index] = 32
            }
            guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            else { continue }
            Self.flatten(value, into: &objects, depth: 0)
        }
        let ranked = objects.compactMap { object -> (Int, [String: Any])? in
            let types = Self.types(object)
            if types.contains(where: { $0.hasSuffix("article") || $0 == "blogposting" || $0 == "liveblogposting" }) {
                return (0, object)
            }
            if types.contains(where: { Self.articleTypes.contains($0) }) { return (1, object) }
            return nil
        }.sorted { $0.0 < $1.0 }.map(\.1)
        for object in ranked { fill(from: object) }
        for object in objects where anyPublished == nil {
            anyPublished =
                Self.string(object["datePublished"]) ?? Self.string(object["uploadDate"])
                ?? Self.string(object["dateCreated"])
        }
        if publisher == nil {
            for object in objects
            where Self.types(object).contains("organization") || Self.types(object).contains("newsmediaorganization") {
                publisher = Self.string(object["name"])
                if publisher != nil { break }
            }
        }
    }

    private mutating func fill(from object: [String: Any]) {
        if headline == nil { headline = Self.string(object["headline"]) ?? Self.string(object["name"]) }
        if published == nil { published = Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"]) }
        if modified == nil { modified = Self.string(object["dateModified"]) }
        if authors.isEmpty { authors = Self.names(object["author"] ?? object["creator"]) }
        if publisher == nil { publisher = Self.names(object["publisher"]).first }
        if body == nil { body = Self.string(object["articleBody"]) ?? Self.string(object["text"]) }
        if image == nil { image = Self.url(object["image"] ?? object["thumbnailUrl"]) }
        if url == nil { url = Self.string(object["url"]) ?? Self.url(object["mainEntityOfPage"]) }
        if description == nil { description = Self.string(object["description"]) }
        if language == nil { language = Self.string(object["inLanguage"]) }
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = TextNormalizer.collapse(text)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let number = value as? NSNumber { return number.stringValue }
        if let array = value as? [Any], let first = array.first { return string(first) }
        return nil
    }

    private static func url(_ value: Any?) -> String? {
        if let text = value as? String { return text.isEmpty ? nil : text }
        if let object = value as? [String: Any] { return string(object["url"]) ?? string(object["@id"]) }
        if let array = value as? [Any], let first = array.first { return url(first) }
        return nil
    }

    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String {
            let trimmed = TextNormalizer.collapse(text)
            return trimmed.isEmpty || trimmed.hasPrefix("http") ? [] : [trimmed]
        }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
