import Foundation

/// Reads article metadata from JSON-LD, OpenGraph, `<meta>`, `<link>`, `<time>`, `<title>` and the URL.
struct MetadataReader {
    let document: HTMLDocument
    let linkedData: LinkedData
    let pageURL: String?
    let dateRules: DateRules
    private let metas: [String: String]

    init(document: HTMLDocument, linkedData: LinkedData, url: String?, dateRules: DateRules = .init()) {
        self.document = document
        self.linkedData = linkedData
        self.pageURL = url
        self.dateRules = dateRules
        var metas: [String: String] = [:]
        for (key, value) in document.markup.metas {
            let trimmed = TextNormalizer.collapse(value)
            if !trimmed.isEmpty, metas[key] == nil { metas[key] = trimmed }
        }
        self.metas = metas
    }

    private func meta(_ keys: String...) -> String? { meta(keys) }

    private func meta(_ keys: [String]) -> String? {
        for key in keys { if let value = metas[key] { return value } }
        return nil
    }

    /// `<meta>` keys that carry the publication date, most trusted first.
    private static let publishedKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "publishdate",
        "publish-date", "pubdate", "publish_date", "published_time", "article:published",
        "og:published_time", "article.published", "sailthru.date", "parsely-pub-date", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "citation_publication_date",
        "citation_date", "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date",
        "og:pubdate", "pdate", "dc.date.created", "datecreated", "created", "article_date_original",
        "date_published", "publication_date", "displaydate", "timestamp",
    ]

    /// Fills everything but the paragraphs.
    func read() -> WebArticle {
        var article = WebArticle()
        article.url = canonicalURL()
        article.outlet = meta("og:site_name", "application-name", "twitter:site") ?? linkedData.publisher
        if let outlet = article.outlet, outlet.hasPrefix("@") { article.outlet = String(outlet.dropFirst()) }
        article.title = title(outlet: article.outlet)
        article.authors = authors()
        article.published = published()
        article.updated =
            (linkedData.modified
            ?? meta(
                "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                "article:modified"))
            .flatMap(DateParser.normalize)
        article.language = language()
        article.description = meta("og:description", "description", "twitter:description") ?? linkedData.description
        article.image =
            meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
            ?? linkedData.image
        return article
    }

    private func canonicalURL() -> String? {
        let canonical = document.markup.links.first { $0.rel.split(separator: " ").contains("canonical") }?.href
        guard let candidate = canonical ?? meta("og:url") ?? linkedData.url, !candidate.isEmpty else {
            return pageURL
        }
        if candidate.hasPrefix("http://") || candidate.hasPrefix("https://") { return candidate }
        guard let pageURL, let schemeEnd = pageURL.range(of: "://") else { return pageURL ?? candidate }
        if candidate.hasPrefix("//") { return String(pageURL[..<schemeEnd.lowerBound]) + ":" + candidate }
        if candidate.hasPrefix("/") {
            let hostEnd = pageURL[schemeEnd.upperBound...].firstIndex(of: "/") ?? pageURL.endIndex
            return String(pageURL[..<hostEnd]) + candidate
        }
        return pageURL
    }

    private func title(outlet: String?) -> String? {
        if let headline = linkedData.headline ?? meta("og:title", "twitter:title") {
            return strip(headline, outlet: outlet)
        }
        if let heading = document.markup.headings.first { return heading }
        return document.markup.title.map { strip($0, outlet: outlet) }
    }

    /// Removes a " | Site" or " - Site" suffix.
    private func strip(_ title: String, outlet: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = title[range.upperBound...]
            let tailIsSite =
                outlet.map {
                    tail.lowercased().contains($0.lowercased()) || $0.lowercased().contains(tail.lowercased())
                }
                ?? false
            if tailIsSite || (tail.count < 30 && head.count > tail.count * 2 && head.split(separator: " ").count >= 3) {
                return head
            }
        }
        return title
    }

    private func authors() -> [String] {
        if !linkedData.authors.isEmpty { return unique(linkedData.authors) }
        let raw = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
        guard var raw, !raw.hasPrefix("http") else { return [] }
        if raw.lowercased().hasPrefix("by ") { raw = String(raw.dropFirst(3)) }
        let parts = raw.replacing(" and ", with: ",").replacing(" & ", with: ",").split(separator: ",")
        return unique(parts.map { TextNormalizer.collapse(String($0)) }.filter { !$0.isEmpty })
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    private func language() -> String? {
        let raw =
            document.markup.language ?? meta("content-language", "og:locale", "language", "dc.language")
            ?? linkedData.language
        guard let raw else { return nil }
        let code = raw.lowercased().prefix { $0.isLetter }
        return code.count == 2 ? String(code) : nil
    }

    /// The publication date: structured data first, then the URL, `<time>` and visible text.
    /// Words that name a publication time as the last part of a site's own meta property
    /// ("five_hundred_pixels:uploaded", "mysite.published_at").
    private static let publishedWords: Set<String> = [
        "uploaded", "published", "published_at", "publishedat", "publish_date", "publishdate", "pubdate",
        "date_published", "datepublished", "created_at", "release_date", "first_published",
    ]

    /// The first meta value whose namespaced key ends in a publication word.
    private func namespacedPublished() -> String? {
        for (key, value) in document.markup.metas {
            guard let separator = key.lastIndex(where: { $0 == ":" || $0 == "." }) else { continue }
            if Self.publishedWords.contains(String(key[key.index(after: separator)...])) { return value }
        }
        return nil
    }

    /// Whether node `index` lies inside a quotation (an embedded post or tweet).
    private func isQuoted(_ index: Int) -> Bool {
        var ancestor = index
        while ancestor >= 0, ancestor < document.nodes.count {
            if document.nodes[ancestor].tag == .blockquote || document.nodes[ancestor].tag == .q { return true }
            ancestor = Int(document.nodes[ancestor].parent)
        }
        return false
    }

    func published() -> String? {
        let header =
            dateRules.readsHeaderInDocumentOrder
            ? document.markup.metas.first { Self.publishedKeys.contains($0.key) && !$0.value.isEmpty }?.value
            : meta(Self.publishedKeys)
        let structured: [String?] =
            (dateRules.prefersHeaderMeta
                ? [header, namespacedPublished(), linkedData.published]
                : [linkedData.published, header, namespacedPublished()])
            + [dateRules.readsAnyLinkedDataDate ? linkedData.anyPublished : nil]
        let fromURL = DateReader.date(inURL: DateReader.archivedURL(pageURL ?? canonicalURL() ?? ""))
        let times = document.markup.times.filter { !dateRules.ignoresQuotedTimes || !isQuoted($0.node) }
        let fromTimes = [times.first(where: \.isPublished)?.value, times.first?.value]
        for candidate in structured + fromTimes {
            guard let candidate, let date = DateParser.normalize(candidate),
                let day = DateParser.day(in: String(date.prefix(10)))
            else { continue }
            guard let fromURL else { return date }
            if let urlDay = fromURL.day {
                // A full date in the URL wins over a different date, often a time-zone shift.
                return day == urlDay ? date : urlDay.iso
            }
            // A year and month in the URL rule out dates from other months.
            if day.year == fromURL.year, day.month == fromURL.month ?? day.month { return date }
        }
        if let day = fromURL?.day { return day.iso }
        if let fromURL, let month = fromURL.month,
            let inText = DateReader(document: document, skipsNavigation: dateRules.textSkipsNavigation).dayInText(),
            inText.year == fromURL.year, inText.month == month
        {
            return inText.iso
        }
        if let fromURL, let month = fromURL.month {
            return DateParser.Day(year: fromURL.year, month: month, day: 1).iso
        }
        if let inText = DateReader(document: document, skipsNavigation: dateRules.textSkipsNavigation).dayInText() {
            return inText.iso
        }
        // Last resort: the upload date in the lead image's address (`/files/2016/05/04/lead.png`).
        let image = meta("og:image", "og:image:url", "twitter:image") ?? linkedData.image
        return image.flatMap { DateReader.date(inURL: $0)?.day?.iso }
    }
}
