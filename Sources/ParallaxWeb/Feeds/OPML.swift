/// Reads the feed list of an OPML file (the subscription-list format feed readers export):
/// every `outline` element's `xmlUrl`, nested folders included, in document order, once each.
public enum OPML {
    public static func feedURLs(_ bytes: [UInt8]) throws(WebError) -> [String] {
        let tree = try XMLTree.parse(bytes, url: nil)
        guard tree.root.name.lowercased() == "opml" else {
            throw WebError(code: .notFeed, message: "not an OPML document (root element \(tree.root.name))")
        }
        var urls: [String] = []
        var seen = Set<String>()
        for element in tree.elements where element.name == "outline" {
            guard let url = element.attributes["xmlUrl"] ?? element.attributes["xmlurl"], !url.isEmpty else { continue }
            if seen.insert(url).inserted { urls.append(url) }
        }
        return urls
    }
}
