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

    /// Parses prepared UTF-8 (or declared-encoding) bytes.
    static func parse(
        _ prepared: CharacterEncoding.Prepared,
        url: String?,
        maximumNodes: Int
    ) throws(WebError) -> HTMLDocument {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document: htmlDocPtr? = prepared.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), url, prepared.encoding, options)
            }
        }
        guard let document else {
            throw WebError(code: .parseFailed, message: "libxml2 could not parse the page")
        }
        defer { xmlFreeDoc(document) }
        var builder = TreeBuilder(maximumNodes: maximumNodes)
        builder.read(document)
        return HTMLDocument(nodes: builder.nodes, markup: builder.markup, body: builder.body)
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

/// Walks a libxml2 tree without recursion and records nodes and markup.
private struct TreeBuilder {
    var nodes: [HTMLNode] = []
    var markup = PageMarkup()
    var body = 0
    let maximumNodes: Int

    init(maximumNodes: Int) {
        self.maximumNodes = maximumNodes
        nodes.reserveCapacity(4096)
    }

    mutating func read(_ document: htmlDocPtr) {
        var stack: [(cursor: xmlNodePtr?, index: Int32)] = [(document.pointee.children, -1)]
        while let top = stack.last {
            guard let node = top.cursor else {
                stack.removeLast()
                if top.index >= 0 { nodes[Int(top.index)].end = Int32(nodes.count) }
                continue
            }
            stack[stack.count - 1].cursor = node.pointee.next
            if nodes.count >= maximumNodes { continue }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if let descend = element(node, parent: top.index) {
                    stack.append((node.pointee.children, descend))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                var text = String(cString: content)
                if text.utf8.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { text = " " }
                let index = Int32(nodes.count)
                nodes.append(HTMLNode(tag: .text, parent: top.index, end: index + 1, text: text))
            default:
                continue
            }
        }
        for index in nodes.indices where nodes[index].end < Int32(index + 1) {
            nodes[index].end = Int32(nodes.count)
        }
    }

    /// Direct-mapped caches keyed by name pointer: libxml2 interns names in the document's
    /// dictionary, so a pointer seen before names the same tag or attribute, and most
    /// elements need neither a string nor a hash.
    var tagCache = [(name: UnsafePointer<UInt8>?, tag: HTMLTag)](repeating: (nil, .other), count: 512)
    var attributeCache = [(name: UnsafePointer<UInt8>?, wanted: String?)](repeating: (nil, nil), count: 512)

    private static func slot(_ pointer: UnsafePointer<UInt8>) -> Int {
        let bits = UInt(bitPattern: pointer)
        return Int((bits >> 3 ^ bits >> 12) & 511)
    }

    mutating func tag(named raw: UnsafePointer<UInt8>) -> HTMLTag {
        let slot = Self.slot(raw)
        if tagCache[slot].name == raw { return tagCache[slot].tag }
        let tag = HTMLTag(name: Self.lowercase(String(cString: raw)))
        tagCache[slot] = (raw, tag)
        return tag
    }

    mutating func wantedAttribute(_ raw: UnsafePointer<UInt8>) -> String? {
        let slot = Self.slot(raw)
        if attributeCache[slot].name == raw { return attributeCache[slot].wanted }
        let name = Attributes.wantedName(raw)
        attributeCache[slot] = (raw, name)
        return name
    }

