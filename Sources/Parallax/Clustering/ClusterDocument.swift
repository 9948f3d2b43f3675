/// An article as the clusterer sees it: weighted content terms, names and a day.
public struct ClusterDocument: Hashable, Sendable {
    public var id: String
    /// Days since 1970-01-01; nil when the article has no day-precise date.
    public var day: Int?
    /// Stem counts of content words (the title's count twice).
    public var terms: [String: Int]
    /// Counts of capitalised words inside sentences, lowercased: names of people, places,
    /// organisations. They tell apart two events that share their topic words.
    public var names: [String: Int]

    public init(id: String, day: Int?, terms: [String: Int], names: [String: Int]) {
        self.id = id
        self.day = day
        self.terms = terms
        self.names = names
    }
}

extension PublicationDate {
    /// Days since 1970-01-01, where the date is precise to the day.
    var dayNumber: Int? {
        guard let month, let day else { return nil }
        return CivilCalendar.days(year, month, day)
    }
}

/// Turns articles into `ClusterDocument`s with a light tokenizer (letters and digits,
/// Snowball stems, stop words out), fast enough for a firehose. One instance per thread:
/// it holds stemmers.
public final class ClusterFeaturizer {
    private var stemmers: [String: SnowballStemmer?] = [:]
    private var stemCache: [String: String] = [:]

    public init() {}

    public func document(_ article: Article) -> ClusterDocument {
        let language = article.language ?? "en"
        var terms: [String: Int] = [:]
        var names: [String: Int] = [:]
        if let title = article.title {
            count(title, language: language, weight: 2, countsNames: false, terms: &terms, names: &names)
        }
        count(article.text, language: language, weight: 1, countsNames: true, terms: &terms, names: &names)
        return ClusterDocument(id: article.id, day: article.published?.dayNumber, terms: terms, names: names)
    }

    /// Counts the words of `text`; a capitalised word that does not start a sentence counts
    /// as a name too.
    private func count(
        _ text: String, language: String, weight: Int, countsNames: Bool, terms: inout [String: Int],
        names: inout [String: Int]
    ) {
        var word = String.UnicodeScalarView()
        var startsSentence = true
        var wordStartsSentence = true
        var isCapitalised = false
        func flush() {
            guard !word.isEmpty else { return }
            let lowered = String(word).lowercased()
            word.removeAll(keepingCapacity: true)
            guard lowered.unicodeScalars.count > 1, !StopWords.contains(lowered, language: language) else { return }
            if lowered.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
                // A year names the event's time as a name does its actors; other numbers vary.
                if countsNames, lowered.utf8.count == 4, lowered.hasPrefix("19") || lowered.hasPrefix("20") {
                    names[lowered, default: 0] += 1
                }
                return
            }
            terms[stem(lowered, language: language), default: 0] += weight
            if countsNames, isCapitalised, !wordStartsSentence {
                names[lowered, default: 0] += 1
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if word.isEmpty {
                    isCapitalised = scalar.properties.isUppercase
                    wordStartsSentence = startsSentence
                    startsSentence = false
                }
                word.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}", !word.isEmpty {
                flush()  // "Reid's": the possessive ending is dropped with the apostrophe
            } else {
                flush()
                if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == "\""
                    || scalar == "\u{201C}" || scalar == ":"
                {
                    startsSentence = true
                }
            }
        }
        flush()
    }

    private func stem(_ word: String, language: String) -> String {
        if let cached = stemCache[word] { return cached }
        if stemmers[language] == nil { stemmers[language] = SnowballStemmer(languageCode: language) }
        let stem = stemmers[language]!.map { $0.stem(word) } ?? word
        if stemCache.count < 200_000 { stemCache[word] = stem }
        return stem
    }
}
