/// Bounds on markup that libxml2 reads in more than linear time, checked before it parses.
///
/// libxml2 compares each attribute of an element with all the earlier ones, so one element
/// with tens of thousands of attributes costs seconds to minutes (a 649 KB feed took 34 s, a
/// 2.3 MB page over 60 s; issue 15). A linear scan finds such elements first.
public struct MarkupLimits: Sendable, Hashable {
    /// Attributes one element may carry. The most on any element of the 581 evaluation pages
    /// is far below this (script text aside, which the scan skips); libxml2 reads an element of
    /// 1,000 attributes in about a millisecond, of 50,000 in tens of seconds.
    public var maximumAttributes: Int
    /// Wall time an input may spend in the parser before it is stopped, besides the
    /// allowance per megabyte below. Pages of the evaluation sets parse in milliseconds
    /// (release, about 28 MB/s); the limit only catches pathological inputs.
    public var parseTimeLimit: Duration
    /// Time added to `parseTimeLimit` per megabyte of input, so that a large but ordinary
    /// page (a 20 MB page in a debug build on a busy machine took over 5 s) is never stopped.
    public var parseTimePerMegabyte: Duration

    /// Creates limits; the defaults suit news pages and feeds.
    public init(
        maximumAttributes: Int = 1_000, parseTimeLimit: Duration = .seconds(10),
        parseTimePerMegabyte: Duration = .seconds(2)
    ) {
        self.maximumAttributes = maximumAttributes
        self.parseTimeLimit = parseTimeLimit
        self.parseTimePerMegabyte = parseTimePerMegabyte
    }

    /// The parse-time limit for an input of `bytes` bytes.
    func timeLimit(forBytes bytes: Int) -> Duration {
        parseTimeLimit + parseTimePerMegabyte * (Double(bytes) / 1_048_576)
    }
}

/// The linear pre-parse scan for elements with too many attributes.
enum MarkupGuard {
    /// Throws `.tooManyAttributes` when an element of `bytes` has more attributes than
    /// `limits` allow; `input` names the input ("page", "feed") in the message.
    static func check(_ bytes: [UInt8], limits: MarkupLimits, input: String) throws(WebError) {
        let found = bytes.withUnsafeBufferPointer { mostAttributes(in: $0, stoppingAbove: limits.maximumAttributes) }
        guard found.count > limits.maximumAttributes else { return }
        throw WebError(
            code: .tooManyAttributes,
            message:
                "\(input) refused: an element at byte \(found.offset) has more than \(limits.maximumAttributes) attributes"
        )
    }

    /// The largest attribute count of one element, with the element's offset; stops at the
    /// first element over `limit`. Skips comments and the raw text of `<script>`/`<style>`.
    static func mostAttributes(in bytes: UnsafeBufferPointer<UInt8>, stoppingAbove limit: Int) -> (
        count: Int, offset: Int
    ) {
        var most = (count: 0, offset: 0)
        var index = 0
        let end = bytes.count
        while index < end {
            guard bytes[index] == 60, index + 1 < end else {
                index += 1
                continue
            }
            let start = index
            if bytes[index + 1] == 33, index + 3 < end, bytes[index + 2] == 45, bytes[index + 3] == 45 {
                index = skip(past: commentCloser, in: bytes, from: index + 4)
                continue
            }
            guard isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 1
            let nameStart = index
            while index < end, !isSpace(bytes[index]), bytes[index] != 62, bytes[index] != 47 { index += 1 }
            let rawText = rawTextCloser(bytes, from: nameStart, to: index)
            var count = 0
            var quote: UInt8 = 0
            var inToken = false
            var afterEquals = false
            while index < end {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 62 {
                    break
                } else if byte == 34 || byte == 39, afterEquals {
                    // Only a value opens a quote; a stray quote elsewhere is part of a name, as
                    // in the HTML tokenizer, so `charset="UTF-8">` cannot swallow later tags.
                    quote = byte
                    afterEquals = false
                } else if byte == 61 {
                    afterEquals = true
                    inToken = false
                } else if isSpace(byte) || byte == 47 {
                    inToken = false
                } else if !inToken {
                    // A name starts an attribute; a bare token after `=` is its unquoted value.
                    if !afterEquals { count += 1 }
                    afterEquals = false
                    inToken = true
                }
                index += 1
            }
            if count > most.count { most = (count, start) }
            if most.count > limit { return most }
            if let rawText { index = skip(past: rawText, in: bytes, from: index) }
        }
        return most
    }

    private static let commentCloser = Array("-->".utf8)
    private static let scriptCloser = Array("</script".utf8)
    private static let styleCloser = Array("</style".utf8)

    /// `</script` or `</style` when the element named by `bytes[start..<end]` holds raw text.
    /// (Called for every element, so it compares in place instead of copying the name.)
    private static func rawTextCloser(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [UInt8]? {
        func named(_ name: StaticString) -> Bool {
            guard end - start == name.utf8CodeUnitCount else { return false }
            let letters = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            for offset in 0..<letters.count where bytes[start + offset] | 0x20 != letters[offset] { return false }
            return true
        }
        if named("script") { return scriptCloser }
        if named("style") { return styleCloser }
        return nil
    }

    /// The index just past the next `needle` (ASCII, matched case-insensitively) from `start`.
    private static func skip(past needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            var offset = 0
            while offset < needle.count, bytes[index + offset] | 0x20 == needle[offset] | 0x20 { offset += 1 }
            if offset == needle.count { return index + needle.count }
            index += 1
        }
        return bytes.count
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
}
