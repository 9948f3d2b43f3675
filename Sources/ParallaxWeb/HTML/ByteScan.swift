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

    /// The byte with ASCII capitals made small.
    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
}
