/// Function words that carry no topic, by language. English is complete; other languages
/// fall back to no list (their terms are still stemmed).
enum StopWords {
    static func contains(_ lowercased: String, language: String?) -> Bool {
        english.contains(lowercased)
    }

    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along",
        "already", "also", "although", "always", "am", "among", "an", "and", "another", "any",
        "are", "around", "as", "at", "back", "be", "became", "because", "become", "been",
        "before", "being", "below", "between", "both", "but", "by", "can", "cannot", "could",
        "did", "do", "does", "doing", "don", "down", "during", "each", "either", "else",
        "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
        "least", "less", "let", "like", "made", "make", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "neither", "never", "no", "nor", "not", "now",
        "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our",
        "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "re",
        "s", "same", "several", "shall", "she", "should", "since", "so", "some", "still",
        "such", "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
        "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
        "well", "were", "what", "whatever", "when", "where", "whether", "which", "while", "who",
        "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
        "your", "yours", "yourself", "ll", "ve", "d", "m", "says", "said", "say", "told",
        "according", "yeah", "oh", "know", "mean", "really", "actually", "thing", "things",
        "way", "lot", "kind", "sort", "also", "something", "anything", "nothing", "everything",
        "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "whether", "amid",
        "mr", "mrs", "ms", "dr", "new", "first", "last", "two", "three", "four", "five", "one",
        "year", "years", "day", "days", "time", "times", "week", "weeks", "month", "months",
    ]
}
