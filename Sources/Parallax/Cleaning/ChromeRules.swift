internal import Foundation

/// Kinds of line that are not part of an article, whatever site they come from.
enum ChromeKind: String, Sendable {
    case languageSwitcher, photoCredit, videoNotice, promo, legalNotice, editorialNote
    case badge, relativeTime, sectionLabel, blockOpener, byline, dateline, sourceLine
}

/// General rules that recognise chrome lines by their shape and wording, not by site.
enum ChromeRules {
    /// The first rule that matches a line anywhere in the article.
    static func kind(of line: LineFeatures) -> ChromeKind? {
        if isLanguageSwitcher(line) { return .languageSwitcher }
        if isBreadcrumb(line) { return .sectionLabel }
        if isPhotoCredit(line) { return .photoCredit }
        if isVideoNotice(line) { return .videoNotice }
        if isLegalNotice(line) { return .legalNotice }
        if isEditorialNote(line) { return .editorialNote }
        if isPromo(line) { return .promo }
        if isBadge(line) { return .badge }
        if isRelativeTime(line) { return .relativeTime }
        if isBlockOpener(line) { return .blockOpener }
        if MetadataLines.sourceName(in: line) != nil { return .sourceLine }
        if !MetadataLines.bylineNames(in: line).isEmpty, !line.text.contains(":") || line.lowercased.hasPrefix("author")
        {
            return .byline
        }
        if DateLineParser.dateline(line) != nil { return .dateline }
        return nil
    }

    static let languageCodes: Set<String> = [
        "en", "ru", "be", "by", "de", "fr", "es", "it", "pt", "uk", "ua", "pl", "zh", "cn", "ar",
        "ja", "jp", "ko", "tr", "nl", "sv", "no", "da", "fi", "cs", "sk", "hu", "ro", "bg", "el",
        "he", "fa", "hi", "ka", "hy", "az", "kk", "uz", "lt", "lv", "et", "sr", "hr", "bs", "sl",
        "mk", "sq", "id", "ms", "vi", "th", "ur", "bn", "sw", "ky", "tg", "tk", "mn", "ro", "md",
    ]

    /// "BE RU EN", "EN | FR | ES", "English Русский Deutsch".
    static func isLanguageSwitcher(_ line: LineFeatures) -> Bool {
        let tokens = line.words.filter { $0 != "|" && $0 != "/" && $0 != "·" && $0 != "•" }
        guard (2...14).contains(tokens.count) else { return false }
        return tokens.allSatisfy { token in
            let word = token.trimmingCharacters(in: "|/·•,")
            return word.count == 2 && word == word.uppercased() && languageCodes.contains(word.lowercased())
        }
    }

    /// "Home › World › Europe", "News > Politics".
    static func isBreadcrumb(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 14, !line.endsLikeSentence else { return false }
        let separators = line.words.filter { ["›", "»", ">", "/", "→"].contains($0) }.count
        return separators >= 2 || (separators == 1 && line.wordCount <= 5)
    }

    static let agencies = [
        "getty images", "reuters", "ap photo", "afp", "epa", "tass", "profimedia",
        "shutterstock", "alamy", "sputnik", "anadolu", "xinhua", "picture alliance", "dpa",
        "associated press", "bloomberg", "ria novosti", "kommersant", "imago", "abaca",
        "sipa", "zuma", "nurphoto", "pool",
    ]

    /// "Photo: Jane Roe / Agency", "Aleksandr Kryazhev / TASS / Profimedia".
    static func isPhotoCredit(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 16, !line.isProse else { return false }
        let prefixes = [
            "photo:", "photo by", "photo credit", "photograph:", "photograph by", "image:",
            "image by", "image credit", "picture:", "illustration:", "credit:", "credits:",
            "фото:", "foto:", "photo ©", "photos:", "cover photo", "main photo", "pictured:",
        ]
        if prefixes.contains(where: line.lowercased.hasPrefix) { return true }
        let slashes = line.text.components(separatedBy: " / ").count - 1
        if slashes >= 2 { return true }
        let mentionsAgency = line.containsAny(agencies)
        return mentionsAgency && (slashes >= 1 || line.text.contains("©") || line.lowercased.contains(" via "))
    }

    static func isVideoNotice(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 45 else { return false }
        return line.containsAny([
            "enable javascript", "javascript is disabled", "supports html5 video", "does not support the video",
            "your browser does not support", "video unavailable", "to view this video",
            "video player", "play video", "watch video", "loading video", "ad blocker",
            "media playback is unsupported", "this video is not available", "audio player",
            "listen to this article", "watch the video", "video is loading", "unsupported browser",
        ])
    }

    static func isLegalNotice(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 60 else { return false }
        let phrases = [
            "all rights reserved", "terms of use", "privacy policy", "cookie policy",
            "may not be reproduced", "may not be published", "accuracy and availability",
            "transcripts may vary", "authoritative record", "rush transcript",
            "transcript text may be revised", "permissions page", "without permission",
            "copyright ©", "© 20", "© 19", "(c) 20", "reproduction in whole or in part", "copyright 20",
            "redistribution", "republication", "prior written consent", "is prohibited", "this transcript",
            "may contain errors", "before quoting", "check the recording", "the recording is",
        ]
        if line.count(of: phrases) >= 1,
            line.lowercased.contains("©") || line.lowercased.contains("copyright")
                || line.lowercased.contains("transcript") || line.lowercased.contains("rights")
        {
            return true
        }
        return line.count(of: phrases) >= 2
    }

