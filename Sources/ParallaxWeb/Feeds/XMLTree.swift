internal import CLibXML2

/// One element of a parsed XML document.
struct XMLElement: Sendable {
    /// The local name, as written (case kept).
    var name: String
    /// The namespace URI, or "" when the element has none.
    var namespace: String
    /// Attributes by local name (namespace dropped, first one wins), plus `xml:base` and `xml:lang`.
    var attributes: [String: String] = [:]
    /// The index of the parent element, or -1 for the root.
    var parent: Int
    /// Indices of the child elements in order.
    var children: [Int] = []
    /// The element's own text and CDATA, children's text excluded.
    var text = ""
    /// The serialized child markup, kept for content elements that hold elements (XHTML, raw HTML).
    var markup: String?
}

/// An XML document read by libxml2 into a flat array of elements.
///
/// The parser runs in recover mode without network access, without loading external DTDs and
/// without substituting entities, so a feed cannot pull in outside content or expand a
/// declared-entity bomb; nesting and size are bounded.
struct XMLTree: Sendable {
    /// All elements in document order; index 0 is the root.
    var elements: [XMLElement]

    /// Elements past this count are dropped.
    static let maximumElements = 400_000
    /// Text kept per element, in bytes.
    static let maximumTextBytes = 4 << 20
    /// Element names whose child markup is serialized as content.
    static let contentNames: Set<String> = ["content", "summary", "description", "encoded", "subtitle", "title"]

    /// Parses feed bytes in any encoding; elements with more attributes than `limits` allow
    /// are refused before libxml2 reads them, and parsing stops once past the time limit.
    static func parse(_ bytes: [UInt8], url: String?, limits: MarkupLimits = .init()) throws(WebError) -> XMLTree {
        let prepared = CharacterEncoding.prepareXML(bytes)
        try MarkupGuard.check(prepared.bytes, limits: limits, input: "feed")
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
                | XML_PARSE_IGNORE_ENC.rawValue)
        let timeLimit = limits.timeLimit(forBytes: prepared.bytes.count)
        let deadline = ParseDeadline(at: ContinuousClock.now + timeLimit)
        let document: xmlDocPtr? = prepared.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> xmlDocPtr? in
                guard let base = chars.baseAddress ?? UnsafePointer(bitPattern: 1),
                    let context = xmlCreateMemoryParserCtxt(base, Int32(chars.count))
                else { return nil }
                defer { xmlFreeParserCtxt(context) }
                _ = xmlCtxtUseOptions(context, options)
                if let handler = xmlFindCharEncodingHandler(prepared.encoding) {
                    _ = xmlSwitchToEncoding(context, handler)
                }
                // The tree builder's start callback, wrapped to stop the parser at the deadline.
                context.pointee.sax.pointee.startElementNs = {
                    context, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
                    xmlSAX2StartElementNs(
                        context, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
                    guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
                        let box = parser.pointee._private
                    else { return }
                    if Unmanaged<ParseDeadline>.fromOpaque(box).takeUnretainedValue().isPast() { xmlStopParser(parser) }
                }
                context.pointee._private = Unmanaged.passUnretained(deadline).toOpaque()
                _ = xmlParseDocument(context)
                let document = context.pointee.myDoc
                context.pointee.myDoc = nil
                // As `xmlReadMemory` does: the document's base address is where it came from.
                if let document, document.pointee.URL == nil, let url {
                    document.pointee.URL = UnsafePointer(xmlStrdup(url))
                }
                return document
            }
        }
        if deadline.hasPassed {
            if let document { xmlFreeDoc(document) }
            throw WebError(
                code: .parseTimeLimit, message: "feed parsing stopped after the limit of \(timeLimit)")
        }
        guard let document else {
            throw WebError(code: .notFeed, message: "the input is not well-formed enough to read as XML")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw WebError(code: .notFeed, message: "the input has no XML root element")
        }
        var tree = XMLTree(elements: [])
        tree.read(root, document: document)
        return tree
    }

    /// Walks the libxml2 tree without recursion.
    private mutating func read(_ root: xmlNodePtr, document: xmlDocPtr) {
        var stack: [(cursor: xmlNodePtr?, index: Int)] = []
        elements.append(Self.element(root, parent: -1, document: document))
        stack.append((root.pointee.children, 0))
        while let top = stack.last {
            guard let node = top.cursor else {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].cursor = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                guard elements.count < Self.maximumElements else { continue }
                let index = elements.count
                elements.append(Self.element(node, parent: top.index, document: document))
                elements[top.index].children.append(index)
                if elements[index].markup == nil { stack.append((node.pointee.children, index)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content,
                    elements[top.index].text.utf8.count < Self.maximumTextBytes
                else { continue }
                elements[top.index].text += String(cString: content)
            default:
                continue
            }
        }
    }

    private static func element(_ node: xmlNodePtr, parent: Int, document: xmlDocPtr) -> XMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
        var element = XMLElement(name: name, namespace: namespace, parent: parent)
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            var key = String(cString: rawName)
            if let prefix = current.pointee.ns?.pointee.prefix, String(cString: prefix) == "xml" { key = "xml:" + key }
            guard element.attributes[key] == nil else { continue }
            var value = ""
            var child = current.pointee.children
            while let piece = child {
                if let content = piece.pointee.content { value += String(cString: content) }
                child = piece.pointee.next
            }
            element.attributes[key] = value
        }
        if contentNames.contains(name), hasElementChild(node) {
            element.markup = serializeChildren(node, document: document)
        }
        return element
    }

    private static func hasElementChild(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { return true }
            child = current.pointee.next
        }
        return false
    }

    /// The children of `node` written back as markup.
    private static func serializeChildren(_ node: xmlNodePtr, document: xmlDocPtr) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = node.pointee.children
        while let current = child {
            if xmlBufferLength(buffer) > Int32(maximumTextBytes) { break }
            _ = xmlNodeDump(buffer, document, current, 0, 0)
            child = current.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The root element.
    var root: XMLElement { elements[0] }

    /// The child elements of `index` with local name `name`, in any namespace unless one is given.
    func children(of index: Int, named name: String, namespace: String? = nil) -> [Int] {
        elements[index].children.filter {
            elements[$0].name == name && (namespace == nil || elements[$0].namespace == namespace)
        }
    }

    /// The first child of `index` named `name`.
    func child(of index: Int, named name: String, namespace: String? = nil) -> Int? {
        elements[index].children.first {
            elements[$0].name == name && (namespace == nil || elements[$0].namespace == namespace)
        }
    }

    /// All text inside `index`, its descendants' included.
    func deepText(of index: Int) -> String {
        var output = elements[index].text
        var stack = elements[index].children.reversed() as [Int]
        while let next = stack.popLast(), output.utf8.count < Self.maximumTextBytes {
            output += " " + elements[next].text
            stack.append(contentsOf: elements[next].children.reversed())
        }
        return output
    }
}

/// A parse's deadline, reached from libxml2 callbacks through the parser's `_private` slot.
final class ParseDeadline: @unchecked Sendable {
    private let instant: ContinuousClock.Instant
    private var elements = 0
    /// Whether a check found the deadline passed; read after parsing, on the same thread.
    private(set) var hasPassed = false

    init(at instant: ContinuousClock.Instant) { self.instant = instant }

    /// Counts an element and tells whether parsing must stop; reads the clock every 256 elements.
    func isPast() -> Bool {
        elements += 1
        if !hasPassed, elements % 256 == 0, ContinuousClock.now > instant { hasPassed = true }
        return hasPassed
    }
}
