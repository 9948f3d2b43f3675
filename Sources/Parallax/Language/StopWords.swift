/// Function words that carry no topic, by language. English is complete; other languages
/// fall back to no list (their terms are still stemmed).
enum StopWords {
    static func contains(_ lowercased: String, language: String?) -> Bool {
        english.contains(lowercased)
    }

    static let english: Set<String> = WordLists.entries(PackageResources.stop_words_txt)
}
