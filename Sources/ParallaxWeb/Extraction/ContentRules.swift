/// Rules that tell article text from boilerplate inside and beside the chosen content.
///
/// Each rule was found by reading, page by page, where trafilatura keeps text that Parallax
/// dropped on the ScrapingHub development sites; each default was chosen by cross-validation
/// over site folds (`scripts/pages-compare.sh extraction`, figures in `docs/pages.md`).
public struct ContentRules: Sendable, Hashable {
    /// A link with at least this many letters reads as text, not navigation, in link-density
    /// tests (a list of linked summaries is content; a list of short links is a menu). Zero
    /// counts every link as navigation.
    public var longLinkLetters: Int
    /// Whether a table is judged by its share of link-only cells rather than by link density,
    /// and read a row per line, so that a data table with a linked name per row is kept.
    public var judgesTablesByCells: Bool
    /// Whether siblings of the content root that read as paragraphs (sentence text, few links,
    /// at most one `<p>` inside) and carry the class names of the root's own paragraphs join
    /// it, as `<p>` siblings do: article bodies split into several wrappers of `<div>` paragraphs.
    public var joinsParagraphSiblings: Bool
    /// Whether a short `<p>` that is mostly a link but also has its own words ("Pro tip: …",
    /// "See it now: …") stays inside the content.
    public var keepsLinkParagraphs: Bool
    /// Whether a block of more than 40 bytes that repeats an earlier one is dropped (a page
    /// rendered twice, a pull quote); off, repeated steps of a recipe or plan stay.
    public var dropsRepeatedBlocks: Bool
    /// Bytes outside links that make a mostly-linked block other than `<p>` (a list item whose
    /// linked headline is followed by a sentence of summary) the writer's own words; zero
    /// drops every such block.
    public var linkItemOwnBytes: Int
    /// Whether an inline `<span>` with at least `spanOwnLetters` letters outside links, or with
    /// fewer link letters than that, is read through rather than dropped for its link density:
    /// a sentence wrapped in a span that also holds an inline pop-up of links keeps its words
    /// (the pop-up is judged on its own), and a short linked ticker in a sentence stays.
    public var readsSpansByOwnText: Bool
    /// Whether siblings of the content root join it when they share any one class name with
    /// the root's paragraphs (on themselves or on their one `<p>`), rather than all of them:
    /// the first paragraphs of a body often carry one extra name ("speakable", "lead").
    public var joinsSiblingsByAnyClassName: Bool
    /// Whether an element whose names only weakly suggest boilerplate ("video", "player"…)
    /// stays when it holds a quotation (`<blockquote>`) of at least `quotedLetters` letters:
    /// a post embedded in the article.
    public var keepsQuotedEmbeds: Bool

    /// Letters outside links that make a span text (`readsSpansByOwnText`): a clause.
    static let spanOwnLetters: Int32 = 25
    /// Letters of quotation that keep a weakly named wrapper (`keepsQuotedEmbeds`): a sentence.
    static let quotedLetters: Int32 = 80

    /// Creates rules; the defaults are the cross-validated choice.
    public init(
        longLinkLetters: Int = 0,
        judgesTablesByCells: Bool = true,
        joinsParagraphSiblings: Bool = true,
        keepsLinkParagraphs: Bool = true,
        dropsRepeatedBlocks: Bool = false,
        linkItemOwnBytes: Int = 40,
        readsSpansByOwnText: Bool = true,
        joinsSiblingsByAnyClassName: Bool = true,
        keepsQuotedEmbeds: Bool = true
    ) {
        self.linkItemOwnBytes = linkItemOwnBytes
        self.readsSpansByOwnText = readsSpansByOwnText
        self.joinsSiblingsByAnyClassName = joinsSiblingsByAnyClassName
        self.keepsQuotedEmbeds = keepsQuotedEmbeds
        self.dropsRepeatedBlocks = dropsRepeatedBlocks
        self.longLinkLetters = longLinkLetters
        self.judgesTablesByCells = judgesTablesByCells
        self.joinsParagraphSiblings = joinsParagraphSiblings
        self.keepsLinkParagraphs = keepsLinkParagraphs
    }

    /// Letters of a link of `letters` that count as link text.
    func linkLetters(_ letters: Int32) -> Int32 {
        longLinkLetters > 0 && letters >= Int32(longLinkLetters) ? 0 : letters
    }
}
