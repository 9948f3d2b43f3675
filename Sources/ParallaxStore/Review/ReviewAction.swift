public import Foundation
public import Parallax

/// What an editor did to a brief.
public enum ReviewKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The revision may reach readers.
    case approve
    /// A fact is taken out of the brief.
    case hideFact = "hide-fact"
    /// A fact's wording is replaced.
    case correctFact = "correct-fact"
    /// A quote is attributed to someone else.
    case correctSpeaker = "correct-speaker"
    /// A quote is taken out of the brief.
    case hideQuote = "hide-quote"
    /// A timeline event's date is replaced.
    case correctDate = "correct-date"
    /// A discrepancy is settled; the reason says how.
    case resolveDiscrepancy = "resolve-discrepancy"
    /// A note to readers.
    case note

    /// Whether the action names a statement (all but approving and notes do).
    public var needsTarget: Bool { self != .approve && self != .note }
    /// Whether the action carries a new value (a wording, a speaker, a date, a note).
    public var needsValue: Bool { [.correctFact, .correctSpeaker, .correctDate, .note].contains(self) }
    /// Whether a reason is required: every change of what the sources said needs one.
    public var needsReason: Bool { needsTarget }
}

/// Names a statement of a brief by what it says, never by its position, so an action taken on one
/// revision finds the same statement in the next ones: a fact by its wording or any sentence
/// behind it, a quote by its words and article, a timeline event by its wording, a discrepancy by
/// its subject and claims.
public struct StatementKey: Sendable, Hashable, Codable {
    /// A sentence of one article.
    public struct Sentence: Sendable, Hashable, Codable {
        public var article: String
        public var text: String

        public init(article: String, text: String) {
            self.article = article
            self.text = text
        }
    }

    public var text: String
    /// The article (quotes).
    public var article: String?
    /// The sentences behind it: a fact's support, a discrepancy's claims.
    public var sentences: [Sentence]

    public init(text: String, article: String? = nil, sentences: [Sentence] = []) {
        self.text = text
        self.article = article
        self.sentences = sentences
    }

    public init(_ fact: Fact) {
        self.init(text: fact.text, sentences: fact.support.map { Sentence(article: $0.article, text: $0.text) })
    }
    public init(_ quote: Quote) { self.init(text: quote.text, article: quote.article) }
    public init(_ event: TimelineEvent) { self.init(text: event.text) }
    public init(_ discrepancy: Discrepancy) {
        self.init(
            text: discrepancy.about,
            sentences: discrepancy.claims.map { Sentence(article: $0.article, text: $0.text) })
    }

    /// A fact named by its wording or by a sentence behind it, full or partial: a sentence cited in
    /// full by one revision may be cited in part by the next (`Fact.partial`), and no sentence is
    /// cited by two facts of a brief.
    func names(_ fact: Fact) -> Bool {
        Self.same(fact.text, text)
            || (fact.support + (fact.partial ?? [])).contains { support in
                sentences.contains(Sentence(article: support.article, text: support.text))
            }
    }

    func names(_ quote: Quote) -> Bool { quote.article == article && Self.same(quote.text, text) }

    func names(_ event: TimelineEvent) -> Bool { Self.same(event.text, text) }

    func names(_ discrepancy: Discrepancy) -> Bool {
        guard Self.same(discrepancy.about, text) else { return false }
        let claims = Set(discrepancy.claims.map { Sentence(article: $0.article, text: $0.text) })
        return sentences.isEmpty || !claims.isDisjoint(with: sentences)
    }

    /// Equal up to spacing and case.
    static func same(_ one: String, _ other: String) -> Bool {
        func folded(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return folded(one) == folded(other)
    }
}

/// One entry of the audit log: who did what to which statement of which revision, when and why.
/// Entries are only ever appended. What was done reads as the request's fields (`action.kind`,
/// `action.storyID`…).
@dynamicMemberLookup
public struct ReviewAction: Sendable, Hashable {
    public var number: Int64
    /// What the editor asked for, as logged: trimmed, and a target only where the kind takes one.
    public var request: ReviewRequest
    public var accountName: String
    public var at: Date

    public subscript<Field>(dynamicMember field: WritableKeyPath<ReviewRequest, Field>) -> Field {
        get { request[keyPath: field] }
        set { request[keyPath: field] = newValue }
    }
}

/// An action an editor asks for, before it is logged.
public struct ReviewRequest: Sendable, Hashable {
    public var storyID: String
    /// The revision the editor was looking at.
    public var revision: Int
    public var kind: ReviewKind
    public var target: StatementKey?
    public var value: String?
    public var reason: String?

    public init(
        storyID: String, revision: Int, kind: ReviewKind, target: StatementKey? = nil, value: String? = nil,
        reason: String? = nil
    ) {
        self.storyID = storyID
        self.revision = revision
        self.kind = kind
        self.target = target
        self.value = value
        self.reason = reason
    }
}
