internal import CStemmer

/// Snowball stemming through libstemmer. One instance per thread: the C stemmer keeps state.
public final class SnowballStemmer {
    private let stemmer: OpaquePointer
    public let algorithm: String

    /// A stemmer for an ISO 639-1 language code, or nil where Snowball has no algorithm.
    public convenience init?(languageCode: String) {
        guard let algorithm = Self.algorithms[languageCode] else { return nil }
        self.init(algorithm: algorithm)
    }

    public init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.stemmer = stemmer
        self.algorithm = algorithm
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// Stems made so far, by ASCII word: a text repeats most of its words, and an article is
    /// stemmed twice (its tokens, its search index), so most words are looked up rather than
    /// stemmed again. Snowball's stem depends on the word's bytes alone, so a kept stem is the one
    /// it would make. Only ASCII words are kept: `String` equality is canonical equivalence, and
    /// two spellings of "café" (one scalar or two for "é") are one key but two inputs to Snowball.
    private var known: [String: String] = [:]

    /// Words whose stems are kept at most; the table starts again when full. Round 13
    /// (`docs/pipeline.md`): the 10,000 generated articles hold about 6,600 distinct words, a
    /// worker's batch of them far fewer, so the bound is never reached there and only keeps
    /// memory small when a long-lived stemmer sees an open vocabulary.
    static let knownLimit = 50_000

    /// The stem of a lowercased word.
    public func stem(_ word: String) -> String {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return stemmed(word) }
        if let stem = known[word] { return stem }
        if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
        let stem = stemmed(word)
        known[word] = stem
        return stem
    }

    /// The stem Snowball makes of `word`.
    private func stemmed(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard let base = bytes.baseAddress,
                let result = sb_stemmer_stem(stemmer, base, Int32(bytes.count))
            else { return String(decoding: bytes, as: UTF8.self) }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }

    static let algorithms: [String: String] = [
        "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
        "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
        "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
        "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
        "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
        "ta": "tamil", "tr": "turkish", "yi": "yiddish",
    ]
}
