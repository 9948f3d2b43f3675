/// Short, stable ids derived from content: the same bytes give the same id on every run
/// and every machine (FNV-1a, 64 bits; Swift's `Hasher` is seeded per process).
enum StableID {
    static func make(prefix: String, from parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