    /// Notes about the article rather than its story, as editors and aggregators add them.
    static func isEditorialNote(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 45 else { return false }
        let openers = [
            "this article ", "this story ", "this report ", "this piece ", "this text ",
            "originally published", "this article was", "this content ", "this post ", "broadcast on ",
            "aired on ", "first broadcast ",
        ]
        let about = [
            "originally", "written in", "translated", "editorial team", "editorial board",
            "cross-referenced", "primary source", "first appeared", "first published",
            "republished", "syndicated", "ai-generated", "generated by ai", "artificial intelligence",
            "methodology", "fact-check", "our editors", "updated to", "has been updated", "was amended",
            "includes original analysis", "shared under", "creative commons",
        ]
        if openers.contains(where: line.lowercased.hasPrefix), line.containsAny(about) { return true }
        if ["broadcast on ", "aired on ", "first broadcast "].contains(where: line.lowercased.hasPrefix) {
            return true
        }
        let labels: Set<String> = [
            "methodology", "primary source", "primary sources", "original source", "editorial context insight",
            "editorial context", "original analysis verification", "about this report", "about this article",
            "about the author", "sources", "editors note", "editor s note", "disclaimer", "transparency",
            "why you can trust us", "how we reported this", "key takeaways", "ai summary", "summary by ai",
        ]
        return line.wordCount <= 6 && labels.contains(line.letterKey.replacingOccurrences(of: "  ", with: " "))
    }

    static let promoPhrases = [
        "you're currently reading", "you’re currently reading", "you are reading", "you're reading",
        "you’re reading", "subscribe", "sign up", "newsletter", "follow us", "support us",
        "support our", "donate", "become a member", "become a patron", "explore our",
        "download our app", "our reporting", "independent journalism", "read more", "click here",
        "share this", "share on", "join us on", "get our", "wherever you get your news",
        "tip us", "send us a tip", "contact our newsroom", "our app", "our telegram",
        "our journalism", "join our", "follow our", "we bring you", "free trial", "log in",
        "create an account", "premium", "unlock", "push notifications", "whatsapp channel",
        "facebook", "instagram", "twitter", "bluesky", "telegram", "youtube", "tiktok", "linkedin",
        "threads", "mastodon", "rss feed",
    ]

    static func isPromo(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 80 else { return false }
        let hits = line.count(of: promoPhrases)
        if hits >= 2 { return true }
        guard hits == 1 else { return false }
        if line.wordCount <= 12, !line.text.contains("“"), !line.text.contains("\"") { return true }
        let addressesReader = line.words.contains { ["you", "your", "you're", "you’re"].contains($0.lowercased()) }
        let speaksAsOutlet = line.words.contains { ["we", "our", "us", "we're", "we’re"].contains($0.lowercased()) }
        return addressesReader && speaksAsOutlet
    }

    /// Aggregator and CMS badges: "Edited By …", "Reviewed BySenior Editor", "Published".
    static func isBadge(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 8, !line.endsLikeSentence || line.wordCount <= 3 else { return false }
        let verbs = [
            "edited", "reviewed", "verified", "fact-checked", "fact checked", "curated", "compiled",
            "produced", "updated", "published", "posted", "written", "sponsored", "presented",
            "powered", "translated", "last updated", "last modified", "modified",
        ]
        return verbs.contains { verb in
            line.lowercased == verb || line.lowercased.hasPrefix(verb + " by") || line.lowercased.hasPrefix(verb + "by")
                || line.lowercased.hasPrefix(verb + ":")
        }
    }

    /// "1 day ago", "3 hours ago", "just now".
    static func isRelativeTime(_ line: LineFeatures) -> Bool {
        let words = line.words.map { $0.lowercased() }
        if ["just now", "yesterday", "today"].contains(line.letterKey) { return true }
        guard (2...4).contains(words.count), words.last == "ago" else { return false }
        let units = ["second", "minute", "hour", "day", "week", "month", "year", "min", "mins", "hr", "hrs"]
        return words.contains { word in units.contains { word.hasPrefix($0) } }
    }

    /// Headers of link lists: what follows them up to the next prose is chrome too.
    static func isBlockOpener(_ line: LineFeatures) -> Bool {
        guard line.wordCount <= 5, !line.endsLikeSentence else { return false }
        let labels: Set<String> = [
            "latest news", "most read", "most popular", "related", "related articles", "related stories",
            "related news", "recommended", "read more", "more on this story", "more from", "popular",
            "trending", "top stories", "advertisement", "ad", "sponsored", "read also", "see also",
            "latest stories", "more stories", "you may also like", "more news", "also read",
            "what to read next", "most viewed", "editors picks", "editor s picks", "share",
            "share this article", "comments", "topics", "tags", "more in world", "in other news",
        ]
        return labels.contains(line.letterKey)
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