    /// Records an element; returns its index when its children should be read.
    mutating func element(_ node: xmlNodePtr, parent: Int32) -> Int32? {
        guard let rawName = node.pointee.name else { return nil }
        let tag = tag(named: rawName)
        var attributes = Attributes()
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let attributeName = current.pointee.name else { continue }
            guard let key = wantedAttribute(attributeName) else { continue }
            var value = ""
            var child = current.pointee.children
            while let piece = child {
                if let content = piece.pointee.content { value += String(cString: content) }
                child = piece.pointee.next
            }
            attributes.set(key, value)
        }
        let index = Int32(nodes.count)
        collectMarkup(tag: tag, attributes: attributes, node: node, index: Int(index))
        switch tag {
        case .script, .title, .style, .meta, .link, .template, .noscript, .svg, .math, .select, .textarea,
            .option:
            // Metadata was read above; nothing inside is article text.
            return nil
        default:
            break
        }
        var record = HTMLNode(tag: tag, parent: parent, end: index)
        if let itemprop = attributes.itemprop, itemprop.lowercased() == "articlebody" {
            attributes.classAndID += " articlebody"
        }
        if !attributes.classAndID.isEmpty { record.hints = attributes.classAndID.lowercased() }
        if let role = attributes.role { record.role = role.lowercased() }
        if attributes.isHidden { record.isHidden = true }
        if tag == .body { body = Int(index) }
        nodes.append(record)
        return index
    }

    mutating func collectMarkup(tag: HTMLTag, attributes: Attributes, node: xmlNodePtr, index: Int) {
        switch tag {
        case .html:
            if markup.language == nil, let language = attributes.lang { markup.language = language }
        case .meta:
            guard let content = attributes.content else { return }
            for key in [attributes.property, attributes.name, attributes.itemprop, attributes.httpEquiv] {
                if let key, !key.isEmpty { markup.metas.append((key.lowercased(), content)) }
            }
        case .link:
            if let rel = attributes.rel, let href = attributes.href { markup.links.append((rel.lowercased(), href)) }
            if let itemprop = attributes.itemprop, let href = attributes.href {
                markup.metas.append((itemprop.lowercased(), href))
            }
        case .script:
            guard let type = attributes.type?.lowercased(), type.contains("ld+json") else { return }
            markup.jsonLD.append(Self.childText(node))
        case .title:
            if markup.title == nil { markup.title = TextNormalizer.collapse(Self.childText(node)) }
        default:
            if let datetime = attributes.datetime {
                let published =
                    attributes.itemprop?.lowercased().contains("datepublished") == true
                    || attributes.hasPubdate || attributes.classAndID.lowercased().contains("publish")
                markup.times.append((datetime, index, published))
            }
            if let property = attributes.property?.lowercased(), let content = attributes.content,
                property.contains("datepublished") || property.contains("datecreated")
            {
                markup.metas.append(("datepublished", content))
            }
            if let itemprop = attributes.itemprop?.lowercased(), itemprop.hasPrefix("date") || itemprop == "author" {
                if let content = attributes.content {
                    markup.metas.append((itemprop, content))
                } else if itemprop.hasPrefix("date"), let datetime = attributes.datetime {
                    markup.metas.append((itemprop, datetime))
                } else if itemprop.hasPrefix("date") || itemprop == "author" {
                    let text = TextNormalizer.collapse(Self.deepText(node, limit: 200))
                    if !text.isEmpty, text.count < 120 { markup.metas.append((itemprop, text)) }
                }
            }
            if tag == .h1, markup.headings.count < 4 {
                let text = TextNormalizer.collapse(Self.deepText(node, limit: 400))
                if !text.isEmpty { markup.headings.append(text) }
            }
        }
    }

    /// `name` lowercased; libxml2 already lowercases HTML names, so this rarely copies.
    static func lowercase(_ name: String) -> String {
        name.utf8.contains { $0 >= 65 && $0 <= 90 } ? name.lowercased() : name
    }

    static func childText(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { text += String(cString: content) }
            child = current.pointee.next
        }
        return text
    }

    /// The text of all descendants, up to about `limit` bytes.
    static func deepText(_ node: xmlNodePtr, limit: Int) -> String {
        var text = ""
        var stack: [xmlNodePtr] = []
        var cursor = node.pointee.children
        while text.utf8.count < limit {
            guard let current = cursor else {
                guard let parent = stack.popLast() else { break }
                cursor = parent.pointee.next
                continue
            }
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                text += String(cString: content)
            }
            if current.pointee.type == XML_ELEMENT_NODE, let first = current.pointee.children {
                stack.append(current)
                cursor = first
            } else {
                cursor = current.pointee.next
            }
        }
        return text
    }
}

/// The attributes the extractor reads, picked out of an element.
private struct Attributes {
    static let hidingStyles = ClassHints.NeedleSet(["display:none", "visibility:hidden"])

    static let wanted: [String] = [
        "class", "id", "href", "content", "name", "property", "itemprop", "rel", "datetime", "lang", "type",
        "style", "hidden", "role", "http-equiv", "pubdate",
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
        case "style":
            var compact: [UInt8] = []
            compact.reserveCapacity(value.utf8.count)
            for byte in value.utf8 where byte != 32 { compact.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) }
            if compact.withUnsafeBufferPointer({ Self.hidingStyles.occurs(in: $0) }) { isHidden = true }
        default: break
        }
    }
}
