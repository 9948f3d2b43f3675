internal import Foundation

extension QuoteExtractor {
    /// `NAME SURNAME: words` lines of broadcast transcripts; hosts and reporters
    /// (single-word labels, BYLINE) are the outlet speaking, not a source.
    func transcriptQuotes(in sentences: [AnalyzedSentence]) -> [QuoteMention] {
        var result: [QuoteMention] = []
        var paragraphsSeen: Set<Int> = []
        for sentence in sentences where !paragraphsSeen.contains(sentence.paragraph) {
            paragraphsSeen.insert(sentence.paragraph)
            guard let colon = sentence.text.firstIndex(of: ":") else { continue }
            let label = sentence.text[..<colon]
            let words = label.split(separator: " ").map { $0.trimmingCharacters(in: [","]) }
            guard configuration.transcriptLabelWords.contains(words.count), !words.contains("BYLINE"),
                words.allSatisfy({ $0 == $0.uppercased() && $0.contains(where: \.isLetter) })
            else { continue }
            let paragraphSentences = sentences.filter { $0.paragraph == sentence.paragraph }
            let contentStart = sentence.start + label.unicodeScalars.count + 1
            guard let last = paragraphSentences.last else { continue }
            let full = paragraphSentences.map(\.text).joined(separator: " ")
            let content = String(full.unicodeScalars.dropFirst(label.unicodeScalars.count + 1))
                .trimmingASCIIWhitespace()
            let speaker = words.map(EntityName.titleCased).joined(separator: " ")
            let leading = (full.unicodeScalars.count - label.unicodeScalars.count - 1) - content.unicodeScalars.count
            guard last.end - contentStart > 0, !content.isEmpty,
                content.unicodeScalars.count == last.end - contentStart - leading
            else { continue }
            result.append(
                QuoteMention(
                    text: String(content), start: contentStart + leading, end: last.end, kind: .direct,
                    speaker: speaker, speakerDescription: nil, cue: ":", sentence: sentence.index,
                    speakerStart: sentence.start, speakerEnd: contentStart - 1, cueStart: contentStart - 1,
                    cueEnd: contentStart))
        }
        return result
    }
}
