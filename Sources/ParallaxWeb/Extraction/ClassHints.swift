/// Reads `class` and `id` values for hints of content or boilerplate.
struct ClassHints: Sendable {
    /// What the names of an element suggest.
    struct Verdict: Sendable {
        /// Positive for content-like names, negative for boilerplate-like names.
        var weight: Int
        /// Whether the element should be dropped before scoring.
        var isBoilerplate: Bool
        /// Whether the names are boilerplate even where the element holds long paragraphs.
        var isStrong: Bool
    }

    /// Words to find inside a text, bucketed by first byte so that each position of the text
    /// is compared only with the words that can start there.
    struct NeedleSet: Sendable {
        private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)

        init(_ words: [String]) {
            for word in words where !word.isEmpty {
                let bytes = Array(word.utf8)
                buckets[Int(bytes[0])].append(bytes)
            }
        }

        /// Whether any word occurs in `text`.
        func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
            for index in text.indices {
                for needle in buckets[Int(text[index])] where index + needle.count <= text.count {
                    var offset = 1
                    while offset < needle.count, text[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }

    private static func bytes(_ words: [String]) -> NeedleSet { NeedleSet(words) }

    /// Names of boilerplate that are removed unless the element also looks like content.
    private static let unlikely = bytes([
        "banner", "breadcrumb", "combx", "community", "cover-wrap", "disqus", "extra", "gdpr", "legends",
        "menu", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "masthead", "toolbar", "widget",
        "footer", "header", "navbar", "nav-", "-nav", "_nav", "navigation", "signup", "sign-up", "login",
        "modal", "overlay", "tooltip", "hidden", "print-only", "visually-hidden", "sr-only", "offscreen",
        "byline", "dateline", "timestamp", "author", "caption", "credit", "tags", "topics", "keywords",
        "ticker", "trending", "most-popular", "mostpopular", "popular", "read-more", "readmore",
        "more-stories", "morestories", "further-reading", "see-also", "also-read", "inline-link",
        "teaser", "rail", "lightbox", "carousel", "slideshow", "gallery", "video", "player", "podcast",
        "audio", "alert", "notification", "skip", "jump", "subscription", "subscribe", "paywall", "donate",
        "feedback", "survey", "poll", "print", "email", "mail", "follow", "contributor", "bio",
    ])
    /// Names of boilerplate that are removed even when the element also looks like content.
    private static let strongUnlikely = bytes([
        "comment", "share", "sharing", "social", "related", "newsletter", "promo", "cookie", "consent",
        "outbrain", "taboola", "recommend", "advert", "sponsored", "partner", "affiliate", "-ad-", "-ads-",
        "adslot", "ad-slot", "ad-container", "ad-wrapper", "adunit", "ad-unit", "dfp", "googlead", "doubleclick",
        "disclaimer", "copyright", "licens", "related-", "recirc", "upsell", "marketing", "nocontent",
    ])
    /// Names that keep an element even when it also carries an `unlikely` name.
    private static let maybe = bytes([
        "and", "article", "body", "column", "content", "main", "shadow", "story", "text", "entry", "post",
    ])
    /// Names of boilerplate for weighting.
    private static let negative = bytes([
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "social", "subscribe",
        "newsletter", "byline", "author", "caption", "recommend", "teaser", "rail", "aside",
    ])
    /// Names of content for weighting.
    private static let positive = bytes([
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "paragraph", "prose", "rich-text", "richtext", "abstract",
    ])
    /// Short names matched as whole words only.
    private static let unlikelyWords: Set<String> = [
        "ad", "ads", "nav", "share", "tag", "meta", "aside", "promo", "sidebar", "related", "hide", "hidden",
        "adsbygoogle", "ad-container", "advertisement", "sponsored",
    ]

    /// Judges lowercased `class`/`id` text.
    static func judge(_ hints: String) -> Verdict {
        var hints = hints
        return hints.withUTF8 { text -> Verdict in
            var weight = 0
            if matches(text, positive) { weight += 25 }
            if matches(text, negative) { weight -= 25 }
            let isMaybe = matches(text, maybe)
            let strong = matches(text, strongUnlikely)
            var drop = strong || (!isMaybe && matches(text, unlikely))
            if !drop {
                var word: [UInt8] = []
                for byte in text {
                    if byte == 32 || byte == 95 {
                        if !word.isEmpty, unlikelyWords.contains(String(decoding: word, as: UTF8.self)) { drop = true }
                        word.removeAll(keepingCapacity: true)
                    } else {
                        word.append(byte)
                    }
                }
                if !word.isEmpty, unlikelyWords.contains(String(decoding: word, as: UTF8.self)) { drop = true }
            }
            if contains(text, Array("articlebody".utf8)) { weight += 50 }
            return Verdict(weight: weight, isBoilerplate: drop, isStrong: strong)
        }
    }

    /// Whether any needle occurs in `text`.
    static func matches(_ text: UnsafeBufferPointer<UInt8>, _ needles: NeedleSet) -> Bool {
        needles.occurs(in: text)
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count <= text.count else { return false }
        let first = needle[0]
        var index = 0
        let last = text.count - count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < count, text[index + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }
}
