internal import Foundation

extension QuoteExtractor {
    /// Whether the words `first...last`, taken for a described teller, are a predicate instead:
    /// an infinitive ("not authorized to discuss internal strategy"), or a verb form followed by
    /// its object ("Kaine has adopted the stance …:", "has repeatedly made other public …"). A
    /// participle that modifies a noun ("unnamed officials", "frustrated parents") is no predicate:
    /// a determiner, not a noun, follows a verb.
    func isPredicate(_ tokens: [Token], _ first: Int, _ last: Int, context: Context) -> Bool {
        guard first <= last, !tokens[first].isCapitalized else { return false }
        if first > 0, tokens[first - 1].text.lowercased() == "to", context.gap(tokens, before: first) == " " {
            return true
        }
        var verb = first
        // An adverb before the verb ("repeatedly made").
        if verb < last, tokens[verb].text.lowercased().hasSuffix("ly"), !tokens[verb + 1].isCapitalized {
            verb += 1
        }
        let word = tokens[verb].text.lowercased()
        guard verb < last, word.hasSuffix("ed") || word.hasSuffix("ing"), context.gap(tokens, before: verb + 1) == " "
        else { return false }
        let next = tokens[verb + 1].text.lowercased()
        return Self.determiners.contains(next) && !["one", "two", "three", "all", "both", "few", "many"].contains(next)
            || next.hasSuffix("’s") || next.hasSuffix("'s")
    }
}
