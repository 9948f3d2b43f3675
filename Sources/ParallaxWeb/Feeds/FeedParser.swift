internal import Foundation
internal import ParallaxBase

/// Reads RSS 0.9x/1.0/2.0 and Atom feeds into a `Feed`, from bytes in any encoding.
///
/// Links are made absolute against `xml:base` and then the feed's own link; dates become
/// ISO 8601 UTC. Anything but a feed (an HTML page, other XML, binary data) fails with
/// `WebError.Code.notFeed`.
public struct FeedParser: Sendable {
    /// Feeds larger than this many bytes are refused with `.tooLarge`.
    public var maximumBytes: Int
    /// Bounds on attributes per element and on parse time.
    public var markupLimits: MarkupLimits

    /// Creates a parser.
    public init(maximumBytes: Int = 32 << 20, markupLimits: MarkupLimits = .init()) {
        self.maximumBytes = maximumBytes
        self.markupLimits = markupLimits
    }

    static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCoreNamespace = "http://purl.org/dc/elements/1.1/"
    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let itunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"

    /// Parses feed bytes; `url` is where the feed came from, the last resort for relative links.
    public func parse(_ input: [UInt8], url: String? = nil) throws(WebError) -> Feed {
        guard input.count <= maximumBytes else {
            throw WebError(code: .tooLarge, message: "feed of \(input.count) bytes exceeds \(maximumBytes)")
        }
        let bytes = Self.utf8(fromUTF16: input)
        guard let rootName = Self.rootElementName(bytes) else {
            throw WebError(code: .notFeed, message: "the input has no markup")
        }
        guard Self.feedRootNames.contains(rootName) else {
            throw WebError(code: .notFeed, message: "the root element is <\(rootName)>, not rss, RDF or feed")
        }
        let tree = try XMLTree.parse(bytes, url: url, limits: markupLimits)
        var reader = FeedTreeReader(tree: tree, sourceURL: url)
        switch tree.root.name.lowercased() {
        case "rss", "channel": return reader.readRSS(format: .rss)
        case "rdf": return reader.readRSS(format: .rdf)
        case "feed": return reader.readAtom()
        default:
            throw WebError(code: .notFeed, message: "the root element is <\(tree.root.name)>, not rss, RDF or feed")
        }
    }

    /// UTF-16 input (known by its byte order mark) as UTF-8; other input unchanged.
    static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8] {
        guard let units = UTF16Bytes.codeUnits(bytes) else { return bytes }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Lowercased local names of the root elements feeds have.
    static let feedRootNames: Set<String> = ["rss", "rdf", "feed", "channel"]

    /// Whether `bytes` look like a feed: the first element is `rss`, `rdf:RDF`, `feed` or `channel`.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        let head = UTF16Bytes.isMarked(bytes) ? utf8(fromUTF16: Array(bytes.prefix(1 << 17))) : bytes
        return rootElementName(head).map(feedRootNames.contains) ?? false
    }

    /// The lowercased local name of the first element, skipping the prolog, comments and
    /// doctype, read from the first 64 KB.
    static func rootElementName(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(1 << 16)
        var index = head.startIndex
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = open + 1
            guard next < head.endIndex else { return nil }
            let byte = head[next]
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                let isComment = head[next...].starts(with: Array("!--".utf8))
                let closer: [UInt8] = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let close = Self.find(closer, in: head, from: next) else { return nil }
                index = close + closer.count
                continue
            }
            var name: [UInt8] = []
            var cursor = next
            while cursor < head.endIndex, name.count < 64 {
                let character = head[cursor]
                let isNameByte =
                    (character >= 65 && character <= 90) || (character >= 97 && character <= 122)
                    || (character >= 48 && character <= 57) || character == 45 || character == 95
                    || character == 58 || character == 46
                guard isNameByte else { break }
                name.append(character >= 65 && character <= 90 ? character | 0x20 : character)
                cursor += 1
            }
            guard !name.isEmpty else {
                index = next
                continue
            }
            let local = name.split(separator: UInt8(ascii: ":")).last.map { Array($0) } ?? name
            return String(decoding: local, as: UTF8.self)
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}

/// Reads feed fields out of a parsed XML tree.
private struct FeedTreeReader {
    let tree: XMLTree
    let sourceURL: String?
    /// The feed's own link, the base for relative item links without `xml:base`.
    var feedLink: String?

    init(tree: XMLTree, sourceURL: String?) {
        self.tree = tree
        self.sourceURL = sourceURL
    }

    // MARK: RSS

