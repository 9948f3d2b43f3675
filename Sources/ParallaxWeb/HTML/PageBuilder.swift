internal import CLibXML2

/// Builds the flat node array and the page markup straight from libxml2's SAX events.
///
/// No libxml2 tree is built or freed, which roughly halves the work of reading a page. The
/// events are those the tree builder would get (implied and auto-closed elements included),
/// so the nodes are the ones a tree walk gives. A class, because the C callbacks reach it
/// through one pointer.
final class PageBuilder {
    private(set) var nodes: [HTMLNode] = []
    private(set) var markup = PageMarkup()
    private(set) var body = 0
    private let maximumNodes: Int
    /// When parsing must stop, checked every `elementsPerClockRead` elements.
    private let deadline: ContinuousClock.Instant
    /// The parser, so that a callback can stop it.
    private var context: htmlParserCtxtPtr?
    /// Whether the deadline stopped the parser.
    private(set) var isTruncatedByTime = false
    /// Elements seen, for spacing the clock reads.
    private var elementCount = 0
    /// Elements between reads of the clock: a read costs tens of nanoseconds, an element more.
    private static let elementsPerClockRead = 256
    /// Where raw text was cut out of the input, and how many of the cuts the parser reached as
    /// the start of the same element (`RawTextElision`).
    private let cuts: [RawTextElision.Cut]
    private(set) var reachedCuts = 0

    /// Indices of the recorded elements that are open.
    private var open: [Int32] = []
    /// Open elements at and below a skipped one (whose content is never article text).
    private var skipDepth = 0
    /// All open elements, recorded or not.
    private var depth = 0
    /// Text since the last element event; one text node, as the tree builder merges it.
    private var pendingText = ""
    /// Direct text of the skipped element being read for metadata (`<title>`, JSON-LD).
    private var captured: (tag: HTMLTag, text: String)?
    /// Descendant text wanted for metadata, up to a limit, with the depth of its element.
    private var deepCaptures: [DeepCapture] = []

    private struct DeepCapture {
        enum Target {
            case meta(Int)
            case heading(Int)
        }
        var depth: Int
        var limit: Int
        var target: Target
        var text = ""
    }

    /// Direct-mapped caches keyed by name pointer: libxml2 interns names in its dictionary,
    /// so a pointer seen before names the same tag or attribute and needs neither a string
    /// nor a hash.
    private var tagCache = [(name: UnsafePointer<UInt8>?, tag: HTMLTag)](repeating: (nil, .other), count: 512)
    private var attributeCache = [(name: UnsafePointer<UInt8>?, wanted: String?)](
        repeating: (nil, nil), count: 512)

    init(maximumNodes: Int, deadline: ContinuousClock.Instant, cuts: [RawTextElision.Cut] = []) {
        self.maximumNodes = maximumNodes
        self.deadline = deadline
        self.cuts = cuts
        nodes.reserveCapacity(4096)
    }

