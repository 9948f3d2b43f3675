/// Drops blocks that are boilerplate even inside the content: link lists, the headline,
/// bylines, share prompts and repeats.
struct BlockFilter {
    let title: String?
    var rules = ContentRules()

    private static let boilerplatePrefixes = [
        "advertisement", "share this", "share on", "read more", "related:", "related articles", "sign up",
        "follow us", "click here", "copyright", "©", "all rights reserved", "image:", "photo:", "image copyright",
        "getty images", "subscribe", "this article", "continue reading", "recommended", "more from", "see also",
        "published", "updated", "last updated", "posted", "by ", "anzeige", "werbung",
    ]

    private static let boilerplateLines: Set<String> = [
        "tags", "tags:", "share", "comments", "related", "print", "email", "tweet", "menu", "close", "top",
        "topics", "themen", "mehr zum thema", "weitere artikel",
    ]

    /// Bytes of non-link text that make a mostly-linked paragraph the writer's own words.
    private static let ownWordsBytes = 8

    /// The texts of the blocks worth keeping, in order.
    func filter(_ blocks: [TextBlock]) -> [String] {
        var kept: [String] = []
        var seen: Set<String> = []
        let normalizedTitle = title.map { $0.lowercased() }
        for block in blocks {
            let text = block.text
            let length = text.utf8.count
            if block.linkCharacters * 2 > length, length < 400 {
                // A paragraph with words of its own around its link ("Pro tip: …") is text.
                let ownBytes = length - block.linkCharacters
                let hasOwnWords = block.tag == .p && ownBytes >= Self.ownWordsBytes
                let isOwnItem = block.tag != .p && rules.linkItemOwnBytes > 0 && ownBytes >= rules.linkItemOwnBytes
                if !(rules.keepsLinkParagraphs && hasOwnWords) && !isOwnItem { continue }
            }
            if let normalizedTitle, block.tag.isHeading || length < 300, text.lowercased() == normalizedTitle {
                continue
            }
            if length < 80 {
                let lower = text.lowercased()
                if Self.boilerplatePrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
                if Self.boilerplateLines.contains(lower) { continue }
                // A dateline on its own ("Monday, 22 January 2018 at 0:13") is not article text.
                if !text.hasSuffix("."), text.split(separator: " ").count <= 6, block.tag != .p,
                    DateParser.day(in: text) != nil
                {
                    continue
                }
            }
            if rules.dropsRepeatedBlocks, length > 40, !seen.insert(text).inserted { continue }
            kept.append(text)
        }
        return kept
    }
}
