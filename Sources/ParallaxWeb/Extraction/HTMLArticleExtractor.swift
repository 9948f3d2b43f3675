/// Turns an HTML page into a `WebArticle`: metadata plus the main text without boilerplate.
public struct HTMLArticleExtractor: Sendable {
    /// Limits and switches for extraction.
    public struct Configuration: Sendable, Hashable {
        /// Pages larger than this many bytes are refused with `.tooLarge`.
        public var maximumBytes: Int
        /// Nodes past this count are ignored, bounding the work on huge pages.
        public var maximumNodes: Int
        /// Whether a JSON-LD `articleBody` may steer the choice of content.
        public var usesLinkedDataBody: Bool
        /// Rules for links, tables and paragraph-like siblings inside the content.
        public var contentRules = ContentRules()
        /// Rules for choosing the publication date among a page's cues.
        public var dateRules = DateRules()
        /// Bounds on attributes per element and on parse time.
        public var markupLimits = MarkupLimits()

        /// Creates a configuration; the defaults suit news pages.
        public init(maximumBytes: Int = 32 << 20, maximumNodes: Int = 500_000, usesLinkedDataBody: Bool = true) {
            self.maximumBytes = maximumBytes
            self.maximumNodes = maximumNodes
            self.usesLinkedDataBody = usesLinkedDataBody
        }
    }

    /// Time spent in each stage of one extraction.
    package struct Timing: Sendable {
        package var parsing: Duration = .zero
        package var deciding: Duration = .zero

        package init() {}
    }

    /// The limits and switches in use.
    public var configuration: Configuration

    /// Creates an extractor.
    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
    }

    /// Extracts the article from raw page bytes; `url` is the address the page came from and
    /// `charset` the one its HTTP `Content-Type` header named, which outranks the page's own.
    public func extract(html: [UInt8], url: String?, charset: String? = nil) throws(WebError) -> WebArticle {
        var timing = Timing()
        return try extract(html: html, url: url, charset: charset, timing: &timing)
    }

    package func extract(html: [UInt8], url: String?, charset: String? = nil, timing: inout Timing) throws(WebError)
        -> WebArticle
    {
        guard html.count <= configuration.maximumBytes else {
            throw WebError(
                code: .tooLarge, message: "page of \(html.count) bytes exceeds \(configuration.maximumBytes)")
        }
        try Self.checkLooksLikeHTML(html)
        let clock = ContinuousClock()
        let start = clock.now
        let prepared = CharacterEncoding.prepare(html, transportCharset: charset)
        let document = try HTMLDocument.parse(
            prepared, url: url, maximumNodes: configuration.maximumNodes, limits: configuration.markupLimits)
        let parsed = clock.now
        timing.parsing += parsed - start
        defer { timing.deciding += clock.now - parsed }

        let linkedData = LinkedData(sources: document.markup.jsonLD)
        var article = MetadataReader(
            document: document, linkedData: linkedData, url: url, dateRules: configuration.dateRules
        ).read()
        guard !document.nodes.isEmpty else {
            throw WebError(code: .noContent, message: "the page has no elements")
        }
        article.paragraphs = content(document: document, linkedData: linkedData, title: article.title)
        if article.paragraphs.isEmpty, let body = linkedData.body, body.count >= 200 {
            article.paragraphs = [body]
        }
        guard !article.paragraphs.isEmpty else {
            throw WebError(code: .noContent, message: "no main text found")
        }
        return article
    }

    /// Reads only the metadata of a page (title, dates, authors…), leaving `paragraphs` empty.
    public func extractMetadata(html: [UInt8], url: String?) throws(WebError) -> WebArticle {
        guard html.count <= configuration.maximumBytes else {
            throw WebError(
                code: .tooLarge, message: "page of \(html.count) bytes exceeds \(configuration.maximumBytes)")
        }
        try Self.checkLooksLikeHTML(html)
        let prepared = CharacterEncoding.prepare(html)
        let document = try HTMLDocument.parse(
            prepared, url: url, maximumNodes: configuration.maximumNodes, limits: configuration.markupLimits)
        let linkedData = LinkedData(sources: document.markup.jsonLD)
        return MetadataReader(document: document, linkedData: linkedData, url: url, dateRules: configuration.dateRules)
            .read()
    }

    /// Refuses empty input and binary data.
    static func checkLooksLikeHTML(_ html: [UInt8]) throws(WebError) {
        let head = html.prefix(2048)
        guard head.contains(where: { $0 > 32 }) else {
            throw WebError(code: .notHTML, message: "the input is empty")
        }
        let isUTF16 = html.starts(with: [0xFF, 0xFE]) || html.starts(with: [0xFE, 0xFF])
        let controls = head.filter { $0 < 9 || ($0 > 13 && $0 < 32) }.count
        if !isUTF16, controls * 20 > head.count {
            throw WebError(code: .notHTML, message: "the input looks binary")
        }
        guard isUTF16 || html.prefix(1 << 16).contains(UInt8(ascii: "<")) else {
            throw WebError(code: .notHTML, message: "the input has no markup")
        }
    }

    private func content(document: HTMLDocument, linkedData: LinkedData, title: String?) -> [String] {
        var articleWords: Set<String> = []
        if configuration.usesLinkedDataBody, let body = linkedData.body, body.utf8.count >= 300 {
            articleWords = Set(WordTokenizer.words(body.lowercased()))
        }
        var best: [String] = []
        for trustsClassNames in [true, false] {
            let scorer = ContentScorer(
                document: document, trustsClassNames: trustsClassNames, rules: configuration.contentRules)
            let roots = scorer.chooseContent(articleWords: articleWords)
            let blocks = BlockCollector(scorer: scorer).blocks(in: roots)
            let paragraphs = BlockFilter(title: title, rules: configuration.contentRules).filter(blocks)
            let length = paragraphs.reduce(0) { $0 + $1.utf8.count }
            if length > best.reduce(0, { $0 + $1.utf8.count }) { best = paragraphs }
            if length >= 500 { break }
        }
        return best
    }
}
