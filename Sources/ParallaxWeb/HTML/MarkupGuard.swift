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

/// The linear pre-parse scan for elements with too many attributes, which also finds the raw
/// text of `<script>` and `<style>` elements on the way.
enum MarkupGuard {
    /// The body of a `<script>` or `<style>` element, as the scan reads it.
    struct RawText: Sendable, Hashable {
        /// The element: `.script` or `.style`.
        var tag: HTMLTag
        /// The bytes between the start tag's `>` and the end tag's `<`.
        var body: Range<Int>
        /// Whether the page reader may do without the body: not JSON-LD (a start tag naming
        /// `ld+json`, or holding an entity that might spell it), not `<script/>` (which libxml2
        /// closes at once), and ended by an end tag.
        var isUnread: Bool
    }

    /// Throws `.tooManyAttributes` when an element of `bytes` has more attributes than
    /// `limits` allow; `input` names the input ("page", "feed") in the message.
    static func check(_ bytes: [UInt8], limits: MarkupLimits, input: String) throws(WebError) {
        _ = try check(bytes, limits: limits, input: input, collectsRawText: false)
    }

    /// `check`, returning the raw text of the `<script>` and `<style>` elements when
    /// `collectsRawText` is set (an empty list otherwise).
    static func check(
        _ bytes: [UInt8], limits: MarkupLimits, input: String, collectsRawText: Bool
    ) throws(WebError) -> [RawText] {
        var rawText: [RawText]? = collectsRawText ? [] : nil
        let found = bytes.withUnsafeBufferPointer {
            mostAttributes(in: $0, stoppingAbove: limits.maximumAttributes, rawText: &rawText)
        }
        guard found.count > limits.maximumAttributes else { return rawText ?? [] }
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
        var rawText: [RawText]?
        return mostAttributes(in: bytes, stoppingAbove: limit, rawText: &rawText)
    }

    /// `mostAttributes`, appending the raw-text elements it skips to `rawText` when that is not nil.
    static func mostAttributes(
        in bytes: UnsafeBufferPointer<UInt8>, stoppingAbove limit: Int, rawText: inout [RawText]?
    ) -> (count: Int, offset: Int) {
        var most = (count: 0, offset: 0)
        var index = 0
        let end = bytes.count
        while let open = ByteScan.firstIndex(of: 60, in: bytes, from: index) {
            index = open
            guard index + 1 < end else { break }
            let start = index
            if bytes[index + 1] == 33, index + 3 < end, bytes[index + 2] == 45, bytes[index + 3] == 45 {
                index = ByteScan.commentEnd(in: bytes, from: index + 4).map { $0 + 3 } ?? end
                continue
            }
            guard isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 1
            let nameStart = index
            while index < end, !isSpace(bytes[index]), bytes[index] != 62, bytes[index] != 47 { index += 1 }
            let rawTag = rawTextTag(bytes, from: nameStart, to: index)
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
            guard let rawTag else { continue }
            let name: StaticString = rawTag == .script ? "script" : "style"
            let closer = ByteScan.endTag(name, in: bytes, from: index)
            if rawText != nil, index < end, let closer {
                let isJSON =
                    rawTag == .script
                    && (ByteScan.contains("ld+json", in: bytes, within: start..<index)
                        || bytes[start..<index].contains(38))
                rawText?.append(
                    RawText(tag: rawTag, body: index + 1..<closer, isUnread: bytes[index - 1] != 47 && !isJSON))
            }
            index = closer.map { $0 + 2 + name.utf8CodeUnitCount } ?? end
        }
        return most
    }

    /// `.script` or `.style` when the element named by `bytes[start..<end]` holds raw text.
    /// (Called for every element, so it compares in place instead of copying the name.)
    private static func rawTextTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> HTMLTag? {
        func named(_ name: StaticString) -> Bool {
            guard end - start == name.utf8CodeUnitCount else { return false }
            let letters = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            for offset in 0..<letters.count where bytes[start + offset] | 0x20 != letters[offset] { return false }
            return true
        }
        if named("script") { return .script }
        if named("style") { return .style }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (byte >= 9 && byte <= 13) }
}
