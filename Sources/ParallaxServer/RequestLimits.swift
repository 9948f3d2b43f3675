/// Bounds on what one request may cost, so that one client cannot take the newsroom down
/// (issue 15). Each figure is what the attack runs in `docs/hardening.md` were checked against.
public struct RequestLimits: Sendable {
    /// Longest a page or API read may work; past it the work is stopped and the client gets
    /// 503 `deadline-exceeded`. The slowest legitimate read measured (a story page of a
    /// 300-article story, debug build) took under 1 s.
    public var deadline: Duration = .seconds(10)
    /// Longest search query accepted, in characters; longer ones get 400 `query-too-long`.
    /// A 24 KB query took 42 s of CPU before terms were deduplicated and capped.
    public var maximumQueryCharacters = 1_000
    /// A connection that completes no request part (head, body chunk or end) for this long is
    /// closed: 3,050 connections trickling header bytes stayed open for good before.
    public var idleTimeout: Duration = .seconds(30)
    /// Articles one `POST /api/articles` may carry; more get 413 `too-many-articles`.
    public var maximumArticlesPerPost = 500

    public init() {}
}
