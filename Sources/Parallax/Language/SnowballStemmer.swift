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

    /// The stem of a lowercased word.
    public func stem(_ word: String) -> String {
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
