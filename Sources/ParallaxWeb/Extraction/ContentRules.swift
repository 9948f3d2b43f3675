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

    /// Creates rules; the defaults are the cross-validated choice.
    public init(
        longLinkLetters: Int = 0,
        judgesTablesByCells: Bool = true,
        joinsParagraphSiblings: Bool = true,
        keepsLinkParagraphs: Bool = true,
        dropsRepeatedBlocks: Bool = false
    ) {
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
