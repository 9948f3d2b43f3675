import Foundation

/// Searches over raw page bytes that jump with `memchr` instead of stepping byte by byte:
/// markup is mostly text between tags, so the pre-parse scans spend their time looking for `<`.
enum ByteScan {
    /// The index of the first `byte` at or after `start`, or nil.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start >= 0, start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the first `-->` at or after `start` (its first `-`), or nil.
    static func commentEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 2
        while let close = firstIndex(of: 62, in: bytes, from: index) {
            if bytes[close - 1] == 45, bytes[close - 2] == 45 { return close - 2 }
            index = close + 1
        }
        return nil
    }

    /// The index of the first end tag `</name` at or after `start`, or nil: `<` and `/` exactly,
    /// then the letters of `name` (lowercase ASCII letters) in either case, whatever follows —
    /// where libxml2 (2.9, recovering) ends the raw text of a `<script>` or `<style>`.
    static func endTag(_ name: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let letters = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var index = start
        while let open = firstIndex(of: 60, in: bytes, from: index) {
            index = open + 1
            guard open + 2 + letters.count <= bytes.count, bytes[open + 1] == 47 else { continue }
            var offset = 0
            while offset < letters.count, bytes[open + 2 + offset] | 0x20 == letters[offset] { offset += 1 }
            if offset == letters.count { return open }
        }
        return nil
    }

    /// Whether `bytes[range]` holds `needle` (lowercase ASCII) with ASCII letters in either case.
    static func contains(
        _ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>
    ) -> Bool {
        let letters = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !letters.isEmpty, range.count >= letters.count else { return letters.isEmpty }
        for index in range.lowerBound...(range.upperBound - letters.count) {
            var offset = 0
            while offset < letters.count, lowered(bytes[index + offset]) == letters[offset] { offset += 1 }
            if offset == letters.count { return true }
        }
        return false
    }

    /// Whether the UTF-8 of `text` holds `needle` (lowercase ASCII) with ASCII letters in either
    /// case. True whenever `text.lowercased().contains(needle)` is (no other character lowercases
    /// to an ASCII letter but the Kelvin sign, to `k`), so a false spares that slower test.
    static func mayContain(_ needle: StaticString, in text: String) -> Bool {
        withBytes(of: text) { contains(needle, in: $0, within: 0..<$0.count) }
    }

    /// `text.lowercased()`, returning `text` itself when it has neither a capital nor a non-ASCII byte.
    static func lowercased(_ text: String) -> String {
        withBytes(of: text) { bytes in bytes.allSatisfy { $0 < 0x80 && ($0 < 65 || $0 > 90) } }
            ? text : text.lowercased()
    }

    /// Whether `text` is nothing but spaces, tabs, carriage returns and line feeds (true when empty).
    static func isBlank(_ text: String) -> Bool {
        withBytes(of: text) { bytes in bytes.allSatisfy { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 } }
    }

    /// The bytes of `text` that `counts`.
    static func count(in text: String, where counts: (UInt8) -> Bool) -> Int {
        withBytes(of: text) { bytes in
            var count = 0
            for byte in bytes where counts(byte) { count += 1 }
            return count
        }
    }

    /// Calls `body` with the UTF-8 of `text`, in place when the string is stored contiguously.
    static func withBytes<T>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The byte with ASCII capitals made small.
    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
}
