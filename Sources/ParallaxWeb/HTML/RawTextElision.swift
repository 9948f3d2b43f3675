/// A page with the unread raw text of its `<script>` and `<style>` elements cut out, for
/// libxml2 to parse.
///
/// libxml2 2.9 reads raw text one character at a time through several calls per character:
/// on the development pages that was a quarter of all the instructions of an extraction, for
/// text the page reader drops (JSON-LD, the one script text it reads, is never cut). Where the
/// pre-parse scan and libxml2 might read the markup differently (stray quotes, comments,
/// `<script/>`), the parser checks that it starts the same element at every cut
/// (`PageBuilder`), and the page is parsed whole when it does not: the nodes are those of the
/// whole page either way.
struct RawTextElision {
    /// Where raw text was cut out.
    struct Cut: Sendable, Hashable {
        /// The element whose text was cut: `.script` or `.style`.
        var tag: HTMLTag
        /// The offset in the cut bytes of the first byte after the start tag's `>`.
        var offset: Int
    }

    /// The page without the cut text.
    var bytes: [UInt8]
    /// The cuts, in document order.
    var cuts: [Cut] = []
    /// The bytes cut out.
    var cutBytes = 0

    /// Cuts the unread bodies of `rawText` (in document order) out of `page`.
    init(_ page: [UInt8], rawText: [MarkupGuard.RawText]) {
        let unread = rawText.filter { $0.isUnread && !$0.body.isEmpty }
        guard !unread.isEmpty else {
            bytes = page
            return
        }
        let cutBytes = unread.reduce(0) { $0 + $1.body.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(page.count - cutBytes)
        var cuts: [Cut] = []
        cuts.reserveCapacity(unread.count)
        var copied = 0
        for text in unread {
            bytes.append(contentsOf: page[copied..<text.body.lowerBound])
            cuts.append(Cut(tag: text.tag, offset: bytes.count))
            copied = text.body.upperBound
        }
        bytes.append(contentsOf: page[copied...])
        self.bytes = bytes
        self.cuts = cuts
        self.cutBytes = cutBytes
    }
}
