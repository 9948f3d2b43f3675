/// "‘The Hunger Games’": whether a mention fills a pair of quotation marks, read from the
/// sentence's bytes where it is ASCII (each byte a scalar) and from an array of its scalars
/// otherwise; most sentences hold no opening mark and are answered by that alone.
extension EntityRecognizer {
    static func isQuotedTitle(_ mention: EntityMention, at position: Int, in sentence: AnalyzedSentence) -> Bool {
        // No opening mark in the sentence, none before the name.
        guard holdsOpeningMark(sentence.text) else { return false }
        if sentence.text.utf8.allSatisfy({ $0 < 0x80 }) {
            let answer = sentence.text.utf8.withContiguousStorageIfAvailable { bytes in
                isQuotedTitle(mention, at: position, in: sentence, scalars: bytes.lazy.map { Unicode.Scalar($0) })
            }
            if let answer { return answer }
        }
        return isQuotedTitle(mention, at: position, in: sentence, scalars: Array(sentence.text.unicodeScalars))
    }

    /// Whether the text holds a key of `quotePairs` ("\"", "'", "“", "‘": E2 80 9C, E2 80 98).
    static func holdsOpeningMark(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == 0x22 || byte == 0x27 { return true }
            if byte == 0xE2, bytes.next() == 0x80, let third = bytes.next(), third == 0x9C || third == 0x98 {
                return true
            }
        }
        return false
    }
}
