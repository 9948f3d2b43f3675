internal import Parallax

/// Turns text into the space-separated Snowball stems the search index holds, and a query
/// into an FTS5 expression over the same stems. Not `Sendable`: it holds stemmers (make one
/// per task).
final class SearchStems {
    private let segmenter = TextSegmenter()
    private var stemmers: [String: SnowballStemmer?] = [:]
    static let fallbackLanguage = "en"

    /// Lowercased words of `text` stemmed for `language` (English where Snowball has none).
    func stems(of text: String, language: String?) -> [String] {
        let stemmer = stemmer(for: language ?? Self.fallbackLanguage)
        return words(of: text).map { stemmer?.stem($0) ?? $0 }
    }

    /// Index text: stems separated by spaces.
    func indexText(_ text: String, language: String?) -> String {
        stems(of: text, language: language).joined(separator: " ")
    }

    /// An FTS5 query matching every word of `query`, each in any of its stems under
    /// `languages` (the languages of the stored articles); nil when the query has no word.
    /// A word repeated counts once, and words past `limits.maximumTerms` distinct ones are
    /// left out, so the query's cost does not grow with its length.
    func match(_ query: String, languages: [String], limits: SearchLimits = .init()) -> String? {
        let languages = languages.isEmpty ? [Self.fallbackLanguage] : languages
        var seen = Set<String>()
        var terms: [String] = []
        for word in words(of: query) where seen.insert(word).inserted {
            let term = term(word, languages: languages)
            if !terms.contains(term) { terms.append(term) }
            if terms.count == limits.maximumTerms { break }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    /// One word as an FTS5 term: any of its stems under `languages`.
    private func term(_ word: String, languages: [String]) -> String {
        var forms: [String] = []
        for language in languages {
            let form = stemmer(for: language)?.stem(word) ?? word
            if !forms.contains(form) { forms.append(form) }
        }
        let quoted = forms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
    }

    /// Whether `word` (any case) has the same stem as one of `queryStems`.
    func matches(_ word: String, queryStems: Set<String>, language: String?) -> Bool {
        let lowered = word.lowercased()
        return queryStems.contains(stemmer(for: language ?? Self.fallbackLanguage)?.stem(lowered) ?? lowered)
    }

    private func words(of text: String) -> [String] {
        segmenter.words(in: text).compactMap { range in
            // Typographic apostrophes as ASCII, as analysis does.
            let word = text[range].lowercased().replacingOccurrences(of: "’", with: "'")
            return word.contains(where: { $0.isLetter || $0.isNumber }) ? word : nil
        }
    }

    private func stemmer(for language: String) -> SnowballStemmer? {
        if let known = stemmers[language] { return known }
        let made = SnowballStemmer(languageCode: language)
        stemmers[language] = made
        return made
    }
}

/// Bounds on one search's work.
public struct SearchLimits: Sendable, Hashable {
    /// Distinct words of a query that are searched for; later ones are left out. Every word
    /// is one more AND term FTS5 intersects, and a 24 KB query of repeated words (about 4,000
    /// terms) took 42 s; 32 distinct words cover any query a person types.
    public var maximumTerms = 32

    public init() {}
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