    /// Parses `bytes` in `encoding` and returns the document, with whether libxml2 started a
    /// raw-text element at each of the `cuts` made in `bytes` (true without cuts).
    static func parse(
        _ bytes: [UInt8], encoding: String, url: String?, maximumNodes: Int, deadline: ContinuousClock.Instant,
        cuts: [RawTextElision.Cut] = []
    ) -> (document: HTMLDocument, readsCuts: Bool)? {
        let builder = PageBuilder(maximumNodes: maximumNodes, deadline: deadline, cuts: cuts)
        let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Bool in
                guard let base = chars.baseAddress ?? UnsafePointer(bitPattern: 1),
                    let context = htmlCreateMemoryParserCtxt(base, Int32(chars.count)),
                    let sax = context.pointee.sax
                else { return false }
                defer { htmlFreeParserCtxt(context) }
                // Our callbacks go into the handler libxml2 allocated (and will free).
                sax.pointee = makeHandler()
                context.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
                builder.context = context
                defer { builder.context = nil }
                let options = Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
                _ = htmlCtxtUseOptions(context, options)
                if let encodingHandler = xmlFindCharEncodingHandler(encoding) {
                    _ = xmlSwitchToEncoding(context, encodingHandler)
                }
                _ = htmlParseDocument(context)
                return true
            }
        }
        guard parsed else { return nil }
        builder.finish()
        let document = HTMLDocument(
            nodes: builder.nodes, markup: builder.markup, body: builder.body,
            isTruncatedByTime: builder.isTruncatedByTime)
        return (document, builder.reachedCuts == cuts.count)
    }

    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC, so that `serror` below is used.
        handler.serror = { _, _ in }
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<PageBuilder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<PageBuilder>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            Unmanaged<PageBuilder>.fromOpaque(context).takeUnretainedValue()
                .text(UnsafeBufferPointer(start: characters, count: Int(length)), isRaw: false)
        }
        handler.cdataBlock = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            Unmanaged<PageBuilder>.fromOpaque(context).takeUnretainedValue()
                .text(UnsafeBufferPointer(start: characters, count: Int(length)), isRaw: true)
        }
        return handler
    }

    // MARK: Events

    private func start(_ name: UnsafePointer<UInt8>, _ rawAttributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        depth += 1
        elementCount += 1
        if reachedCuts < cuts.count { checkCut(name) }
        if elementCount % Self.elementsPerClockRead == 0, !isTruncatedByTime, ContinuousClock.now > deadline {
            isTruncatedByTime = true
            if let context { xmlStopParser(context) }
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        flushText()
        if nodes.count >= maximumNodes {
            skipDepth = 1
            return
        }
        let tag = tag(named: name)
        var attributes = Attributes()
        if let rawAttributes {
            var cursor = 0
            while let attributeName = rawAttributes[cursor] {
                let value = rawAttributes[cursor + 1]
                cursor += 2
                guard let key = wantedAttribute(attributeName) else { continue }
                attributes.set(key, value.map { String(cString: $0) } ?? "")
            }
        }
        let index = Int32(nodes.count)
        collectMarkup(tag: tag, attributes: attributes, index: Int(index))
        switch tag {
        case .script, .title, .style, .meta, .link, .template, .noscript, .svg, .math, .select, .textarea,
            .option:
            // Metadata was read above; nothing inside is article text.
            skipDepth = 1
            return
        default:
            break
        }
        var record = HTMLNode(tag: tag, parent: open.last ?? -1, end: index)
        if let itemprop = attributes.itemprop, itemprop.lowercased() == "articlebody" {
            attributes.classAndID += " articlebody"
        }
        if !attributes.classAndID.isEmpty { record.hints = ByteScan.lowercased(attributes.classAndID) }
        if let role = attributes.role { record.role = role.lowercased() }
        if attributes.isHidden { record.isHidden = true }
        if tag == .body { body = Int(index) }
        nodes.append(record)
        open.append(index)
    }

    /// Counts the next cut as reached when this element's start tag ends with the `>` just
    /// before it: libxml2 then reads the raw text from the cut on, up to the end tag the cut
    /// was made at, exactly as it would have read the text that was cut.
    private func checkCut(_ name: UnsafePointer<UInt8>) {
        guard let input = context?.pointee.input, let cursor = input.pointee.cur, let base = input.pointee.base
        else { return }
        let offset = Int(input.pointee.consumed) + base.distance(to: cursor)
        let cut = cuts[reachedCuts]
        if offset + 1 == cut.offset, cursor.pointee == 62, tag(named: name) == cut.tag { reachedCuts += 1 }
    }

    private func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0, let finished = captured {
                captured = nil
                switch finished.tag {
                case .title where markup.title == nil: markup.title = TextNormalizer.collapse(finished.text)
                case .script: markup.jsonLD.append(finished.text)
                default: break
                }
            }
        } else {
            flushText()
            if let index = open.popLast() { nodes[Int(index)].end = Int32(nodes.count) }
        }
        while let last = deepCaptures.last, last.depth == depth {
            deepCaptures.removeLast()
            finishDeepCapture(last)
        }
        depth = max(0, depth - 1)
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, isRaw: Bool) {
        if !isRaw {
            for index in deepCaptures.indices where deepCaptures[index].text.utf8.count < deepCaptures[index].limit {
                deepCaptures[index].text += String(decoding: bytes, as: UTF8.self)
            }
        }
        if skipDepth > 0 {
            if skipDepth == 1, captured != nil { captured?.text += String(decoding: bytes, as: UTF8.self) }
            return
        }
        pendingText += String(decoding: bytes, as: UTF8.self)
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        defer { pendingText = "" }
        guard nodes.count < maximumNodes else { return }
        var text = pendingText
        if ByteScan.isBlank(text) { text = " " }
        let index = Int32(nodes.count)
        nodes.append(HTMLNode(tag: .text, parent: open.last ?? -1, end: index + 1, text: text))
    }

    /// Closes whatever the parser left open.
    private func finish() {
        flushText()
        while let index = open.popLast() { nodes[Int(index)].end = Int32(nodes.count) }
        for index in nodes.indices where nodes[index].end < Int32(index + 1) {
            nodes[index].end = Int32(nodes.count)
        }
    }

    // MARK: Markup

    private func collectMarkup(tag: HTMLTag, attributes: Attributes, index: Int) {
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
            guard let type = attributes.type, ByteScan.mayContain("ld+json", in: type),
                type.lowercased().contains("ld+json")
            else { return }
            captured = (.script, "")
        case .title:
            if markup.title == nil { captured = (.title, "") }
        default:
            if let datetime = attributes.datetime {
                let published =
                    attributes.itemprop?.lowercased().contains("datepublished") == true
                    || attributes.hasPubdate || attributes.classAndID.lowercased().contains("publish")
                markup.times.append((datetime, index, published))
            }
            // hAtom's `<abbr class="published" title="2016-05-22T10:00:00">`, which htmldate reads too.
            if tag == .abbr, let title = attributes.title, attributes.classAndID.lowercased().contains("published") {
                markup.times.append((title, index, true))
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
                } else {
                    // The element's text, once it is read; the slot keeps the document order.
                    markup.metas.append((itemprop, ""))
                    deepCaptures.append(DeepCapture(depth: depth, limit: 200, target: .meta(markup.metas.count - 1)))
                }
            }
            if tag == .h1, markup.headings.count < 4 {
                markup.headings.append("")
                deepCaptures.append(DeepCapture(depth: depth, limit: 400, target: .heading(markup.headings.count - 1)))
            }
        }
    }

    private func finishDeepCapture(_ capture: DeepCapture) {
        let text = TextNormalizer.collapse(capture.text)
        switch capture.target {
        case .meta(let slot):
            // An empty value is skipped by the metadata reader, as a missing one would be.
            if !text.isEmpty, text.count < 120 { markup.metas[slot].value = text }
        case .heading(let slot):
            if text.isEmpty {
                markup.headings.remove(at: slot)
            } else {
                markup.headings[slot] = text
            }
        }
    }

    // MARK: Names

    private static func slot(_ pointer: UnsafePointer<UInt8>) -> Int {
        let bits = UInt(bitPattern: pointer)
        return Int((bits >> 3 ^ bits >> 12) & 511)
    }

    private func tag(named raw: UnsafePointer<UInt8>) -> HTMLTag {
        let slot = Self.slot(raw)
        if tagCache[slot].name == raw { return tagCache[slot].tag }
        var name = String(cString: raw)
        if name.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) { name = name.lowercased() }
        let tag = HTMLTag(name: name)
        tagCache[slot] = (raw, tag)
        return tag
    }

    private func wantedAttribute(_ raw: UnsafePointer<UInt8>) -> String? {
        let slot = Self.slot(raw)
        if attributeCache[slot].name == raw { return attributeCache[slot].wanted }
        let name = Attributes.wantedName(raw)
        attributeCache[slot] = (raw, name)
        return name
    }
}
