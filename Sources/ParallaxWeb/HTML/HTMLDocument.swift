internal import CLibXML2

/// One element or text run of a parsed page, in document order.
struct HTMLNode: Sendable {
    /// The element name, or `.text` for a text run.
    var tag: HTMLTag
    /// The index of the parent element, or -1 at the top.
    var parent: Int32
    /// One past the index of the last node inside this one.
    var end: Int32
    /// The text of a text run; empty for elements.
    var text: String = ""
    /// The lowercased `class` and `id` values of an element, space separated.
    var hints: String = ""
    /// The element's `role`, lowercased.
    var role: String = ""
    /// Whether the element is hidden by `hidden` or an inline `display:none`.
    var isHidden = false
}

/// Metadata-bearing markup collected while the tree is read.
struct PageMarkup: Sendable {
    /// `<meta>` and microdata pairs: the lowercased name, property or itemprop, and the content.
    var metas: [(key: String, value: String)] = []
    /// `<link>` pairs: the lowercased rel and the href.
    var links: [(rel: String, href: String)] = []
    /// `datetime` values of `<time>` elements (and `itemprop` dates), with their node index.
    var times: [(value: String, node: Int, isPublished: Bool)] = []
    /// Sources of `application/ld+json` scripts.
    var jsonLD: [String] = []
    /// The text of `<title>`.
    var title: String?
    /// The `lang` of `<html>`.
    var language: String?
    /// Texts of `<h1>` elements in order.
    var headings: [String] = []
}

/// A page parsed by libxml2 into a flat array of nodes in document order.
struct HTMLDocument: Sendable {
    /// All nodes; a node's descendants are the indices `index + 1 ..< node.end`.
    var nodes: [HTMLNode]
    /// Metadata-bearing markup.
    var markup: PageMarkup
    /// The index of `<body>`, or 0.
    var body: Int
    /// Whether parsing was stopped at its time limit, leaving the nodes incomplete.
    var isTruncatedByTime = false
    /// Bytes of unread `<script>`/`<style>` text libxml2 was spared (`RawTextElision`).
    var cutBytes = 0

    /// Parses prepared UTF-8 (or declared-encoding) bytes.
    /// Elements with more attributes than `limits` allow are refused before libxml2 reads
    /// them, and parsing stops with `.parseTimeLimit` once it runs past the time limit.
    static func parse(
        _ prepared: CharacterEncoding.Prepared,
        url: String?,
        maximumNodes: Int,
        limits: MarkupLimits = .init()
    ) throws(WebError) -> HTMLDocument {
        // Cuts are made in UTF-8 only, where offsets in libxml2's buffer are offsets in the bytes
        // and no invalid sequence inside the cut text could switch libxml2's decoding.
        let rawText = try MarkupGuard.check(
            prepared.bytes, limits: limits, input: "page", collectsRawText: prepared.encoding == "UTF-8")
        let timeLimit = limits.timeLimit(forBytes: prepared.bytes.count)
        let deadline = ContinuousClock.now + timeLimit
        let elision = RawTextElision(prepared.bytes, rawText: rawText)
        var parsed = PageBuilder.parse(
            elision.bytes, encoding: prepared.encoding, url: url, maximumNodes: maximumNodes, deadline: deadline,
            cuts: elision.cuts)
        if var document = parsed?.document, parsed?.readsCuts == true || document.isTruncatedByTime {
            document.cutBytes = elision.cutBytes
            return try checkTime(document, timeLimit)
        }
        parsed = PageBuilder.parse(
            prepared.bytes, encoding: prepared.encoding, url: url, maximumNodes: maximumNodes, deadline: deadline)
        guard let document = parsed?.document else {
            throw WebError(code: .parseFailed, message: "libxml2 could not parse the page")
        }
        return try checkTime(document, timeLimit)
    }

    private static func checkTime(_ document: HTMLDocument, _ timeLimit: Duration) throws(WebError) -> HTMLDocument {
        if document.isTruncatedByTime {
            throw WebError(
                code: .parseTimeLimit, message: "page parsing stopped after the limit of \(timeLimit)")
        }
        return document
    }

    /// The whitespace-normalized text inside node `index`, skipping nothing.
    func text(of index: Int) -> String {
        var output = ""
        for inner in index..<Int(nodes[index].end) where nodes[inner].tag == .text {
            output += nodes[inner].text
        }
        return TextNormalizer.collapse(output)
    }
}

/// The attributes the extractor reads, picked out of an element.
struct Attributes {
    static let hidingStyles = ClassHints.NeedleSet(["display:none", "visibility:hidden"])

    static let wanted: [String] = [
        "class", "id", "href", "content", "name", "property", "itemprop", "rel", "datetime", "lang", "type",
        "style", "hidden", "role", "http-equiv", "pubdate", "title",
    ]

    /// Wanted names by length, as bytes.
    private static let wantedByLength: [[(bytes: [UInt8], name: String)]] = {
        var table: [[(bytes: [UInt8], name: String)]] = Array(repeating: [], count: 11)
        for name in wanted { table[name.utf8.count].append((Array(name.utf8), name)) }
        return table
    }()

    /// The wanted attribute a raw name stands for, case-insensitively, without building a
    /// string for the attributes that are not wanted.
    static func wantedName(_ raw: UnsafePointer<UInt8>) -> String? {
        var length = 0
        while raw[length] != 0 {
            length += 1
            if length >= wantedByLength.count { return nil }
        }
        for candidate in wantedByLength[length] {
            var offset = 0
            while offset < length {
                let byte = raw[offset]
                let lower = byte >= 65 && byte <= 90 ? byte | 0x20 : byte
                guard lower == candidate.bytes[offset] else { break }
                offset += 1
            }
            if offset == length { return candidate.name }
        }
        return nil
    }

    var classAndID = ""
    var href: String?
    var content: String?
    var name: String?
    var property: String?
    var itemprop: String?
    var rel: String?
    var datetime: String?
    var lang: String?
    var type: String?
    var role: String?
    var httpEquiv: String?
    var isHidden = false
    var hasPubdate = false
    var title: String?

    mutating func set(_ key: String, _ value: String) {
        switch key {
        case "class", "id": classAndID = classAndID.isEmpty ? value : classAndID + " " + value
        case "href": href = value
        case "content": content = value
        case "name": name = value
        case "property": property = value
        case "itemprop": itemprop = value
        case "rel": rel = value
        case "datetime": datetime = value
        case "lang": lang = value
        case "type": type = value
        case "role": role = value
        case "http-equiv": httpEquiv = value
        case "hidden": isHidden = true
        case "pubdate": hasPubdate = true
        case "title": title = value
        case "style":
            var compact: [UInt8] = []
            compact.reserveCapacity(value.utf8.count)
            for byte in value.utf8 where byte != 32 { compact.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) }
            if compact.withUnsafeBufferPointer({ Self.hidingStyles.occurs(in: $0) }) { isHidden = true }
        default: break
        }
    }
}
