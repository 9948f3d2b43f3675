internal import Foundation

/// A stand-in page reader that keeps the text of block elements; the web target's
/// extractor replaces it where main-content extraction is wanted.
public enum NaiveHTML {
    public static func document(bytes: [UInt8], input: String) throws(InputError) -> RawDocument {
        let html = try TextDecoding.decode(bytes, input: input)
        var text = ""
        var title: String?
        var index = html.startIndex
        var skipping: String?
        while index < html.endIndex {
            let character = html[index]
            guard character == "<", let close = html[index...].firstIndex(of: ">") else {
                if skipping == nil { text.append(character) }
                index = html.index(after: index)
                continue
            }
            let tag = html[html.index(after: index)..<close].lowercased()
            let name = String(tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" })
            if let open = skipping {
                if name == "/" + open { skipping = nil }
            } else if ["script", "style", "nav", "footer", "header", "aside", "noscript"].contains(name) {
                skipping = name
            } else if name == "title", let end = html[close...].range(of: "</title>", options: .caseInsensitive) {
                title =
                    Entities.decode(String(html[html.index(after: close)..<end.lowerBound])).trimmingASCIIWhitespace()
                    .description
                index = end.upperBound
                continue
            } else if ["p", "/p", "br", "div", "/div", "h1", "h2", "h3", "/h1", "/h2", "/h3", "li", "blockquote"]
                .contains(name)
            {
                text.append("\n\n")
            }
            index = html.index(after: close)
        }
        let paragraphs = Entities.decode(text).split(separator: "\n").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        .filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { throw InputError(.empty, input: input, reason: "page has no text") }
        return RawDocument(
            input: input, format: .plainText, text: ([title].compactMap { $0 } + paragraphs).joined(separator: "\n\n"))
    }

    enum Entities {
        static func decode(_ text: String) -> String {
            guard text.contains("&") else { return text }
            var result = text
            for (entity, value) in [
                ("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
                ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&mdash;", "—"),
                ("&ndash;", "–"),
            ] {
                result = result.replacingOccurrences(of: entity, with: value)
            }
            return result
        }
    }
}
