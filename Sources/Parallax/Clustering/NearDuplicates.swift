/// Finds republished copies: articles whose word 4-gram shingles mostly match an earlier
/// article's, estimated with MinHash signatures and found through LSH bands, so each article
/// is compared only with the few that share a band.
public struct NearDuplicateDetector: Sendable {
    /// Words per shingle.
    public var shingleWords = 4
    /// MinHash functions, in `bands` bands of equal rows.
    public var hashFunctions = 64
    public var bands = 16
    /// Least estimated Jaccard similarity of two articles' shingles for the later to be a copy.
    public var threshold = 0.7
    /// Articles with fewer shingles are too short to call copies.
    public var minimumShingles = 12

    public init() {}

    /// For each article, the id of the earlier article (in publication order) it copies,
    /// following copies of copies back to the first; nil for originals.
    public func originals(of articles: [Article]) -> [String?] {
        originals(of: articles, earlier: [])
    }

    /// Hashes of the text's word `shingleWords`-grams (lowercased letters and digits).
    func shingles(of text: String) -> Set<UInt64> {
        let words = Self.wordHashes(of: text)
        guard words.count >= shingleWords else { return [] }
        var shingles = Set<UInt64>()
        for start in 0...(words.count - shingleWords) {
            var shingle: UInt64 = 0
            for word in words[start..<(start + shingleWords)] { shingle = Self.mix(shingle ^ word) }
            shingles.insert(shingle)
        }
        return shingles
    }

    /// FNV-1a hashes of the text's words (runs of letters and digits, lowercased), in order.
    static func wordHashes(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // The same bytes as the general case below, without a string for every letter.
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                    inWord = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    hash = (hash ^ UInt64(byte | 0x20)) &* 0x0000_0100_0000_01b3
                    inWord = true
                default:
                    if inWord {
                        words.append(hash)
                        hash = 0xcbf2_9ce4_8422_2325
                        inWord = false
                    }
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in String(scalar).lowercased().utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        return words
    }

    /// Each function's least value over the shingles, found function by function over an array
    /// of them (the least is the same in any order; the set was walked once per shingle with the
    /// signature's array checked at every step).
    func minHash(_ shingles: Set<UInt64>) -> [UInt64] {
        let values = Array(shingles)
        return (0..<hashFunctions).map { function in
            let seed = Self.seeds[function]
            return values.withUnsafeBufferPointer { values in
                var least = UInt64.max
                for shingle in values { least = min(least, Self.mix(shingle ^ seed)) }
                return least
            }
        }
    }

    static func estimatedJaccard(_ left: [UInt64], _ right: [UInt64]) -> Double {
        Double(zip(left, right).filter { $0 == $1 }.count) / Double(left.count)
    }

    /// A fixed seed per hash function, so signatures are the same on every run.
    private static let seeds: [UInt64] = (0..<256).map { mix(UInt64($0) &+ 0x5851_F42D_4C95_7F2D) }

    /// splitmix64's finaliser: a cheap, well-mixed 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