    mutating func readRSS(format: Feed.Format) -> Feed {
        let root = 0
        let channel = tree.root.name.lowercased() == "channel" ? root : tree.child(of: root, named: "channel")
        var feed = Feed(format: format)
        if let channel {
            feed.title = text(channel, "title")
            let rawLink = tree.children(of: channel, named: "link").compactMap(rawLink).first
            feedLink = resolve(rawLink, at: channel, base: sourceURL)
            feed.link = feedLink
            feed.description = text(channel, "description")
            feed.language = text(channel, "language") ?? text(channel, "language", Self.dc)
        }
        // RSS 2.0 nests items in the channel; RSS 0.90 and 1.0 put them beside it.
        var items = channel.map { tree.children(of: $0, named: "item") } ?? []
        if items.isEmpty || format == .rdf { items += tree.children(of: root, named: "item") }
        feed.items = items.map(rssItem)
        return feed
    }

    static let dc = FeedParser.dublinCoreNamespace

    private func rssItem(_ item: Int) -> FeedItem {
        var entry = FeedItem()
        entry.title = text(item, "title") ?? text(item, "title", Self.dc)
        let links = tree.children(of: item, named: "link")
        let rawLink = links.compactMap(self.rawLink).first
        entry.link = resolve(rawLink ?? tree.elements[item].attributes["about"], at: item)
        entry.guid = text(item, "guid")
        let published = text(item, "pubDate") ?? text(item, "date", Self.dc) ?? text(item, "published")
        entry.published = published.flatMap(FeedParser.date)
        entry.updated = (text(item, "updated") ?? text(item, "modified")).flatMap(FeedParser.date)
        var authors: [String] = []
        for index in tree.elements[item].children {
            let element = tree.elements[index]
            let isAuthor =
                (element.name == "author" && element.namespace.isEmpty)
                || (element.name == "creator" && element.namespace == Self.dc)
                || (element.name == "author" && element.namespace == FeedParser.itunesNamespace)
            guard isAuthor else { continue }
            let name = Self.personName(TextNormalizer.collapse(tree.deepText(of: index)))
            if !name.isEmpty, !authors.contains(name) { authors.append(name) }
        }
        entry.authors = authors
        entry.categories = (tree.children(of: item, named: "category") + tree.children(of: item, named: "subject"))
            .map { TextNormalizer.collapse(tree.elements[$0].text) }.filter { !$0.isEmpty }
        entry.enclosures = tree.children(of: item, named: "enclosure").compactMap { index in
            let attributes = tree.elements[index].attributes
            guard let url = resolve(attributes["url"], at: index) else { return nil }
            return FeedEnclosure(url: url, type: attributes["type"], length: attributes["length"].flatMap { Int($0) })
        }
        entry.content = markup(tree.child(of: item, named: "encoded", namespace: FeedParser.contentNamespace))
        entry.summary = markup(tree.child(of: item, named: "description")) ?? mediaDescription(item)
        return entry
    }

    /// The href of an Atom link in RSS, or the text of an RSS link.
    private func rawLink(_ index: Int) -> String? {
        let element = tree.elements[index]
        if element.namespace == FeedParser.atomNamespace {
            guard (element.attributes["rel"] ?? "alternate") == "alternate" else { return nil }
            return element.attributes["href"]
        }
        let value = TextNormalizer.collapse(element.text)
        return value.isEmpty ? element.attributes["href"] : value
    }

    // MARK: Atom

    mutating func readAtom() -> Feed {
        let root = 0
        var feed = Feed(format: .atom)
        feed.title = atomText(tree.child(of: root, named: "title"))
        feedLink = atomLink(root, base: sourceURL)
        feed.link = feedLink
        feed.description = atomText(tree.child(of: root, named: "subtitle"))
        feed.language = tree.root.attributes["xml:lang"].flatMap { $0.isEmpty ? nil : $0 }
        feed.items = tree.children(of: root, named: "entry").map { atomEntry($0, feedLanguage: feed.language) }
        return feed
    }

    private func atomEntry(_ entry: Int, feedLanguage: String?) -> FeedItem {
        var item = FeedItem()
        item.title = atomText(tree.child(of: entry, named: "title"))
        item.link = atomLink(entry, base: feedLink ?? sourceURL)
        item.guid = text(entry, "id")
        let published = text(entry, "published") ?? text(entry, "issued") ?? text(entry, "created")
        item.updated = (text(entry, "updated") ?? text(entry, "modified")).flatMap(FeedParser.date)
        item.published = published.flatMap(FeedParser.date) ?? item.updated
        item.authors = tree.children(of: entry, named: "author").compactMap { author in
            let name = text(author, "name") ?? TextNormalizer.collapse(tree.elements[author].text)
            return name.isEmpty ? nil : name
        }
        item.categories = tree.children(of: entry, named: "category").compactMap { category in
            let attributes = tree.elements[category].attributes
            let label = attributes["term"] ?? attributes["label"] ?? tree.elements[category].text
            let collapsed = TextNormalizer.collapse(label)
            return collapsed.isEmpty ? nil : collapsed
        }
        item.enclosures = tree.children(of: entry, named: "link").compactMap { link in
            let attributes = tree.elements[link].attributes
            guard attributes["rel"] == "enclosure", let url = resolve(attributes["href"], at: link) else { return nil }
            return FeedEnclosure(url: url, type: attributes["type"], length: attributes["length"].flatMap { Int($0) })
        }
        item.content = markup(tree.child(of: entry, named: "content"))
        item.summary = markup(tree.child(of: entry, named: "summary")) ?? mediaDescription(entry)
        if let language = tree.elements[entry].attributes["xml:lang"], !language.isEmpty, language != feedLanguage {
            item.language = language
        }
        return item
    }

