internal import Foundation

extension QuoteExtractor {
    /// `NAME SURNAME: words` lines of broadcast transcripts, also quoted paragraph by paragraph
    /// (`"WREN: words`). Hosts and reporters (single-word labels, BYLINE) are the outlet speaking,
    /// not a source, unless the single word is the surname of a person the article names
    /// ("Governor Ada Wren … WREN: …") and no label of the transcript gives a full name (where
    /// guests are labelled with full names, surnames alone are the programme's hosts and
    /// reporters): then that person speaks. A transcript has turns: one
    /// labelled line alone ("MUST SEE: …", "UPDATE: …") is a kicker, unless its label ends with
    /// the surname of a person the article names.
    func transcriptQuotes(in sentences: [AnalyzedSentence], people: [EntityMention] = []) -> [QuoteMention] {
        // Each person's fullest name by the surname it ends with, folded.
        var named: [String: String] = [:]
        for person in people where person.type == .person {
            guard let surname = person.name.split(separator: " ").last,
                TextSearch.settledAnswer(person.name, " ") ?? person.name.contains(" ")
            else { continue }
            let key = EntityName.folded(String(surname))
            if named[key].map({ $0.count < person.name.count }) ?? true { named[key] = person.name }
        }
        // Each paragraph's opening label (`WREN:`, `"SEN. ADA WREN:`), all capitals.
        var labelled: [(sentence: AnalyzedSentence, opening: Int, label: Substring, words: [String])] = []
        var paragraphsSeen: Set<Int> = []
        for sentence in sentences where !paragraphsSeen.contains(sentence.paragraph) {
            paragraphsSeen.insert(sentence.paragraph)
            // No ":" byte is no ":" character (it has no canonical equivalent): most sentences are
            // settled without reading their characters.
            guard sentence.text.utf8.contains(UInt8(ascii: ":")), let colon = sentence.text.firstIndex(of: ":") else {
                continue
            }
            // An opening quotation mark before the label: the transcript is quoted.
            let openingMarks = sentence.text.prefix { Self.quoteCharacters.contains($0) }
            guard openingMarks.endIndex < colon else { continue }
            let label = sentence.text[openingMarks.endIndex..<colon]
            // Most text before a colon is a clause, too many words for a label: counted before the
            // words are trimmed (Foundation's trimming keeps their number).
            let pieces = label.split(separator: " ")
            guard pieces.count <= configuration.transcriptLabelWords.upperBound else { continue }
            let words = pieces.map { $0.trimmingCharacters(in: [","]) }
            guard words.allSatisfy({ $0 == $0.uppercased() && $0.contains(where: \.isLetter) }) else { continue }
            labelled.append((sentence, openingMarks.unicodeScalars.count, label, words))
        }
        let fullNames = labelled.contains { $0.words.count > 1 }
        var result: [QuoteMention] = []
        for (sentence, opening, label, words) in labelled where !words.contains("BYLINE") {
            let surname = words.last.flatMap { named[EntityName.folded($0)] }
            let person = words.count == 1 && !fullNames ? surname : nil
            guard
                configuration.transcriptLabelWords.contains(words.count) && (labelled.count >= 2 || surname != nil)
                    || person != nil
            else { continue }
            let paragraphSentences = sentences.filter { $0.paragraph == sentence.paragraph }
            let labelEnd = opening + label.unicodeScalars.count + 1
            let contentStart = sentence.start + labelEnd
            guard let last = paragraphSentences.last else { continue }
            let full = paragraphSentences.map(\.text).joined(separator: " ")
            let content = String(full.unicodeScalars.dropFirst(labelEnd)).trimmingASCIIWhitespace()
            let speaker = person ?? words.map(EntityName.titleCased).joined(separator: " ")
            let leading = (full.unicodeScalars.count - labelEnd) - content.unicodeScalars.count
            guard last.end - contentStart > 0, !content.isEmpty,
                content.unicodeScalars.count == last.end - contentStart - leading
            else { continue }
            result.append(
                QuoteMention(
                    text: String(content), start: contentStart + leading, end: last.end, kind: .direct,
                    speaker: speaker, speakerDescription: nil, cue: ":", sentence: sentence.index,
                    speakerStart: sentence.start + opening, speakerEnd: contentStart - 1, cueStart: contentStart - 1,
                    cueEnd: contentStart))
        }
        return result
    }
}
