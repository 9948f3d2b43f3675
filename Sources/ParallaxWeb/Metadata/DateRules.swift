/// Rules for choosing a page's publication date among its cues, after htmldate's strategy
/// (header metadata, JSON-LD, URL, `<time>`, text); each default was chosen by
/// cross-validation over site folds of the htmldate development pages
/// (`scripts/pages-compare.sh dates`, figures in `docs/pages.md`).
public struct DateRules: Sendable, Hashable {
    /// Whether `<meta>` publication dates outrank JSON-LD `datePublished`, as htmldate reads
    /// the header first (JSON-LD often dates a page's teasers or the first version).
    public var prefersHeaderMeta: Bool
    /// Whether `<time>` elements inside quotations (embedded posts and tweets) are ignored:
    /// they date what is quoted, not the page.
    public var ignoresQuotedTimes: Bool
    /// Whether a JSON-LD object that is not an article (a recipe, a video) may date the page
    /// when no article object does, as htmldate's JSON search reads any `datePublished`.
    public var readsAnyLinkedDataDate: Bool
    /// Whether the search for a date in the visible text skips navigation (`<nav>`, `<aside>`,
    /// menus): dates there belong to other pages.
    public var textSkipsNavigation: Bool
    /// Whether the first publication `<meta>` in document order wins, as htmldate reads the
    /// header, rather than the most trusted key (`article:published_time` first).
    public var readsHeaderInDocumentOrder: Bool

    /// Creates rules; the defaults are the cross-validated choice.
    public init(
        prefersHeaderMeta: Bool = false,
        ignoresQuotedTimes: Bool = true,
        readsAnyLinkedDataDate: Bool = true,
        textSkipsNavigation: Bool = true,
        readsHeaderInDocumentOrder: Bool = false
    ) {
        self.readsHeaderInDocumentOrder = readsHeaderInDocumentOrder
        self.prefersHeaderMeta = prefersHeaderMeta
        self.ignoresQuotedTimes = ignoresQuotedTimes
        self.readsAnyLinkedDataDate = readsAnyLinkedDataDate
        self.textSkipsNavigation = textSkipsNavigation
    }
}