    /// The alternate link of an Atom feed or entry: `rel="alternate"`, else a link without
    /// `rel`, else the first link.
    private func atomLink(_ index: Int, base: String?) -> String? {
        let links = tree.children(of: index, named: "link")
        let chosen =
            links.first { tree.elements[$0].attributes["rel"] == "alternate" }
            ?? links.first { tree.elements[$0].attributes["rel"] == nil }
            ?? links.first { tree.elements[$0].attributes["rel"] != "enclosure" }
        guard let chosen else { return nil }
        return resolve(tree.elements[chosen].attributes["href"], at: chosen, base: base)
    }

    /// The text of an Atom text construct: plain, or HTML/XHTML reduced to text.
    private func atomText(_ index: Int?) -> String? {
        guard let index else { return nil }
        let element = tree.elements[index]
        let type = element.attributes["type"]?.lowercased() ?? "text"
        let raw: String
        if let markup = element.markup {
            raw = HTMLText.plainText(markup)
        } else if type == "html" || type == "text/html" {
            raw = HTMLText.plainText(element.text)
        } else {
            raw = element.text
        }
        let collapsed = TextNormalizer.collapse(raw)
        return collapsed.isEmpty ? nil : collapsed
    }

    // MARK: Shared

    static let mediaNamespace = "http://search.yahoo.com/mrss/"

    /// A Media RSS description, directly in the item or in its `media:group` (YouTube feeds).
    private func mediaDescription(_ index: Int) -> String? {
        let groups = tree.children(of: index, named: "group", namespace: Self.mediaNamespace)
        for holder in [index] + groups {
            if let found = markup(tree.child(of: holder, named: "description", namespace: Self.mediaNamespace)) {
                return found
            }
        }
        return nil
    }

    /// The collapsed text of the first child of `index` named `name` that has any.
    private func text(_ index: Int, _ name: String, _ namespace: String? = nil) -> String? {
        for child in tree.children(of: index, named: name, namespace: namespace) {
            let value = TextNormalizer.collapse(tree.elements[child].text)
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The content of a content element as HTML (or text): its serialized children, or its text.
    private func markup(_ index: Int?) -> String? {
        guard let index else { return nil }
        let element = tree.elements[index]
        let value = element.markup ?? element.text
        return value.allSatisfy(\.isWhitespace) ? nil : value
    }

    /// `raw` made absolute against the element's `xml:base` chain, then the feed link.
    private func resolve(_ raw: String?, at index: Int, base fallback: String? = nil) -> String? {
        guard let raw else { return nil }
        let trimmed = TextNormalizer.collapse(raw)
        guard !trimmed.isEmpty else { return nil }
        if Self.hasScheme(trimmed) { return trimmed }
        var bases: [String] = []
        var cursor = index
        while cursor >= 0 {
            if let base = tree.elements[cursor].attributes["xml:base"], !base.isEmpty { bases.append(base) }
            cursor = tree.elements[cursor].parent
        }
        var base = fallback ?? feedLink ?? sourceURL
        for relative in bases.reversed() {
            base = Self.join(relative, base: base) ?? relative
        }
        guard let base else { return trimmed }
        return Self.join(trimmed, base: base) ?? trimmed
    }

    private static func join(_ relative: String, base: String?) -> String? {
        if hasScheme(relative) { return relative }
        guard let base, hasScheme(base), let baseURL = URL(string: base) else { return nil }
        let encoded =
            relative.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["#", "%"])) ?? relative
        return URL(string: encoded, relativeTo: baseURL)?.absoluteString
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && text.first?.isLetter == true
    }

    /// The name in an RSS author field: "jo@example.com (Jo Doe)" gives "Jo Doe".
    static func personName(_ raw: String) -> String {
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close, raw.contains("@") {
            let inner = TextNormalizer.collapse(String(raw[raw.index(after: open)..<close]))
            if !inner.isEmpty { return inner }
        }
        return raw
    }
}

extension FeedParser {
    /// A feed's date as ISO 8601 UTC (`InternetDate`), its white space collapsed first.
    static func date(_ raw: String) -> String? { InternetDate.normalize(TextNormalizer.collapse(raw)) }
}
